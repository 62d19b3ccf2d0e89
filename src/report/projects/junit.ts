/**
 * JUnit's projects testsuite, named by its file: a testcase per project and one for the plan's
 * total; a warning is a <failure> only with --fail-on projects.
 */
import type { FileAssessment } from "../../assess/result.js";
import { message, t } from "../../i18n/translate.js";
import type { FormatOptions } from "../index.js";
import { suiteXml } from "../junitSuite.js";
import { projectsLine } from "./lines.js";

export function projectsSuite(f: FileAssessment, { lang }: FormatOptions): string {
  const r = f.projects;
  if (!r) return "";
  const file = f.file.file;
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
  return suiteXml({
    name: `${file} — projects`,
    file,
    properties: [
      ["file", file],
      ["summary", projectsLine(lang, r)],
    ],
    cases: cases.map((c) => {
      const why = c.texts.join("\n");
      return {
        classname: `${file}.projects`,
        name: c.name,
        at: `${file}:${c.line}`,
        element:
          r.decides && c.texts.length > 0
            ? { tag: "failure", type: "WARN", message: c.texts[0]!, text: why }
            : undefined,
        out: c.texts.length ? `${t(lang, "tag.WARN")}: ${why}` : c.ok,
      };
    }),
  });
}
