/** Generators shared by the fuzz properties: numbers as rules write them, rule trees, and whole indicator files. */
import fc from "fast-check";
import { stringify } from "yaml";
import { CHECKS } from "../../src/assess/result.js";
import { READS_NUMBER } from "../../src/rules/parse.js";
import { printRule } from "../../src/rules/print.js";
import type { Comparator, LeafRule, Relation, Rule, Span } from "../../src/rules/ast.js";
import { ALL_STATUSES } from "../../src/rules/vocabulary.js";

const span: Span = { start: 0, end: 0 };

/** Units the grammar reads, in the canonical form it gives back. */
const UNITS = [
  "%",
  "‰",
  "μg/m³",
  "mg/m³",
  "mg/kg",
  "g/kg",
  "mg/L",
  "dB(A)",
  "dB",
  "km²",
  "m³",
  "万元",
  "亿元",
  "吨",
  "t",
] as const;
const COMPARATORS: readonly Comparator[] = [">=", ">", "<=", "<", "="];
const DIRECTIONS = ["better", "higher", "lower"] as const;

/** Numbers as people write them in rules: up to 4 decimals, either sign. */
export const numberArb = fc
  .tuple(
    fc.boolean(),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([negative, whole, fraction, digits]) => {
    const n = Number(`${whole}.${String(fraction).padStart(4, "0").slice(0, digits) || "0"}`);
    return negative && n !== 0 ? -n : n;
  });

const unitArb = fc.option(fc.constantFrom(...UNITS), { nil: undefined });
const withUnit = <T extends object>(rule: T, unit: string | undefined) =>
  unit === undefined ? rule : { ...rule, unit };

const RELATIONS: readonly Relation[] = [">=", ">", "<=", "<", "=", "better", "reach"];
/** Reference values as provincial tables name them. */
const REFERENCES = ["全省平均水平", "全国平均水平", "县市区平均水平", "同类地区平均水平"] as const;
/** Conditions with a subject of their own, as the 2016 edition and the 生态县 indicators write them. */
const CONDITIONS = [
  "能源消耗总量不超过控制目标值",
  "用水总量不超过控制目标值",
  "达到功能区标准",
  "省控以上断面过境河流水质不降低",
  "不超过国家总量控制指标",
] as const;
/** What 未发生… may name. */
const eventArb = fc
  .array(fc.constantFrom("重", "特", "大", "突", "发", "环", "境", "事", "件", "生", "态"), {
    minLength: 1,
    maxLength: 8,
  })
  .map((chars) => chars.join(""));

/** What 无… may name: no space, comma, semicolon, 且 or 或 (those end it); full-width forms read as half-width. */
const absentArb = fc
  .array(
    fc.constantFrom(
      "黑",
      "臭",
      "水",
      "体",
      "劣",
      "V",
      "类",
      "污",
      "染",
      "地",
      "块",
      "Ⅲ",
      "a",
      "1",
      "-",
      "、",
      "(",
      ")",
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((chars) => chars.join(""));

const leafArb: fc.Arbitrary<LeafRule> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...COMPARATORS), numberArb, unitArb)
    .map(([op, value, unit]): LeafRule => withUnit({ kind: "threshold", op, value, span }, unit)),
  fc.tuple(numberArb, unitArb).map(([value, unit]): LeafRule => withUnit({ kind: "target", value, span }, unit)),
  fc
    .tuple(numberArb, numberArb, unitArb)
    .map(([a, b, unit]): LeafRule => withUnit({ kind: "range", min: Math.min(a, b), max: Math.max(a, b), span }, unit)),
  fc.tuple(numberArb, unitArb).map(([value, unit]): LeafRule => withUnit({ kind: "about", value, span }, unit)),
  fc
    .tuple(fc.constantFrom(...COMPARATORS), numberArb, fc.stringMatching(/^[A-Za-z]{0,5}$/))
    .map(([op, value, label]): LeafRule => ({ kind: "delta", op, value, label: `Δ${label}`, span })),
  fc
    .uniqueArray(fc.constantFrom(...ALL_STATUSES), { minLength: 1, maxLength: 3 })
    .map((statuses): LeafRule => ({ kind: "status", statuses, span })),
  fc.constantFrom(...DIRECTIONS).map((direction): LeafRule => ({ kind: "stable", direction, span })),
  fc.constantFrom(...DIRECTIONS).map((direction): LeafRule => ({ kind: "trend", direction, span })),
  fc
    .tuple(fc.constantFrom(...DIRECTIONS), fc.integer({ min: 1, max: 30 }))
    .map(([direction, years]): LeafRule => ({ kind: "trend", direction, years, span })),
  fc
    .tuple(fc.constantFrom(...RELATIONS), fc.constantFrom(...REFERENCES))
    .map(([op, reference]): LeafRule => ({ kind: "relative", op, reference, span })),
  fc.constant<LeafRule>({ kind: "event", span }),
  fc.constantFrom(...CONDITIONS).map((text): LeafRule => ({ kind: "condition", text, span })),
  fc.boolean().map((orStable): LeafRule => ({ kind: "increase", orStable, span })),
  fc.constant<LeafRule>({ kind: "superior", span }),
  fc.constant<LeafRule>({ kind: "not_applicable", span }),
);

/** Leaves that name a thing: they read a row's own value only where no other part reads its number. */
const thingArb: fc.Arbitrary<LeafRule> = fc.oneof(
  absentArb.map((what): LeafRule => ({ kind: "absent", what, span })),
  eventArb.map((what): LeafRule => ({ kind: "event", what, span })),
);

/**
 * 或 of ，且-clauses: the shapes the grammar can express (a single part is the part itself). A
 * part naming a thing (无…, 未发生…) beside a part reading the row's number is a condition, written
 * as it stands: such trees hold it as a condition, the others as the thing.
 */
export const ruleArb: fc.Arbitrary<Rule> = fc
  .array(
    fc.array(fc.oneof({ weight: 6, arbitrary: leafArb }, { weight: 1, arbitrary: thingArb }), {
      minLength: 1,
      maxLength: 3,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((clauses) => {
    const asCondition = (l: LeafRule): LeafRule =>
      l.kind === "absent"
        ? { kind: "condition", text: `无${l.what}`, span }
        : l.kind === "event" && l.what
          ? { kind: "condition", text: `未发生${l.what}`, span }
          : l;
    const numeric = (parts: readonly Rule[]): boolean =>
      parts.some((p) => ("parts" in p ? numeric(p.parts) : READS_NUMBER.has(p.kind)));
    const all = clauses.map(
      (parts): Rule =>
        parts.length === 1 ? parts[0]! : { kind: "all", parts: numeric(parts) ? parts.map(asCondition) : parts, span },
    );
    if (all.length === 1) return all[0]!;
    const top = numeric(all) ? all.map((p) => ("parts" in p ? p : asCondition(p))) : all;
    return { kind: "any", parts: top, span };
  });

const numberValue = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .double({ min: -10, max: 150, noNaN: true, noDefaultInfinity: true })
      .map((n) => Math.round(n * 1000) / 1000),
  },
  { weight: 2, arbitrary: fc.constantFrom(0, 100, -1, 1, 0.5, 60, 95) },
  { weight: 1, arbitrary: fc.constantFrom(1e-9, 123456789, -0, 0.001) },
);
const textValue = fc.constantFrom(
  "已建立",
  "开展",
  "有效开展",
  "无黑臭水体",
  "无数据",
  "不涉及",
  "约25",
  "25左右",
  "25.5%",
  "９３",
  "1,234.5",
  "待核实",
  "",
);
const valueArb = fc.oneof({ weight: 5, arbitrary: numberValue }, { weight: 1, arbitrary: textValue });
const valueOrNoted = fc.oneof(
  { weight: 5, arbitrary: valueArb },
  { weight: 1, arbitrary: valueArb.map((value) => ({ value, note: "说明" })) },
);

const series = (min: number, max: number) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min, max }), valueOrNoted), {
      selector: ([year]) => year,
      minLength: 1,
      maxLength: 5,
    })
    .map((pairs) => Object.fromEntries(pairs));

const notSuperior = leafArb.filter((l) => l.kind !== "superior").map(printRule);
const superiorArb = fc
  .uniqueArray(
    fc.tuple(
      fc.integer({ min: 2018, max: 2032 }),
      fc.oneof(notSuperior, fc.constantFrom("met", "not met", "达标", "未完成")),
    ),
    {
      selector: ([year]) => year,
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((pairs) => Object.fromEntries(pairs));

const rowArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`指标${id}`),
      unit: fc.constantFrom("%", "", "μg/m³", "g/kg", "‰"),
      binding: fc.boolean(),
      better: fc.constantFrom("higher", "lower"),
      measure: fc.constantFrom("level", "delta"),
      reference: fc.constantFrom("previous", "first", "base_year"),
      tolerance: fc.constantFrom(0, 0.5, 5, "1%", "0%", "50%"),
      standard: fc.oneof(
        { weight: 4, arbitrary: ruleArb.map(printRule) },
        { weight: 1, arbitrary: ruleArb.map((r) => ({ rule: printRule(r), note: "注" })) },
      ),
      baseline: fc.oneof(valueOrNoted, series(2014, 2020)),
      near_term: ruleArb.map(printRule),
      long_term: ruleArb.map(printRule),
      superior: superiorArb,
      actuals: series(2023, 2032),
      review: fc.record({ verdict: fc.constantFrom("pass", "fail"), by: fc.constant("张三") }),
    },
    { requiredKeys: ["id", "name", "standard"] },
  );

/** Indicator files made from scratch: random rules, values, series, tolerances, references, superior targets and observed values. */
export const fileArb = fc.record({
  zone: fc.constantFrom("east", "central", "west", "northeast"),
  urbanDistrict: fc.boolean(),
  plan: fc.constantFrom(
    { base_year: 2022, near_term: 2025, long_term: 2030 },
    { base_year: 2020, near_term: 2025, long_term: 2035 },
    { base_year: 2022 },
  ),
  rows: fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(String(i + 1))))),
  year: fc.option(fc.integer({ min: 2019, max: 2034 }), { nil: undefined }),
  checks: fc.option(fc.subarray([...CHECKS], { minLength: 1 }), { nil: undefined }),
});

export type GeneratedFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

/** A generated file as YAML, with its basic conditions (否决项) where given. */
export const fileText = (f: GeneratedFile, vetoes?: Record<number, Record<string, string>>): string =>
  stringify({
    region: { name: "测试区", level: "county", zone: f.zone, urban_district: f.urbanDistrict },
    plan: f.plan,
    indicators: f.rows,
    ...(vetoes ? { vetoes } : {}),
  });
