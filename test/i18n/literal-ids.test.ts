/**
 * Every message id written as a literal anywhere in src/ (`"error.readFile"`, `ref("overall.PASS")`,
 * `outcome("PASS", "rule.compare.pass")`) is in both languages. A literal counts as an id when it
 * is dotted words whose first word starts some message id (`error.`, `rule.`, `help.` …); ids
 * built at run time (`status.${s}`) are checked where they are made (the vocabulary's labels).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { messageTemplate } from "../../src/i18n/translate.js";
import { ENGINE_MESSAGES, RULE_KINDS } from "../../src/rules/index.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

const PREFIXES = new Set(LANGS.flatMap((lang) => Object.keys(MESSAGES[lang]).map((id) => id.split(".")[0]!)));
/** A quoted dotted word list: "error.readFile", 'rule.compare.pass' (not in a template literal). */
const LITERAL = /(["'])([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_/-]+)+)\1/g;
/** Dotted literals that are no message ids: file names, commander's error codes. */
const NOT_AN_ID = /\.(js|ts|mjs|json|ya?ml|xlsx|csv|xml|html|md)$|^commander\./;

function literalIds(): Array<{ file: string; id: string }> {
  return files(SRC)
    .filter((f) => !f.includes(join("i18n", "messages")))
    .flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(LITERAL)]
        .map((m) => m[2]!)
        .filter((id) => PREFIXES.has(id.split(".")[0]!) && !NOT_AN_ID.test(id))
        .map((id) => ({ file: relative(SRC, f), id })),
    );
}

describe("message ids in src/", () => {
  const found = literalIds();
  it("finds the ids the code uses", () => {
    // The grep itself can fail: it must see ids of every kind of use.
    const ids = new Set(found.map((f) => f.id));
    for (const id of ["error.readFile", "rule.compare.pass", "value.missing", "overall.PASS"])
      expect(ids).toContain(id);
  });
  it("every literal id is in both languages", () => {
    const missing = found.flatMap(({ file, id }) =>
      LANGS.filter((lang) => messageTemplate(lang, id) === undefined).map((lang) => `${file}: ${id} (${lang})`),
    );
    expect(missing).toEqual([]);
  });
  it("every rule kind's docs and meta.messages, and the engine's ids, are in both languages", () => {
    const ids = [...ENGINE_MESSAGES, ...Object.values(RULE_KINDS).flatMap((k) => [k.meta.docs, ...k.meta.messages])];
    expect(
      ids.flatMap((id) => LANGS.filter((lang) => MESSAGES[lang][id] === undefined).map((lang) => `${id} (${lang})`)),
    ).toEqual([]);
  });
});
