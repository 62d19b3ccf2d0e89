/**
 * `lingling-check standards [EDITION]`: the editions shipped, or one edition's rows;
 * `standards --check FILE`: a catalog one brings, validated, with what each rule reads as.
 */
import Table from "cli-table3";
import type { Lang } from "../../i18n/lang.js";
import { t } from "../../i18n/translate.js";
import { edition, editionNames } from "../../standards/editions.js";
import { CliError } from "../errors.js";
import { loadCatalogFile, catalogRules } from "../../standards/catalogFile.js";
import { printRule } from "../../rules/print.js";
import type { Rule } from "../../rules/ast.js";
import { ref } from "../../i18n/message.js";
import { formatInputError } from "./check.js";
import { visible } from "../../report/visible.js";

export function runStandards(name: string | undefined, lang: Lang, stdout: NodeJS.WritableStream): number {
  if (name === undefined) {
    const lines = editionNames().map((n) => {
      const e = edition(n)!;
      return `${n}\t${lang === "zh" ? e.title : (e.title_en ?? e.title)} (${e.document}) — ${t(lang, "standards.rows", { rows: e.indicators.length, binding: e.indicators.filter((i) => i.binding).length })}`;
    });
    stdout.write(`${lines.join("\n")}\n`);
    return 0;
  }
  const e = edition(name);
  if (!e) throw new CliError({ id: "error.unknownEdition", data: { edition: name, known: editionNames().join(", ") } });
  const table = new Table({
    head: ["id", "name", "unit", "standard", "binding", "不涉及"].map((h) => t(lang, `standards.header.${h}`)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const i of e.indicators) {
    const rule =
      typeof i.standard === "object" && "by_region" in i.standard
        ? i.standard.by_region
            .map(
              (c) =>
                `${Object.entries(c.when)
                  .map(([k, v]) => `${k}=${[v].flat().join("/")}`)
                  .join(", ")}: ${c.rule}`,
            )
            .join("\n")
        : typeof i.standard === "object"
          ? String(i.standard.rule)
          : String(i.standard);
    table.push([
      i.id,
      lang === "zh" ? i.name : `${i.name}\n${i.name_en}`,
      i.unit ?? "",
      rule,
      t(lang, i.binding ? "standards.binding" : "standards.reference"),
      i.may_be_not_applicable ? "✓" : "",
    ]);
  }
  stdout.write(`${lang === "zh" ? e.title : (e.title_en ?? e.title)} (${e.document})\n${table.toString()}\n`);
  return 0;
}

/** The leaf kinds a rule holds, in order: `threshold + condition`. */
const kinds = (rule: Rule): string[] =>
  rule.kind === "all" || rule.kind === "any" ? rule.parts.flatMap(kinds) : [rule.kind];

/** Validates a catalog file: its problems located (exit 2), or each rule as the grammar reads it (exit 0). */
export function runStandardsCheck(
  file: string,
  lang: Lang,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  maxBytes?: number,
): number {
  const loaded = loadCatalogFile(file, file, maxBytes);
  if (!loaded.ok) {
    stderr.write(
      `${loaded.errors.map((e) => formatInputError(e, lang, false)).join("\n")}\n${visible(t(lang, "standards.check.failed", { file, count: loaded.errors.length }))}\n`,
    );
    return 2;
  }
  const c = loaded.value;
  const table = new Table({
    head: ["id", "name", "standard", "reads", "kind"].map((h) => t(lang, `standards.header.${h}`)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  const names = new Map(c.indicators.map((i) => [i.id, i.name]));
  for (const r of catalogRules(c)) {
    // A catalog one brings is shown, never obeyed: its control characters are written visibly.
    table.push(
      [
        r.id,
        names.get(r.id) ?? "",
        r.when ? `${r.when}: ${r.text}` : r.text,
        printRule(r.rule),
        [...new Set(kinds(r.rule))].map((k) => t(lang, `standards.kind.${k}`)).join(" + "),
      ].map(visible),
    );
  }
  const title = lang === "zh" ? c.title : (c.title_en ?? c.title);
  stdout.write(
    `${visible(t(lang, "standards.check.ok", { file, title, document: c.document, rows: c.indicators.length, unverified: c.verified ? undefined : ref("report.unverified") }))}\n${table.toString()}\n`,
  );
  return 0;
}
