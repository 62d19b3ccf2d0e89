/**
 * The indicator file as people write it: one zod schema that validates at run time, gives the
 * TypeScript types of the raw file, and (later) the published JSON Schema.
 *
 * Custom `error` strings are ids of the "expected" messages in the i18n catalogues, so a located
 * error can say what was expected in either language.
 */
import { z } from "zod";

const text = z.string({ error: "expected.text" });
const note = text.optional();

/** A year written as a key: YAML gives `2022:` as a number, JSON and quoted keys as a string. */
export const YEAR_KEY = /^\d{4}$/;
const yearKey = z
  .string()
  .regex(YEAR_KEY, { error: "expected.year" })
  .refine((y) => Number(y) >= 1949 && Number(y) <= 2100, { error: "expected.year" });

/** A value: a number, or text the loader normalises ("25.5%", "已建立", "无黑臭水体", "不涉及"). */
const scalarValue = z.union([z.number(), text], { error: "expected.value" });
export const ValueSchema = z.union(
  [
    scalarValue,
    z.strictObject({ value: scalarValue, note, source: text.optional() }),
  ],
  { error: "expected.value" },
);

/** `baseline`: one value, or a series `{2020: …, 2021: …}` up to the base year. */
export const SeriesSchema = z.record(yearKey, ValueSchema, { error: "expected.series" });

/** A rule text ("≥20", "建立", "保持稳定或持续改善"); a bare number is a rule too. */
const ruleText = z.union([z.number(), text], { error: "expected.rule" });
export const RuleSchema = z.union(
  [ruleText, z.strictObject({ rule: ruleText, note })],
  { error: "expected.rule" },
);

const regionAttribute = z.union([z.string(), z.number(), z.boolean()], {
  error: "expected.attribute",
});
export const ByRegionSchema = z.strictObject({
  by_region: z
    .array(
      z.strictObject({
        when: z.record(z.string(), z.union([regionAttribute, z.array(regionAttribute)])),
        rule: ruleText,
      }),
      { error: "expected.byRegion" },
    )
    .min(1, { error: "expected.byRegion" }),
  note,
});
export const StandardSchema = z.union([RuleSchema, ByRegionSchema], { error: "expected.standard" });

const superiorTarget = z.union([RuleSchema], { error: "expected.superior" });

export const ReviewSchema = z.strictObject({
  verdict: z.enum(["pass", "fail"], { error: "expected.reviewVerdict" }),
  by: text,
  date: z.union([text, z.date()], { error: "expected.date" }).optional(),
  year: z.number({ error: "expected.year" }).int().optional(),
  note,
});

const tolerance = z.union(
  [
    z.number().nonnegative({ error: "expected.tolerance" }),
    z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, { error: "expected.tolerance" }),
  ],
  { error: "expected.tolerance" },
);

export const IndicatorSchema = z.strictObject(
  {
  id: z.union([text, z.number()], { error: "expected.id" }),
  name: text.optional(),
  name_en: text.optional(),
  unit: text.optional(),
  binding: z.boolean({ error: "expected.boolean" }).optional(),
  better: z.enum(["higher", "lower"], { error: "expected.better" }).optional(),
  measure: z.enum(["level", "delta"], { error: "expected.measure" }).optional(),
  reference: z.enum(["previous", "first", "base_year"], { error: "expected.reference" }).optional(),
  tolerance: tolerance.optional(),
  standard: StandardSchema.optional(),
  baseline: z.union([ValueSchema, SeriesSchema], { error: "expected.baseline" }).optional(),
  near_term: RuleSchema.optional(),
  long_term: RuleSchema.optional(),
  superior: z.record(yearKey, superiorTarget, { error: "expected.series" }).optional(),
  actuals: SeriesSchema.optional(),
  review: ReviewSchema.optional(),
  note,
  },
  { error: "expected.indicator" },
);

export const RegionSchema = z.looseObject(
  {
  name: text,
  code: z.union([text, z.number()]).optional(),
  level: z.enum(["county", "city"], { error: "expected.level" }).optional(),
  zone: z.enum(["east", "central", "west", "northeast"], { error: "expected.zone" }).optional(),
  urban_district: z.boolean({ error: "expected.boolean" }).optional(),
  },
  { error: "expected.region" },
);

const year = z.number({ error: "expected.year" }).int().min(1949, { error: "expected.year" }).max(2100, { error: "expected.year" });

export const IndicatorFileSchema = z.strictObject(
  {
  region: RegionSchema,
  standard: text.optional(),
  plan: z.strictObject(
    {
      base_year: year,
      near_term: year.optional(),
      long_term: year.optional(),
    },
    { error: "expected.plan" },
  ),
  indicators: z.array(IndicatorSchema, { error: "expected.indicators" }),
  },
  { error: "expected.file" },
);

/** The file without its rows: rows are validated one by one, so every row's problems are reported. */
export const FileShellSchema = IndicatorFileSchema.extend({
  indicators: z.array(z.unknown(), { error: "expected.indicators" }).min(1, { error: "expected.indicators" }),
});

export type RawIndicatorFile = z.infer<typeof IndicatorFileSchema>;
export type RawRegion = z.infer<typeof RegionSchema>;
export type RawIndicator = z.infer<typeof IndicatorSchema>;
export type RawValue = z.infer<typeof ValueSchema>;
export type RawRule = z.infer<typeof RuleSchema>;
export type RawStandard = z.infer<typeof StandardSchema>;

/** Field names per object kind, for "did you mean" on unknown fields. */
export const KNOWN_FIELDS = {
  file: Object.keys(IndicatorFileSchema.shape),
  plan: ["base_year", "near_term", "long_term"],
  indicator: Object.keys(IndicatorSchema.shape),
  value: ["value", "note", "source"],
  rule: ["rule", "note"],
  byRegion: ["by_region", "note"],
  review: Object.keys(ReviewSchema.shape),
} as const;

/** A built-in edition of the national standard (`data/standards/*.yaml`). */
export const CatalogIndicatorSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  name_en: z.string(),
  domain: z.string(),
  task: z.string().optional(),
  group: z.string().optional(),
  unit: z.string().optional(),
  unit_note: z.string().optional(),
  better: z.enum(["higher", "lower"]).optional(),
  measure: z.enum(["level", "delta"]).optional(),
  binding: z.boolean(),
  standard: StandardSchema,
  may_be_not_applicable: z.boolean().optional(),
});

export const CatalogSchema = z.strictObject({
  edition: z.string(),
  title: z.string(),
  title_en: z.string(),
  document: z.string(),
  level: z.enum(["county", "city"]),
  indicators: z.array(CatalogIndicatorSchema),
});

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogIndicator = z.infer<typeof CatalogIndicatorSchema>;
