/**
 * Each text formatter on a hand-written assessment (fixtures/planAssessment.ts), against the text it
 * must print, written out here: no expectation is built with the code's own t() or reason(). English
 * (--lang en); the table at a fixed width, no colour. JUnit and GitHub's annotations are being
 * reworked (end positions, an XML library), so those two are checked for their structure, read by
 * junit2json, not byte for byte.
 */
import { parse as parseJunit } from "junit2json";
import { describe, expect, it } from "vitest";
import { type FormatName, type FormatOptions, loadFormatter } from "../../src/report/index.js";
import { PLAN_RUN } from "./fixtures/planAssessment.js";

const OPTIONS: FormatOptions = { lang: "en", color: false, quiet: false, width: 200 };
const render = async (format: FormatName) => (await loadFormatter(format))(PLAN_RUN, OPTIONS);

describe("formatters on a hand-written plan review, --lang en", () => {
  it("table", async () => {
    expect((await render("table")).split("\n")).toEqual([
      "county.yaml — 某县",
      "┌────┬────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator      │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │",
      "│ 1  │ 森林覆盖率     │ %    │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │",
      "│ 2  │ 河湖岸线保护率 │ %    │ ≥90      │ ✗ 80          │             │             │",
      "│ R1 │ 参考指标       │      │ 建立     │ ◇ 未建立      │             │             │",
      "└────┴────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┘",
      "Reasons:",
      "  ✗ FAIL    2 baseline: 2022: 80% does not meet ≥90",
      "  ◇ REVIEW  R1 baseline: 2022: “未建立” does not state “established”: a person must judge it",
      "plan review — binding 2: 1 pass · 1 fail — reference 1: 1 review — overall FAIL",
      "",
    ]);
  });

  it("markdown", async () => {
    expect((await render("markdown")).split("\n")).toEqual([
      "## lingling-check",
      "",
      "### county.yaml — 某县",
      "",
      "| ID | Indicator | Unit | Standard | Baseline 2022 | Target 2025 | Target 2030 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| 1 | 森林覆盖率 | % | ≥20 | ✓ 25.5 | ✓ ≥25.5 |  |",
      "| 2 | 河湖岸线保护率 | % | ≥90 | ✗ 80 |  |  |",
      "| R1 | 参考指标 |  | 建立 | ◇ 未建立 |  |  |",
      "",
      "**Reasons:**",
      "",
      "- ✗ **FAIL** 2 baseline: 2022: 80% does not meet ≥90",
      "- ◇ **REVIEW** R1 baseline: 2022: “未建立” does not state “established”: a person must judge it",
      "",
      "**plan review — binding 2: 1 pass · 1 fail — reference 1: 1 review — overall FAIL**",
      "",
    ]);
  });

  it("csv: CRLF records, a field with a comma quoted", async () => {
    expect((await render("csv")).split("\r\n")).toEqual([
      "file,region,id,name,unit,binding,line,check,year,rule,verdict,reason,forecast_class,projected,target,target_year,ratio,decides,section",
      "county.yaml,某县,1,森林覆盖率,%,true,10,baseline,2022,≥20,PASS,2022: 25.5% meets ≥20,,,,,,true,indicator",
      'county.yaml,某县,1,森林覆盖率,%,true,10,near_term,2025,≥25.5,PASS,"meeting the target means at worst 25.5%, which meets ≥20",,,,,,true,indicator',
      "county.yaml,某县,2,河湖岸线保护率,%,true,18,baseline,2022,≥90,FAIL,2022: 80% does not meet ≥90,,,,,,true,indicator",
      "county.yaml,某县,R1,参考指标,,false,25,baseline,2022,建立,REVIEW,2022: “未建立” does not state “established”: a person must judge it,,,,,,true,indicator",
      "",
    ]);
  });

  it("json", async () => {
    expect(JSON.parse(await render("json"))).toEqual({
      format: "lingling-check/v1",
      files: [
        {
          file: "county.yaml",
          region: {
            name: "某县",
            level: "county",
            zone: "central",
          },
          plan: {
            base_year: 2022,
            near_term: 2025,
            long_term: 2030,
          },
          mode: "plan",
          overall: "FAIL",
          summary: {
            binding: {
              total: 2,
              PASS: 1,
              FAIL: 1,
              WARN: 0,
              "N/A": 0,
              MISSING: 0,
              REVIEW: 0,
            },
            reference: {
              total: 1,
              PASS: 0,
              FAIL: 0,
              WARN: 0,
              "N/A": 0,
              MISSING: 0,
              REVIEW: 1,
            },
          },
          indicators: [
            {
              id: "1",
              name: "森林覆盖率",
              unit: "%",
              binding: true,
              line: 10,
              verdict: "PASS",
              checks: {
                baseline: {
                  verdict: "PASS",
                  decides: true,
                  reason: "2022: 25.5% meets ≥20",
                  year: 2022,
                  rule: "≥20",
                },
                near_term: {
                  verdict: "PASS",
                  decides: true,
                  reason: "meeting the target means at worst 25.5%, which meets ≥20",
                  year: 2025,
                  rule: "≥25.5",
                },
              },
            },
            {
              id: "2",
              name: "河湖岸线保护率",
              unit: "%",
              binding: true,
              line: 18,
              verdict: "FAIL",
              checks: {
                baseline: {
                  verdict: "FAIL",
                  decides: true,
                  reason: "2022: 80% does not meet ≥90",
                  year: 2022,
                  rule: "≥90",
                },
              },
            },
            {
              id: "R1",
              name: "参考指标",
              unit: "",
              binding: false,
              line: 25,
              verdict: "REVIEW",
              checks: {
                baseline: {
                  verdict: "REVIEW",
                  decides: true,
                  reason: "2022: “未建立” does not state “established”: a person must judge it",
                  year: 2022,
                  rule: "建立",
                },
              },
            },
          ],
        },
      ],
      summary: {
        overall: "FAIL",
        files: 1,
        by_overall: {
          PASS: 0,
          WARN: 0,
          INCOMPLETE: 0,
          FAIL: 1,
        },
      },
    });
  });

  it("junit: one suite, a case per check; the failing baseline a failure, the reference row's review no error (it fails no run, and github only warns of it)", async () => {
    const parsed = await parseJunit(await render("junit"));
    const suites = parsed && "testsuite" in parsed ? (parsed.testsuite ?? []) : [];
    expect(suites).toHaveLength(1);
    const [suite] = suites;
    expect(suite).toMatchObject({ name: "county.yaml — 某县", tests: 4, failures: 1, errors: 0 });
    const cases = suite?.testcase ?? [];
    expect(cases.map((c) => c.name)).toEqual([
      "1 森林覆盖率 — baseline",
      "1 森林覆盖率 — near_term",
      "2 河湖岸线保护率 — baseline",
      "R1 参考指标 — baseline",
    ]);
    expect(cases.map((c) => [c.failure?.length ?? 0, c.error?.length ?? 0])).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(cases[2]?.failure?.[0]).toMatchObject({ type: "FAIL", message: "2022: 80% does not meet ≥90" });
    expect(cases[3]?.["system-out"]?.[0]).toContain("REVIEW");
  });

  it("junit with --fail-on warn: the reference row's review fails the run, and is an error", async () => {
    const parsed = await parseJunit(await (await loadFormatter("junit"))(PLAN_RUN, { ...OPTIONS, failOn: "warn" }));
    const cases = (parsed && "testsuite" in parsed ? (parsed.testsuite ?? []) : [])[0]?.testcase ?? [];
    expect(cases.map((c) => [c.failure?.length ?? 0, c.error?.length ?? 0])).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(cases[3]?.error?.[0]).toMatchObject({ type: "REVIEW" });
  });

  it("github: an error at the failing row, a warning at the reviewed one, the run's notice last", async () => {
    const lines = (await render("github")).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines[0]).toMatch(/^::error file=county\.yaml,line=18,/);
    expect(lines[0]).toMatch(/::2022: 80%25 does not meet ≥90$/);
    expect(lines[1]).toMatch(/^::warning file=county\.yaml,line=25,/);
    expect(lines[2]).toBe("::notice title=lingling-check::1 file: 1 FAIL — overall FAIL");
  });
});
