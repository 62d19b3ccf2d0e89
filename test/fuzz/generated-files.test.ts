/**
 * Indicator files made from scratch — random rules, values, series, tolerances, references,
 * superior targets and observed values — reach corners of the assessment the seed never does.
 * Whatever loads is read alike by the loader's fast and locating paths, is assessed and rendered
 * without throwing, every reason reads as a sentence in both languages, and the verdicts keep
 * SPEC's promises.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { FORECAST_CLASSES, type CheckName, type Overall } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { LANGS } from "../../src/i18n/lang.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { fastLoad, locatingLoad } from "../load/paths.js";
import { VERDICTS, type Verdict } from "../../src/model/verdict.js";
import { FORMAT_NAMES, loadFormatter, type Formatter, type FormatName } from "../../src/report/index.js";
import { fileArb, fileText } from "./arbitraries.js";
import { params, timeoutFor } from "./budget.js";

const formatters = new Map<FormatName, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

const VERDICT_SET = new Set<string>(VERDICTS);

/** SPEC's overall verdict from the deciding checks that ran (a file with no binding check may be INCOMPLETE). */
function expectedOverall(checks: Array<{ binding: boolean; verdict: Verdict }>): Overall[] {
  const binding = checks.filter((c) => c.binding).map((c) => c.verdict);
  const reference = checks.filter((c) => !c.binding).map((c) => c.verdict);
  if (binding.includes("FAIL")) return ["FAIL"];
  if (binding.some((v) => v === "MISSING" || v === "REVIEW")) return ["INCOMPLETE"];
  const rest: Overall =
    binding.includes("WARN") || reference.some((v) => v !== "PASS" && v !== "N/A") ? "WARN" : "PASS";
  return binding.length === 0 ? ["INCOMPLETE", rest] : [rest];
}

describe("generated indicator files", () => {
  it(
    "load or give located errors; assessed and rendered without throwing; verdicts keep SPEC's promises",
    () => {
      let loaded = 0;
      fc.assert(
        fc.property(fileArb, (f) => {
          const text = fileText(f);
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
          if (fast?.ok && locating.ok)
            expect(JSON.parse(JSON.stringify(fast.value))).toEqual(JSON.parse(JSON.stringify(locating.value)));
          const options = {
            ...(f.year === undefined ? {} : { year: f.year }),
            ...(f.checks === undefined ? {} : { checks: f.checks as CheckName[] }),
          };
          const assessment = assess(result.value, options);
          const ran: Array<{ binding: boolean; verdict: Verdict }> = [];
          for (const a of assessment.indicators) {
            expect(VERDICT_SET.has(a.verdict)).toBe(true);
            for (const [name, check] of Object.entries(a.checks)) {
              expect(VERDICT_SET.has(check.verdict), `${a.indicator.id} ${name}: ${check.verdict}`).toBe(true);
              if (!a.indicator.binding)
                expect(check.verdict, `reference ${a.indicator.id} ${name} never FAILs`).not.toBe("FAIL");
              if (check.forecast) expect(FORECAST_CLASSES).toContain(check.forecast.class);
              for (const lang of LANGS) {
                const sentence = reason(lang, check.outcome);
                expect(sentence, `${lang} ${a.indicator.id} ${name}: ${sentence}`).not.toMatch(
                  /\{\w+\}|\bundefined\b|\bNaN\b|Infinity|\[object /,
                );
                expect(sentence.trim()).not.toBe("");
              }
              // SPEC "Two questions": plan review is decided by the baseline and targets, a year by its progress.
              const deciding =
                assessment.mode === "year"
                  ? ["progress", "override"]
                  : ["baseline", "near_term", "long_term", "override"];
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
