/**
 * The fact sheets read back by import, in this process: a statement under a condition that has a
 * note, a fact given twice, a header nobody knows and a review given both in the YAML column and
 * its sheet are each named at their cell; nothing is chosen silently.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../../src/workbook/import.js";
import { templateBytes } from "./roundTrip.js";

const FILE = `region: {name: 测试区, zone: east}
plan: {base_year: 2022, near_term: 2025}
vetoes:
  2024:
    生态破坏事件: {value: 未发生, note: 经核查}
indicators:
  - {id: "1", name: 考核比例, unit: "%", standard: "≥20", baseline: 25.5, actuals: {2024: 26}}
  - {id: "2", name: 责任追究制度, standard: 建立, baseline: 待核实}
`;

async function edited(
  edit: (workbook: ExcelJS.Workbook) => void,
): Promise<Array<{ sheet?: string; cell?: string; id: string }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateBytes(FILE)) as unknown as ArrayBuffer);
  edit(workbook);
  const result = await importWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), "t.yaml", "en");
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => ({ sheet: e.sheet, cell: e.cell, id: e.message.id }));
}

describe("fact sheets: problems at their cells", () => {
  it("a statement the loader cannot read, under a condition with a note", async () => {
    const errors = await edited((w) => (w.getWorksheet("否决项")!.getCell("C2").value = "也许"));
    expect(errors).toEqual([{ sheet: "否决项", cell: "C2", id: "error.importCell" }]);
  });

  it("the same year and condition twice, and a header nobody knows", async () => {
    const errors = await edited((w) => {
      const sheet = w.getWorksheet("否决项")!;
      sheet.getRow(3).values = [2024, "生态破坏事件", "发生"];
      sheet.getCell("F1").value = "责任单位";
      sheet.getCell("F2").value = "区生态环境分局";
    });
    expect(errors).toEqual([
      { sheet: "否决项", cell: "F1", id: "import.cell.header" },
      { sheet: "否决项", cell: "B3", id: "import.cell.duplicateFact" },
    ]);
  });

  it("a review in the YAML column and in its sheet", async () => {
    const errors = await edited((w) => {
      const indicators = w.getWorksheet("指标")!;
      const extra = (indicators.getRow(1).values as unknown[]).indexOf("其他字段（YAML）");
      indicators.getRow(3).getCell(extra).value = "review: {verdict: pass, by: 张三}";
      w.getWorksheet("人工审核")!.getRow(2).values = ["2", "不通过", "李四"];
    });
    expect(errors).toEqual([{ sheet: "人工审核", cell: "A2", id: "import.cell.twice" }]);
  });

  it("a note on a year with no value", async () => {
    const errors = await edited(
      (w) => (w.getWorksheet("备注与来源")!.getRow(3).values = ["1", "实际值", 2023, "初步数"]),
    );
    expect(errors).toEqual([{ sheet: "备注与来源", cell: "C3", id: "import.cell.noteWithoutValue" }]);
  });

  it("a review of no row, a verdict that is neither, a note on no field, a source for a rule", async () => {
    const errors = await edited((w) => {
      const reviews = w.getWorksheet("人工审核")!;
      reviews.getRow(2).values = ["9", "通过", "张三"];
      reviews.getRow(3).values = ["1", "也许", "张三"];
      const notes = w.getWorksheet("备注与来源")!;
      notes.getRow(2).values = ["1", "别的", 2024, "说明"];
      notes.getRow(3).values = ["1", "国家标准", undefined, "说明", "统计年鉴"];
    });
    expect(errors).toEqual([
      { sheet: "人工审核", cell: "A2", id: "import.cell.unknownId" },
      { sheet: "人工审核", cell: "B3", id: "import.cell.reviewVerdict" },
      { sheet: "备注与来源", cell: "B2", id: "import.cell.noteField" },
      { sheet: "备注与来源", cell: "E3", id: "import.cell.ruleSource" },
    ]);
  });
});
