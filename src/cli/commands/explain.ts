/** `lingling-check explain ID`: what an indicator is, its rule as parsed, and how each check judges it. */
import type { Lang } from "../../i18n/catalog.js";
import { t } from "../../i18n/translate.js";
import { didYouMean } from "../../load/didYouMean.js";
import type { CatalogIndicator } from "../../model/schema.js";
import type { Rule } from "../../rules/ast.js";
import { RULE_KINDS } from "../../rules/index.js";
import { parseRule } from "../../rules/parse.js";
import { printRule } from "../../rules/print.js";
import { edition, editionNames } from "../../standards/editions.js";
import { CliError } from "../errors.js";
import { ref } from "../../rules/context.js";

function ruleLines(lang: Lang, rule: Rule, indent: string): string[] {
  if (rule.kind === "all" || rule.kind === "any") {
    return [`${indent}${t(lang, `rule.${rule.kind}`)}:`, ...rule.parts.flatMap((p) => ruleLines(lang, p, `${indent}  `))];
  }
  return [`${indent}- ${printRule(rule)} — ${t(lang, RULE_KINDS[rule.kind].meta.docs)}`];
}

function cases(i: CatalogIndicator): Array<{ when?: string; text: string }> {
  const s = i.standard;
  if (typeof s === "object" && "by_region" in s) {
    return s.by_region.map((c) => ({ when: Object.entries(c.when).map(([k, v]) => `${k}: ${[v].flat().join(" / ")}`).join(", "), text: String(c.rule) }));
  }
  return [{ text: typeof s === "object" ? String(s.rule) : String(s) }];
}

export function explain(id: string, editionName: string, lang: Lang): string {
  const catalog = edition(editionName);
  if (!catalog) throw new CliError({ id: "error.unknownEdition", data: { edition: editionName, known: editionNames().join(", ") } });
  const i = catalog.indicators.find((x) => x.id.toLowerCase() === id.toLowerCase());
  if (!i) {
    const suggestion = didYouMean(id, catalog.indicators.map((x) => x.id));
    throw new CliError({ id: "error.unknownIndicator", data: { id, edition: catalog.edition, suggestion } });
  }
  const texts = cases(i);
  const rules = texts.map((c) => {
    const parsed = parseRule(c.text);
    if (!parsed.ok) throw new Error(`${catalog.edition} ${i.id}: unreadable rule ${c.text}`);
    return { ...c, rule: parsed.rule };
  });
  const kinds = new Set<string>();
  const collect = (r: Rule): void => (r.kind === "all" || r.kind === "any" ? r.parts.forEach(collect) : void kinds.add(r.kind));
  rules.forEach((r) => collect(r.rule));
  const trend = ["stable", "trend", "increase"].some((k) => kinds.has(k));

  const lines = [
    // Chinese names often end in a bracket of their own (农村生活污水治理（管控率）): no brackets in brackets.
    `${i.id} ${i.name}${lang === "en" ? ` (${i.name_en})` : ` · ${i.name_en}`}`,
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
    "",
    t(lang, "explain.checks"),
    `  ${t(lang, "explain.check.baseline")}`,
    `  ${t(lang, "explain.check.target")}`,
    `  ${t(lang, "explain.check.progress")}`,
    "",
    t(lang, "explain.choices"),
    ...(trend ? [`  - ${t(lang, "explain.choice.tolerance")}`, `  - ${t(lang, "explain.choice.reference")}`] : []),
    ...(trend && i.unit === "%" ? [`  - ${t(lang, "explain.choice.ceiling")}`] : []),
    ...(kinds.has("superior") ? [`  - ${t(lang, "explain.choice.superior")}`] : []),
    `  - ${t(lang, i.may_be_not_applicable ? "explain.choice.naAllowed" : "explain.choice.naNotAllowed")}`,
  ];
  return `${lines.join("\n")}\n`;
}
