/**
 * A file's findings: what a CI system shows at a line — the checks that are not a pass, the key
 * projects' findings and the basic conditions not met — each with its level. One source for every
 * format a CI system reads (GitHub annotations, SARIF, GitLab Code Quality), so the level of a
 * finding is decided once; it gives them in batches (findingBatches), a thousand rows at a time.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { CheckName, FileAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { message, reason, t } from "../i18n/translate.js";
import { CHECK_LABEL } from "./columns.js";
import { checkRows, decides, rowBatches } from "./rows.js";
import { vetoWithList } from "./vetoLines.js";
import { extentsFor, type Extent } from "../load/positions.js";
import { failsRun, type ExitPolicy } from "../assess/exitPolicy.js";

/**
 * A file as a CI system places a finding on it: relative to the working folder (a CI job's checkout)
 * with `/`, normalised — `./ind//a.yaml`, `ind/../ind/a.yaml` and an absolute path inside the folder
 * are all `ind/a.yaml`, the path GitLab and GitHub match against the repository. A file outside the
 * folder keeps its absolute path.
 */
export function ciPath(file: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  const outside = inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  // Only where \ separates folders (Windows): elsewhere it is a character a file's name may hold.
  const path = outside ? absolute : inside;
  return sep === "/" ? path : path.split(sep).join("/");
}

/**
 * `error` fails the run, as the exit policy has it (exitPolicy.ts's `failsRun`: a FAIL; a binding
 * check that could not be judged, unless --allow-incomplete; a WARN or a reference row not a pass
 * with --fail-on warn; a key project's finding with --fail-on projects); `warning` does not;
 * `notice` is shown beside the question (a year assessment's baseline).
 */
export type FindingLevel = "error" | "warning" | "notice";

export interface Finding {
  /** What found it: a check's name, `veto`, or `project.<code>`. */
  rule: CheckName | "veto" | `project.${string}`;
  level: FindingLevel;
  line: number;
  column: number;
  /** Where what it points at ends: the column after its last character (SARIF's end column). */
  endLine: number;
  endColumn: number;
  /** What it is about, in the report language: the indicator, project or condition and its verdict. */
  title: string;
  message: string;
  /**
   * What the finding is about, independent of where it stands in the file: the same finding on
   * the next run has the same key (a CI system's fingerprint), whatever lines moved above it.
   */
  key: string;
}

/** Where a finding is: measured in the file's text, only for the findings there are. */
type Place = (line: number, column?: number) => Extent;

/** A file read from text is measured; one made otherwise (a library caller's model) is placed at its lines. */
function places(f: FileAssessment): { row: Place; at: Place } {
  const extents = extentsFor(f.file);
  const line = (l: number, column = 1) => ({ line: l, column, endLine: l, endColumn: column });
  return extents
    ? { row: (l) => extents.item(l), at: (l, column = 1) => extents.at(l, column) }
    : { row: line, at: line };
}

function checkFindings(
  f: FileAssessment,
  lang: Lang,
  policy: ExitPolicy,
  { row }: { row: Place },
  rows: FileAssessment["indicators"],
): Finding[] {
  return checkRows(f, rows).flatMap(({ assessment: { indicator: i }, name, check }) => {
    const unjudged = check.verdict === "MISSING" || check.verdict === "REVIEW";
    if (check.verdict !== "FAIL" && check.verdict !== "WARN" && !unjudged) return [];
    const level: FindingLevel = !decides(f, name)
      ? "notice"
      : failsRun(check.verdict, i.binding, policy)
        ? "error"
        : "warning";
    return [
      {
        rule: name,
        level,
        ...row(i.line),
        title: `${i.id} ${i.name} — ${CHECK_LABEL[lang][name]} ${t(lang, `tag.${check.verdict}`)}`,
        message: reason(lang, check.outcome),
        key: `indicator\0${i.id}\0${name}`,
      },
    ];
  });
}

function projectFindings(f: FileAssessment, lang: Lang, { row }: { row: Place }): Finding[] {
  const r = f.projects;
  if (!r) return [];
  const plan = r.consistency.findings;
  const all = [...plan, ...r.items.flatMap((c) => c.findings.filter((x) => !plan.includes(x)))];
  return all.map((x) => ({
    rule: `project.${x.code}` as const,
    level: r.decides ? "error" : "warning",
    ...row(x.line),
    title: `${t(lang, "project.title")} ${x.projectId ?? ""} ${x.code}`.replace(/\s+/g, " "),
    message: message(lang, x.message),
    key: `project\0${x.projectId ?? ""}\0${x.code}`,
  }));
}

/** A basic condition not met, at its line: an error where it decides the year, a notice where it is shown (plan review, another year). */
function vetoFindings(f: FileAssessment, lang: Lang, { at }: { at: Place }): Finding[] {
  const v = f.vetoes;
  if (!v) return [];
  // A condition stated for a year not yet assessed is listed by the reports, not annotated.
  return v.conditions
    .filter((c) => c.verdict === "FAIL" && c.standing !== "ahead")
    .map((c) => ({
      rule: "veto" as const,
      level: c.standing === "decides" ? "error" : "notice",
      ...at(c.line, c.column),
      title: `${t(lang, "veto.label")} ${c.year} ${c.condition} — ${t(lang, `tag.${c.verdict}`)}`,
      message: vetoWithList(lang, c, v),
      key: `veto\0${c.year}\0${c.condition}`,
    }));
}

/**
 * A file's findings a batch at a time, for a format that writes them as they come: its checks'
 * a thousand rows at a time, then its key projects' and basic conditions'.
 */
export function* findingBatches(f: FileAssessment, lang: Lang, policy: ExitPolicy): Generator<Finding[]> {
  const where = places(f);
  for (const rows of rowBatches(f)) yield checkFindings(f, lang, policy, where, rows);
  yield [...projectFindings(f, lang, where), ...vetoFindings(f, lang, where)];
}
