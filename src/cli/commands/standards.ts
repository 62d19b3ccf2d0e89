/** `lingling-check standards [EDITION]`: the editions shipped, or one edition's rows. */
import Table from "cli-table3";
import type { Lang } from "../../i18n/catalog.js";
import { t } from "../../i18n/translate.js";
import { edition, editionNames } from "../../standards/editions.js";
import { CliError } from "../errors.js";

export function runStandards(name: string | undefined, lang: Lang, stdout: NodeJS.WritableStream): number {
  if (name === undefined) {
    const lines = editionNames().map((n) => {
      const e = edition(n)!;
      return `${n}\t${lang === "zh" ? e.title : e.title_en} (${e.document}) — ${t(lang, "standards.rows", { rows: e.indicators.length, binding: e.indicators.filter((i) => i.binding).length })}`;
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
    const rule = typeof i.standard === "object" && "by_region" in i.standard
      ? i.standard.by_region.map((c) => `${Object.entries(c.when).map(([k, v]) => `${k}=${[v].flat().join("/")}`).join(", ")}: ${c.rule}`).join("\n")
      : typeof i.standard === "object" ? String(i.standard.rule) : String(i.standard);
    table.push([i.id, lang === "zh" ? i.name : `${i.name}\n${i.name_en}`, i.unit ?? "", rule, t(lang, i.binding ? "standards.binding" : "standards.reference"), i.may_be_not_applicable ? "✓" : ""]);
  }
  stdout.write(`${lang === "zh" ? e.title : e.title_en} (${e.document})\n${table.toString()}\n`);
  return 0;
}
