/**
 * The CSVs the tool writes, read by other programs: Python's csv module reads every record with
 * the header's field count and the exact texts, line breaks in names and regions (Alt+Enter in
 * Excel: a bare LF, or CR LF, or CR) included; a CSV file starts with a byte-order mark unless
 * --no-bom, standard output only with --bom; LibreOffice opens the file with its Chinese intact,
 * the mark taken as a mark.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const REGION = "永州市\n零陵区";
const NAME_CRLF = "生态文明建设工作\r\n占党政实绩考核的比例";
const NAME_CR = "制度\r建立";
const PROJECT = "河西污水\n处理厂";

const YAML = `region:
  name: "永州市\\n零陵区"
  zone: central
  level: county
  urban_district: true
standard: county-2024
plan:
  base_year: 2022
  near_term: 2025
  long_term: 2030
indicators:
  - id: "1"
    name: "生态文明建设工作\\r\\n占党政实绩考核的比例"
    unit: "%"
    standard: "≥20"
    baseline: 25.5
  - id: "2"
    name: "制度\\r建立"
    standard: 建立
    baseline: 已建立
projects:
  items:
    - id: 4
      name: "河西污水\\n处理厂"
      domain: 生态安全
      investment: 7700
      period: 2023-2024
      lead: [零陵产业开发区]
`;

function regionFile(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, "region.yaml");
  writeFileSync(file, YAML);
  return { dir, file };
}

/** Python's csv module, as a spreadsheet user's script reads a CSV: every record, every field. */
function pythonRecords(path: string): string[][] {
  const script =
    "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.reader(f))))";
  const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as string[][];
}

const bytesOf = (path: string) => [...readFileSync(path).subarray(0, 3)];
const BOM_BYTES = [0xef, 0xbb, 0xbf];

describe("a line break inside a field", () => {
  it("-f csv: every record has the header's field count and the texts as written", () => {
    const { dir, file } = regionFile();
    const out = join(dir, "r.csv");
    expect(run([file, "-f", "csv", "-o", out, "--exit-zero", "--lang", "en"]).status).toBe(0);
    const [header, ...records] = pythonRecords(out);
    expect(header).toHaveLength(19);
    for (const r of records) expect(r).toHaveLength(19);
    const at = (column: string) => header!.indexOf(column);
    expect(new Set(records.map((r) => r[at("region")]))).toEqual(new Set([REGION]));
    const name = (id: string, section: string) =>
      records.find((r) => r[at("id")] === id && r[at("section")] === section)?.[at("name")];
    expect(name("1", "indicator")).toBe(NAME_CRLF);
    expect(name("2", "indicator")).toBe(NAME_CR);
    expect(name("4", "project")).toBe(PROJECT);
  });

  it("record --template: the CSV file and standard output, each record seven fields", () => {
    const { dir, file } = regionFile();
    const out = join(dir, "t.csv");
    expect(run(["record", file, "--template", "--year", "2024", "-o", out, "--lang", "zh"]).status).toBe(0);
    const stdout = join(dir, "stdout.csv");
    const r = run(["record", file, "--template", "--year", "2024", "--lang", "zh"]);
    expect(r.status).toBe(0);
    writeFileSync(stdout, r.stdout);
    for (const path of [out, stdout]) {
      const records = pythonRecords(path);
      expect(records[0]).toEqual(["序号", "指标名称", "单位", "最近实际值", "所属年份", "数值（2024年）", "备注"]);
      for (const record of records) expect(record).toHaveLength(7);
      expect(records.find((x) => x[0] === "1")?.[1]).toBe(NAME_CRLF);
      expect(records.find((x) => x[0] === "2")?.[1]).toBe(NAME_CR);
    }
  });
});

describe("the byte-order mark", () => {
  it("-f csv: a file has one, --no-bom leaves it out; standard output has none, --bom adds it", () => {
    const { dir, file } = regionFile();
    const [plain, none] = [join(dir, "a.csv"), join(dir, "b.csv")];
    expect(run([file, "-f", "csv", "-o", plain, "--exit-zero"]).status).toBe(0);
    expect(run([file, "-f", "csv", "-o", none, "--no-bom", "--exit-zero"]).status).toBe(0);
    expect(bytesOf(plain)).toEqual(BOM_BYTES);
    expect(bytesOf(none)).toEqual([...Buffer.from("fil")]);
    expect(readFileSync(plain).subarray(3)).toEqual(readFileSync(none));
    expect(run([file, "-f", "csv", "--exit-zero"]).stdout.charCodeAt(0)).toBe("f".charCodeAt(0));
    expect(run([file, "-f", "csv", "--bom", "--exit-zero"]).stdout.charCodeAt(0)).toBe(0xfeff);
    // Without -f, the name says CSV: a file all the same.
    const named = join(dir, "c.csv");
    expect(run([file, "-o", named, "--exit-zero"]).status).toBe(0);
    expect(bytesOf(named)).toEqual(BOM_BYTES);
  });

  it("record --template: the same rule", () => {
    const { dir, file } = regionFile();
    const [plain, none] = [join(dir, "a.csv"), join(dir, "b.csv")];
    expect(run(["record", file, "--template", "--year", "2024", "-o", plain]).status).toBe(0);
    expect(run(["record", file, "--template", "--year", "2024", "-o", none, "--no-bom"]).status).toBe(0);
    expect(bytesOf(plain)).toEqual(BOM_BYTES);
    expect(bytesOf(none)).toEqual([...Buffer.from("id,")]);
    expect(run(["record", file, "--template", "--year", "2024"]).stdout.charCodeAt(0)).toBe("i".charCodeAt(0));
    expect(run(["record", file, "--template", "--year", "2024", "--bom"]).stdout.charCodeAt(0)).toBe(0xfeff);
  });
});

describe("a CSV file, opened by LibreOffice", () => {
  it("shows its Chinese as written: the CSV converted to a workbook, read back by openpyxl", () => {
    const { dir, file } = regionFile();
    const csv = join(dir, "report.csv");
    expect(run([file, "-f", "csv", "-o", csv, "--exit-zero", "--lang", "zh"]).status).toBe(0);
    const profile = mkdtempSync(join(tmpdir(), "lingling-soffice-"));
    try {
      // Read as UTF-8 (LibreOffice 7.4 headless does not look for the mark as its dialog does): the
      // mark must then be taken as a mark, not as the first header's text, and every record stay one row.
      const r = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--infilter=CSV:44,34,76,1",
          "--convert-to",
          "xlsx",
          "--outdir",
          dir,
          csv,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const script =
      "import json, sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]))";
    const r = spawnSync("/usr/bin/python3", ["-c", script, join(dir, "report.xlsx")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const [header, ...rows] = JSON.parse(r.stdout) as Array<Array<string | null>>;
    expect(header!.slice(0, 4)).toEqual(["文件", "地区", "序号", "指标"]);
    expect(rows).toHaveLength(pythonRecords(csv).length - 1);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set([REGION]));
    const names = rows.map((row) => row[3]);
    expect(names).toContain("耕地土壤有机质含量");
    expect(names).toContain(PROJECT);
  }, 180_000);
});
