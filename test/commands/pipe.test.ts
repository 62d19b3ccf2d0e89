/** `lingling-check … | head`: the reader goes away early; the tool stops quietly, no stack trace. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "./run.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));

describe("a broken pipe", () => {
  it.each([["table", ""], ["json", ""], ["json", "-o /dev/stdout"]])("-f %s %s | head -1", (format, output) => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" -f ${format} ${output} "${SEED}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr).toMatch(/status=[01]\n$/);
  });
});
