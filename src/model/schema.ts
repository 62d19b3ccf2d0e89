/**
 * The indicator file as people write it: one zod schema that validates at run time, gives the
 * TypeScript types of the raw file, and the published JSON Schema (model/jsonSchema.ts).
 *
 * Custom `error` strings are ids of the "expected" messages in the i18n catalogues, so a located
 * error can say what was expected in either language. Written with zod/mini, whose parts are
 * bundled only as used: a tenth of full zod's code to compile at every start.
 */
import * as z from "zod/mini";
import { vetoesSchema } from "./vetoSchema.js";
import { PROJECT_FIELDS, ProjectsSchema } from "./projectSchema.js";
import { YearKeySchema, YearSchema } from "./year.js";

const text = z.string({ error: "expected.text" });
const note = z.optional(text);

const yearKey = YearKeySchema;

/** A value: a number, or text the loader normalises ("25.5%", "已建立", "无黑臭水体", "不涉及"). */
const scalarValue = z.union([z.number(), text], { error: "expected.value" });
// One union of three rather than a union inside a union: values are the commonest thing in a file.
export const ValueSchema = z.union(
  [z.number(), text, z.strictObject({ value: scalarValue, note, source: z.optional(text) })],
  { error: "expected.value" },
);

/** `baseline`: one value, or a series `{2020: …, 2021: …}` up to the base year. */
export const SeriesSchema = z.record(yearKey, ValueSchema, { error: "expected.series" });

/** A rule text ("≥20", "建立", "保持稳定或持续改善"); a bare number is a rule too. */
// Text first: most rules are text, and a union's failed branches cost an issue each.
const ruleText = z.union([text, z.number()], { error: "expected.rule" });
export const RuleSchema = z.union([ruleText, z.strictObject({ rule: ruleText, note })], { error: "expected.rule" });

const regionAttribute = z.union([z.string(), z.number(), z.boolean()], { error: "expected.attribute" });
export const ByRegionSchema = z.strictObject({
  by_region: z
    .array(
      z.strictObject({
        when: z.record(z.string(), z.union([regionAttribute, z.array(regionAttribute)]), { error: "expected.byRegion" }),
        rule: ruleText,
      }),
      { error: "expected.byRegion" },
    )
    .check(z.minLength(1, { error: "expected.byRegion" })),
  note,
});
export const StandardSchema = z.union([RuleSchema, ByRegionSchema], { error: "expected.standard" });

const superiorTarget = z.union([RuleSchema], { error: "expected.superior" });

export const ReviewSchema = z.strictObject({
  verdict: z.enum(["pass", "fail"], { error: "expected.reviewVerdict" }),
  by: text,
  date: z.optional(z.union([text, z.date()], { error: "expected.date" })),
  year: z.optional(YearSchema),
  note,
});

const tolerance = z.union(
  [
    z.number({ error: "expected.tolerance" }).check(z.gte(0, { error: "expected.tolerance" })),
    z.string({ error: "expected.tolerance" }).check(z.regex(/^\s*\d+(\.\d+)?\s*%\s*$/, { error: "expected.tolerance" })),
  ],
  { error: "expected.tolerance" },
);

/**
 * A row's field may be written and left blank (`baseline:`, YAML null): the value is not there yet.
 * The key is still a key, so the schema sees it, and a blank key the row does not know is an error.
 */
const blank = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

export const IndicatorSchema = z.strictObject(
  {
    id: z.union([z.string().check(z.minLength(1, { error: "expected.id" })), z.number()], { error: "expected.id" }),
    name: blank(z.string({ error: "expected.text" }).check(z.minLength(1, { error: "expected.name" }))),
    name_en: blank(text),
    unit: blank(text),
    binding: blank(z.boolean({ error: "expected.boolean" })),
    better: blank(z.enum(["higher", "lower"], { error: "expected.better" })),
    measure: blank(z.enum(["level", "delta"], { error: "expected.measure" })),
    reference: blank(z.enum(["previous", "first", "base_year"], { error: "expected.reference" })),
    tolerance: blank(tolerance),
    standard: blank(StandardSchema),
    baseline: blank(z.union([ValueSchema, SeriesSchema], { error: "expected.baseline" })),
    near_term: blank(RuleSchema),
    long_term: blank(RuleSchema),
    superior: blank(z.record(yearKey, superiorTarget, { error: "expected.series" })),
    actuals: blank(SeriesSchema),
    review: blank(ReviewSchema),
    // Wordings of other editions: the reference value by year (不低于全省平均水平) and the status of
    // each condition the value cannot decide (且能源消耗总量不超过控制目标值), for every year or per year.
    reference_value: blank(z.record(yearKey, z.number({ error: "expected.referenceValue" }), { error: "expected.referenceValue" })),
    clauses: blank(z.record(z.string(), z.union([text, z.record(yearKey, text, { error: "expected.clauses" })], { error: "expected.clauses" }), { error: "expected.clauses" })),
    note: blank(text),
  },
  { error: "expected.indicator" },
);

export const RegionSchema = z.looseObject(
  {
    name: text,
    code: z.optional(z.union([text, z.number()], { error: "expected.text" })),
    level: z.optional(z.enum(["county", "city"], { error: "expected.level" })),
    zone: z.optional(z.enum(["east", "central", "west", "northeast"], { error: "expected.zone" })),
    urban_district: z.optional(z.boolean({ error: "expected.boolean" })),
  },
  { error: "expected.region" },
);

const year = YearSchema;

const fileShape = {
  region: RegionSchema,
  standard: z.optional(text),
  plan: z.strictObject({ base_year: year, near_term: z.optional(year), long_term: z.optional(year) }, { error: "expected.plan" }),
  vetoes: z.optional(vetoesSchema(yearKey)),
  projects: z.optional(ProjectsSchema),
};

export const IndicatorFileSchema = z.strictObject(
  { ...fileShape, indicators: z.array(IndicatorSchema, { error: "expected.indicators" }) },
  { error: "expected.file" },
);

/** The file without its rows: rows are validated one by one, so every row's problems are reported. */
export const FileShellSchema = z.strictObject(
  { ...fileShape, indicators: z.array(z.unknown(), { error: "expected.indicators" }).check(z.minLength(1, { error: "expected.indicators" })) },
  { error: "expected.file" },
);

export type RawIndicatorFile = z.infer<typeof IndicatorFileSchema>;
/** A row as the model is built from it: its blank fields left out (see {@link withoutBlanks} in load.ts). */
export type RawIndicator = { [K in keyof z.infer<typeof IndicatorSchema>]: Exclude<z.infer<typeof IndicatorSchema>[K], null> };
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
  ...PROJECT_FIELDS,
} as const;

/**
 * A catalog of indicators: a built-in edition (`data/standards/*.yaml`) or one a user brings
 * (`standard: ./hunan-2018.yaml`), in one format, validated by this one schema.
 */
const catalogText = z.string({ error: "expected.text" });
export const CatalogIndicatorSchema = z.strictObject(
  {
    id: z.string({ error: "expected.id" }),
    name: catalogText,
    name_en: z.optional(catalogText),
    domain: z.optional(catalogText),
    task: z.optional(catalogText),
    group: z.optional(catalogText),
    unit: z.optional(catalogText),
    unit_note: z.optional(catalogText),
    better: z.optional(z.enum(["higher", "lower"], { error: "expected.better" })),
    measure: z.optional(z.enum(["level", "delta"], { error: "expected.measure" })),
    binding: z.boolean({ error: "expected.boolean" }),
    standard: StandardSchema,
    may_be_not_applicable: z.optional(z.boolean({ error: "expected.boolean" })),
    note: z.optional(catalogText),
  },
  { error: "expected.catalogIndicator" },
);

export const CatalogSchema = z.strictObject(
  {
    edition: catalogText,
    title: catalogText,
    title_en: z.optional(catalogText),
    document: catalogText,
    issued_by: catalogText,
    source: catalogText,
    /** Checked against the issued text: only verified catalogs ship built in; reports flag the others. */
    verified: z.boolean({ error: "expected.boolean" }),
    level: z.enum(["county", "city"], { error: "expected.level" }),
    note: z.optional(catalogText),
    indicators: z.array(CatalogIndicatorSchema, { error: "expected.catalogIndicators" }).check(z.minLength(1, { error: "expected.catalogIndicators" })),
  },
  { error: "expected.catalog" },
);

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogIndicator = z.infer<typeof CatalogIndicatorSchema>;
