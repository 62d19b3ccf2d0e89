/**
 * JUnit XML: one testsuite per file, one testcase per indicator check. FAIL is a <failure>;
 * MISSING and REVIEW, checks that could not be judged, are an <error>; N/A is <skipped>; WARN
 * passes but carries its reason in <system-out>, as every testcase does.
 */
import { reason } from "../i18n/translate.js";
import type { Formatter } from "./index.js";
import { checkRows } from "./rows.js";
import { xmlEscape as x } from "./xmlEscape.js";

const junit: Formatter = (run, { lang }) => {
  const rows = checkRows(run);
  const count = (verdicts: string[], of = rows) => of.filter((r) => verdicts.includes(r.check.verdict)).length;
  const suites = run.files.map((file) => {
    const mine = rows.filter((r) => r.file === file);
    const cases = mine.map(({ assessment: { indicator: i }, name, check }) => {
      const why = reason(lang, check.outcome);
      const body =
        check.verdict === "FAIL" ? `\n      <failure type="FAIL" message="${x(why)}">${x(why)}</failure>` :
        check.verdict === "MISSING" || check.verdict === "REVIEW" ? `\n      <error type="${check.verdict}" message="${x(why)}">${x(why)}</error>` :
        check.verdict === "N/A" ? `\n      <skipped message="${x(why)}"/>` : "";
      return `    <testcase classname="${x(`${file.file.file}.${i.id}`)}" name="${x(`${i.id} ${i.name} — ${name}`)}" file="${x(file.file.file)}" line="${i.line}">${body}
      <system-out>${x(`${check.verdict}: ${why}`)}</system-out>
    </testcase>`;
    });
    return `  <testsuite name="${x(`${file.file.file} — ${file.file.region.name}`)}" tests="${mine.length}" failures="${count(["FAIL"], mine)}" errors="${count(["MISSING", "REVIEW"], mine)}" skipped="${count(["N/A"], mine)}">
    <properties>
      <property name="overall" value="${file.summary.overall}"/>
    </properties>
${cases.join("\n")}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="lingling-check" tests="${rows.length}" failures="${count(["FAIL"])}" errors="${count(["MISSING", "REVIEW"])}" skipped="${count(["N/A"])}">
${suites.join("\n")}
</testsuites>
`;
};

export default junit;
