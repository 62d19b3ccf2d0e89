/**
 * `lingling-check lint`'s formats: table (one line per finding, file:line:column first, as
 * compilers write them), JSON (`lingling-check-lint/v1`), and GitHub annotations at each finding.
 */
import type { Lang } from "../i18n/lang.js";
import { message, t } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import type { LintFinding } from "../lint/types.js";
import { data, property } from "./github.js";
import { ciPath } from "./findings.js";
import { visible } from "./visible.js";

const LINT_FORMATS = ["table", "json", "github"] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintReport {
  files: Array<{ file: string; findings: LintFinding[] }>;
  inputErrors: InputError[];
}

const totals = (r: LintReport) => {
  const all = r.files.flatMap((f) => f.findings);
  return {
    files: r.files.length,
    unreadable: new Set(r.inputErrors.map((e) => e.file)).size,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
  };
};

function table(r: LintReport, lang: Lang): string {
  const lines = r.files.flatMap(({ file, findings }) =>
    findings.map(
      (f) =>
        `${visible(`${file}:${f.line}:${f.column}`)}: ${t(lang, `lint.severity.${f.severity}`)}: ${visible(message(lang, f.message))} [${f.check}]`,
    ),
  );
  const sum = totals(r);
  // A file with input errors was not linted: it is counted apart, never as having no findings.
  const unreadable = sum.unreadable > 0 ? ` — ${t(lang, "report.unreadable", { count: sum.unreadable })}` : "";
  lines.push(
    `${sum.errors + sum.warnings === 0 ? t(lang, "lint.clean", { files: sum.files }) : t(lang, "lint.summary", sum)}${unreadable}`,
  );
  return `${lines.join("\n")}\n`;
}

function json(r: LintReport, lang: Lang): string {
  return `${JSON.stringify(
    {
      format: "lingling-check-lint/v1",
      files: r.files.map(({ file, findings }) => ({
        file,
        findings: findings.map((f) => ({
          check: f.check,
          severity: f.severity,
          line: f.line,
          column: f.column,
          message_id: f.message.id,
          message: message(lang, f.message),
        })),
      })),
      ...(r.inputErrors.length
        ? {
            errors: r.inputErrors.map((e) => ({
              file: e.file,
              line: e.line,
              column: e.column,
              code: e.code,
              message: message(lang, e.message),
            })),
          }
        : {}),
      summary: (({ unreadable, ...counts }) => ({ ...counts, ...(unreadable > 0 ? { not_checked: unreadable } : {}) }))(
        totals(r),
      ),
    },
    null,
    2,
  )}\n`;
}

function github(r: LintReport, lang: Lang): string {
  const level = (s: LintFinding["severity"]) => (s === "error" ? "error" : "warning");
  return [
    ...r.inputErrors.map(
      (e) =>
        `::error file=${property(ciPath(e.file))},line=${e.line},col=${e.column},title=${property(`lingling-check error[${e.code}]`)}::${data(message(lang, e.message))}\n`,
    ),
    ...r.files.flatMap(({ file, findings }) =>
      findings.map(
        (f) =>
          `::${level(f.severity)} file=${property(ciPath(file))},line=${f.line},col=${f.column},title=${property(`lingling-check lint[${f.check}]`)}::${data(message(lang, f.message))}\n`,
      ),
    ),
  ].join("");
}

export function formatLint(format: LintFormat, r: LintReport, lang: Lang): string {
  return format === "json" ? json(r, lang) : format === "github" ? github(r, lang) : table(r, lang);
}
