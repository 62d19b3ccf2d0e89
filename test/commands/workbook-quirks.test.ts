/**
 * The quirks Excel and WPS write, in workbooks whose XML parts are written out here by hand (so
 * each quirk is there on purpose, with its reason), zipped by jszip: `record --from` reads what each
 * cell shows, names every unreadable cell at its own address at once, and refuses a zip that would
 * inflate past what a workbook of values needs before inflating it. Then `import` of our template
 * with the mistakes a tester made in it: each named at its cell, all at once.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lingling-quirks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAIN =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A workbook of the given sheets (name, hidden?, sheetData XML), with our shared strings and styles. */
async function workbook(
  file: string,
  sheets: Array<{ name: string; hidden?: boolean; rows: string }>,
  options: { padding?: number; styles?: string } = {},
): Promise<string> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  // Style 1: the built-in format 10 (0.00%), as Excel gives a cell typed "93.5%". Style 2: the
  // built-in date format 14, as Excel gives a cell typed "2024/1/1" (or "1-1", meant as a range).
  zip.file(
    "xl/styles.xml",
    options.styles ??
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  // Shared strings: 0 and 1 plain; 2 in rich-text runs, as Excel and WPS save a cell in which part
  // of the text was formatted (已 plain, 建立 bold): the cell shows 已建立.
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN} count="3" uniqueCount="3"><si><t>序号</t></si><si><t>数值（2026年）</t></si><si><r><t>已</t></r><r><rPr><b/></rPr><t>建立</t></r></si></sst>`,
  );
  for (const [i, s] of sheets.entries())
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetData>${s.rows}</sheetData></worksheet>${" ".repeat(options.padding ?? 0)}`,
    );
  const path = join(dir, file);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** The header row: 序号 and the value column from the shared strings, 指标名称 inline. */
const HEADER = `<row r="1"><c r="A1" t="s"><v>0</v></c>${inline("B1", "指标名称")}<c r="C1" t="s"><v>1</v></c></row>`;
const GOOD_ROWS = [
  // WPS and programs that stream their output write strings inline (t="inlineStr"), not shared.
  `<row r="2">${inline("A2", "1")}<c r="C2"><f t="shared" ref="C2:C3" si="0">D2+1</f><v>26.1</v></c><c r="D2"><v>25.1</v></c></row>`,
  // Excel writes a formula filled down once, as a shared formula: the first cell holds its text, the
  // others only a reference to it (si) — and each its own saved result.
  `<row r="3"><c r="A3"><v>15</v></c><c r="C3"><f t="shared" si="0"/><v>88</v></c><c r="D3"><v>87</v></c></row>`,
  `<row r="4">${inline("A4", "2")}<c r="C4" t="s"><v>2</v></c></row>`,
  // 93.5% typed into a cell: the number 0.935 in a percent format; indicator 17's unit is %.
  `<row r="5">${inline("A5", "17")}<c r="C5" s="1"><v>0.935</v></c></row>`,
].join("");
const HIDDEN = {
  name: "旧数据",
  hidden: true,
  rows: `${HEADER}<row r="2">${inline("A2", "1")}<c r="C2"><v>999</v></c></row>`,
};

const yamlOf = (file: string) =>
  parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: Record<string, unknown> }> };
const copySeed = (name: string) => {
  const file = join(dir, name);
  copyFileSync(SEED, file);
  return file;
};

describe("record --from a workbook with the quirks Excel and WPS write", () => {
  it("reads what each cell shows; a hidden sheet before the visible one is passed over", async () => {
    // A hidden sheet first: Excel keeps lookups and last year's copy there; the analyst sees the second.
    const xlsx = await workbook("good.xlsx", [HIDDEN, { name: "2026年", rows: HEADER + GOOD_ROWS }]);
    const file = copySeed("good.yaml");
    const r = cli(["record", file, "--year", "2026", "--from", xlsx]);
    expect(r.stderr).not.toContain("999");
    expect(r.status).toBe(0);
    const rows = yamlOf(file).indicators;
    const at = (id: string) => rows.find((i) => i.id === id)?.actuals?.[2026];
    expect([at("1"), at("15"), at("2"), at("17")]).toEqual([26.1, 88, "已建立", 93.5]);
  });

  it("names every cell it cannot read at its own address, all at once, and writes nothing", async () => {
    const bad = [
      // An error value typed or left by a lookup that found nothing.
      `<row r="6">${inline("A6", "16")}<c r="C6" t="e"><v>#N/A</v></c></row>`,
      // A formula whose saved result is an error.
      `<row r="7">${inline("A7", "4")}<c r="C7" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
      // A date where a value belongs (Excel turned what was typed into one).
      `<row r="8">${inline("A8", "5.1")}<c r="C8" s="2"><v>45292</v></c></row>`,
      // A formula without a saved result: written by a program that does not calculate.
      `<row r="9">${inline("A9", "14")}<c r="C9"><f>SUM(D9:D10)</f></c></row>`,
    ].join("");
    const xlsx = await workbook("bad.xlsx", [{ name: "2026年", rows: HEADER + GOOD_ROWS + bad }]);
    const file = copySeed("bad.yaml");
    const r = cli(["record", file, "--year", "2026", "--from", xlsx]);
    expect(r.status).toBe(2);
    // Column D holds the shared formula's inputs under no header: named, never dropped unsaid.
    expect(r.stderr).toContain(`${xlsx}: the columns — (D) hold values that are not recorded`);
    expect(r.stderr.split("\n").filter((l) => l.startsWith(`${xlsx}:'`))).toEqual([
      `${xlsx}:'2026年'!C6: the cell shows the error #N/A: correct its formula or type the value, and save again`,
      `${xlsx}:'2026年'!C7: the cell shows the error #DIV/0!: correct its formula or type the value, and save again`,
      `${xlsx}:'2026年'!C8: the cell holds a date (2024-01-01), not a value: format it as text or a number and type the value again`,
      `${xlsx}:'2026年'!C9: the formula =SUM(D9:D10) has no saved result: open the workbook in Excel or LibreOffice, save it, and read it again`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(SEED, "utf8"));
  });

  it("a part that declares more bytes than a workbook of values needs is refused before it is inflated", async () => {
    // 40 MB of spaces deflate to about 40 KB: the declared size, not the file's, is what counts.
    const xlsx = await workbook("large.xlsx", [{ name: "2026年", rows: HEADER + GOOD_ROWS }], {
      padding: 40 * 1024 * 1024,
    });
    const r = cli(["record", copySeed("large.yaml"), "--year", "2026", "--from", xlsx]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /its part xl\/worksheets\/sheet1\.xml declares \d+ bytes uncompressed, more than the 33554432 a workbook of values needs; nothing was inflated/,
    );
  }, 60_000);

  it("a sheet of more rows than the cap is refused with a sentence", async () => {
    const rows = Array.from(
      { length: 20_001 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`,
    ).join("");
    const xlsx = await workbook("rows.xlsx", [{ name: "2026年", rows: HEADER + rows }]);
    const r = cli(["record", copySeed("rows.yaml"), "--year", "2026", "--from", xlsx]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("a sheet has more than 20000 rows");
  }, 60_000);
});

describe("a workbook's cells are capped before exceljs builds them", () => {
  it("50,001 cells with something in them are refused with a sentence", async () => {
    const row = (r: number) =>
      `<row r="${r}">${Array.from({ length: 20 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>1</v></c>`).join("")}</row>`;
    const xlsx = await workbook("cells.xlsx", [
      { name: "2026年", rows: HEADER + Array.from({ length: 2_501 }, (_, i) => row(i + 2)).join("") },
    ]);
    const r = cli(["record", copySeed("cells.yaml"), "--year", "2026", "--from", xlsx]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("its sheets hold more than 50000 cells with something in them");
  }, 60_000);

  it.each<[string, { rows: string; styles?: string }, string]>([
    [
      "a cell's text nested 100,000 deep",
      {
        rows: `${HEADER}<row r="2"><c r="A2" t="inlineStr"><is>${"<r>".repeat(100_000)}${"</r>".repeat(100_000)}</is></c></row>`,
      },
      "its part xl/worksheets/sheet1.xml nests XML elements more than 64 deep; a workbook of values nests a few: nothing of it was read",
    ],
    [
      "a row of 100,000 attributes",
      { rows: `${HEADER}<row r="2" ${Array.from({ length: 100_000 }, (_, i) => `a${i}="x"`).join(" ")}/>` },
      "its part xl/worksheets/sheet1.xml has an XML element with more than 256 attributes; a workbook of values has a few: nothing of it was read",
    ],
    [
      "styles of 400,000 number formats",
      {
        rows: HEADER,
        styles: `<?xml version="1.0"?><styleSheet ${MAIN}><numFmts count="400000">${Array.from({ length: 400_000 }, (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="0.0"/>`).join("")}</numFmts></styleSheet>`,
      },
      "its part xl/styles.xml holds more than 300000 XML elements; a workbook of values has far fewer: nothing of it was read",
    ],
  ])(
    "%s is refused with a sentence before exceljs reads it",
    async (name, { rows, styles }, said) => {
      const file = `${name.replaceAll(/\W/g, "")}.xlsx`;
      const xlsx = await workbook(file, [{ name: "2026年", rows }], styles ? { styles } : {});
      const r = cli(["record", copySeed(`${file}.yaml`), "--year", "2026", "--from", xlsx]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${xlsx}:1:1: error[unreadable-workbook]: ${xlsx}: ${said}\n`);
    },
    60_000,
  );
});

describe("import of a template with a tester's mistakes", () => {
  it("each named at its own cell, all at once", async () => {
    const template = join(dir, "t.xlsx");
    expect(cli(["template", SEED, "-o", template]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet("Indicators")!;
    const header = sheet.getRow(1);
    const col = (text: string) => {
      let n = 0;
      header.eachCell((c, i) => void (c.value === text && (n = i)));
      return n;
    };
    const [y2020, y2021, y2023, extra] = [col("2020"), col("2021"), col("2023"), sheet.columnCount + 1];
    header.getCell(y2021).value = "2023"; // two columns headed 2023: which one is meant?
    header.getCell(extra).value = "Remarks 2"; // a header the template does not have…
    sheet.getCell(3, extra).value = "from the bureau"; // …with a value under it
    sheet.getCell(2, y2020).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    sheet.getCell(3, y2020).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell(4, y2020).value = { formula: "B4*2" } as ExcelJS.CellFormulaValue;
    sheet.getCell(5, y2020).value = new Date(Date.UTC(2024, 2, 1));
    // As Excel formats what it took for a date (a style of its own: exceljs shares style objects).
    sheet.getCell(5, y2020).style = { ...sheet.getCell(5, y2020).style, numFmt: "yyyy-mm-dd" };
    const filled = join(dir, "mistakes.xlsx");
    await book.xlsx.writeFile(filled);

    const r = cli(["import", filled, "-o", join(dir, "mistakes.yaml")]);
    expect(r.status).toBe(2);
    const letter = (n: number) => String.fromCharCode(64 + n);
    const [K, E] = [letter(y2020), letter(extra)];
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual(
      [
        `${filled}:Indicators!${letter(y2023)}1: the column “2023” is there twice (also ${letter(y2021)}1): keep one`,
        `${filled}:Indicators!${E}1: “Remarks 2” is not a column of the template, yet values stand below it: move them to their column or delete them`,
        `${filled}:Indicators!${K}2: the cell shows the error #N/A: correct its formula or type the value, and save again`,
        `${filled}:Indicators!${K}3: the cell shows the error #DIV/0!: correct its formula or type the value, and save again`,
        `${filled}:Indicators!${K}4: the formula =B4*2 has no saved result: open the workbook in Excel or LibreOffice, save it, and read it again`,
        `${filled}:Indicators!${K}5: the cell holds a date (2024-03-01), not a value: format it as text or a number and type the value again`,
      ].sort(),
    );
  });

  it("a year the loader refuses is named at its year's column, not at the other-fields column", async () => {
    const template = join(dir, "t2.xlsx");
    expect(cli(["template", SEED, "-o", template]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet("Indicators")!;
    let column = "";
    sheet.getRow(1).eachCell((c, n) => {
      if (c.value !== "2023") return;
      c.value = "2150"; // a typo for 2015, say: a year outside 1949–2100
      sheet.getCell(2, n).value = 30;
      column = c.address.replace(/\d+$/, "");
    });
    const file = join(dir, "year.xlsx");
    await book.xlsx.writeFile(file);
    const r = cli(["import", file, "-o", join(dir, "year.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:Indicators!${column}2: “2150”: expected a year from 1949 to 2100`);
  });
});
