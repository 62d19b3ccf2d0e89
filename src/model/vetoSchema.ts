/**
 * `vetoes:`, the basic conditions (否决项) by year, as the file states them:
 * `vetoes: {2024: {重特大突发环境事件: 未发生, 中央生态环境保护督察问题整改: 已完成}}`.
 * The schema takes any text; which words mean met is vetoes/compile.ts's to say, at the line.
 * Built from the file schema's own year key (schema.ts passes it in: no second definition of a year).
 */
import * as z from "zod/mini";
import { described } from "./describe.js";

const text = z.string({ error: "expected.text" });
const stated = z.union([text, z.boolean()], { error: "expected.veto" });

const VetoSchema = z.union(
  [
    stated,
    z.strictObject({
      value: described(stated, "该条件的状态，如 未发生、已完成。", "The condition's state, e.g. 未发生, 已完成."),
      note: described(z.optional(text), "对该条件的说明。", "A note on the condition."),
      source: described(z.optional(text), "出处（文件、通报等）。", "Where it is stated (a document, a notice)."),
    }),
  ],
  { error: "expected.veto" },
);

const condition = z.string().check(z.minLength(1, { error: "expected.vetoCondition" }));

export const vetoesSchema = <K extends z.core.$ZodType<string, string>>(yearKey: K) =>
  z.record(yearKey, z.record(condition, VetoSchema, { error: "expected.vetoes" }), { error: "expected.vetoes" });

export type RawVeto = z.infer<typeof VetoSchema>;
export type RawVetoes = Record<string, Record<string, RawVeto>>;
