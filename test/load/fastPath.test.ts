/** The fast path (js-yaml and a line scan) must read a valid file exactly as the locating path (yaml) does. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCounties } from "../../scripts/counties.mjs";
import { fastLoad, loadIndicatorFile, locatingLoad } from "../../src/load/load.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));
const counties = generateCounties(join(mkdtempSync(join(tmpdir(), "lingling-fast-")), "c"), 12, SEED);

describe("fast path", () => {
  it.each([SEED, ...counties].map((p) => [p.split("/").at(-1)!, p]))("%s: same model either way", (_name, path) => {
    const text = readFileSync(path, "utf8");
    const fast = fastLoad(text, "x");
    expect(fast).toBeDefined(); // a plain valid file takes the fast path
    expect(fast).toEqual(locatingLoad(text, "x"));
  });

  it.each([
    ["an alias", "region: &r {name: x}\n"],
    ["a tag", "region: !!str x\n"],
    ["a second document", "region: {name: x}\n---\n"],
    ["a flow list of rows", 'region: {name: x}\nplan: {base_year: 2022}\nindicators: [{id: "1", name: x, standard: "≥1"}]\n'],
    ["an error", "region: {name: x}\nplan: {base_year: twenty}\nindicators:\n  - {id: '1', name: x, standard: '≥1'}\n"],
  ])("%s goes to the locating path", (_name, text) => {
    expect(fastLoad(text, "x")).toBeUndefined();
    expect(loadIndicatorFile(text, "x")).toEqual(locatingLoad(text, "x"));
  });
});
