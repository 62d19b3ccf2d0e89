/**
 * The parts every human format is made of — summary lines, headers, check labels, the row batches,
 * the CSV records and the terminal-safe text — on hand-written inputs, against literal text in both
 * languages. No expectation is built with the code's own t().
 */
import { describe, expect, it } from "vitest";
import type { FileAssessment, RunTotals } from "../../src/assess/result.js";
import { checkLabel, displayValue, headers, withActual } from "../../src/report/columns.js";
import { BOM, csvRecords, wantsBom } from "../../src/report/csvRecords.js";
import { checkRows, decides, needsAttention, rowBatches } from "../../src/report/rows.js";
import {
  completenessLines,
  countsLine,
  questionLabel,
  runGapLines,
  runSummaryLine,
  summaryLine,
} from "../../src/report/summaryLines.js";
import { vetoLines } from "../../src/report/vetoLines.js";
import { visible } from "../../src/report/visible.js";
import type { VetoCheck } from "../../src/vetoes/types.js";
import { PLAN_RUN } from "./fixtures/planAssessment.js";

const PLAN = PLAN_RUN.files[0]!;
/** The same file asked the 2024 question: progress decides, the plan's checks are shown only. */
const YEAR: FileAssessment = {
  ...PLAN,
  mode: "year",
  year: 2024,
  checks: ["baseline", "progress"],
  completeness: {
    year: 2024,
    missing: [
      { id: "1", name: "森林覆盖率", line: 10 },
      { id: "2", name: "河湖岸线保护率", line: 18 },
    ],
  },
  summary: {
    binding: { total: 2, PASS: 0, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 2, REVIEW: 0 },
    reference: { total: 1, PASS: 1, FAIL: 0, WARN: 1, "N/A": 1, MISSING: 0, REVIEW: 1 },
    overall: "INCOMPLETE",
  },
};

const run = (fields: Partial<RunTotals>): RunTotals => ({
  fileCount: 3,
  overall: "FAIL",
  byOverall: { PASS: 1, WARN: 0, INCOMPLETE: 1, FAIL: 1 },
  ...fields,
});

describe("summary lines", () => {
  it("counts in the report's order, zero counts left out, none at all a dash", () => {
    expect(countsLine("en", YEAR.summary.reference)).toBe("1: 1 pass · 1 warn · 1 review · 1 n/a");
    expect(countsLine("zh", YEAR.summary.reference)).toBe("1 项：1 达标 · 1 警示 · 1 待审核 · 1 不涉及");
    expect(countsLine("en", { total: 6, PASS: 1, FAIL: 1, WARN: 1, "N/A": 1, MISSING: 1, REVIEW: 1 })).toBe(
      "6: 1 pass · 1 fail · 1 warn · 1 missing · 1 review · 1 n/a",
    );
    expect(countsLine("en", { total: 0, PASS: 0, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 0 })).toBe("0: none");
  });

  it("the question asked, and a file's summary", () => {
    expect([questionLabel("en", PLAN), questionLabel("en", YEAR)]).toEqual(["plan review", "2024 assessment"]);
    expect([questionLabel("zh", PLAN), questionLabel("zh", YEAR)]).toEqual(["规划评审", "2024年度评估"]);
    expect(summaryLine("en", YEAR)).toBe(
      "2024 assessment — binding 2: 2 missing — reference 1: 1 pass · 1 warn · 1 review · 1 n/a — overall INCOMPLETE",
    );
    expect(summaryLine("zh", PLAN)).toBe(
      "规划评审 — 约束性 2 项：1 达标 · 1 未达标 — 参考性 1 项：1 待审核 — 总体 未达标",
    );
  });

  it("a run: files per overall verdict, those not checked counted among the files", () => {
    expect(runSummaryLine("en", run({}))).toBe("3 files: 1 PASS · 1 INCOMPLETE · 1 FAIL — overall FAIL");
    expect(runSummaryLine("en", run({ unreadable: 2 }))).toBe(
      "5 files: 1 PASS · 1 INCOMPLETE · 1 FAIL · 2 not checked (input errors above) — overall FAIL",
    );
    expect(runSummaryLine("zh", run({ unreadable: 2 }))).toBe(
      "共 5 个文件：1 达标 · 1 不完整 · 1 未达标 · 2 个未能检查（输入错误见上） — 总体 未达标",
    );
  });

  it("a run where no file could be checked has no overall verdict", () => {
    const none = run({ fileCount: 0, byOverall: { PASS: 0, WARN: 0, INCOMPLETE: 0, FAIL: 0 }, unreadable: 2 });
    expect(runSummaryLine("en", none)).toBe("2 files: 2 not checked (input errors above)");
    expect(runSummaryLine("zh", none)).toBe("共 2 个文件：2 个未能检查（输入错误见上）");
  });

  it("a year's missing binding rows, one a line; none when complete or asked no year", () => {
    expect(completenessLines("en", YEAR)).toEqual([
      "Missing for 2024 (binding rows: 2; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  1 森林覆盖率",
      "  2 河湖岸线保护率",
    ]);
    expect(completenessLines("en", PLAN)).toEqual([]);
    expect(completenessLines("en", { ...YEAR, completeness: { year: 2024, missing: [] } })).toEqual([]);
  });

  it("a batch's gaps: the first files in full, then how many more", () => {
    const gaps = ["a", "b", "c"].map((x, i) => ({
      file: `${x}.yaml`,
      region: `${x}县`,
      year: 2024,
      ids: ["1", `${i + 2}`],
    }));
    expect(runGapLines("en", run({}))).toEqual([]);
    expect(runGapLines("en", run({ gaps: [] }))).toEqual([]);
    expect(runGapLines("en", run({ gaps }), 2)).toEqual([
      "Year assessments with gaps (3 files):",
      "  a县 (a.yaml, 2024): 1, 2",
      "  b县 (b.yaml, 2024): 1, 3",
      "  … and 1 more file (the JSON report lists every one)",
    ]);
    expect(runGapLines("zh", run({ gaps }), 3)).toEqual([
      "年度评估存在缺项的文件（3 个）：",
      "  a县 (a.yaml, 2024): 1, 2",
      "  b县 (b.yaml, 2024): 1, 3",
      "  c县 (c.yaml, 2024): 1, 4",
    ]);
  });
});

describe("columns", () => {
  it("a plan review's headers; a year assessment adds the year's actual value", () => {
    expect(headers(PLAN, "en")).toEqual([
      "ID",
      "Indicator",
      "Unit",
      "Standard",
      "Baseline 2022",
      "Target 2025",
      "Target 2030",
    ]);
    expect(headers(YEAR, "zh")).toEqual([
      "序号",
      "考核指标",
      "单位",
      "国家标准",
      "基准值 2022",
      "规划值 2025",
      "规划值 2030",
      "实际值 2024",
    ]);
    // A phase without a year is named by its phase.
    expect(headers({ ...PLAN, file: { ...PLAN.file, plan: { baseYear: 2022 } } }, "en").slice(5)).toEqual([
      "Near-term target",
      "Long-term target",
    ]);
  });

  it("the actual column needs both a year and the progress check", () => {
    expect(withActual(YEAR)).toBe(true);
    expect(withActual({ ...YEAR, checks: ["baseline"] })).toBe(false);
    expect(withActual({ ...PLAN, checks: ["baseline", "progress"] })).toBe(false);
  });

  it("check labels: a check that does not decide the question says so", () => {
    expect(checkLabel("en", PLAN, "baseline")).toBe("baseline");
    expect(checkLabel("en", YEAR, "baseline")).toBe("baseline (shown, not deciding)");
    expect(checkLabel("en", YEAR, "progress")).toBe("progress");
    expect(
      ["baseline", "near_term", "long_term", "progress", "override"].map((c) => checkLabel("zh", PLAN, c as never)),
    ).toEqual(["基准值", "近期目标", "远期目标", "进展（不参与本次判定）", "改写国家标准"]);
    expect(["near_term", "long_term", "override"].map((c) => checkLabel("en", YEAR, c as never))).toEqual([
      "near-term (shown, not deciding)",
      "long-term (shown, not deciding)",
      "override",
    ]);
  });

  it("values as a cell shows them", () => {
    expect(displayValue(undefined)).toBe("");
    expect(displayValue({ kind: "number", n: 1234.5 })).toBe("1234.5");
    expect(displayValue({ kind: "text", text: "已建立" })).toBe("已建立");
  });
});

describe("rows", () => {
  it("what needs attention: anything but a pass or n/a, and a pass behind pace or off track", () => {
    const said = (id: string) => ({ verdict: "PASS", message: { id } });
    expect(
      (["PASS", "N/A", "FAIL", "WARN", "MISSING", "REVIEW"] as const).map((verdict) =>
        needsAttention({ verdict, outcome: said("rule.compare.pass") } as never),
      ),
    ).toEqual([false, false, true, true, true, true]);
    const forecast = (c: string) => ({
      class: c,
      projected: 1,
      target: 1,
      target_year: 2025,
      ratio: 1,
      method: "cagr",
    });
    expect(
      [
        { outcome: said("rule.change.behindPace") },
        { outcome: { ...said("progress.both"), parts: [said("rule.change.behindPace")] } },
        { outcome: said("progress.forecast"), forecast: forecast("acceleration_needed") },
        { outcome: said("progress.forecast"), forecasts: [forecast("on_track"), forecast("moving_away")] },
        { outcome: said("rule.change.onPace") },
        { outcome: said("progress.forecast"), forecast: forecast("on_track") },
        { outcome: said("progress.forecast"), forecast: forecast("achieved") },
      ].map((c) => needsAttention({ verdict: "PASS", ...c } as never)),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it("which checks decide each question", () => {
    expect(
      ["baseline", "near_term", "long_term", "progress", "override"].map((c) => decides(PLAN, c as never)),
    ).toEqual([true, true, true, false, true]);
    expect(
      ["baseline", "near_term", "long_term", "progress", "override"].map((c) => decides(YEAR, c as never)),
    ).toEqual([false, false, false, true, true]);
  });

  it("every check of a file, flat, in row order", () => {
    expect(checkRows(PLAN).map((r) => `${r.assessment.indicator.id} ${r.name} ${r.check.verdict}`)).toEqual([
      "1 baseline PASS",
      "1 near_term PASS",
      "2 baseline FAIL",
      "R1 baseline REVIEW",
    ]);
  });

  it("rows a thousand at a time, the last batch what is left; none for no rows", () => {
    const many = { ...PLAN, indicators: Array.from({ length: 2001 }, () => PLAN.indicators[0]!) };
    expect([...rowBatches(many)].map((b) => b.length)).toEqual([1000, 1000, 1]);
    expect([...rowBatches({ ...PLAN, indicators: [] })]).toEqual([]);
    expect([...rowBatches(PLAN)].map((b) => b.length)).toEqual([3]);
  });
});

describe("CSV records", () => {
  it("CRLF records; formulas guarded; a line break quoted; nothing for no rows", () => {
    expect(csvRecords([])).toBe("");
    expect(
      csvRecords([
        ["a", 1, true, null],
        ["=1+1", "-2", "@x", "x\ny"],
      ]),
    ).toBe("a,1,true,\r\n'=1+1,'-2,'@x,\"x\ny\"\r\n");
  });

  it("a byte-order mark: as asked, else for a file and not for standard output", () => {
    expect([wantsBom(undefined, true), wantsBom(undefined, false)]).toEqual([true, false]);
    expect([wantsBom(false, true), wantsBom(true, false)]).toEqual([false, true]);
    expect([...BOM].map((c) => c.charCodeAt(0))).toEqual([0xfeff]);
  });
});

describe("text from a file, made safe to show", () => {
  it.each([
    ["plain text", "森林覆盖率 ≥ 20%", "森林覆盖率 ≥ 20%"],
    ["an escape sequence and BEL", "a\u001b[31mb\u0007", "a\\x1b[31mb\\x07"],
    ["NUL and DEL, padded to two digits", "\u0000\u007f", "\\x00\\x7f"],
    ["line ends and a tab, by name", "a\r\nb\tc", "a\\r\\nb\\tc"],
    ["C1 controls", "\u0085\u009f", "\\x85\\x9f"],
    [
      "bidirectional overrides and isolates",
      "\u202eabc\u2066\u2069\u061c\u200e\u200f",
      "\\u{202e}abc\\u{2066}\\u{2069}\\u{61c}\\u{200e}\\u{200f}",
    ],
    [
      "line and paragraph separators, a BOM, non-characters",
      "\u2028\u2029\ufeff\ufffe\uffff",
      "\\u{2028}\\u{2029}\\u{feff}\\u{fffe}\\u{ffff}",
    ],
    ["a lone high surrogate", "x\ud800y", "x\\u{d800}y"],
    ["a lone low surrogate", "x\udc00y", "x\\u{dc00}y"],
    ["a pair is a character, left alone beside a control", "😀\u001b", "😀\\x1b"],
    ["a high surrogate at the end", "😀\ud83d", "😀\\u{d83d}"],
    ["characters just past the hidden ranges", "\u0100\u00a0\u2030\u206a", "\u0100\u00a0\u2030\u206a"],
  ])("%s", (_name, text, shown) => {
    expect(visible(text)).toBe(shown);
  });
});

describe("basic conditions (否决项)", () => {
  const condition = (year: number, verdict: "PASS" | "FAIL", standing: VetoCheck["standing"]): VetoCheck => ({
    year,
    condition: "重特大突发环境事件",
    state: verdict === "PASS" ? "met" : "not_met",
    text: verdict === "PASS" ? "未发生" : "发生",
    line: 3,
    column: 5,
    verdict,
    standing,
  });

  it("a year assessment: its own year's decide, another year's are shown, a later year's not yet assessed", () => {
    const conditions = [
      condition(2023, "FAIL", "shown"),
      condition(2023, "PASS", "shown"),
      condition(2024, "FAIL", "decides"),
      condition(2024, "PASS", "decides"),
      condition(2025, "PASS", "ahead"),
    ];
    const year = { ...YEAR, vetoes: { year: 2024, decides: true, conditions, failed: [conditions[2]!] } };
    expect(vetoLines("en", year)).toEqual([
      "Basic conditions (否决项) for 2024: 2 listed, 1 not met",
      "  ✗ 2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024)",
      "  ✓ 2023 重特大突发环境事件: 未发生, met (shown, not deciding for 2024)",
      "  ✗ 2024 重特大突发环境事件: 发生, not met: the year FAILs whatever the indicators say",
      "  ✓ 2024 重特大突发环境事件: 未发生, met",
      "  · 2025 重特大突发环境事件: 未发生, stated for 2025, not yet assessed",
      "The list of conditions is the file's own (the official list was not found).",
    ]);
    expect(vetoLines("zh", year)[0]).toBe("2024年基本条件（否决项）：列出 2 项，1 项不满足");
  });

  it("a year none of whose conditions is its own; plan review, where none decides", () => {
    const other = [condition(2023, "PASS", "shown")];
    expect(vetoLines("en", { ...YEAR, vetoes: { year: 2024, decides: true, conditions: other, failed: [] } })).toEqual([
      "Basic conditions (否决项) for 2024: none listed for this year",
      "  ✓ 2023 重特大突发环境事件: 未发生, met (shown, not deciding for 2024)",
      "The list of conditions is the file's own (the official list was not found).",
    ]);
    const plan = [condition(2023, "PASS", "shown"), condition(2024, "FAIL", "shown")];
    expect(vetoLines("zh", { ...PLAN, vetoes: { decides: false, conditions: plan, failed: [] } })).toEqual([
      "基本条件（否决项），规划评估中仅展示、不作判定：列出 2 项",
      "  ✓ 2023年 重特大突发环境事件：未发生，满足",
      "  ✗ 2024年 重特大突发环境事件：发生，不满足",
      "条件清单由本文件自行列出（未找到官方清单）。",
    ]);
    expect(vetoLines("en", PLAN)).toEqual([]);
  });
});
