/**
 * An indicator's detail on the page (src/report/html/rowDetail.ts) as text, on small files a user
 * could write: its kind and rule, each check's mark and reason, the forecasts at the row's precision
 * (the pace rounded toward the side that is enough: up where higher is better, down where lower
 * is), a value held at the end of its range, and the strip of years of a row of words. Every
 * expectation is written out here.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";
import { rowDetail, statusStrip } from "../../src/report/html/rowDetail.js";

const COUNTY = `region: {name: 测试县, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "2", name: 河长制, standard: 建立, baseline: 已建立, actuals: {2023: 有效保障, 2024: 已建立}, near_term: 建立, long_term: 建立}
  - {id: "15", name: 农膜回收率, unit: "%", better: higher, standard: "≥85", baseline: 80.1, actuals: {2023: 81.3, 2024: 82.2, 2026: 84}, near_term: "≥88", long_term: "≥90"}
  - {id: "9", name: 单位GDP能耗, unit: 吨标准煤/万元, better: lower, standard: "≤0.6", baseline: 0.62, actuals: {2023: 0.6, 2024: 0.59}, near_term: "≤0.55", long_term: "≤0.5"}
  - {id: "3", name: 生活垃圾分类覆盖率, unit: "%", standard: "≥80", baseline: 60, actuals: {2023: 80, 2024: 95}, near_term: "≥90", long_term: "100"}
  - {id: "R1", name: 参考指标, binding: false, standard: 建立}
`;

function assessed(options: { year: number } | { mode: "plan" }): FileAssessment {
  const loaded = loadIndicatorFile(COUNTY, "county.yaml");
  if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.errors)}`);
  return assess(loaded.value, options);
}

/** A row's detail (the chart given as a placeholder) a line per heading, paragraph, block and list item. */
function detail(lang: "en" | "zh", options: { year: number } | { mode: "plan" }, id: string): string[] {
  const f = assessed(options);
  const a = f.indicators.find((x) => x.indicator.id === id)!;
  return rowDetail(lang, f, a, "r1", "<svg/>")
    .replace(/<(li|h3|p|div|ul)/g, "\n<$1")
    .split("\n");
}
const forecasts = (lines: string[]) => lines.filter((l) => l.startsWith('<li class="muted">'));

describe("a row of numbers in the 2024 assessment, --lang en", () => {
  it("is titled with its id, name and unit, says its kind and rule, and lists each check with its reason, then the forecasts", () => {
    expect(detail("en", { year: 2024 }, "15")).toEqual([
      '<article class="ind" id="r1-i-15" data-id="15">',
      '<h3>15 农膜回收率 <span class="muted">(%)</span></h3>',
      '<p class="muted">binding · National standard ≥85</p>',
      '<div class="marks"><span class="check">baseline (shown, not deciding)</span> <span class="v v-FAIL">✗ fail</span> <span class="check">near-term (shown, not deciding)</span> <span class="v v-PASS">✓ pass</span> <span class="check">long-term (shown, not deciding)</span> <span class="v v-PASS">✓ pass</span> <span class="check">progress</span> <span class="v v-FAIL">✗ fail</span></div>',
      '<ul class="reasons">',
      '<li><span class="v v-FAIL">✗ fail</span> baseline (shown, not deciding): 2022: 80.1% does not meet ≥85</li>',
      '<li><span class="v v-PASS">✓ pass</span> near-term (shown, not deciding): meeting the target means at worst 88%, which meets ≥85</li>',
      '<li><span class="v v-PASS">✓ pass</span> long-term (shown, not deciding): meeting the target means at worst 90%, which meets ≥85</li>',
      '<li><span class="v v-FAIL">✗ fail</span> progress: 2024 against the standard: ✗ 2024: 82.2% does not meet ≥85; ! 2025 target ≥88, forecast (informs, does not decide): limited progress, projected 83.3, ratio 0.41; ! 2030 target ≥90, forecast (informs, does not decide): acceleration needed, projected 88.8, ratio 0.89; pace needed 2025 ≥88 · 2026 ≥88.4 · 2027 ≥88.8 · 2028 ≥89.2 …</li>',
      // Before the near-term year, a forecast toward each target; the pace (88.396 … in 2026) up.
      '<li class="muted">forecast 2025: limited progress → 83.3 (88); pace needed: 2025 88</li>',
      '<li class="muted">forecast 2030: acceleration needed → 88.8 (90); pace needed: 2025 88, 2026 88.4, 2027 88.8, 2028 89.2, 2029 89.6, 2030 90</li></ul><svg/></article>',
    ]);
  });

  it("rounds the pace of a row where lower is better down (0.5396 … is 0.53)", () => {
    expect(forecasts(detail("en", { year: 2024 }, "9"))).toEqual([
      '<li class="muted">forecast 2025: acceleration needed → 0.58 (0.55); pace needed: 2025 0.55</li>',
      '<li class="muted">forecast 2030: acceleration needed → 0.51 (0.5); pace needed: 2025 0.55, 2026 0.53, 2027 0.52, 2028 0.51, 2029 0.5, 2030 0.5</li></ul><svg/></article>',
    ]);
  });

  it("says where a projection was held at the most a share can be, and gives no pace for a target already met", () => {
    expect(forecasts(detail("en", { year: 2024 }, "3"))).toEqual([
      '<li class="muted">forecast 2025: achieved → 95 (90)</li>',
      '<li class="muted">forecast 2030: on track → 100 (held at the most the value can be) (100); pace needed: 2025 95.9, 2026 96.7, 2027 97.5, 2028 98.4, 2029 99.2, 2030 100</li></ul><svg/></article>',
    ]);
  });

  it("after the near-term year, one forecast, toward the long-term target", () => {
    expect(forecasts(detail("en", { year: 2026 }, "15"))).toEqual([
      '<li class="muted">forecast 2030: acceleration needed → 88.1 (90); pace needed: 2027 85.5, 2028 87, 2029 88.5, 2030 90</li></ul><svg/></article>',
    ]);
  });

  it("a reference row with no value: no unit, each check missing, no forecast", () => {
    expect(detail("en", { year: 2024 }, "R1")).toEqual([
      '<article class="ind" id="r1-i-R1" data-id="R1">',
      "<h3>R1 参考指标</h3>",
      '<p class="muted">reference · National standard 建立</p>',
      '<div class="marks"><span class="check">baseline (shown, not deciding)</span> <span class="v v-MISSING">? missing</span> <span class="check">progress</span> <span class="v v-MISSING">? missing</span></div>',
      '<ul class="reasons">',
      '<li><span class="v v-MISSING">? missing</span> baseline (shown, not deciding): no value for 2022</li>',
      '<li><span class="v v-MISSING">? missing</span> progress: no value for 2024</li></ul><svg/></article>',
    ]);
  });
});

describe("a row of words", () => {
  it("in the plan review, --lang zh: its checks and reasons in Chinese", () => {
    expect(detail("zh", { mode: "plan" }, "2")).toEqual([
      '<article class="ind" id="r1-i-2" data-id="2">',
      "<h3>2 河长制</h3>",
      '<p class="muted">约束性 · 国家标准 建立</p>',
      '<div class="marks"><span class="check">基准值</span> <span class="v v-PASS">✓ 达标</span> <span class="check">近期目标</span> <span class="v v-PASS">✓ 达标</span> <span class="check">远期目标</span> <span class="v v-PASS">✓ 达标</span></div>',
      '<ul class="reasons">',
      '<li><span class="v v-PASS">✓ 达标</span> 基准值: 2022年：“已建立”，已建立</li>',
      '<li><span class="v v-PASS">✓ 达标</span> 近期目标: 目标表明“建立”</li>',
      '<li><span class="v v-PASS">✓ 达标</span> 远期目标: 目标表明“建立”</li></ul><svg/></article>',
    ]);
  });

  const strip = (lang: "en" | "zh", options: { year: number } | { mode: "plan" }, id: string) => {
    const f = assessed(options);
    return statusStrip(lang, f.indicators.find((x) => x.indicator.id === id)!)
      .replace(/<li/g, "\n<li")
      .split("\n");
  };

  it("a strip of its years: the years a check judged marked with its verdict, the others as written", () => {
    expect(strip("en", { year: 2024 }, "2")).toEqual([
      '<ul class="strip">',
      '<li class="c-PASS" data-year="2022" data-verdict="PASS"><span class="year">2022</span><span class="word">✓ 已建立</span></li>',
      '<li class="text" data-year="2023"><span class="year">2023</span><span class="word">有效保障</span></li>',
      '<li class="c-PASS" data-year="2024" data-verdict="PASS"><span class="year">2024</span><span class="word">✓ 已建立</span></li></ul>',
    ]);
    // A plan review judges the base year only.
    expect(strip("zh", { mode: "plan" }, "2").slice(1)).toEqual([
      '<li class="c-PASS" data-year="2022" data-verdict="PASS"><span class="year">2022</span><span class="word">✓ 已建立</span></li>',
      '<li class="text" data-year="2023"><span class="year">2023</span><span class="word">有效保障</span></li>',
      '<li class="text" data-year="2024"><span class="year">2024</span><span class="word">已建立</span></li></ul>',
    ]);
  });

  it("marks the base year and the year assessed of a row of numbers, and no year after it", () => {
    // 2022's 80.1 fails the baseline, 2024's 82.2 the progress check; 2026 is not asked about.
    expect(strip("en", { year: 2024 }, "15").slice(1)).toEqual([
      '<li class="c-FAIL" data-year="2022" data-verdict="FAIL"><span class="year">2022</span><span class="word">✗ 80.1</span></li>',
      '<li class="text" data-year="2023"><span class="year">2023</span><span class="word">81.3</span></li>',
      '<li class="c-FAIL" data-year="2024" data-verdict="FAIL"><span class="year">2024</span><span class="word">✗ 82.2</span></li>',
      '<li class="text" data-year="2026"><span class="year">2026</span><span class="word">84</span></li></ul>',
    ]);
  });

  it("no value at all: says so", () => {
    expect(strip("en", { year: 2024 }, "R1")).toEqual(['<p class="muted">no values recorded</p>']);
    expect(strip("zh", { year: 2024 }, "R1")).toEqual(['<p class="muted">未填报数值</p>']);
  });
});

describe("a projection that overflowed", () => {
  it("names the class and the target, no projected value", () => {
    const f = assessed({ year: 2026 });
    const a = f.indicators.find((x) => x.indicator.id === "15")!;
    const progress = a.checks.progress!;
    const forecast = { ...progress.forecast!, class: "moving_away" as const, projected: null, pace: [] };
    const changed = { ...a, checks: { ...a.checks, progress: { ...progress, forecast, forecasts: undefined } } };
    const html = rowDetail("en", f, changed, "r1", "");
    expect(html).toContain('<li class="muted">forecast 2030: moving away (90)</li>');
  });
});
