/**
 * Does a message render completely? Its id (or the parent it falls back to: `error.yaml.X` →
 * `error.yaml`) is in the catalogue of every language, and every
 * `{placeholder}` of its template outside an optional `[[…]]` segment has a value in its data.
 * (Checking the template, not the rendered text: a user's own text may well contain `{braces}`.)
 */
import { LANGS } from "../../src/i18n/lang.js";
import { messageTemplate } from "../../src/i18n/translate.js";
import { isRef, type Message, type MessageRef } from "../../src/i18n/message.js";

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

/**
 * References in the data (`ref("expected.year")`, a list of them for 建立并实施): the tool gives
 * each as a message id of its own, so each must be in every catalogue. `fields` narrows the check.
 */
export function referencedIdProblems(
  message: Message,
  fields: readonly string[] = Object.keys(message.data ?? {}),
): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const value = message.data?.[field];
    const refs: readonly MessageRef[] = Array.isArray(value)
      ? (value as readonly MessageRef[])
      : isRef(value)
        ? [value]
        : [];
    for (const r of refs) {
      for (const lang of LANGS) {
        if (messageTemplate(lang, r.ref) === undefined)
          problems.push(`${r.ref} (${field} of ${message.id}) is not in the ${lang} catalogue`);
      }
    }
  }
  return problems;
}
