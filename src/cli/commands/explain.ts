/**
 * `lingling-check explain ID|NAME [FILE]`: what an indicator is, its rule as parsed, and how each
 * check judges it; with a file, also that row's values and the verdicts its assessment gave.
 */
import { sameId } from "../../model/id.js";
import { assess } from "../../assess/assess.js";
import type { FileAssessment, IndicatorAssessment, CheckName } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { VERDICT_MARK, reason, t } from "../../i18n/translate.js";
import type { Series } from "../../model/types.js";
import { checkLabel, displayValue } from "../../report/columns.js";
import { questionLabel } from "../../report/summaryLines.js";
import { padEnd } from "../../report/wrap.js";
import { didYouMean } from "../../load/didYouMean.js";
import type { CatalogIndicator } from "../../model/schema.js";
import type { Rule } from "../../rules/ast.js";
import { mentionsSuperior, mentionsTrend, RULE_KINDS } from "../../rules/index.js";
import type { IndicatorFile } from "../../model/types.js";
import { parseRule } from "../../rules/parse.js";
import { printRule } from "../../rules/print.js";
import { edition, editionNames } from "../../standards/editions.js";
import { CliError } from "../errors.js";
import { ref } from "../../i18n/message.js";
import { visible } from "../../report/visible.js";

/**
 * The row a user means: its id (any case, full-width as ASCII), its exact name, or a part of one name. A part of
 * several names is refused with them listed; nothing found says what was expected (exit 2).
 */
function findRow<R extends { id: string; name: string }>(
  query: string,
  rows: readonly R[],
  notFound: (suggestion: string | undefined) => CliError,
  where: string,
): R {
  const q = query.trim();
  // As ids are compared within a file: full-width １ is 1, and r1 is R1.
  const wanted = sameId(q).toLowerCase();
  const byId = rows.find((r) => sameId(r.id).toLowerCase() === wanted);
  if (byId) return byId;
  const byName = rows.find((r) => r.name === q);
  if (byName) return byName;
  const containing = q === "" ? [] : rows.filter((r) => r.name.includes(q));
  if (containing.length === 1) return containing[0]!;
  if (containing.length > 1)
    throw new CliError({
      id: "explain.ambiguous",
      data: {
        query: q,
        where,
        count: containing.length,
        candidates: containing.map((r) => `${r.id} ${r.name}`).join(" · "),
      },
    });
  throw notFound(didYouMean(q, [...rows.map((r) => r.id), ...rows.map((r) => r.name)]));
}

function ruleLines(lang: Lang, rule: Rule, indent: string): string[] {
  if (rule.kind === "all" || rule.kind === "any") {
    return [
      `${indent}${t(lang, `rule.${rule.kind}`)}:`,
      ...rule.parts.flatMap((p) => ruleLines(lang, p, `${indent}  `)),
    ];
  }
  return [`${indent}- ${printRule(rule)} — ${t(lang, RULE_KINDS[rule.kind].meta.docs)}`];
}

/** How each check judges a row, and the heading of the choices that follow: the same for every row. */
const howChecksJudge = (lang: Lang): string[] => [
  "",
  t(lang, "explain.checks"),
  `  ${t(lang, "explain.check.baseline")}`,
  `  ${t(lang, "explain.check.target")}`,
  `  ${t(lang, "explain.check.progress")}`,
  "",
  t(lang, "explain.choices"),
];

function cases(i: CatalogIndicator): Array<{ when?: string; text: string }> {
  const s = i.standard;
  if (typeof s === "object" && "by_region" in s) {
    return s.by_region.map((c) => ({
      when: Object.entries(c.when)
        .map(([k, v]) => `${k}: ${[v].flat().join(" / ")}`)
        .join(", "),
      text: String(c.rule),
    }));
  }
  return [{ text: typeof s === "object" ? String(s.rule) : String(s) }];
}

export function explain(id: string, editionName: string, lang: Lang): string {
  const catalog = edition(editionName);
  if (!catalog)
    throw new CliError({
      id: "error.unknownEdition",
      data: { edition: editionName, known: editionNames().join(", ") },
    });
  const i = findRow(
    id,
    catalog.indicators,
    (suggestion) => new CliError({ id: "error.unknownIndicator", data: { id, edition: catalog.edition, suggestion } }),
    catalog.edition,
  );
  const texts = cases(i);
  const rules = texts.map((c) => {
    const parsed = parseRule(c.text);
    if (!parsed.ok) throw new Error(`${catalog.edition} ${i.id}: unreadable rule ${c.text}`);
    return { ...c, rule: parsed.rule };
  });
  const trend = rules.some((r) => mentionsTrend(r.rule));
  const superior = rules.some((r) => mentionsSuperior(r.rule));

  const lines = [
    // Chinese names often end in a bracket of their own (农村生活污水治理（管控率）): no brackets in brackets.
    // The English name only in English: under zh every word is Chinese.
    `${i.id} ${i.name}${lang === "en" ? ` (${i.name_en})` : ""}`,
    // Reference indicators form their own section of the standard, which the next line names anyway.
    ...(i.binding || i.task || i.group ? [[i.domain, i.task, i.group].filter(Boolean).join(" / ")] : []),
    t(lang, "explain.facts", {
      kind: ref(`standards.${i.binding ? "binding" : "reference"}`),
      unit: i.unit || "—",
      better: ref(`explain.better.${i.better ?? "higher"}`),
      measure: i.measure === "delta" ? ref("explain.delta") : undefined,
    }),
    ...(i.unit_note ? [i.unit_note] : []),
    "",
    t(lang, "explain.rule", { edition: catalog.edition, document: catalog.document }),
    ...rules.flatMap((r) => [`  ${r.when ? `[${r.when}] ` : ""}${r.text}`, ...ruleLines(lang, r.rule, "    ")]),
    ...howChecksJudge(lang),
    ...(trend ? [`  - ${t(lang, "explain.choice.tolerance")}`, `  - ${t(lang, "explain.choice.reference")}`] : []),
    ...(trend && i.unit === "%" ? [`  - ${t(lang, "explain.choice.ceiling")}`] : []),
    ...(superior ? [`  - ${t(lang, "explain.choice.superior")}`] : []),
    `  - ${t(lang, i.may_be_not_applicable ? "explain.choice.naAllowed" : "explain.choice.naNotAllowed")}`,
  ];
  // A catalog's or a file's text never reaches the terminal as control characters.
  return `${lines.map(visible).join("\n")}\n`;
}

/**
 * `lingling-check explain ID FILE`: the row as this file's region will be judged — the rule that
 * applies (a by_region case resolved), the catalog it came from, the row's choices, and how each
 * check judges it. Reads the compiled file, never the catalog's YAML again.
 */
export function explainInFile(id: string, file: IndicatorFile, lang: Lang): string {
  const i = findRow(
    id,
    file.indicators,
    (suggestion) => new CliError({ id: "explain.file.notFound", data: { id, file: file.file, suggestion } }),
    file.file,
  );
  // Judged as the check judges the file (its default question), not again here.
  const assessment = assess(file);
  const row = assessment.indicators.find((a) => a.indicator === i);
  const overridden = i.edition?.overrides.map((o) => o.field) ?? [];
  const ownRule = !i.edition || overridden.includes("standard");
  const c = file.catalog;
  const from = ownRule
    ? t(lang, "explain.file.own")
    : t(lang, "explain.file.from", {
        catalog: c?.title ?? i.edition!.name,
        document: c?.document,
        unverified: c && !c.verified ? ref("explain.file.unverified") : undefined,
      });
  const when = i.standard?.chosenBy
    ? Object.entries(i.standard.chosenBy)
        .map(([k, v]) => `${k}: ${[v].flat().join(" / ")}`)
        .join(", ")
    : undefined;
  const trend = i.standard ? mentionsTrend(i.standard.rule) : false;
  const lines = [
    `${i.id} ${i.name}${i.nameEn && lang === "en" ? ` (${i.nameEn})` : ""}`,
    t(lang, "explain.facts", {
      kind: ref(`standards.${i.binding ? "binding" : "reference"}`),
      unit: i.unit || "—",
      better: ref(`explain.better.${i.better}`),
      measure: i.measure === "delta" ? ref("explain.delta") : undefined,
    }),
    "",
    t(lang, "explain.file.rule", { file: file.file }),
    ...(i.standard ? [`  ${i.standard.text}`, ...ruleLines(lang, i.standard.rule, "    ")] : []),
    `  ${from}`,
    ...(when ? [`  ${t(lang, "explain.file.chosen", { when })}`] : []),
    ...(overridden.length ? [`  ${t(lang, "explain.file.overrides", { fields: overridden.join(", ") })}`] : []),
    ...(i.nearTerm || i.longTerm
      ? [
          t(lang, "explain.file.targets", {
            near: i.nearTerm ? `${file.plan.nearTerm} ${i.nearTerm.text}` : "—",
            long: i.longTerm ? `${file.plan.longTerm} ${i.longTerm.text}` : undefined,
          }),
        ]
      : []),
    "",
    ...valueLines(lang, file, i),
    "",
    ...verdictLines(lang, assessment, row),
    ...howChecksJudge(lang),
    ...(trend
      ? [
          `  - ${t(lang, "explain.choice.tolerance")}${t(lang, "explain.inRow", { value: i.tolerance.text || "0" })}`,
          `  - ${t(lang, "explain.choice.reference")}${t(lang, "explain.inRow", { value: ref(`sheet.reference.${i.reference}`) })}`,
        ]
      : []),
    ...(i.standard && mentionsSuperior(i.standard.rule) ? [`  - ${t(lang, "explain.choice.superior")}`] : []),
    `  - ${t(lang, i.mayBeNotApplicable ? "explain.choice.naAllowed" : "explain.choice.naNotAllowed")}`,
  ];
  // A catalog's or a file's text never reaches the terminal as control characters.
  return `${lines.map(visible).join("\n")}\n`;
}

/** The row's values by year: the baseline series, the observed values, the superior's and the plan's targets. */
function valueLines(lang: Lang, file: IndicatorFile, i: IndicatorFile["indicators"][number]): string[] {
  const series = (id: string, s: Series) =>
    s.map((o) => `  ${t(lang, id, { year: o.year, value: displayValue(o.value) })}${o.note ? ` — ${o.note}` : ""}`);
  const lines = [
    ...series("explain.value.baseline", i.baseline),
    ...series("explain.value.actual", i.actuals),
    ...i.superior.map(
      (s) =>
        `  ${t(lang, "explain.value.superior", { year: s.year, value: s.spec?.text ?? (s.stated ? t(lang, `superior.${s.stated}`) : "") })}`,
    ),
    ...(i.nearTerm
      ? [`  ${t(lang, "explain.value.target", { year: file.plan.nearTerm, value: i.nearTerm.text })}`]
      : []),
    ...(i.longTerm
      ? [`  ${t(lang, "explain.value.target", { year: file.plan.longTerm, value: i.longTerm.text })}`]
      : []),
  ];
  return [
    t(lang, "explain.values", { file: file.file }),
    ...(lines.length ? lines : [`  ${t(lang, "explain.value.none")}`]),
  ];
}

/** Each check's verdict and reason as the assessment gave them (the check table's reasons, every check). */
function verdictLines(lang: Lang, f: FileAssessment, row: IndicatorAssessment | undefined): string[] {
  const checks = Object.entries(row?.checks ?? {}) as Array<
    [CheckName, NonNullable<IndicatorAssessment["checks"][CheckName]>]
  >;
  return [
    t(lang, "explain.verdicts", { file: f.file.file, mode: questionLabel(lang, f) }),
    ...(checks.length === 0
      ? [`  ${t(lang, "explain.verdict.none")}`]
      : checks.map(
          ([name, c]) =>
            `  ${VERDICT_MARK[c.verdict]} ${padEnd(t(lang, `tag.${c.verdict}`), 7)} ${checkLabel(lang, f, name)}${lang === "zh" ? "：" : ": "}${reason(lang, c.outcome)}`,
        )),
  ];
}
