/**
 * Does a message render completely? Its id (or the parent it falls back to: `error.yaml.X` →
 * `error.yaml`) is in the catalogue of every language, and every
 * `{placeholder}` of its template outside an optional `[[…]]` segment has a value in its data.
 * (Checking the template, not the rendered text: a user's own text may well contain `{braces}`.)
 */
import { CATALOGS, LANGS } from "../../src/i18n/catalog.js";
import { messageTemplate } from "../../src/i18n/translate.js";
import type { Message } from "../../src/i18n/message.js";

/** What keeps `message` from rendering completely, in any language: empty when nothing does. */
export function messageProblems(message: Message): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const template = messageTemplate(lang, message.id);
    if (template === undefined) {
      problems.push(`${message.id} is not in the ${lang} catalogue`);
      continue;
    }
    const required = template.replace(/\[\[.*?\]\]/g, "");
    for (const [, name] of required.matchAll(/\{(\w+)\}/g)) {
      if (message.data?.[name!] === undefined) problems.push(`${lang} ${message.id}: no value for {${name}}`);
    }
  }
  return problems;
}

/** Values of the data that the tool itself gives as message ids (`@expected.year`): each must exist. */
export function referencedIdProblems(message: Message, fields: readonly string[] = ["expected"]): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const value = message.data?.[field];
    if (typeof value !== "string" || !value.startsWith("@")) continue;
    for (const lang of LANGS) {
      if (CATALOGS[lang][value.slice(1)] === undefined) problems.push(`${value} (${field} of ${message.id}) is not in the ${lang} catalogue`);
    }
  }
  return problems;
}
