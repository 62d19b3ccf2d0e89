/** JUnit's "projects" testsuite: a testcase per project and one for the plan's total; a warning is a <failure> only with --fail-on projects. */
import type { FileAssessment } from "../../assess/result.js";
import { message, t } from "../../i18n/translate.js";
import type { FormatOptions } from "../index.js";
import { xmlEscape as x } from "../xmlEscape.js";
import { projectsLine } from "./lines.js";

export function projectsSuite(f: FileAssessment, { lang }: FormatOptions): string {
  const r = f.projects;
  if (!r) return "";
  const total = r.consistency.findings.filter((c) => c.projectId === undefined);
  const cases = [
    {
      name: t(lang, "project.total"),
      line: f.file.projects!.statedTotalLine ?? f.file.projects!.line,
      texts: total.map((c) => message(lang, c.message)),
      ok: t(lang, "project.total.none", { count: r.items.length, sum: r.consistency.sum }),
    },
    ...r.items.map((c) => ({
      name: `${c.project.id} ${c.project.name}`,
      line: c.project.line,
      texts: c.findings.map((m) => message(lang, m.message)),
      ok: t(lang, `verdict.${c.verdict}`),
    })),
  ];
  const failures = r.decides ? cases.filter((c) => c.texts.length > 0).length : 0;
  const body = cases.map((c) => {
    const why = c.texts.join("\n");
    const failure =
      r.decides && c.texts.length > 0
        ? `\n      <failure type="WARN" message="${x(c.texts[0]!)}">${x(why)}</failure>`
        : "";
    return `    <testcase classname="${x(`${f.file.file}.projects`)}" name="${x(c.name)}" file="${x(f.file.file)}" line="${c.line}">${failure}
      <system-out>${x(c.texts.length ? `${t(lang, "tag.WARN")}: ${why}` : c.ok)}</system-out>
    </testcase>`;
  });
  return `  <testsuite name="projects" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">
    <properties>
      <property name="file" value="${x(f.file.file)}"/>
      <property name="summary" value="${x(projectsLine(lang, r))}"/>
    </properties>
${body.join("\n")}
  </testsuite>
`;
}
