/**
 * The two questions (SPEC "Two questions: the plan, and a year"), on the Lingling seed with
 * synthetic observed values: a year assessment needs every binding row's value for the year.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, isMap, isScalar, type YAMLMap } from "yaml";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";
import { run } from "../cli/run.js";
import { tempDir } from "../support/tempDir.js";

const seedText = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");

/** The value 表1 gives for the base year, as written in the seed (a scalar, {value}, or a series' last entry). */
function writtenBaseline(row: YAMLMap): unknown {
  const b: unknown = row.get("baseline", true);
  if (isScalar(b)) return b.value;
  if (isMap(b)) return b.has("value") ? b.get("value") : (b.items.at(-1)!.value as { value: unknown }).value;
  return undefined;
}

/** The seed with observed values for `year`: each row's own base-year value, except the rows left out. */
function seedWithYear(year: number, leaveOut: readonly string[] = [], overrides: Record<string, unknown> = {}): string {
  const doc = parseDocument(seedText);
  for (const row of (doc.get("indicators") as { items: YAMLMap[] }).items) {
    const id = String(row.get("id"));
    if (leaveOut.includes(id)) continue;
    const value = id in overrides ? overrides[id] : writtenBaseline(row);
    if (value !== undefined && value !== null) row.set("actuals", doc.createNode({ [year]: value }));
  }
  return doc.toString();
}

const load = (text: string) => {
  const r = loadIndicatorFile(text, "lingling.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

const tmpFile = (text: string) => {
  const path = join(tempDir("year-"), "region.yaml");
  writeFileSync(path, text);
  return path;
};

describe("which question a run answers", () => {
  it("a file without observed values is a plan review; with them, the latest year's assessment", () => {
    expect(assess(load(seedText))).toMatchObject({ mode: "plan" });
    expect(assess(load(seedText)).year).toBeUndefined();
    const a = assess(load(seedWithYear(2024)));
    expect(a).toMatchObject({ mode: "year", year: 2024 });
  });

  it("--assess chooses explicitly; a year assessment of a file without observed values is the base year's", () => {
    expect(assess(load(seedWithYear(2024)), { mode: "plan" }).mode).toBe("plan");
    expect(assess(load(seedText), { mode: "year" })).toMatchObject({ mode: "year", year: 2022 });
  });
});

describe("a year assessment", () => {
  it("with a gap is INCOMPLETE, and the completeness list names exactly the binding rows MISSING in the year", () => {
    const a = assess(load(seedWithYear(2024, ["15", "5.2"])));
    expect(a.summary.overall).toBe("INCOMPLETE");
    const missing = a.completeness!.missing.map((m) => m.id);
    expect(missing).toContain("15");
    expect(missing).toContain("5.2");
    // Every binding row without a 2024 value is listed; a row with one only when its check still lacks
    // something (5.1: the superior's target for 2024); never a reference row.
    for (const { indicator, checks } of a.indicators) {
      const has2024 = indicator.actuals.some((o) => o.year === 2024);
      if (indicator.binding && !has2024 && indicator.baseline.at(-1)?.value.kind !== "not_applicable")
        expect(missing).toContain(indicator.id);
      if ((has2024 && checks.progress?.verdict !== "MISSING") || !indicator.binding)
        expect(missing).not.toContain(indicator.id);
    }
    expect(missing).toContain("5.1");
    expect(missing.length).toBe(a.summary.binding.MISSING);
  });

  it("one recorded value on a filled file is not a pass: the other 24 binding rows are MISSING, never N/A", () => {
    // The case: record 2024 for row 1 only, then --checks progress --year 2024.
    const doc = parseDocument(seedText);
    (doc.get("indicators") as { items: YAMLMap[] }).items[0]!.set("actuals", doc.createNode({ 2024: 26 }));
    const a = assess(load(doc.toString()), { checks: ["progress"], year: 2024 });
    expect(a.summary.binding.PASS).toBe(1);
    // 7.2 is declared 不涉及 in its baseline, which the row allows: that, and only that, is N/A.
    expect(a.summary.binding["N/A"]).toBe(1);
    expect(a.summary.binding.MISSING).toBe(a.summary.binding.total - 2);
    expect(a.summary.overall).toBe("INCOMPLETE");
  });

  it("is decided by the year's values: 15's failing 2022 baseline (82 < 85) is shown, and 2024's 86 passes", () => {
    const doc = parseDocument(seedWithYear(2024, [], { "15": 86 }));
    const row15 = (doc.get("indicators") as { items: YAMLMap[] }).items.find((r) => String(r.get("id")) === "15")!;
    row15.set("baseline", 82);
    const a = assess(load(doc.toString()));
    const i15 = a.indicators.find((i) => i.indicator.id === "15")!;
    expect(i15.checks.baseline?.verdict).toBe("FAIL");
    expect(i15.checks.progress?.outcome.parts?.[0]).toMatchObject({
      verdict: "PASS",
      message: { id: "rule.compare.pass", data: { year: 2024, value: 86 } },
    });
    expect(i15.verdict).not.toBe("FAIL");
    // The same file as a plan review fails on that baseline.
    expect(assess(load(doc.toString()), { mode: "plan" }).summary.overall).toBe("FAIL");
  });

  it("the CLI gate: a year with a gap exits 1 as INCOMPLETE and lists the gap; the filled year does not list it", () => {
    const gap = run(["--lang", "en", tmpFile(seedWithYear(2024, ["15"]))]);
    expect(gap.status).toBe(1);
    expect(gap.stdout).toMatch(/^2024 assessment — binding 25: .* — overall INCOMPLETE$/m);
    const list = gap.stdout.slice(gap.stdout.indexOf("Missing for 2024"));
    expect(list).toMatch(/^ {2}15 农膜回收率$/m);
    const filled = run(["--lang", "en", tmpFile(seedWithYear(2024))]);
    expect(filled.stdout).not.toMatch(/^ {2}15 农膜回收率$/m);
  });

  it("JSON names the question, the year and the gaps; a batch's summary lists which file lacks which rows", () => {
    const a = tmpFile(seedWithYear(2024, ["15"]));
    const b = tmpFile(seedWithYear(2024, ["1", "15"]));
    const out = run(["-f", "json", a, b]);
    const report = JSON.parse(out.stdout);
    expect(report.files[0]).toMatchObject({
      mode: "year",
      assessed_year: 2024,
      completeness: { year: 2024, complete: false },
    });
    expect(report.files[0].completeness.missing.map((m: { id: string }) => m.id)).toContain("15");
    // Each check says whether it decides: a year's progress does, its baseline is shown only.
    const row1 = report.files[0].indicators.find((i: { id: string }) => i.id === "1");
    expect(row1.checks.progress.decides).toBe(true);
    expect(row1.checks.baseline.decides).toBe(false);
    expect(
      JSON.parse(run(["-f", "json", tmpFile(seedText)]).stdout).files[0].indicators[0].checks.baseline.decides,
    ).toBe(true);
    expect(report.summary.gaps.map((g: { file: string }) => g.file)).toEqual([a, b]);
    expect(report.summary.gaps[1].ids).toEqual(expect.arrayContaining(["1", "15"]));
    const plan = JSON.parse(run(["-f", "json", tmpFile(seedText)]).stdout);
    expect(plan.files[0].mode).toBe("plan");
    expect(plan.files[0].completeness).toBeUndefined();
  });
});

describe("forecasts that help plan the next year", () => {
  const file = (row: string) =>
    load(`region: {name: 某县}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n${row}`);
  const progressOf = (text: string, year?: number) =>
    assess(file(text), year ? { year } : {}).indicators[0]!.checks.progress!;

  it("before the near-term year, both targets are forecast; from it on, only the phase's", () => {
    const row = `  - {id: "15", name: 农膜回收率, unit: "%", standard: "≥85", baseline: 82.5, near_term: "≥88", long_term: "≥90", actuals: {2023: 84.1, 2025: 88.4}}\n`;
    const before = progressOf(row, 2023);
    expect(before.forecasts?.map((f) => [f.target, f.target_year])).toEqual([
      [88, 2025],
      [90, 2030],
    ]);
    expect(before.forecast).toEqual(before.forecasts![0]);
    const due = progressOf(row, 2025);
    expect(due.forecasts).toBeUndefined();
  });

  it("a reason states the pace and rounds derived numbers to the row's precision; JSON keeps them whole", () => {
    const row = `  - {id: "15", name: 农膜回收率, unit: "%", standard: "≥85", baseline: 82.5, near_term: "≥88", long_term: "≥90", actuals: {2023: 84.1}}\n`;
    const c = progressOf(row);
    const f = c.forecast!;
    // 84.1 toward 88 in two years at a constant rate: 2024 must reach 84.1·(88/84.1)^(1/2).
    const needed2024 = 84.1 * (88 / 84.1) ** 0.5;
    expect(f.pace[0]!.value).toBeCloseTo(needed2024, 9);
    const part = c.outcome.parts!.find((p) => p.message.id === "progress.forecast")!;
    // A bound to reach is rounded to the safe side: reaching the shown value is enough (86.03 → 86.1).
    expect(part.message.data!.pace).toBe(`2024 ≥${Math.ceil(needed2024 * 10) / 10}`);
    expect(Math.ceil(needed2024 * 10) / 10).toBeGreaterThan(needed2024);
    expect(part.message.data!.projected).toBe(Number(f.projected!.toFixed(1)));
    expect(String(f.projected).split(".")[1]!.length).toBeGreaterThan(1);
  });
});

describe("direction from the rule", () => {
  const one = (fields: string) =>
    loadIndicatorFile(
      `region: {name: 某县}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n  - {id: "4", name: PM2.5, unit: μg/m³, ${fields}}\n`,
      "pm.yaml",
    );

  it("a ≤ standard without `better` is lower-better, and its ≤32 target is forecast from above", () => {
    const r = one(`standard: "≤35", baseline: {2021: 31, 2022: 31}, near_term: "≤32", actuals: {2023: 33}`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.indicators[0]!.better).toBe("lower");
    const c = assess(r.value).indicators[0]!.checks.progress!;
    expect(c.forecast).toMatchObject({ target: 32, target_year: 2025, class: "moving_away" });
  });

  it("a `better` that contradicts the standard is an error at `better`", () => {
    const r = one(`better: higher, standard: "≤35", baseline: 31`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code: "better-contradicts-standard", line: 4 });
  });

  it("a rule that points nowhere (a status) leaves `better` to the targets, else higher", () => {
    const r = one(`standard: 建立, near_term: "≤30", baseline: 已建立`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.indicators[0]!.better).toBe("lower");
    const s = one(`standard: 建立, baseline: 已建立`);
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    expect(s.value.indicators[0]!.better).toBe("higher");
  });
});

describe("a superior's stated result speaks of its own year", () => {
  const file = (superior: string) =>
    load(
      `region: {name: 某县}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n  - {id: "11", name: 能耗, standard: 完成上级规定的考核任务, superior: ${superior}, baseline: 0.45}\n  - {id: "1", name: x, standard: "≥20", baseline: 25, actuals: {2024: 26}}\n`,
    );

  it("2022's 'met' does not pass 2024: the row has no value for 2024 and is listed as a gap", () => {
    const a = assess(file("{2022: met}"));
    const row = a.indicators.find((i) => i.indicator.id === "11")!;
    expect(row.checks.baseline?.verdict).toBe("PASS");
    expect(row.checks.progress?.verdict).toBe("MISSING");
    expect(a.completeness!.missing.map((m) => m.id)).toEqual(["11"]);
    expect(a.summary.overall).toBe("INCOMPLETE");
  });

  it("a 'met' stated for 2024 decides 2024; a numeric target stays in force until replaced", () => {
    expect(
      assess(file("{2022: met, 2024: met}")).indicators.find((i) => i.indicator.id === "11")!.checks.progress?.verdict,
    ).toBe("PASS");
    const numeric = assess(file('{2020: "≤0.5"}')).indicators.find((i) => i.indicator.id === "11")!;
    expect(numeric.checks.baseline?.verdict).toBe("PASS");
  });
});
