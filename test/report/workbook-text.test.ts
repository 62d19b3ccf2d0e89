/**
 * Every workbook the tool writes (`-f xlsx`, `template`, `record --template -o *.xlsx`) opens in
 * other programs whatever text the file brings: characters XML forbids (C0 controls, U+FFFE,
 * U+FFFF, lone surrogates) and DEL are shown as the terminal shows them (`\x01`, `\u{fffe}`), and
 * sheet names follow Excel's rules (≤ 31 characters, none of []:*?/\, not History, no apostrophe
 * first or last, unique ignoring case). Read by openpyxl and LibreOffice; a template of such a
 * region is read back by our own import.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sheetName } from "../../src/report/workbookText.js";
import { removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const LONG = "湖南省永州市零陵区国家生态文明建设示范区建设规划指标表一二三四五六七八九十"; // 40 characters
const REGIONS = ["零陵\ufffe区", "History", "history", "'abc'", LONG, "a/b:c[1]*?"];
/** The indicator's name holds every kind of character XML forbids, and DEL. */
const NAME = "制度\ufffe\u0001\u007f\ud800建立\uffff";
const NAME_SHOWN = "制度\\u{fffe}\\x01\\x7f\\u{d800}建立\\u{ffff}";

/** An indicator file whose region is `region` (written with YAML's escapes, as JSON strings are). */
function regionFile(dir: string, n: number, region: string): string {
  const file = join(dir, `r${n}.yaml`);
  writeFileSync(
    file,
    `region:\n  name: ${JSON.stringify(region)}\n  zone: central\n  level: county\n  urban_district: true\nstandard: county-2024\nplan:\n  base_year: 2022\n  near_term: 2025\n  long_term: 2030\nindicators:\n  - id: "2"\n    name: ${JSON.stringify(NAME)}\n    standard: 建立\n    baseline: 已建立\n`,
  );
  return file;
}

interface Read {
  sheets: string[];
  texts: string[];
}

/** openpyxl's view: the sheet names and every text cell. It refuses a workbook that is not well-formed XML. */
function openpyxl(path: string): Read {
  const script = [
    "import json, sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "print(json.dumps({'sheets': wb.sheetnames, 'texts': [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]}))",
  ].join("\n");
  const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Read;
}

/** Excel's rules for sheet names, written out here rather than taken from the code. */
function expectExcelNames(sheets: string[]): void {
  for (const name of sheets) {
    expect([...name].length <= 31 && name.length <= 31, name).toBe(true);
    expect(name, name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.toLowerCase(), name).not.toBe("history");
    expect(name, name).not.toMatch(/^'|'$/);
    expect(name.length, name).toBeGreaterThan(0);
  }
  expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(sheets.length);
}

describe("-f xlsx", () => {
  it("a batch of hostile regions: openpyxl opens it, the names follow Excel's rules, the text is shown", () => {
    const dir = tempDir();
    const files = REGIONS.map((region, n) => regionFile(dir, n, region));
    const out = join(dir, "report.xlsx");
    const r = run([...files, "-f", "xlsx", "-o", out, "--exit-zero", "--lang", "en"]);
    expect(r.status, r.stderr).toBe(0);
    const read = openpyxl(out);
    expectExcelNames(read.sheets);
    // A sheet per region, a summary, the reasons.
    expect(read.sheets.length).toBeGreaterThanOrEqual(REGIONS.length + 2);
    expect(read.sheets).toContain("History (2)");
    expect(read.sheets).toContain("abc");
    expect(read.sheets).toContain(LONG.slice(0, 31));
    expect(read.sheets).toContain("a_b_c_1___");
    expect(read.texts).toContain(NAME_SHOWN);
    expect(read.texts).toContain("零陵\\u{fffe}区");
    expect(read.texts.join("")).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/);
  });

  it("LibreOffice opens it: every sheet converted", () => {
    const dir = tempDir();
    const files = REGIONS.map((region, n) => regionFile(dir, n, region));
    const out = join(dir, "report.xlsx");
    expect(run([...files, "-f", "xlsx", "-o", out, "--exit-zero", "--lang", "en"]).status).toBe(0);
    const sheets = openpyxl(out).sheets;
    const profile = mkdtempSync(join(tmpdir(), "lingling-soffice-"));
    const csvDir = join(dir, "csv");
    try {
      const r = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          csvDir,
          out,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const written = readdirSync(csvDir).filter((f) => f.endsWith(".csv"));
    expect(written).toHaveLength(sheets.length);
    expect(written.map((f) => readFileSync(join(csvDir, f), "utf8")).join("\n")).toContain(NAME_SHOWN);
  }, 180_000);
});

describe("template and record --template", () => {
  it.each([0, 1, 3, 4])("region %i: openpyxl opens the template, and import reads it back", (n) => {
    const region = REGIONS[n]!;
    const dir = tempDir();
    const file = regionFile(dir, n, region);
    const template = join(dir, "t.xlsx");
    expect(run(["template", file, "-o", template]).status).toBe(0);
    const read = openpyxl(template);
    expectExcelNames(read.sheets);
    expect(read.texts).toContain(NAME_SHOWN);
    const back = join(dir, "back.yaml");
    const r = run(["import", template, "-o", back, "--lang", "en"]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(back, "utf8");
    const shown = region.replace("\ufffe", "\\u{fffe}");
    expect(text).toContain(`name: ${/^'/.test(shown) ? JSON.stringify(shown) : shown}\n`);
    expect(text).toContain(`name: ${NAME_SHOWN}\n`);
    expect(run([back, "-q", "--exit-zero"]).status).toBe(0);
  });

  it("record --template -o *.xlsx: openpyxl opens it", () => {
    const dir = tempDir();
    const values = join(dir, "v.xlsx");
    expect(
      run(["record", regionFile(dir, 0, REGIONS[0]!), "--template", "--year", "2024", "-o", values, "--lang", "zh"])
        .status,
    ).toBe(0);
    const read = openpyxl(values);
    expectExcelNames(read.sheets);
    expect(read.texts).toContain(NAME_SHOWN);
  });
});

describe("sheetName", () => {
  const named = (wanted: string[]) => {
    const taken = new Set<string>();
    return wanted.map((w) => sheetName(w, taken));
  };
  it.each([
    [["零陵区"], ["零陵区"]],
    [["History"], ["History (2)"]],
    [
      ["HISTORY", "history (2)"],
      ["HISTORY (2)", "history (2) (2)"],
    ],
    [
      ["'abc'", "''"],
      ["abc", "Sheet"],
    ],
    [["a/b\\c:d*e?f[g]h"], ["a_b_c_d_e_f_g_h"]],
    [
      ["零陵区", "零陵区", "ABC", "abc"],
      ["零陵区", "零陵区 (2)", "ABC", "abc (2)"],
    ],
    [
      [LONG, LONG],
      [LONG.slice(0, 31), `${LONG.slice(0, 27)} (2)`],
    ],
    [[`${"x".repeat(30)}'y`], ["x".repeat(30)]],
    [[`${"x".repeat(30)}😀`], ["x".repeat(30)]],
    [["\ufffe\u0001"], ["__"]],
    [[""], ["Sheet"]],
  ])("%j → %j", (wanted, expected) => {
    expect(named(wanted)).toEqual(expected);
  });
});
