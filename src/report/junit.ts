/**
 * JUnit XML: one testsuite per file, one testcase per indicator check, following the fail policy
 * so that the report always shows why a failed job failed, and nothing else as failing: a check
 * that fails the run is a <failure> (FAIL; WARN with --fail-on warn) or an <error> (MISSING and
 * REVIEW, unless --allow-incomplete); a reference row's, only with --fail-on warn; N/A is <skipped>. Every testcase carries where it is and its verdict and reason in <system-out>.
 *
 * Written by fast-xml-parser's XMLBuilder (junitSuite.ts), and valid for both readers CI servers
 * use: the schema Jenkins' xunit plugin validates against (junit-10.xsd: a testcase has no `file`
 * or `line`), which GitLab and Jenkins' junit plugin read too. So a testcase's place is in its classname (the file and the
 * row) and on the first line of its <system-out> (`file:line`, shown by both), and each testsuite
 * names its file in the `file` attribute the schema gives a suite.
 */
import { message, reason, t } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import type { FileAssessment } from "../assess/result.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { type CheckRow, checkRows, decides, rowBatches } from "./rows.js";
import { type Case, countsOf, type Element, suitePieces, suiteXml, xmlBuilder } from "./junitSuite.js";
import { failsRun } from "../assess/exitPolicy.js";
import type { Verdict } from "../model/verdict.js";
import { vetoReason, vetoWithList } from "./vetoLines.js";
import { projectsSuite } from "./projects/junit.js";

/**
 * The element a check gets: exactly the checks that make this run fail under its exit policy fail
 * here (SPEC; as `-f github`'s ::error): FAIL and WARN as a <failure>, MISSING and REVIEW as an
 * <error>; any other passes, its verdict and reason in <system-out>; N/A is <skipped>. A reference
 * row's FAIL or unjudged check fails only with --fail-on warn.
 */
function element(verdict: Verdict, binding: boolean, options: FormatOptions): Element {
  if (verdict === "N/A") return "skipped";
  if (!failsRun(verdict, binding, options)) return undefined;
  return verdict === "FAIL" || verdict === "WARN" ? "failure" : "error";
}

/** A file's testsuite in pieces: its frame with the totals, then its checks' testcases a thousand rows at a time, then its basic conditions'. */
function suite(file: FileAssessment, options: FormatOptions): Generator<string> {
  const { lang } = options;
  const name = file.file.file;
  // A check that does not decide the file's question (a year assessment's baseline) fails nothing.
  const tag = ({ assessment: { indicator: i }, name: check, check: c }: CheckRow): Element =>
    decides(file, check) || c.verdict === "N/A" ? element(c.verdict, i.binding, options) : undefined;
  const checkCase = (row: CheckRow): Case => {
    const { indicator: i } = row.assessment;
    const why = reason(lang, row.check.outcome);
    const tagged = tag(row);
    return {
      classname: `${name}.${i.id}`,
      name: `${i.id} ${i.name} — ${row.name}`,
      at: `${name}:${i.line}`,
      element: tagged && { tag: tagged, type: row.check.verdict, message: why },
      out: `${t(lang, `tag.${row.check.verdict}`)}: ${why}`,
    };
  };
  // A basic condition is a testcase at its line: not met fails the year it decides; another year's is
  // shown only; one stated for a year not yet assessed is skipped.
  const vetoes: Case[] = (file.vetoes?.conditions ?? []).map((c) => {
    const tag: Element =
      c.standing === "ahead" ? "skipped" : c.verdict === "FAIL" && c.standing === "decides" ? "failure" : undefined;
    const why = vetoReason(lang, c, file.vetoes!);
    return {
      classname: `${name}.vetoes.${c.year}`,
      name: `${t(lang, "veto.label")} ${c.year} ${c.condition}`,
      at: `${name}:${c.line}:${c.column}`,
      element: tag && { tag, type: c.verdict, message: why },
      out: `${c.standing === "ahead" ? "" : `${t(lang, `tag.${c.verdict}`)}: `}${vetoWithList(lang, c, file.vetoes!)}`,
    };
  });
  // The totals come first (they are the suite's attributes): each testcase's element, without its text.
  function* tags(): Generator<Element> {
    for (const rows of rowBatches(file)) for (const row of checkRows(file, rows)) yield tag(row);
    for (const c of vetoes) yield c.element?.tag;
  }
  function* batches(): Generator<readonly Case[]> {
    for (const rows of rowBatches(file)) yield checkRows(file, rows).map(checkCase);
    yield vetoes;
  }
  return suitePieces(
    { name: `${name} — ${file.file.region.name}`, file: name, properties: [["overall", file.summary.overall]] },
    countsOf(tags()),
    batches(),
  );
}

/** A file that could not be read: a testsuite of its own, an <error> per problem at its line. */
function inputErrorSuite(errors: readonly InputError[], { lang }: FormatOptions): string {
  const file = errors[0]!.file;
  return suiteXml({
    name: file,
    file,
    properties: [],
    cases: errors.map((e) => {
      const text = `${e.file}:${e.line}:${e.column}: ${message(lang, e.message)}`;
      return {
        classname: file,
        name: `input error[${e.code}] ${e.line}:${e.column}`,
        at: `${e.file}:${e.line}:${e.column}`,
        element: { tag: "error", type: "input-error", message: text },
        out: message(lang, e.message),
      };
    }),
  });
}

/**
 * The root element carries no totals (they are optional in JUnit, and CI servers add them up from
 * the suites): a run of thousands of files is written suite by suite, never held whole. The root's
 * text comes from the builder too, cut where its suites go.
 */
const [HEAD, FOOT] = (() => {
  const text = xmlBuilder.build({
    "?xml": { "@version": "1.0", "@encoding": "UTF-8" },
    testsuites: { "@name": "lingling-check", suites: "" },
  }) as string;
  const at = text.indexOf("  <suites/>\n");
  return [text.slice(0, at), text.slice(at + "  <suites/>\n".length)];
})();

const junit: StreamingFormatter = {
  head: () => HEAD,
  *pieces(f, options) {
    yield* suite(f, options);
    yield projectsSuite(f, options);
  },
  inputErrors: inputErrorSuite,
  foot: () => FOOT,
};

export default junit;
