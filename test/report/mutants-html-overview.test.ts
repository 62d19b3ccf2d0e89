/**
 * The page's overview (src/report/html/overview.ts) as text, on small files a user could write:
 * 表1 at a glance (a column per check that ran, its year, the checks shown beside the question
 * marked), the verdict counts, what needs attention (worst first, each with the reason of the check
 * that decided it, then the projects behind), the rows and the projects by domain. Every line is
 * written out here.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";
import { overviewHtml } from "../../src/report/html/overview.js";

const COUNTY = `region: {name: 测试县, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "1", name: 森林覆盖率, domain: 生态安全, unit: "%", standard: "≥20", baseline: 25, actuals: {2024: 26}, near_term: "≥25", long_term: "≥26"}
  - {id: "15", name: 农膜回收率, domain: 生态经济, unit: "%", standard: "≥85", baseline: 80.1, actuals: {2023: 81.3, 2024: 82.2}, near_term: "≥88"}
  - {id: "16", name: 自定义, domain: 生态安全, unit: "%", standard: "≥10", baseline: 5}
  - {id: "R1", name: 参考指标, binding: false, standard: 建立, baseline: 有效保障, actuals: {2024: 有效保障}}
projects:
  items:
    - {id: 1, name: 甲工程, domain: 生态安全, kind: 新建, investment: 100, period: "2023-2030", lead: [区水利局], progress: {2024: {invested: 60, status: 在建}}}
    - {id: 2, name: 乙工程, domain: 生态安全, kind: 新建, investment: 200, period: "2023-2024", lead: [区水利局], progress: {2024: {invested: 10, status: 在建}}}
    - {id: 3, name: 丙工程, domain: 环境质量, kind: 续建, investment: 50, period: "2020-2023", lead: [区环保局], progress: {2024: {invested: 50, status: 建成}}}
`;

function assessed(text: string, options: { year: number } | { mode: "plan" }): FileAssessment {
  const loaded = loadIndicatorFile(text, "county.yaml");
  if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.errors)}`);
  return assess(loaded.value, options);
}

/** The overview a line per section, table row and list item. */
const lines = (html: string) => html.replace(/<(section|tr|li)/g, "\n<$1").split("\n");

const COUNTS_HEAD_EN = [
  '<section class="counts-box"><h2>Verdicts</h2><div class="scroll"><table class="counts"><thead>',
  "<tr><th></th><th>binding</th><th>reference</th></tr></thead><tbody>",
];

describe("the overview of a year assessment, --lang en", () => {
  it("is every part in its order, each row linked to its detail", () => {
    const html = overviewHtml("en", assessed(COUNTY, { year: 2024 }), "r1");
    expect(lines(html)).toEqual([
      '<div class="overview">',
      '<section class="t1"><h2>Indicators (表1) at a glance</h2><div class="scroll"><table class="table1"><thead>',
      '<tr><th>No.</th><th>Indicator</th><th>Kind</th><th class="nd" title="baseline (shown, not deciding)">baseline 2022</th><th class="nd" title="near-term (shown, not deciding)">near-term 2025</th><th class="nd" title="long-term (shown, not deciding)">long-term 2030</th><th>progress 2024</th><th>Row verdict</th></tr></thead><tbody>',
      '<tr data-id="1"><td><a href="#r1-i-1">1</a></td><td class="name">森林覆盖率</td><td>binding</td><td class="c c-PASS" data-check="baseline" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="near_term" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="long_term" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="progress" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="row" data-verdict="PASS">✓ pass</td></tr>',
      '<tr data-id="15"><td><a href="#r1-i-15">15</a></td><td class="name">农膜回收率</td><td>binding</td><td class="c c-FAIL" data-check="baseline" data-verdict="FAIL">✗ fail</td><td class="c c-PASS" data-check="near_term" data-verdict="PASS">✓ pass</td><td class="c" data-check="long_term"></td><td class="c c-FAIL" data-check="progress" data-verdict="FAIL">✗ fail</td><td class="c c-FAIL" data-check="row" data-verdict="FAIL">✗ fail</td></tr>',
      '<tr data-id="16"><td><a href="#r1-i-16">16</a></td><td class="name">自定义</td><td>binding</td><td class="c c-FAIL" data-check="baseline" data-verdict="FAIL">✗ fail</td><td class="c" data-check="near_term"></td><td class="c" data-check="long_term"></td><td class="c c-MISSING" data-check="progress" data-verdict="MISSING">? missing</td><td class="c c-MISSING" data-check="row" data-verdict="MISSING">? missing</td></tr>',
      '<tr data-id="R1"><td><a href="#r1-i-R1">R1</a></td><td class="name">参考指标</td><td>reference</td><td class="c c-REVIEW" data-check="baseline" data-verdict="REVIEW">◇ review</td><td class="c" data-check="near_term"></td><td class="c" data-check="long_term"></td><td class="c c-REVIEW" data-check="progress" data-verdict="REVIEW">◇ review</td><td class="c c-REVIEW" data-check="row" data-verdict="REVIEW">◇ review</td></tr></tbody></table></div></section>',
      ...COUNTS_HEAD_EN,
      '<tr data-verdict="PASS"><th><span class="v v-PASS">✓ pass</span></th><td data-kind="binding">1</td><td data-kind="reference">0</td></tr>',
      '<tr data-verdict="FAIL"><th><span class="v v-FAIL">✗ fail</span></th><td data-kind="binding">1</td><td data-kind="reference">0</td></tr>',
      '<tr data-verdict="WARN"><th><span class="v v-WARN">! warn</span></th><td data-kind="binding">0</td><td data-kind="reference">0</td></tr>',
      '<tr data-verdict="MISSING"><th><span class="v v-MISSING">? missing</span></th><td data-kind="binding">1</td><td data-kind="reference">0</td></tr>',
      '<tr data-verdict="REVIEW"><th><span class="v v-REVIEW">◇ review</span></th><td data-kind="binding">0</td><td data-kind="reference">1</td></tr>',
      '<tr data-verdict="N/A"><th><span class="v v-NA">– n/a</span></th><td data-kind="binding">0</td><td data-kind="reference">0</td></tr>',
      '<tr data-verdict="total"><th>Total</th><td data-kind="binding">3</td><td data-kind="reference">1</td></tr></tbody></table></div></section>',
      '<section class="attention-box"><h2>Needs attention</h2><ul class="attention">',
      // Row 15's baseline fails too, but is only shown: the progress check decided the row.
      '<li data-id="15" data-verdict="FAIL"><span class="v v-FAIL">✗ fail</span> <a href="#r1-i-15">15 农膜回收率</a> <span class="muted">progress: 2024 against the standard: ✗ 2024: 82.2% does not meet ≥85; ! 2025 target ≥88, forecast (informs, does not decide): limited progress, projected 83.3, ratio 0.41</span></li>',
      '<li data-id="16" data-verdict="MISSING"><span class="v v-MISSING">? missing</span> <a href="#r1-i-16">16 自定义</a> <span class="muted">progress: no value for 2024</span></li>',
      '<li data-id="R1" data-verdict="REVIEW"><span class="v v-REVIEW">◇ review</span> <a href="#r1-i-R1">R1 参考指标</a> <span class="muted">progress: 2024 against the standard (no plan target for this phase): 2024: “有效保障” does not state “established”: a person must judge it</span></li>',
      // 10 of 200 invested when the period 2023-2024 is over: overdue and 95 points behind.
      '<li data-project="2" data-verdict="WARN"><span class="v v-WARN">! warn</span> <a href="#r1-p-2">project 2 乙工程</a> <span class="muted">project 2 乙工程: overdue — its period 2023-2024 ended in 2024; in 2024: in progress (lead: 区水利局); project 2 乙工程: 滞后 — 10 of 200 万元 invested by 2024 (5%), 100% of the period elapsed: 95 points behind, more than the margin of 20 (lead: 区水利局)</span></li></ul></section>',
      '<section class="domains"><h2>Indicators by domain (领域): row verdicts</h2><div class="scroll"><table class="counts"><thead>',
      '<tr><th>Domain</th><th>Indicators</th><th><span class="v v-PASS">✓ pass</span></th><th><span class="v v-FAIL">✗ fail</span></th><th><span class="v v-WARN">! warn</span></th><th><span class="v v-MISSING">? missing</span></th><th><span class="v v-REVIEW">◇ review</span></th><th><span class="v v-NA">– n/a</span></th></tr></thead><tbody>',
      '<tr data-domain="生态安全"><td>生态安全</td><td>2</td><td data-verdict="PASS">1</td><td data-verdict="FAIL">0</td><td data-verdict="WARN">0</td><td data-verdict="MISSING">1</td><td data-verdict="REVIEW">0</td><td data-verdict="N/A">0</td></tr>',
      '<tr data-domain="生态经济"><td>生态经济</td><td>1</td><td data-verdict="PASS">0</td><td data-verdict="FAIL">1</td><td data-verdict="WARN">0</td><td data-verdict="MISSING">0</td><td data-verdict="REVIEW">0</td><td data-verdict="N/A">0</td></tr>',
      '<tr data-domain=""><td>—</td><td>1</td><td data-verdict="PASS">0</td><td data-verdict="FAIL">0</td><td data-verdict="WARN">0</td><td data-verdict="MISSING">0</td><td data-verdict="REVIEW">1</td><td data-verdict="N/A">0</td></tr></tbody></table></div></section>',
      '<section class="domains"><h2>Key projects by domain (领域)</h2><div class="scroll"><table class="counts"><thead>',
      "<tr><th>Domain</th><th>Projects</th><th>Investment (万元)</th><th>Completed</th><th>With warnings</th></tr></thead><tbody>",
      "<tr><td>生态安全</td><td>2</td><td>300</td><td>0</td><td>1</td></tr>",
      "<tr><td>环境质量</td><td>1</td><td>50</td><td>1</td><td>0</td></tr></tbody></table></div></section></div>",
    ]);
  });
});

describe("the overview of a plan review, --lang zh", () => {
  // Made in each test, not while the tests are collected: a mutation test activates its mutant per test.
  const plan = () => lines(overviewHtml("zh", assessed(COUNTY, { mode: "plan" }), "r1"));

  it("has the plan's checks, each deciding, and no progress column", () => {
    const html = plan();
    expect(html[2]).toBe(
      "<tr><th>序号</th><th>指标</th><th>指标属性</th><th>基准值 2022</th><th>近期目标 2025</th><th>远期目标 2030</th><th>综合结论</th></tr></thead><tbody>",
    );
    expect(html[4]).toBe(
      '<tr data-id="15"><td><a href="#r1-i-15">15</a></td><td class="name">农膜回收率</td><td>约束性</td><td class="c c-FAIL" data-check="baseline" data-verdict="FAIL">✗ 未达标</td><td class="c c-PASS" data-check="near_term" data-verdict="PASS">✓ 达标</td><td class="c" data-check="long_term"></td><td class="c c-FAIL" data-check="row" data-verdict="FAIL">✗ 未达标</td></tr>',
    );
  });

  it("names the baseline as the reason of the rows it fails", () => {
    const html = plan();
    expect(html.filter((l) => l.startsWith("<li"))).toEqual([
      '<li data-id="15" data-verdict="FAIL"><span class="v v-FAIL">✗ 未达标</span> <a href="#r1-i-15">15 农膜回收率</a> <span class="muted">基准值: 2022年：80.1% 不满足 ≥85</span></li>',
      '<li data-id="16" data-verdict="FAIL"><span class="v v-FAIL">✗ 未达标</span> <a href="#r1-i-16">16 自定义</a> <span class="muted">基准值: 2022年：5% 不满足 ≥10</span></li>',
      '<li data-id="R1" data-verdict="REVIEW"><span class="v v-REVIEW">◇ 待审核</span> <a href="#r1-i-R1">R1 参考指标</a> <span class="muted">基准值: 2022年：“有效保障”未表明已建立，须人工判断</span></li>',
      '<li data-project="2" data-verdict="WARN"><span class="v v-WARN">! 警示</span> <a href="#r1-p-2">工程 2 乙工程</a> <span class="muted">工程 2 乙工程：逾期——项目完成时间 2023-2024 已于 2024 年届满，2024 年状态为在建（牵头单位：区水利局）; 工程 2 乙工程：滞后——截至 2024 年累计完成投资 10 万元，占总投资 200 万元的 5%，工期已过 100%，落后 95 个百分点，超过允许的 20 个百分点（牵头单位：区水利局）</span></li></ul></section>',
    ]);
    expect(html).toContain(
      '<tr data-domain="生态安全"><td>生态安全</td><td>2</td><td data-verdict="PASS">1</td><td data-verdict="FAIL">1</td><td data-verdict="WARN">0</td><td data-verdict="MISSING">0</td><td data-verdict="REVIEW">0</td><td data-verdict="N/A">0</td></tr>',
    );
  });
});

const SMALL = `region: {name: 测试县, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "5.1", name: 森林覆盖率, unit: "%", standard: "≥20", baseline: 25, actuals: {2024: 26}}
  - {id: "R1", name: 参考指标, binding: false, standard: 建立, baseline: 有效保障, actuals: {2024: 已建立}}
`;

describe("a small file", () => {
  it("with every deciding check passed needs no attention, and has no domain tables", () => {
    const html = lines(overviewHtml("en", assessed(SMALL, { year: 2024 }), "r2"));
    expect(html.slice(2, 5)).toEqual([
      '<tr><th>No.</th><th>Indicator</th><th>Kind</th><th class="nd" title="baseline (shown, not deciding)">baseline 2022</th><th>progress 2024</th><th>Row verdict</th></tr></thead><tbody>',
      // An id is written into an anchor with anything outside [A-Za-z0-9_-] as its code point.
      '<tr data-id="5.1"><td><a href="#r2-i-5_2e_1">5.1</a></td><td class="name">森林覆盖率</td><td>binding</td><td class="c c-PASS" data-check="baseline" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="progress" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="row" data-verdict="PASS">✓ pass</td></tr>',
      '<tr data-id="R1"><td><a href="#r2-i-R1">R1</a></td><td class="name">参考指标</td><td>reference</td><td class="c c-REVIEW" data-check="baseline" data-verdict="REVIEW">◇ review</td><td class="c c-PASS" data-check="progress" data-verdict="PASS">✓ pass</td><td class="c c-PASS" data-check="row" data-verdict="PASS">✓ pass</td></tr></tbody></table></div></section>',
    ]);
    expect(html.slice(-1)).toEqual([
      '<section class="attention-box"><h2>Needs attention</h2><p>Nothing needs attention: every deciding check passes.</p></section></div>',
    ]);
  });

  it("an override that weakens the standard: a column with no year, its warning after a review", () => {
    const f = assessed(SMALL.replace("actuals: {2024: 已建立}", "actuals: {2024: 有效保障}"), { year: 2024 });
    const [row, ref] = f.indicators as [FileAssessment["indicators"][number], FileAssessment["indicators"][number]];
    const override = {
      verdict: "WARN" as const,
      year: 2024,
      rule: "≥20",
      outcome: {
        verdict: "WARN" as const,
        message: { id: "rule.compare.fail", data: { year: 2024, value: 26, unit: "%", rule: "≥30" } },
      },
    };
    const changed: FileAssessment = {
      ...f,
      checks: [...f.checks, "override"],
      indicators: [{ ...row, verdict: "WARN", checks: { ...row.checks, override } }, ref],
    };
    const html = lines(overviewHtml("en", changed, "r2"));
    expect(html[2]).toBe(
      '<tr><th>No.</th><th>Indicator</th><th>Kind</th><th class="nd" title="baseline (shown, not deciding)">baseline 2022</th><th>progress 2024</th><th>override</th><th>Row verdict</th></tr></thead><tbody>',
    );
    expect(html[4]).toBe(
      '<tr data-id="R1"><td><a href="#r2-i-R1">R1</a></td><td class="name">参考指标</td><td>reference</td><td class="c c-REVIEW" data-check="baseline" data-verdict="REVIEW">◇ review</td><td class="c c-REVIEW" data-check="progress" data-verdict="REVIEW">◇ review</td><td class="c" data-check="override"></td><td class="c c-REVIEW" data-check="row" data-verdict="REVIEW">◇ review</td></tr></tbody></table></div></section>',
    );
    expect(html.filter((l) => l.startsWith("<li"))).toEqual([
      '<li data-id="R1" data-verdict="REVIEW"><span class="v v-REVIEW">◇ review</span> <a href="#r2-i-R1">R1 参考指标</a> <span class="muted">progress: 2024 against the standard (no plan target for this phase): 2024: “有效保障” does not state “established”: a person must judge it</span></li>',
      '<li data-id="5.1" data-verdict="WARN"><span class="v v-WARN">! warn</span> <a href="#r2-i-5_2e_1">5.1 森林覆盖率</a> <span class="muted">override: 2024: 26% does not meet ≥30</span></li></ul></section></div>',
    ]);
  });
});

describe("key projects that are not behind", () => {
  const file = (projects: string) => `${SMALL.split("\n").slice(0, 4).join("\n")}\n${projects}`;

  it("a project over its budget is counted among the warnings by domain (none named: —), but is not behind", () => {
    const f = assessed(
      file(`projects:
  items:
    - {id: 7, name: 丁工程, kind: 新建, investment: 100, period: "2023-2030", lead: [区水利局], progress: {2024: {invested: 150, status: 在建}}}
`),
      { year: 2024 },
    );
    expect(lines(overviewHtml("en", f, "r3")).slice(-4)).toEqual([
      '<section class="attention-box"><h2>Needs attention</h2><p>Nothing needs attention: every deciding check passes.</p></section>',
      '<section class="domains"><h2>Key projects by domain (领域)</h2><div class="scroll"><table class="counts"><thead>',
      "<tr><th>Domain</th><th>Projects</th><th>Investment (万元)</th><th>Completed</th><th>With warnings</th></tr></thead><tbody>",
      "<tr><td>—</td><td>1</td><td>100</td><td>0</td><td>1</td></tr></tbody></table></div></section></div>",
    ]);
  });

  it("an empty list of projects has no table", () => {
    const f = assessed(file("projects: {items: []}\n"), { year: 2024 });
    expect(lines(overviewHtml("en", f, "r3")).slice(-1)).toEqual([
      '<section class="attention-box"><h2>Needs attention</h2><p>Nothing needs attention: every deciding check passes.</p></section></div>',
    ]);
  });
});
