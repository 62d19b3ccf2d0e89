/**
 * Indicator files made from scratch — random rules, values, series, tolerances, references,
 * superior targets and observed values — reach corners of the assessment the seed never does.
 * Whatever loads is read alike by the loader's fast and locating paths, is assessed and rendered
 * without throwing, every reason reads as a sentence in both languages, and the verdicts keep
 * SPEC's promises.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { assess } from "../../src/assess/assess.js";
import { CHECKS, FORECAST_CLASSES, type CheckName, type Overall } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { LANGS } from "../../src/i18n/catalog.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { fastLoad, locatingLoad } from "../load/paths.js";
import { VERDICTS, type Verdict } from "../../src/model/verdict.js";
import { FORMAT_NAMES, loadFormatter, type Formatter, type FormatName } from "../../src/report/index.js";
import { printRule } from "../../src/rules/print.js";
import { leafArb, ruleArb } from "./arbitraries.js";
import { params, timeoutFor } from "./budget.js";

const formatters = new Map<FormatName, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

const numberValue = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -10, max: 150, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 1000) / 1000) },
  { weight: 2, arbitrary: fc.constantFrom(0, 100, -1, 1, 0.5, 60, 95) },
  { weight: 1, arbitrary: fc.constantFrom(1e-9, 123456789, -0, 0.001) },
);
const textValue = fc.constantFrom("已建立", "开展", "有效开展", "无黑臭水体", "无数据", "不涉及", "约25", "25左右", "25.5%", "９３", "1,234.5", "待核实", "");
const valueArb = fc.oneof({ weight: 5, arbitrary: numberValue }, { weight: 1, arbitrary: textValue });
const valueOrNoted = fc.oneof({ weight: 5, arbitrary: valueArb }, { weight: 1, arbitrary: valueArb.map((value) => ({ value, note: "说明" })) });

const series = (min: number, max: number) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min, max }), valueOrNoted), { selector: ([year]) => year, minLength: 1, maxLength: 5 })
    .map((pairs) => Object.fromEntries(pairs));

const notSuperior = leafArb.filter((l) => l.kind !== "superior").map(printRule);
const superiorArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 2018, max: 2032 }), fc.oneof(notSuperior, fc.constantFrom("met", "not met", "达标", "未完成"))), {
    selector: ([year]) => year,
    minLength: 1,
    maxLength: 3,
  })
  .map((pairs) => Object.fromEntries(pairs));

const rowArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`指标${id}`),
      unit: fc.constantFrom("%", "", "μg/m³", "g/kg", "‰"),
      binding: fc.boolean(),
      better: fc.constantFrom("higher", "lower"),
      measure: fc.constantFrom("level", "delta"),
      reference: fc.constantFrom("previous", "first", "base_year"),
      tolerance: fc.constantFrom(0, 0.5, 5, "1%", "0%", "50%"),
      standard: fc.oneof({ weight: 4, arbitrary: ruleArb.map(printRule) }, { weight: 1, arbitrary: ruleArb.map((r) => ({ rule: printRule(r), note: "注" })) }),
      baseline: fc.oneof(valueOrNoted, series(2014, 2020)),
      near_term: ruleArb.map(printRule),
      long_term: ruleArb.map(printRule),
      superior: superiorArb,
      actuals: series(2023, 2032),
      review: fc.record({ verdict: fc.constantFrom("pass", "fail"), by: fc.constant("张三") }),
    },
    { requiredKeys: ["id", "name", "standard"] },
  );

const fileArb = fc.record({
  zone: fc.constantFrom("east", "central", "west", "northeast"),
  urbanDistrict: fc.boolean(),
  plan: fc.constantFrom({ base_year: 2022, near_term: 2025, long_term: 2030 }, { base_year: 2020, near_term: 2025, long_term: 2035 }, { base_year: 2022 }),
  rows: fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(String(i + 1))))),
  year: fc.option(fc.integer({ min: 2019, max: 2034 }), { nil: undefined }),
  checks: fc.option(fc.subarray([...CHECKS], { minLength: 1 }), { nil: undefined }),
});

const VERDICT_SET = new Set<string>(VERDICTS);

/** SPEC's overall verdict from the deciding checks that ran (a file with no binding check may be INCOMPLETE). */
function expectedOverall(checks: Array<{ binding: boolean; verdict: Verdict }>): Overall[] {
  const binding = checks.filter((c) => c.binding).map((c) => c.verdict);
  const reference = checks.filter((c) => !c.binding).map((c) => c.verdict);
  if (binding.includes("FAIL")) return ["FAIL"];
  if (binding.some((v) => v === "MISSING" || v === "REVIEW")) return ["INCOMPLETE"];
  const rest: Overall = binding.includes("WARN") || reference.some((v) => v !== "PASS" && v !== "N/A") ? "WARN" : "PASS";
  return binding.length === 0 ? ["INCOMPLETE", rest] : [rest];
}

describe("generated indicator files", () => {
  it(
    "load or give located errors; assessed and rendered without throwing; verdicts keep SPEC's promises",
    () => {
      let loaded = 0;
      fc.assert(
        fc.property(fileArb, (f) => {
          const text = stringify({
            region: { name: "测试区", level: "county", zone: f.zone, urban_district: f.urbanDistrict },
            plan: f.plan,
            indicators: f.rows,
          });
          const result = loadIndicatorFile(text, "generated.yaml");
          if (!result.ok) {
            for (const e of result.errors) expect(e.line >= 1 && e.column >= 1, JSON.stringify(e)).toBe(true);
            return;
          }
          loaded++;
          // The fast path and the locating path read a valid file as the same model.
          const fast = fastLoad(text, "generated.yaml");
          const locating = locatingLoad(text, "generated.yaml");
          expect(locating.ok).toBe(true);
          if (fast?.ok && locating.ok) expect(JSON.parse(JSON.stringify(fast.value))).toEqual(JSON.parse(JSON.stringify(locating.value)));
          const options = { ...(f.year === undefined ? {} : { year: f.year }), ...(f.checks === undefined ? {} : { checks: f.checks as CheckName[] }) };
          const assessment = assess(result.value, options);
          const ran: Array<{ binding: boolean; verdict: Verdict }> = [];
          for (const a of assessment.indicators) {
            expect(VERDICT_SET.has(a.verdict)).toBe(true);
            for (const [name, check] of Object.entries(a.checks)) {
              expect(VERDICT_SET.has(check.verdict), `${a.indicator.id} ${name}: ${check.verdict}`).toBe(true);
              if (!a.indicator.binding) expect(check.verdict, `reference ${a.indicator.id} ${name} never FAILs`).not.toBe("FAIL");
              if (check.forecast) expect(FORECAST_CLASSES).toContain(check.forecast.class);
              for (const lang of LANGS) {
                const sentence = reason(lang, check.outcome);
                expect(sentence, `${lang} ${a.indicator.id} ${name}: ${sentence}`).not.toMatch(/\{\w+\}|\bundefined\b|\bNaN\b|Infinity|\[object /);
                expect(sentence.trim()).not.toBe("");
              }
              // SPEC "Two questions": plan review is decided by the baseline and targets, a year by its progress.
              const deciding = assessment.mode === "year" ? ["progress", "override"] : ["baseline", "near_term", "long_term", "override"];
              if (deciding.includes(name)) ran.push({ binding: a.indicator.binding, verdict: check.verdict });
            }
          }
          expect(expectedOverall(ran)).toContain(assessment.summary.overall);
          const run = summarizeRun([assessment]);
          for (const [name, format] of formatters) {
            for (const lang of LANGS) {
              const out = format(run, { lang, color: false, quiet: false });
              expect(typeof out, name).toBe("string");
              if (name === "json") {
                const parsed = JSON.parse(out) as { format: string; files: Array<{ overall: string }> };
                expect(parsed.format).toBe("lingling-check/v1");
                expect(parsed.files[0]?.overall).toBe(assessment.summary.overall);
              }
            }
          }
        }),
        params("generatedFiles"),
      );
      console.log(`fuzz: generated files: ${loaded} of ${params("generatedFiles").numRuns} loaded and were assessed`);
    },
    timeoutFor("generatedFiles", 40),
  );
});
