/**
 * What every workbook the tool writes may hold (src/report/workbookText.ts): sheet names by Excel's
 * rules, text XML cannot hold shown visibly, and a workbook built in memory made fit and set up to
 * print, read back with exceljs. Every expectation is written out here.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetName, workbookBytes, workbookText } from "../../src/report/workbookText.js";
import { readWorkbook } from "./workbook.js";

describe("sheetName", () => {
  it("keeps a plain name, and adds it to the names taken in lower case", () => {
    const taken = new Set<string>();
    expect(sheetName("零陵区", taken)).toBe("零陵区");
    expect(sheetName("Summary", taken)).toBe("Summary");
    expect([...taken]).toEqual(["零陵区", "summary"]);
  });

  it("replaces []:*?/\\ and control characters with _, and drops apostrophes at the ends", () => {
    expect(sheetName("a[b]c:d*e?f/g\\h\u0001i", new Set())).toBe("a_b_c_d_e_f_g_h_i");
    expect(sheetName("''O'Brien''", new Set())).toBe("O'Brien");
    expect(sheetName("'''", new Set())).toBe("Sheet");
    expect(sheetName("", new Set())).toBe("Sheet");
  });

  it("cuts at 31 UTF-16 units, never inside a surrogate pair, and then drops an apostrophe left last", () => {
    expect(sheetName("x".repeat(40), new Set())).toBe("x".repeat(31));
    expect(sheetName("x".repeat(31), new Set())).toBe("x".repeat(31));
    expect(sheetName(`${"x".repeat(30)}😀y`, new Set())).toBe("x".repeat(30));
    expect(sheetName(`${"x".repeat(30)}'y`, new Set())).toBe("x".repeat(30));
  });

  it("a name taken, in any case, or History gets a number, cut to stay within 31", () => {
    const taken = new Set<string>();
    expect(sheetName("零陵区", taken)).toBe("零陵区");
    expect(sheetName("零陵区", taken)).toBe("零陵区 (2)");
    expect(sheetName("零陵区", taken)).toBe("零陵区 (3)");
    expect(sheetName("Sheet", taken)).toBe("Sheet");
    expect(sheetName("SHEET", taken)).toBe("SHEET (2)");
    expect(sheetName("history", taken)).toBe("history (2)");
    expect(sheetName("x".repeat(40), taken)).toBe("x".repeat(31));
    expect(sheetName("x".repeat(40), taken)).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("workbookText", () => {
  it("shows what XML cannot hold, and DEL, as the terminal does; leaves everything else", () => {
    expect(workbookText("a\u0001b\u007fc\ufffed")).toBe("a\\x01b\\x7fc\\u{fffe}d");
    expect(workbookText("森林覆盖率\t≥20\n")).toBe("森林覆盖率\t≥20\n");
  });
});

describe("workbookBytes", () => {
  it("makes every name, cell and note fit, and sets each sheet up to print", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("values", { views: [{ state: "frozen", ySplit: 2 }] });
    sheet.getCell("A1").value = "a\u0001b";
    sheet.getCell("A2").value = { richText: [{ text: "x\u0002" }, { text: "y" }] };
    sheet.getCell("A3").value = { text: "link\u0003", hyperlink: "https://example.org" };
    sheet.getCell("A4").value = { formula: "1+1", result: "r\u0004" } as ExcelJS.CellValue;
    sheet.getCell("A5").value = 42;
    sheet.getCell("B1").value = "plain";
    sheet.getCell("B1").note = "note\u0005";
    sheet.getCell("B2").value = "p";
    sheet.getCell("B2").note = { texts: [{ text: "rich\u0006" }] } as ExcelJS.Comment;
    book.addWorksheet("history");
    const other = book.addWorksheet("other");
    other.getCell("A1").value = "o";

    const read = await readWorkbook(Buffer.from(await workbookBytes(book)));
    expect(read.worksheets.map((s) => s.name)).toEqual(["values", "history (2)", "other"]);
    const [values, history, plain] = read.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(values.getCell("A1").value).toBe("a\\x01b");
    expect(values.getCell("A2").value).toEqual({ richText: [{ text: "x\\x02" }, { text: "y" }] });
    expect(values.getCell("A3").value).toEqual({ text: "link\\x03", hyperlink: "https://example.org" });
    expect((values.getCell("A4").value as { result: unknown }).result).toBe("r\\x04");
    expect(values.getCell("A5").value).toBe(42);
    const noteText = (cell: ExcelJS.Cell) =>
      typeof cell.note === "string" ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join("");
    expect(noteText(values.getCell("B1"))).toBe("note\\x05");
    expect(noteText(values.getCell("B2"))).toBe("rich\\x06");
    expect(values.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    // No frozen rows: no print titles.
    expect(plain.pageSetup.printTitlesRow).toBeUndefined();
    expect(history.pageSetup.orientation).toBe("landscape");
  });
});
