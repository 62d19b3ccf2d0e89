/**
 * The shared fixture result every formatter test renders: `fixtures/every-verdict.yaml`, loaded and
 * assessed by the core exactly as the CLI does, and the helpers the format tests share.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assess } from "../../src/assess/assess.js";
import type { CheckName, CheckResult, IndicatorAssessment, RunAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import type { Lang } from "../../src/i18n/lang.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import type { Verdict } from "../../src/model/verdict.js";
import { loadFormatter, loadStreamingFormatter, type FormatName, type FormatOptions } from "../../src/report/index.js";
import { documentText, encode, readWorkbook, workbookText } from "./workbook.js";

const here = dirname(fileURLToPath(import.meta.url));

export const FIXTURES = join(here, "fixtures");
export const FIXTURE_PATH = join(FIXTURES, "every-verdict.yaml");
/** The file name the reports carry (as the CLI would given a relative path). */
export const FIXTURE_NAME = "test/report/fixtures/every-verdict.yaml";
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, "utf8");

export const LANGS: readonly Lang[] = ["zh", "en"];
/** The checks that did not pass and were not set aside: what the reports explain. */
export const PROBLEMS: readonly Verdict[] = ["FAIL", "WARN", "MISSING", "REVIEW"];
/** A check's verdict as the text formats say it, by language (literal: what a reader sees). */
export const VERDICT_WORD: Record<Lang, Record<Verdict, string>> = {
  en: { PASS: "PASS", FAIL: "FAIL", WARN: "WARN", MISSING: "MISSING", REVIEW: "REVIEW", "N/A": "N/A" },
  zh: { PASS: "达标", FAIL: "未达标", WARN: "警示", MISSING: "缺数据", REVIEW: "待审核", "N/A": "不涉及" },
};

/** Load and assess a text as the CLI does; a fixture that does not load is a broken test. */
export function assessText(text: string, name: string): RunAssessment {
  const loaded = loadIndicatorFile(text, name);
  if (!loaded.ok) throw new Error(`fixture ${name} does not load: ${JSON.stringify(loaded.errors)}`);
  return summarizeRun([assess(loaded.value)]);
}

export const fixtureRun = (): RunAssessment => assessText(FIXTURE_TEXT, FIXTURE_NAME);

export async function render(
  format: FormatName,
  run: RunAssessment,
  options: Partial<FormatOptions> & { lang: Lang },
): Promise<string> {
  const all = { color: false, quiet: false, ...options };
  // A binary format is rendered as its text read back from the bytes: a workbook's cells, a Word document's paragraphs.
  const streaming = await loadStreamingFormatter(format);
  if (format === "docx") return documentText(await encode(format, run, all));
  if (streaming.binary) return workbookText(await readWorkbook(await encode(format, run, all)));
  // A format with an encoder (html) is its encoded text.
  if (streaming.encoder) return (await encode(format, run, all)).toString("utf8");
  const formatter = await loadFormatter(format);
  return formatter(run, all);
}

export interface FlatCheck {
  file: string;
  id: string;
  name: string;
  binding: boolean;
  line: number;
  check: CheckName;
  result: CheckResult;
  verdict: Verdict;
  assessment: IndicatorAssessment;
  /** Whether the check decides the file's question (SPEC "Two questions"), so a CI report may fail on it. */
  decides: boolean;
}

/**
 * Which checks decide, as this fixture is read (SPEC "Two questions"), not copied from the code's
 * table: every file these tests assess is a year assessment (every-verdict.yaml and its parts hold
 * observed values), where a row's progress check decides and its baseline and target checks are only
 * shown (no row of it overrides an edition's rule).
 */
const decidesInYear = (check: CheckName): boolean => check === "progress";

/** Every check of a run, in report order, computed from the result (never from a formatter). */
export function flatChecks(run: RunAssessment): FlatCheck[] {
  return run.files.flatMap((f) => {
    if (f.mode !== "year")
      throw new Error(`flatChecks reads year assessments only; ${f.file.file} is a ${f.mode} review`);
    return f.indicators.flatMap((assessment) => {
      const { indicator: i } = assessment;
      return (Object.entries(assessment.checks) as Array<[CheckName, CheckResult]>).map(([check, result]) => ({
        file: f.file.file,
        id: i.id,
        name: i.name,
        binding: i.binding,
        line: i.line,
        check,
        result,
        verdict: result.verdict,
        assessment,
        decides: decidesInYear(check),
      }));
    });
  });
}

export const reasonOf = (c: FlatCheck, lang: Lang): string => reason(lang, c.result.outcome);

/** The 1-based line where the row `- id: X` (quoted or not) starts in a YAML text. */
export function idLine(text: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^\\s*- id: (?:"${escaped}"|'${escaped}'|${escaped})\\s*(?:#.*)?$`);
  const index = text.split("\n").findIndex((l) => pattern.test(l));
  if (index < 0) throw new Error(`no row ${id}`);
  return index + 1;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** ANSI escape sequences (colour). */
export const ANSI = /\u001b\[/;

/** The JSON report's shape, as SPEC.md documents it. */
interface JsonForecast {
  class: string;
  projected: number | null;
  target: number;
  target_year: number;
  ratio: number | null;
}
interface JsonCheck {
  verdict: string;
  reason: string;
  forecast?: JsonForecast;
  [key: string]: unknown;
}
interface JsonIndicator {
  id: string;
  name: string;
  binding: boolean;
  line: number;
  checks: Record<string, JsonCheck>;
  [key: string]: unknown;
}
interface JsonFile {
  file: string;
  region: { name: string; [key: string]: unknown };
  overall: string;
  indicators: JsonIndicator[];
  [key: string]: unknown;
}
export interface JsonReport {
  format: string;
  files: JsonFile[];
  summary: Record<string, unknown>;
}
