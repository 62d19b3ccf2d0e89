/**
 * A forecast's projected value is shown at the row's precision wherever it is written — history,
 * the workbook, the Word chapter — as the reasons show it (`projected 82.6`), never as the raw
 * quotient (82.6341). The workbook is read by openpyxl, the chapter's XML by Python's zipfile.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, run, SEED, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const dir = tempDir();
const file = join(dir, "county.yaml");

beforeAll(() => {
  copyFileSync(SEED, file);
  for (const [year, sets] of [
    ["2023", ["15=87", "1=26", "R1=36"]],
    ["2024", ["15=84", "1=26.5", "R1=38"]],
  ] as const)
    expect(run(["record", file, "--year", year, ...sets.flatMap((s) => ["--set", s])]).status).toBe(0);
});

/** Every text of every cell of a workbook, or every paragraph's text of a Word document, read by Python. */
function texts(path: string, kind: "xlsx" | "docx"): string[] {
  const script =
    kind === "xlsx"
      ? "import openpyxl,sys,json\nwb=openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps([c for ws in wb for r in ws.iter_rows(values_only=True) for c in r if isinstance(c,str)]))"
      : "import zipfile,re,sys,json\nx=zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()\nprint(json.dumps([''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>',p)) for p in re.findall(r'<w:p[ >].*?</w:p>',x)]))";
  const py = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8", timeout: 120_000 });
  expect(py.stderr).toBe("");
  return JSON.parse(py.stdout) as string[];
}

describe("forecast numbers at the row's precision", () => {
  it("the reasons say projected 82.6 and 40.6", () => {
    const out = run(["--lang", "en", file]).stdout;
    expect(out).toContain("moving away, projected 82.6,");
    expect(out).toContain("on track, projected 40.6,");
  });

  it("history", () => {
    const out = run(["history", "--lang", "en", file]).stdout;
    expect(out).toContain("moving away → 82.6 (2025: 88)");
    expect(out).toContain("on track → 40.6 (2025: 40)");
    expect(out).not.toMatch(/→ \d+\.\d{2,}/);
  });

  it.each(["xlsx", "docx"] as const)("-f %s", (kind) => {
    const out = join(dir, `report.${kind}`);
    expect(run(["--lang", "en", file, "-f", kind, "-o", out]).status).toBe(1);
    const all = texts(out, kind);
    expect(all).toContain("moving away → 82.6 (2025)");
    expect(all).toContain("on track → 40.6 (2025)");
    expect(all.filter((s) => /→ \d+\.\d{2,} \(/.test(s))).toEqual([]);
  });
});
