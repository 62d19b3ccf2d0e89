/** Options that tune a check run, on the real seed. */

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCounties } from "../../scripts/counties.mjs";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));

describe("--max-file-size", () => {
  it("refuses a file over the limit, unread, at 1:1", () => {
    const r = cli(["--max-file-size", "2k", SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /lingling\.yaml:1:1: error\[file-too-large\]: the file is \d+ bytes, over the limit of 2048/,
    );
  });

  it("accepts a file under it", () => {
    expect(cli(["--max-file-size", "1MB", "-q", SEED]).status).toBe(1); // INCOMPLETE, as always
  });

  it("a size it cannot read is a usage error", () => {
    const r = cli(["--max-file-size", "lots", SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--max-file-size expects a size such as 500k or 20MB; found lots");
  });
});

describe("LINGLING_WORKERS=0", () => {
  it("gives the same report as the worker threads", () => {
    const dir = join(tempDir("workers-"), "c");
    generateCounties(dir, 30, SEED);
    const threads = cli(["-f", "json", dir]).stdout;
    const main = cli(["-f", "json", dir], { env: { LINGLING_WORKERS: "0" } }).stdout;
    expect(JSON.parse(main)).toEqual(JSON.parse(threads));
  });
});
