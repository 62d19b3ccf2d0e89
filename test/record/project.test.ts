/** record --project on the text: placed into the named project's progress in every layout, verified, refused when it would change a value. */
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import { recordProjectText } from "../../src/record/recordProject.js";
import { unexpectedDifference } from "../../src/record/verify.js";

const HEAD = `region: {name: 测试区}
plan: {base_year: 2022}
indicators:
  - {id: "1", name: x, standard: "≥20", baseline: 25}
`;
const file = (projects: string) => `${HEAD}projects:\n  items:\n${projects}`;
const BLOCK = `    - id: 4
      name: 污水处理厂
      investment: 7700
      period: "2023-2024"   # 附表1
    - id: 5
      name: 管网
      investment: 500
      period: "2023"
`;
const record = (text: string, entry: Parameters<typeof recordProjectText>[1][number], force = false, year = 2024) =>
  recordProjectText(text, [entry], { year, force }, "t.yaml");
const progressOf = (text: string, id: string) => {
  const r = loadIndicatorFile(text, "t.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.projects!.items.find((p) => p.id === id)!.progress.map(({ line: _l, ...p }) => p);
};
const written = (r: ReturnType<typeof record>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.text;
};

describe("record --project: placement", () => {
  const layouts: Array<[string, string]> = [
    ["a block item without progress", BLOCK],
    [
      "a block progress map",
      BLOCK.replace(
        `period: "2023-2024"   # 附表1\n`,
        `period: "2023-2024"   # 附表1\n      progress:\n        2023: {invested: 3000, status: 在建}\n`,
      ),
    ],
    [
      "a flow progress map",
      BLOCK.replace(
        `period: "2023-2024"   # 附表1\n`,
        `period: "2023-2024"   # 附表1\n      progress: {2023: {invested: 3000, status: 在建}}\n`,
      ),
    ],
    [
      "progress left blank",
      BLOCK.replace(`period: "2023-2024"   # 附表1\n`, `period: "2023-2024"   # 附表1\n      progress:\n`),
    ],
    [
      "a flow item",
      `    - {id: 4, name: 污水处理厂, investment: 7700, period: "2023-2024"}\n    - {id: 5, name: 管网, investment: 500, period: "2023"}\n`,
    ],
    [
      "a later year already there",
      BLOCK.replace(
        `period: "2023-2024"   # 附表1\n`,
        `period: "2023-2024"   # 附表1\n      progress:\n        2025: {invested: 7700, status: 建成}\n`,
      ),
    ],
  ];
  it.each(layouts)("%s", (_name, projects) => {
    const text = file(projects);
    const out = written(record(text, { id: "4", invested: "6000", status: "在建", note: "区住建局报" }));
    expect(progressOf(out, "4").find((p) => p.year === 2024)).toEqual({
      year: 2024,
      invested: 6000,
      status: "in_progress",
      note: "区住建局报",
    });
    expect(progressOf(out, "5")).toEqual(progressOf(text, "5"));
    // Every other line stays as it was.
    const kept = text.split("\n").filter((l) => !out.split("\n").includes(l));
    expect(kept.every((l) => /progress|2023: |2025: |id: 4/.test(l))).toBe(true);
    if (text.includes("# 附表1")) expect(out).toContain("# 附表1");
  });
  it("CRLF and a byte-order mark are kept", () => {
    const text = `\uFEFF${file(BLOCK).replaceAll("\n", "\r\n")}`;
    const out = written(record(text, { id: "5", invested: "500", status: "建成" }));
    expect(out.startsWith("\uFEFF")).toBe(true);
    expect(out.replaceAll("\r\n", "").includes("\n")).toBe(false);
    expect(progressOf(out.slice(1), "5")).toEqual([{ year: 2024, invested: 500, status: "completed" }]);
  });
});

describe("record --project: a status as people type it", () => {
  it.each([
    ["Completed", "completed", "completed"],
    ["  In   Progress ", "in progress", "in_progress"],
    [" 在建 ", "在建", "in_progress"],
  ])("%j is written as the file spells it, %j", (typed, written_, meaning) => {
    const out = written(record(file(BLOCK), { id: "5", status: typed }));
    expect(out).toContain(`2024: {status: ${written_}}`);
    expect(progressOf(out, "5")).toEqual([{ year: 2024, status: meaning }]);
  });
  it.each(["constructor", "toString", "__proto__"])("%j, a property every object has, is no status", (typed) => {
    expect(record(file(BLOCK), { id: "5", status: typed })).toEqual({
      ok: false,
      problems: [expect.objectContaining({ kind: "project-status", id: "5", value: typed })],
    });
  });
});

describe("record --project: the guarantees of record", () => {
  const text = file(
    BLOCK.replace(
      `period: "2023-2024"   # 附表1\n`,
      `period: "2023-2024"   # 附表1\n      progress: {2024: {invested: 3000, status: 在建}}\n`,
    ),
  );
  it("the same progress again is already recorded, and nothing is written", () => {
    const r = record(text, { id: "4", invested: "3000", status: "in progress" });
    expect(r).toEqual({
      ok: true,
      text,
      changes: [{ id: "4", kind: "unchanged", value: "{invested: 3000, status: 在建}" }],
    });
  });
  it("a changed value is refused without --force, and replaced with it", () => {
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("progress: {2024: {invested: 3000"));
    const at = { line: line + 1, column: lines[line]!.indexOf("{invested") + 1 };
    expect(record(text, { id: "4", invested: "3500" })).toEqual({
      ok: false,
      problems: [{ kind: "project-conflict", id: "4", field: "invested", old: "3000", value: "3500", at }],
    });
    const out = written(record(text, { id: "4", invested: "3500" }, true));
    expect(progressOf(out, "4")).toEqual([{ year: 2024, invested: 3500, status: "in_progress" }]);
  });
  it("a field the year lacks is added, what it holds kept", () => {
    const out = written(record(text, { id: "4", note: "核实" }));
    expect(progressOf(out, "4")).toEqual([{ year: 2024, invested: 3000, status: "in_progress", note: "核实" }]);
  });
  it.each([
    [
      { id: "9", invested: "1" },
      { kind: "unknown-project", id: "9" },
    ],
    [
      { id: "4", invested: "很多" },
      { kind: "project-invested", id: "4", value: "很多" },
    ],
    [
      { id: "4", invested: "-5" },
      { kind: "project-invested", id: "4", value: "-5" },
    ],
    [
      // More than 15 significant digits: a number would round it to 1.
      { id: "4", invested: "1.000000000000000001" },
      { kind: "project-invested", id: "4", value: "1.000000000000000001" },
    ],
    [{ id: "4", status: "快完了" }, expect.objectContaining({ kind: "project-status", id: "4", value: "快完了" })],
  ])("refused: %j", (entry, problem) => {
    expect(record(text, entry)).toEqual({ ok: false, problems: [problem] });
  });
  it("a file without projects has no project to record", () => {
    expect(record(HEAD, { id: "4", invested: "1" })).toEqual({
      ok: false,
      problems: [{ kind: "unknown-project", id: "4" }],
    });
  });
});

describe("verify: only the named project may gain only the named year's progress", () => {
  const load = (text: string) => {
    const r = loadIndicatorFile(text, "t.yaml");
    if (!r.ok) throw new Error("invalid");
    return r.value;
  };
  const before = load(file(BLOCK));
  const with2024 = (projects: string) => load(file(projects));
  const recorded = [{ id: "4", year: 2024, progress: { invested: 6000 } }];
  const p4 = BLOCK.replace(
    `period: "2023-2024"   # 附表1\n`,
    `period: "2023-2024"\n      progress: {2024: {invested: 6000}}\n`,
  );
  it("the recorded year only: no difference", () =>
    expect(unexpectedDifference(before, with2024(p4), [], recorded)).toBeUndefined());
  it("another year gained", () =>
    expect(
      unexpectedDifference(
        before,
        with2024(p4.replace("{2024: {invested: 6000}}", "{2023: {invested: 1}, 2024: {invested: 6000}}")),
        [],
        recorded,
      ),
    ).toEqual({ where: "project", id: "4" }));
  it("another project gained", () =>
    expect(
      unexpectedDifference(
        before,
        with2024(p4.replace(`period: "2023"\n`, `period: "2023"\n      progress: {2024: {invested: 1}}\n`)),
        [],
        recorded,
      ),
    ).toEqual({ where: "project", id: "5" }));
  it("another field of the project changed", () =>
    expect(
      unexpectedDifference(before, with2024(p4.replace("investment: 7700", "investment: 7000")), [], recorded),
    ).toEqual({ where: "project", id: "4" }));
  it("a value record may not touch the projects", () =>
    expect(unexpectedDifference(before, with2024(p4), [])).toEqual({ where: "project", id: "4" }));
  it("nor the basic conditions", () =>
    expect(unexpectedDifference(before, load(`${file(BLOCK)}vetoes: {2024: {a: 是}}\n`), [])).toEqual({
      where: "file",
      field: "vetoes",
    }));
});

describe("record --project where progress is written once and used by several projects (PyYAML's &id003 / *id003)", () => {
  const shared = file(
    `    - {id: 1, name: a, investment: 100, period: 2023-2025, progress: {2024: &id003 {invested: 10, status: 在建}}}\n    - {id: 2, name: b, investment: 100, period: 2023-2025, progress: {2024: *id003}}\n`,
  );
  it.each([
    // The anchored value is placed where it starts (after its &name).
    ["the project whose progress holds the anchor", "1", "&id003", 84],
    ["a project whose progress is the alias", "2", "*id003", 77],
  ])("%s: refused at it, with --force too (no field of the other project lost)", (_name, id, mark, column) => {
    const r = record(shared, { id, invested: "60" }, true);
    expect(r.ok ? r.text : r.problems).toEqual([
      { kind: "project-shared", id, what: "progress", mark, at: { line: id === "1" ? 7 : 8, column } },
    ]);
  });
});
