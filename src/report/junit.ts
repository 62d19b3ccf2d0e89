/**
 * JUnit XML: one testsuite per file, one testcase per indicator check. FAIL is a <failure>;
 * MISSING and REVIEW, checks that could not be judged, are an <error>; N/A is <skipped>; WARN
 * passes but carries its reason in <system-out>, as every testcase does.
 */
import { reason } from "../i18n/translate.js";
import type { FileAssessment } from "../assess/result.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { checkRows } from "./rows.js";
import { xmlEscape as x } from "./xmlEscape.js";

function suite(file: FileAssessment, lang: FormatOptions["lang"]): string {
  const rows = checkRows(file);
  const count = (verdicts: string[]) => rows.filter((r) => verdicts.includes(r.check.verdict)).length;
  const cases = rows.map(({ assessment: { indicator: i }, name, check }) => {
    const why = reason(lang, check.outcome);
    const body =
      check.verdict === "FAIL" ? `\n      <failure type="FAIL" message="${x(why)}">${x(why)}</failure>` :
      check.verdict === "MISSING" || check.verdict === "REVIEW" ? `\n      <error type="${check.verdict}" message="${x(why)}">${x(why)}</error>` :
      check.verdict === "N/A" ? `\n      <skipped message="${x(why)}"/>` : "";
    return `    <testcase classname="${x(`${file.file.file}.${i.id}`)}" name="${x(`${i.id} ${i.name} — ${name}`)}" file="${x(file.file.file)}" line="${i.line}">${body}
      <system-out>${x(`${check.verdict}: ${why}`)}</system-out>
    </testcase>`;
  });
  return `  <testsuite name="${x(`${file.file.file} — ${file.file.region.name}`)}" tests="${rows.length}" failures="${count(["FAIL"])}" errors="${count(["MISSING", "REVIEW"])}" skipped="${count(["N/A"])}">
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
const junit: StreamingFormatter = {
  head: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lingling-check">\n`,
  file: (f, { lang }) => suite(f, lang),
  foot: () => "</testsuites>\n",
};

export default junit;
