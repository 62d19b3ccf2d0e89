/** A table of project rows (项目编号/序号 + 累计投资/invested + 状态/status): read into progress entries, each problem at its cell. */
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/record/columns.js";
import { tableOf, type RawRow } from "../../src/record/sources.js";

const rows = (...lines: string[][]): RawRow[] =>
  lines.map((cells, i) => ({
    line: i + 1,
    cells: cells.map((text) => ({ text, at: { file: "p.csv", line: i + 1 } })),
  }));

describe("project columns", () => {
  it.each([
    ["项目编号", { column: "project" }],
    ["project", { column: "project" }],
    ["累计投资", { column: "invested" }],
    ["累计投资（万元）", { column: "invested" }],
    ["累计完成投资（2024年）", { column: "invested", year: 2024 }],
    ["invested", { column: "invested" }],
    ["状态", { column: "status" }],
    ["status", { column: "status" }],
  ])("%s", (header, expected) => expect(recognise(header)).toEqual(expected));
});

describe("a table of project rows", () => {
  it("序号 with 累计投资 and 状态: one entry per project, notes kept, blank rows skipped", () => {
    const t = tableOf(
      rows(
        ["序号", "项目名称", "累计投资（万元）", "状态", "备注"],
        ["4", "污水处理厂", "6000", "在建", "区住建局报"],
        ["", "", "", "", ""],
        ["13", "石漠化", "", "建成", ""],
      ),
      "p.csv",
      2024,
    );
    expect(t.problems).toEqual([]);
    expect(t.entries).toEqual([]);
    expect(t.projects).toEqual([
      {
        id: "4",
        invested: "6000",
        status: "在建",
        note: "区住建局报",
        at: { id: { file: "p.csv", line: 2 }, value: { file: "p.csv", line: 2 } },
      },
      { id: "13", status: "建成", at: { id: { file: "p.csv", line: 4 }, value: { file: "p.csv", line: 4 } } },
    ]);
  });
  it("项目编号 with invested alone", () => {
    expect(
      tableOf(rows(["项目编号", "invested"], ["5", "300"]), "p.csv", 2024).projects.map((p) => [p.id, p.invested]),
    ).toEqual([["5", "300"]]);
  });
  it("a row without id, an id twice: problems at their cells; a row without progress: left out, in a notice", () => {
    const t = tableOf(
      rows(["项目编号", "累计投资", "状态"], ["", "100", ""], ["6", "", ""], ["7", "1", ""], ["7", "2", ""]),
      "p.csv",
      2024,
    );
    expect(t.problems.map((p) => [p.at.line, p.message.id])).toEqual([
      [2, "error.record.source.noId"],
      [5, "error.record.source.again"],
    ]);
    expect(t.notices).toEqual([{ id: "notice.record.emptyProjects", data: { file: "p.csv", ids: "6" } }]);
  });
  it("an invested column for another year is refused", () => {
    expect(() => tableOf(rows(["项目编号", "累计投资（2023年）"], ["5", "300"]), "p.csv", 2024)).toThrow();
  });
  it("a table of values stays a table of values", () => {
    const t = tableOf(rows(["序号", "数值"], ["1", "26"]), "p.csv", 2024);
    expect([t.entries.length, t.projects.length]).toEqual([1, 0]);
  });
});
