/**
 * JUnit XML: one testsuite per file, one testcase per indicator check, following the fail policy
 * so that the report always shows why a failed job failed. FAIL is a <failure>; MISSING and
 * REVIEW, checks that could not be judged, are an <error> when they fail the run (not with
 * --allow-incomplete); WARN is a <failure> with --fail-on warn and otherwise passes; N/A is
 * <skipped>. Every testcase carries its verdict and reason in <system-out>.
 */
import { message, reason } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import type { FileAssessment } from "../assess/result.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { checkRows, decides } from "./rows.js";
import { xmlEscape as x } from "./xmlEscape.js";
import { failsRun } from "../assess/exitPolicy.js";
import type { Verdict } from "../model/verdict.js";
import { vetoReason } from "./vetoLines.js";
import { t } from "../i18n/translate.js";
import { projectsSuite } from "./projects/junit.js";

type Element = "failure" | "error" | "skipped" | undefined;

/**
 * The element a check gets, as SPEC lists them (FAIL; WARN with --fail-on warn; MISSING and REVIEW
 * unless --allow-incomplete), and any other check that makes this run fail: with both flags, a
 * reference row that could not be judged makes the run WARN, which fails.
 */
function element(verdict: Verdict, binding: boolean, options: FormatOptions): Element {
  switch (verdict) {
    case "PASS":
      return undefined;
    case "N/A":
      return "skipped";
    case "FAIL":
      return "failure";
    case "WARN":
      return options.failOn === "warn" ? "failure" : undefined;
    case "MISSING":
    case "REVIEW":
      return !options.allowIncomplete || failsRun(verdict, binding, options) ? "error" : undefined;
  }
}

function suite(file: FileAssessment, options: FormatOptions): string {
  const { lang } = options;
  // A check that does not decide the file's question (a year assessment's baseline) fails nothing.
  const rows = checkRows(file).map((r) => ({
    ...r,
    element:
      decides(file, r.name) || r.check.verdict === "N/A"
        ? element(r.check.verdict, r.assessment.indicator.binding, options)
        : undefined,
  }));
  // A basic condition is a testcase at its line: not met fails the year it decides; another year's is
  // shown only; one stated for a year not yet assessed is skipped.
  const vetoes = (file.vetoes?.conditions ?? []).map((c) => ({
    c,
    element: (c.standing === "ahead"
      ? "skipped"
      : c.verdict === "FAIL" && c.standing === "decides"
        ? "failure"
        : undefined) as Element,
  }));
  const count = (e: Element) =>
    rows.filter((r) => r.element === e).length + vetoes.filter((v) => v.element === e).length;
  const cases = rows.map(({ assessment: { indicator: i }, name, check, element: tag }) => {
    const why = reason(lang, check.outcome);
    const body =
      tag === "skipped"
        ? `\n      <skipped message="${x(why)}"/>`
        : tag
          ? `\n      <${tag} type="${check.verdict}" message="${x(why)}">${x(why)}</${tag}>`
          : "";
    return `    <testcase classname="${x(`${file.file.file}.${i.id}`)}" name="${x(`${i.id} ${i.name} — ${name}`)}" file="${x(file.file.file)}" line="${i.line}">${body}
      <system-out>${x(`${t(lang, `tag.${check.verdict}`)}: ${why}`)}</system-out>
    </testcase>`;
  });
  for (const { c, element: tag } of vetoes) {
    const why = vetoReason(lang, c, file.vetoes!);
    const body =
      tag === "skipped"
        ? `\n      <skipped message="${x(why)}"/>`
        : tag
          ? `\n      <${tag} type="${c.verdict}" message="${x(why)}">${x(why)}</${tag}>`
          : "";
    cases.push(`    <testcase classname="${x(`${file.file.file}.vetoes.${c.year}`)}" name="${x(`${t(lang, "veto.label")} ${c.year} ${c.condition}`)}" file="${x(file.file.file)}" line="${c.line}">${body}
      <system-out>${x(`${c.standing === "ahead" ? "" : `${t(lang, `tag.${c.verdict}`)}: `}${why} ${t(lang, "veto.own")}`)}</system-out>
    </testcase>`);
  }
  return `  <testsuite name="${x(`${file.file.file} — ${file.file.region.name}`)}" tests="${rows.length + vetoes.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}">
    <properties>
      <property name="overall" value="${file.summary.overall}"/>
    </properties>
${cases.join("\n")}
  </testsuite>
`;
}

/**
 * The root element carries no totals (they are optional in JUnit, and CI servers add them up from
 * the suites): a run of thousands of files is written suite by suite, never held whole.
 */
/** A file that could not be read: a testsuite of its own, an <error> per problem at its line. */
function inputErrorSuite(errors: readonly InputError[], { lang }: FormatOptions): string {
  const file = errors[0]!.file;
  const cases = errors.map((e) => {
    const text = `${e.file}:${e.line}:${e.column}: ${message(lang, e.message)}`;
    return `    <testcase classname="${x(file)}" name="${x(`input error[${e.code}] ${e.line}:${e.column}`)}" file="${x(e.file)}" line="${e.line}">
      <error type="input-error" message="${x(text)}">${x(text)}</error>
    </testcase>`;
  });
  return `  <testsuite name="${x(file)}" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0">
${cases.join("\n")}
  </testsuite>
`;
}

const junit: StreamingFormatter = {
  head: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lingling-check">\n`,
  file: (f, options) => suite(f, options) + projectsSuite(f, options),
  inputErrors: inputErrorSuite,
  foot: () => "</testsuites>\n",
};

export default junit;
