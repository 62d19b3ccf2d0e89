/**
 * One table of words: the parser reads every form in it, the printer writes its first form, the
 * value normaliser reads its statuses and stated results, and both catalogues carry its labels.
 * A wording added to src/rules/vocabulary.ts is checked here for all of them at once.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { normalizeValue } from "../../src/model/value.js";
import { parseRule } from "../../src/rules/parse.js";
import { printRule } from "../../src/rules/print.js";
import {
  ALL_STATUSES,
  CONNECTIVES,
  PHRASES,
  statedResult,
  statusLabelId,
  statusText,
  vocabularyLabels,
} from "../../src/rules/vocabulary.js";

const parsed = (text: string) => {
  const r = parseRule(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.error)}`);
  return r.rule;
};

describe("the vocabulary, read and written from one table", () => {
  it.each(PHRASES.flatMap(({ node, zh, en }) => [...zh, ...en].map((form) => ({ form, node, canonical: zh[0]! }))))(
    "$form",
    ({ form, node, canonical }) => {
      expect(parsed(form)).toMatchObject(node);
      expect(printRule(parsed(form))).toBe(canonical);
    },
  );

  it("every status is read from its canonical text, as a rule and as a value, and printed back", () => {
    for (const s of ALL_STATUSES) {
      const text = statusText([s]);
      expect(parsed(text)).toMatchObject({ kind: "status", statuses: [s] });
      expect(printRule(parsed(text))).toBe(text);
      expect(normalizeValue(`已${text}`)).toMatchObject({ kind: "status", statuses: [s] });
    }
  });

  it("the connectives the printer writes are the ones the parser reads", () => {
    expect(printRule(parsed(`≥1${CONNECTIVES.all.print}≤5`))).toBe(`≥1${CONNECTIVES.all.print}≤5`);
    for (const word of [...CONNECTIVES.all.zh, ...CONNECTIVES.all.en.map((w) => ` ${w} `)])
      expect(parsed(`≥1${word}≤5`).kind).toBe("all");
    for (const word of [...CONNECTIVES.any.zh, ...CONNECTIVES.any.en.map((w) => ` ${w} `)])
      expect(parsed(`≥1${word}≤5`).kind).toBe("any");
  });

  it("a stated result is read in either language", () => {
    expect(["met", "达标", "完成", " MET "].map(statedResult)).toEqual(["met", "met", "met", "met"]);
    expect(["not met", "未达标", "未完成"].map(statedResult)).toEqual(["not_met", "not_met", "not_met"]);
    expect(statedResult("≥36")).toBeUndefined();
  });

  it("every label of the table is in both catalogues, as the table has it", () => {
    for (const lang of LANGS) {
      for (const [id, label] of Object.entries(vocabularyLabels(lang))) expect(MESSAGES[lang][id], id).toBe(label);
      for (const s of ALL_STATUSES) expect(MESSAGES[lang][statusLabelId(s)]).toBeTruthy();
    }
  });
});
