/**
 * Workbooks written by other programs, read by `import` and `record --from`: our template opened
 * and saved by LibreOffice, openpyxl and Gnumeric imports with the check results of the file it
 * came from; a template filled by openpyxl (and then saved by LibreOffice) imports with the values
 * openpyxl wrote; a year's sheet with some rows left empty records the filled ones. The expected
 * values are what the Python script wrote and what the seed checks as, never our own reader's.
 *
 * One LibreOffice launch converts every file (a private profile, generous timeout: the machine may
 * be busy); the temporary folder is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";

/** Fills cells as a person would in a spreadsheet program, and says (as JSON) what it wrote. */
const FILL = `
import json, sys, openpyxl
task, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(source)
wrote = {}
if task == "same":
    pass
elif task == "template":
    ws = wb["指标"]
    head = [c.value for c in ws[1]]
    base = next(i for i, h in enumerate(head) if h and h.startswith("基准值")) + 1
    year = head.index("2024年") + 1
    for r in range(2, ws.max_row + 1):
        rid, unit = ws.cell(r, 1).value, ws.cell(r, 3).value
        if rid is None:
            continue
        if unit == "%":
            ws.cell(r, base).value = 40 + r
            # A share typed as 61% in a percent-formatted cell: stored as 0.61.
            ws.cell(r, year).value = (60 + r) / 100
            ws.cell(r, year).number_format = "0%"
            wrote[str(rid)] = {"baseline": 40 + r, "2024": 60 + r}
        else:
            ws.cell(r, base).value = "已建立"
            wrote[str(rid)] = {"baseline": "已建立"}
elif task == "values":
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    value = next(i for i, h in enumerate(head) if h and h.startswith("数值")) + 1
    for r in range(2, ws.max_row + 1):
        rid, unit, latest = ws.cell(r, 1).value, ws.cell(r, 3).value, ws.cell(r, 4).value
        # One department fills its own rows (the shares), and leaves the others empty.
        if unit == "%" and isinstance(latest, (int, float)):
            # One point up, a share staying within its 100 %.
            v = min(latest + 1, 100)
            ws.cell(r, value).value = v
            wrote[str(rid)] = v
wb.save(target)
print(json.dumps(wrote, ensure_ascii=False))
`;

let dir: string;
const path = (name: string) => join(dir, name);

function run(command: string, args: string[], timeout = 300_000) {
  const r = spawnSync(command, args, { encoding: "utf8", timeout, env: { ...process.env, HOME: path("home") } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${r.status ?? r.signal} ${r.stderr}`);
  return r.stdout;
}
const fill = (task: string, source: string, target: string) =>
  JSON.parse(run(PYTHON, ["-c", FILL, task, path(source), path(target)])) as Record<string, unknown>;

/** The check results of an indicator file: each row's verdict and reason per check. */
function results(file: string) {
  const r = cli([file, "-f", "json", "--exit-zero"]);
  expect(r.stderr).toBe("");
  const json = JSON.parse(r.stdout) as {
    files: Array<{
      overall: string;
      indicators: Array<{ id: string; checks: Record<string, { verdict: string; reason: string }> }>;
    }>;
  };
  const f = json.files[0]!;
  return {
    overall: f.overall,
    rows: f.indicators.map((i) => [i.id, Object.entries(i.checks).map(([k, c]) => [k, c.verdict, c.reason])]),
  };
}

let filledTemplate: Record<string, { baseline: unknown; "2024"?: number }>;
let filledValues: Record<string, number>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lingling-programs-"));
  mkdirSync(path("home"));
  mkdirSync(path("lo"));
  expect(cli(["template", SEED, "-o", path("seed.xlsx")]).status).toBe(0);
  expect(
    cli([
      "--lang",
      "zh",
      "template",
      "--standard",
      "county-2024",
      "--name",
      "某县",
      "--zone",
      "west",
      "--base-year",
      "2023",
      "-o",
      path("region.xlsx"),
    ]).status,
  ).toBe(0);
  copyFileSync(SEED, path("lingling.yaml"));
  expect(
    cli(["--lang", "zh", "record", path("lingling.yaml"), "--template", "--year", "2026", "-o", path("values.xlsx")])
      .status,
  ).toBe(0);

  fill("same", "seed.xlsx", "seed-openpyxl.xlsx");
  filledTemplate = fill("template", "region.xlsx", "filled.xlsx") as typeof filledTemplate;
  filledValues = fill("values", "values.xlsx", "some-values.xlsx") as typeof filledValues;
  // One LibreOffice launch for every file it saves (each keeps its name under lo/).
  run(
    "soffice",
    [
      `-env:UserInstallation=file://${path("profile")}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      path("lo"),
      path("seed.xlsx"),
      path("region.xlsx"),
      path("filled.xlsx"),
      path("some-values.xlsx"),
    ],
    600_000,
  );
  run("ssconvert", [path("seed.xlsx"), path("seed-gnumeric.xlsx")]);
  // OpenDocument, as LibreOffice and WPS save by default.
  run("ssconvert", [path("seed.xlsx"), path("seed.ods")]);
  run("ssconvert", [path("values.xlsx"), path("values.ods")]);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("our template, opened and saved unchanged by another program, imports as the file it came from", () => {
  it.each([
    ["LibreOffice", "lo/seed.xlsx"],
    ["openpyxl", "seed-openpyxl.xlsx"],
    ["Gnumeric", "seed-gnumeric.xlsx"],
  ])(
    "%s",
    (_program, file) => {
      const out = path(`${file.replace(/\W/g, "-")}.yaml`);
      const r = cli(["import", path(file), "-o", out]);
      expect(r.stderr).toContain("wrote");
      expect(r.status).toBe(0);
      expect(results(out)).toEqual(results(SEED));
    },
    120_000,
  );

  it("a region's template saved by LibreOffice: 否 (written back as =FALSE()) is read as false", () => {
    const out = path("region-lo.yaml");
    const r = cli(["import", path("lo/region.xlsx"), "-o", out]);
    expect(r.status).toBe(0);
    expect((parse(readFileSync(out, "utf8")) as { region: Record<string, unknown> }).region.urban_district).toBe(false);
  }, 120_000);
});

describe("a template filled by openpyxl imports with every value it wrote", () => {
  it.each([
    ["openpyxl", "filled.xlsx"],
    ["openpyxl, then saved by LibreOffice", "lo/filled.xlsx"],
  ])(
    "%s",
    (_program, file) => {
      const out = path(`${file.replace(/\W/g, "-")}.yaml`);
      const r = cli(["import", path(file), "-o", out]);
      expect(r.stderr).toContain("wrote");
      expect(r.status).toBe(0);
      const rows = (
        parse(readFileSync(out, "utf8")) as {
          indicators: Array<{ id: string; baseline?: unknown; actuals?: Record<string, unknown> }>;
        }
      ).indicators;
      expect(Object.keys(filledTemplate).length).toBeGreaterThan(20);
      for (const [id, wrote] of Object.entries(filledTemplate)) {
        const row = rows.find((i) => i.id === id);
        expect(row?.baseline, id).toEqual(wrote.baseline);
        // The cell shows 61%: in a row whose unit is %, that is 61.
        if (wrote["2024"] !== undefined) expect(row?.actuals?.[2024], id).toBe(wrote["2024"]);
      }
    },
    120_000,
  );
});

describe("record --from a year's sheet with some rows left empty", () => {
  it.each([
    ["openpyxl", "some-values.xlsx"],
    ["LibreOffice", "lo/some-values.xlsx"],
  ])(
    "saved by %s: the filled rows are recorded, the empty ones named in one notice",
    (_program, file) => {
      const target = path(`${file.replace(/\W/g, "-")}.yaml`);
      copyFileSync(SEED, target);
      const r = cli(["record", target, "--year", "2026", "--from", path(file)]);
      expect(r.status).toBe(0);
      const notices = r.stderr.split("\n").filter((l) => l.includes("without a value"));
      expect(notices).toHaveLength(1);
      const rows = (
        parse(readFileSync(target, "utf8")) as { indicators: Array<{ id: string; actuals?: Record<string, unknown> }> }
      ).indicators;
      expect(Object.keys(filledValues).length).toBeGreaterThan(3);
      for (const [id, value] of Object.entries(filledValues))
        expect(rows.find((i) => i.id === id)?.actuals?.[2026], id).toBe(value);
      // Every row the sheet left empty is named in the notice, and none gained a value.
      const empty = rows.filter((i) => filledValues[i.id] === undefined);
      for (const row of empty) expect(row.actuals?.[2026], row.id).toBeUndefined();
      const named = new Set(/\(indicators ([^)]*)\)/.exec(notices[0]!)![1]!.split(", "));
      for (const row of empty) expect(named.has(row.id), row.id).toBe(true);
      for (const id of Object.keys(filledValues)) expect(named.has(id), id).toBe(false);
    },
    120_000,
  );
});

describe("an OpenDocument spreadsheet (.ods) is named as one, with what to do", () => {
  it.each([
    ["import", (ods: string) => ["import", ods, "-o", path("from-ods.yaml")], "seed.ods"],
    [
      "record --from",
      (ods: string) => ["record", path("lingling.yaml"), "--year", "2026", "--from", ods],
      "values.ods",
    ],
  ])("%s", (_command, args, name) => {
    const r = cli(["--lang", "en", ...args(path(name))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${path(name)} is an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx (Excel 2007 and later) or as CSV`,
    );
  });
});
