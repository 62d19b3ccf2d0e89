/** `lingling-check … | head`: the reader goes away early; the tool stops quietly, no stack trace. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "./run.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));

describe("a broken pipe", () => {
  it.each([
    ["table", ""],
    ["json", ""],
    ["json", "-o /dev/stdout"],
  ])("-f %s %s | head -1", (format, output) => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" -f ${format} ${output} "${SEED}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`,
      ],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr).toMatch(/status=[01]\n$/);
  });
});

describe("the exit status when the reader goes away early", () => {
  const FAIL = fileURLToPath(new URL("../cli/fixtures/fail.yaml", import.meta.url));
  it.each([
    ["3 files", 3, "table"],
    ["40 files (on workers)", 40, "table"],
    ["40 files as JSON", 40, "json"],
  ])("is the verdict's with pipefail: %s that all FAIL, | head -1", (_, count, format) => {
    const dir = mkdtempSync(join(tmpdir(), "lingling-pipe-"));
    try {
      for (let i = 0; i < count; i++) copyFileSync(FAIL, join(dir, `f${String(i).padStart(2, "0")}.yaml`));
      const r = spawnSync(
        "bash",
        ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" -f ${format} "${dir}" | head -1; echo "status=$?" >&2`],
        {
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
      expect(r.stderr).toMatch(/status=1\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
