/**
 * `import` names every cell it cannot read in one run: a workbook edited by openpyxl (as a person
 * fixing a template with Python would) with an unreadable cell on one row, a wrong word on the region
 * sheet and a rule the grammar cannot read on another row gets all three, each at its cell. Before,
 * the unreadable cell stopped the import and the other two came one run later.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir, removeTempDirs } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url).pathname;
const dir = tempDir("import-errors-");
afterAll(removeTempDirs);

it("reports an unreadable cell, a wrong region word and a bad rule on another row together", () => {
  const template = join(dir, "template.xlsx");
  expect(cli(["template", SEED, "-o", template]).status).toBe(0);
  const edited = join(dir, "edited.xlsx");
  const python = spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
wb["Indicators"]["E15"] = "bindingg"
wb["Indicators"]["D22"] = "≥95 foo"
wb["Region"]["B7"] = "south"
wb.save(sys.argv[2])`,
      template,
      edited,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(python.stderr).toBe("");
  const r = cli(["import", edited, "-o", join(dir, "out.yaml")]);
  expect(r.status).toBe(2);
  const cells = r.stderr
    .trim()
    .split("\n")
    .map((line) => /^.*edited\.xlsx:(\S+?):/.exec(line)?.[1]);
  expect(cells).toEqual(["Indicators!E15", "Region!B7", "Indicators!D22"]);
});
