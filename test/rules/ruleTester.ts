/**
 * A rule kind's tests as tables, in the manner of ESLint's RuleTester:
 *
 *   runRuleTester("threshold", { valid, invalid, adequate, inadequate });
 *
 * `valid` / `invalid` judge an observed value (PASS / anything else); `adequate` / `inadequate`
 * judge a plan target against the rule as a standard. Every case states the verdict and message
 * id (and, where it matters, data and parts); a case may state the reason as rendered in Chinese
 * (`zh`) and English (`en`), compared whole. For every case, whatever it states, the tester fails
 * when the outcome, or any part of it, carries a message id that
 *   - is not declared in `meta.messages` of a rule kind the case's rules hold (or by the engine),
 *   - is missing from either catalogue,
 * or when a reference in its data names a missing id, or a placeholder is left unfilled.
 */
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/i18n/lang.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { reason } from "../../src/i18n/translate.js";
import type { LeafKind, Rule } from "../../src/rules/ast.js";
import { ENGINE_MESSAGES, RULE_KINDS } from "../../src/rules/index.js";
import type { Outcome } from "../../src/rules/outcome.js";
import { statedResult } from "../../src/rules/vocabulary.js";
import { messageProblems, referencedIdProblems } from "../fuzz/messages.js";
import { evaluate, judge, rule, type EvalCase, type JudgeCase } from "./helpers.js";

/** The reason as the report renders it, in each language. */
export interface Rendered {
  zh?: string;
  en?: string;
}

export interface RuleTables {
  valid?: ReadonlyArray<EvalCase & Rendered>;
  invalid?: ReadonlyArray<EvalCase & Rendered>;
  adequate?: ReadonlyArray<JudgeCase & Rendered>;
  inadequate?: ReadonlyArray<JudgeCase & Rendered>;
}

const leafKinds = (r: Rule): LeafKind[] =>
  r.kind === "all" || r.kind === "any" ? r.parts.flatMap(leafKinds) : [r.kind];

/** The ids a case may give: the engine's, and those declared by every rule kind its rules hold. */
function declared(rules: readonly string[]): Set<string> {
  const kinds = new Set(rules.flatMap((text) => leafKinds(rule(text))));
  return new Set([...ENGINE_MESSAGES, ...[...kinds].flatMap((k) => RULE_KINDS[k].meta.messages)]);
}

/** What is wrong with an outcome's messages, whatever the case expects of it. */
function outcomeProblems(o: Outcome, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const id = o.message.id;
  if (!allowed.has(id)) problems.push(`${id} is not declared in meta.messages`);
  for (const lang of LANGS)
    if (MESSAGES[lang][id] === undefined) problems.push(`${id} is not in the ${lang} catalogue`);
  problems.push(...messageProblems(o.message));
  problems.push(...referencedIdProblems(o.message));
  for (const part of o.parts ?? []) problems.push(...outcomeProblems(part, allowed));
  return problems;
}

function check(o: Outcome, c: (EvalCase | JudgeCase) & Rendered, rules: string[]): void {
  expect({ verdict: o.verdict, id: o.message.id }).toEqual({ verdict: c.verdict, id: c.id });
  if (c.data) expect(o.message.data).toMatchObject(c.data);
  if (c.parts) {
    expect(o.parts?.length).toBe(c.parts.length);
    for (const [i, part] of c.parts.entries()) check(o.parts![i]!, part as EvalCase, rules);
  }
  expect(outcomeProblems(o, declared(rules))).toEqual([]);
  for (const lang of ["zh", "en"] as const satisfies readonly Lang[]) {
    if (c[lang] !== undefined) expect(reason(lang, o)).toBe(c[lang]);
  }
}

const superiorRules = (c: { superior?: Record<number, string> }) =>
  Object.values(c.superior ?? {}).filter((s) => statedResult(s) === undefined);

/** One case of the observed value, or of a target, with every check of the tester. */
export const checkEval = (c: EvalCase & Rendered): void => check(evaluate(c.rule, c), c, [c.rule, ...superiorRules(c)]);
export const checkJudge = (c: JudgeCase & Rendered): void =>
  check(judge(c.standard, c.target, c), c, [c.standard, ...superiorRules(c)]);

/** The observed value's cases and the target's, as tables; `kind` names the rule kind under test. */
export function runRuleTester(kind: LeafKind | "compound", tables: RuleTables): void {
  describe(`${kind}: the observed value`, () => {
    if (tables.valid?.length)
      it.each(tables.valid)("PASS: $name ($rule)", (c) => {
        expect(c.verdict).toBe("PASS");
        checkEval(c);
      });
    if (tables.invalid?.length)
      it.each(tables.invalid)("$verdict: $name ($rule)", (c) => {
        expect(c.verdict).not.toBe("PASS");
        checkEval(c);
      });
  });
  describe(`${kind}: target adequacy`, () => {
    if (tables.adequate?.length)
      it.each(tables.adequate)("PASS: $name", (c) => {
        expect(c.verdict).toBe("PASS");
        checkJudge(c);
      });
    if (tables.inadequate?.length)
      it.each(tables.inadequate)("$verdict: $name", (c) => {
        expect(c.verdict).not.toBe("PASS");
        checkJudge(c);
      });
  });
}
