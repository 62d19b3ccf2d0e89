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
import { described } from "./describe.js";
import { nameLength, nameText } from "./name.js";
import { YearKeySchema, YearSchema } from "./year.js";
import { idText } from "./id.js";

const text = z.string({ error: "expected.text" });
const note = z.optional(text);

const yearKey = YearKeySchema;

/** A value: a number, or text the loader normalises ("25.5%", "已建立", "无黑臭水体", "不涉及"). */
const scalarValue = z.union([z.number(), text], { error: "expected.value" });
// One union of three rather than a union inside a union: values are the commonest thing in a file.
export const ValueSchema = z.union(
  [
    z.number(),
    text,
    z.strictObject({
      value: described(
        scalarValue,
        "值：数值，或文字（如 25.5%、已建立、不涉及）。",
        "The value: a number, or text (25.5%, 已建立, 不涉及).",
      ),
      note: described(note, "对该值的说明。", "A note on the value."),
      source: described(
        z.optional(text),
        "该值的出处（文件、统计年鉴等）。",
        "Where the value comes from (a document, a statistical yearbook).",
      ),
    }),
  ],
  { error: "expected.value" },
);

/** `baseline`: one value, or a series `{2020: …, 2021: …}` up to the base year. */
export const SeriesSchema = z.record(yearKey, ValueSchema, { error: "expected.series" });

/** A rule text ("≥20", "建立", "保持稳定或持续改善"); a bare number is a rule too. */
// Text first: most rules are text, and a union's failed branches cost an issue each.
const ruleText = z.union([text, z.number()], { error: "expected.rule" });
const RuleSchema = z.union(
  [
    ruleText,
    z.strictObject({
      rule: described(
        ruleText,
        "规则文字，如 ≥20、保持稳定或持续改善。",
        "The rule text, e.g. ≥20 or 保持稳定或持续改善.",
      ),
      note: described(note, "对该规则的说明。", "A note on the rule."),
    }),
  ],
  { error: "expected.rule" },
);

const regionAttribute = z.union([z.string(), z.number(), z.boolean()], { error: "expected.attribute" });
const ByRegionSchema = z.strictObject({
  by_region: described(
    z
      .array(
        z.strictObject({
          when: described(
            z.record(z.string(), z.union([regionAttribute, z.array(regionAttribute)]), { error: "expected.byRegion" }),
            "本情形适用的地区属性，如 {zone: [central, west], urban_district: true}；列表表示其中任一。",
            "The region attributes this case applies to, e.g. {zone: [central, west], urban_district: true}; a list means any of them.",
          ),
          rule: described(ruleText, "本情形下的规则文字，如 ≥60。", "The rule text in this case, e.g. ≥60."),
        }),
        { error: "expected.byRegion" },
      )
      .check(z.minLength(1, { error: "expected.byRegion" })),
    "按地区的规则：依次列出各情形（when 条件与 rule），取与本地区属性相符的一项。",
    "Rules by region: the cases in order (a when condition and a rule), the one matching the region's attributes chosen.",
  ),
  note: described(note, "对该规则的说明。", "A note on the rule."),
});
export const StandardSchema = z.union([RuleSchema, ByRegionSchema], { error: "expected.standard" });

const superiorTarget = z.union([RuleSchema], { error: "expected.superior" });

export const ReviewSchema = z.strictObject({
  verdict: described(
    z.enum(["pass", "fail"], { error: "expected.reviewVerdict" }),
    "人工判定：pass（达标）或 fail（不达标）。",
    "The verdict: pass or fail.",
  ),
  by: described(text, "签署判定的人或单位。", "Who signed the verdict."),
  date: described(
    z.optional(z.union([text, z.date()], { error: "expected.date" })),
    "判定日期，如 2024-03-01。",
    "The date of the verdict, e.g. 2024-03-01.",
  ),
  year: described(
    z.optional(YearSchema),
    "判定针对的年份，省略则为基准年。",
    "The year the verdict is for; left out, the base year.",
  ),
  note: described(note, "判定的理由或依据。", "Why, or on what evidence."),
});

const tolerance = z.union(
  [
    z.number({ error: "expected.tolerance" }).check(z.gte(0, { error: "expected.tolerance" })),
    z
      .string({ error: "expected.tolerance" })
      .check(z.regex(/^\s*\d+(\.\d+)?\s*%\s*$/, { error: "expected.tolerance" })),
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
    id: described(
      z.union([idText, z.number()], { error: "expected.id" }),
      '指标编号：约束性指标按标准中的序号（"1" … "19"，分项 "5.1" …），参考性指标为 "R1" …；文件内唯一。',
      'The indicator\'s number: binding items as the standard numbers them ("1" … "19", sub-indicators "5.1" …), reference items "R1" …; unique within the file.',
    ),
    name: described(
      blank(nameText()),
      "指标名称；内置标准版本可补全。",
      "The indicator's name; a built-in edition supplies it.",
    ),
    name_en: described(
      blank(text.check(nameLength)),
      "指标的英文名称（可选）。",
      "The indicator's name in English (optional).",
    ),
    domain: described(
      blank(text),
      "领域，如 目标责任、生态安全（可选；内置标准版本可补全）。",
      "The domain (领域), e.g. 目标责任 or 生态安全 (optional; a built-in edition supplies it).",
    ),
    unit: described(blank(text), "单位，如 %、μg/m³。", "The unit, e.g. % or μg/m³."),
    binding: described(
      blank(z.boolean({ error: "expected.boolean" })),
      "约束性指标为 true，参考性指标为 false。",
      "true for a binding indicator (约束性), false for a reference one (参考性).",
    ),
    better: described(
      blank(z.enum(["higher", "lower"], { error: "expected.better" })),
      "改善方向：higher（越高越好）或 lower（越低越好）；默认取国家标准所隐含的方向。",
      "Which way is improvement: higher or lower; by default the direction the standard implies.",
    ),
    measure: described(
      blank(z.enum(["level", "delta"], { error: "expected.measure" })),
      "level：数值本身；delta：数值已是年际变化（如 ΔEQI）。",
      "level: the values themselves; delta: the values already are year-on-year changes (as ΔEQI is).",
    ),
    reference: described(
      blank(z.enum(["previous", "first", "base_year"], { error: "expected.reference" })),
      "保持稳定、有所提高等规则的参照值：previous（上一年，默认）、first（序列第一年）或 base_year（基准年）。",
      "The reference value of stability and increase rules: previous (the year before, the default), first (the series' first year) or base_year.",
    ),
    tolerance: described(
      blank(tolerance),
      '容差：数值向不利方向变动多少仍算保持稳定；绝对值（指标单位，如 0.5）或相对值（如 "1%"），默认 0。',
      'How far a value may move the wrong way and still count as stable: absolute, in the indicator\'s unit (0.5), or relative ("1%"); default 0.',
    ),
    standard: described(
      blank(StandardSchema),
      '国家标准：规则文字（如 "≥20"、"保持稳定或持续改善"），或按地区的 {by_region: […]}。',
      'The national requirement: rule text ("≥20", "保持稳定或持续改善"), or {by_region: […]} by region.',
    ),
    baseline: described(
      blank(z.union([ValueSchema, SeriesSchema], { error: "expected.baseline" })),
      "基准年的值：数值或文字（如 25.5、已建立、不涉及），或截至基准年的序列 {2020: …, 2021: …, 2022: …}，或 {value: …, note: …, source: …}。",
      "The value in the plan's base year: a number or text (25.5, 已建立, 不涉及), a series up to the base year {2020: …, 2021: …, 2022: …}, or {value: …, note: …, source: …}.",
    ),
    near_term: described(
      blank(RuleSchema),
      '近期规划目标（规划近期年的目标），规则文字，如 "≥25.5"。',
      'The plan\'s near-term target (for its near-term year), as rule text, e.g. "≥25.5".',
    ),
    long_term: described(
      blank(RuleSchema),
      "远期规划目标（规划远期年的目标），规则文字。",
      "The plan's long-term target (for its long-term year), as rule text.",
    ),
    superior: described(
      blank(z.record(yearKey, superiorTarget, { error: "expected.series" })),
      '上级下达的各年目标：{2022: "≤35", 2025: "≤32"}；文件只说明结果时写 met 或 not met。',
      'Targets the superior government assigned, by year: {2022: "≤35", 2025: "≤32"}; met or not met where a document states only the result.',
    ),
    actuals: described(
      blank(SeriesSchema),
      "各年观测值：{2023: 26.1, 2024: 27}，由 lingling-check record 写入或手工填写。",
      "Observed values by year: {2023: 26.1, 2024: 27}, written by lingling-check record or by hand.",
    ),
    review: described(
      blank(ReviewSchema),
      "只有文字的指标的人工判定：{verdict: pass, by: …, date: …}。",
      "A person's signed verdict on a row whose value is text only: {verdict: pass, by: …, date: …}.",
    ),
    // Wordings of other editions: the reference value by year (不低于全省平均水平) and the status of
    // each condition the value cannot decide (且能源消耗总量不超过控制目标值), for every year or per year.
    reference_value: described(
      blank(z.record(yearKey, z.number({ error: "expected.referenceValue" }), { error: "expected.referenceValue" })),
      "规则比较的参照值，按年份：{2022: 78}（如 不低于全省平均水平）。",
      "The value a rule compares against, by year: {2022: 78} (as in 不低于全省平均水平).",
    ),
    clauses: described(
      blank(
        z.record(
          z.string(),
          z.union([text, z.record(yearKey, text, { error: "expected.clauses" })], { error: "expected.clauses" }),
          { error: "expected.clauses" },
        ),
      ),
      "数值无法判断的条件的状态：{能源消耗总量不超过控制目标值: 已满足}，或按年份 {条件: {2024: 已满足}}。",
      "The status of each condition the value cannot decide: {能源消耗总量不超过控制目标值: 已满足}, or by year {condition: {2024: 已满足}}.",
    ),
    // Whether the row may be declared 不涉及, where the file writes its own rule (an edition says it for its rows).
    may_be_not_applicable: described(
      blank(z.boolean({ error: "expected.boolean" })),
      "本行（自写规则时）是否可声明为 不涉及；内置版本的行由版本决定。",
      "Whether this row, with a rule of the file's own, may be declared 不涉及 (not applicable); a built-in edition's rows follow the edition.",
    ),
    note: described(blank(text), "本指标的备注。", "A note on the indicator."),
  },
  { error: "expected.indicator" },
);

const RegionSchema = z.looseObject(
  {
    name: described(nameText(), "地区名称，如 永州市零陵区。", "The region's name, e.g. 永州市零陵区."),
    code: described(
      z.optional(z.union([text, z.number()], { error: "expected.text" })),
      '行政区划代码（可选），如 "431102"。',
      'The administrative division code (optional), e.g. "431102".',
    ),
    level: described(
      z.optional(z.enum(["county", "city"], { error: "expected.level" })),
      "适用哪一级国家标准：county（县，也可写 县、区）或 city（市）。",
      "Which national standard applies: county (县, 区) or city (市).",
    ),
    zone: described(
      z.optional(z.enum(["east", "central", "west", "northeast"], { error: "expected.zone" })),
      "所在区域：east（东部）、central（中部）、west（西部）或 northeast（东北），也可写中文。",
      "The region of China it lies in: east (东部), central (中部), west (西部) or northeast (东北); the Chinese words are read too.",
    ),
    urban_district: described(
      z.optional(z.boolean({ error: "expected.boolean" })),
      "是否为地级及以上城市的市辖区：true 或 false（也可写 是、否）。",
      "Whether it is an urban district (市辖区) of a prefecture-level or higher city: true or false (是, 否).",
    ),
  },
  { error: "expected.region" },
);

const year = YearSchema;

const fileShape = {
  region: described(
    RegionSchema,
    "地区：名称、区划代码、级别、区域及其他属性（如 terrain: plain），按地区的规则据此选择。",
    "The region: its name, division code, level, zone and any further attributes (terrain: plain), which rules by region match on.",
  ),
  standard: described(
    z.optional(text),
    "内置标准版本（如 county-2024），或目录文件的路径（相对于本文件）；各行省略的名称、单位、国家标准由它补全。",
    "A built-in edition of the standard (county-2024), or a catalog file's path (relative to this file); it fills in the names, units and rules a row omits.",
  ),
  plan: described(
    z.strictObject(
      {
        base_year: described(
          year,
          "基准年：规划基准值所在的年份。",
          "The base year: the year of the plan's baseline values.",
        ),
        near_term: described(
          z.optional(year),
          "近期规划年：近期目标的年份。",
          "The near-term year: the year of the near-term targets.",
        ),
        long_term: described(
          z.optional(year),
          "远期规划年：远期目标的年份。",
          "The long-term year: the year of the long-term targets.",
        ),
      },
      { error: "expected.plan" },
    ),
    "规划的年份：基准年、近期与远期规划年。",
    "The plan's years: the base year, the near-term and the long-term year.",
  ),
  vetoes: described(
    z.optional(vetoesSchema(yearKey)),
    "否决项（基本条件），按年份：{2024: {重特大突发环境事件: 未发生}}；任一条件未满足，该年即不达标。",
    "Basic conditions (否决项) by year: {2024: {重特大突发环境事件: 未发生}}; a condition not met makes that year FAIL.",
  ),
  projects: described(
    z.optional(ProjectsSchema),
    "规划的重点工程（附表1）及其各年进展。",
    "The plan's key projects (附表1) and their progress by year.",
  ),
};

export const IndicatorFileSchema = z.strictObject(
  {
    ...fileShape,
    indicators: described(
      z.array(IndicatorSchema, { error: "expected.indicators" }),
      "指标，每行一项（规划表1的一行）。",
      "The indicators, one row each (a row of the plan's 表1).",
    ),
  },
  { error: "expected.file" },
);

/** The file without its rows: rows are validated one by one, so every row's problems are reported. */
export const FileShellSchema = z.strictObject(
  {
    ...fileShape,
    indicators: z
      .array(z.unknown(), { error: "expected.indicators" })
      .check(z.minLength(1, { error: "expected.indicators" })),
  },
  { error: "expected.file" },
);

export type RawIndicatorFile = z.infer<typeof IndicatorFileSchema>;
/** A row as the model is built from it: its blank fields left out (see {@link withoutBlanks} in load.ts). */
export type RawIndicator = {
  [K in keyof z.infer<typeof IndicatorSchema>]: Exclude<z.infer<typeof IndicatorSchema>[K], null>;
};
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
    id: described(
      idText,
      '指标编号，如 "1"、"5.1"、"R1"；指标文件按它引用本行。',
      'The indicator\'s number, e.g. "1", "5.1", "R1"; indicator files name the row by it.',
    ),
    name: described(catalogText, "指标名称，照标准原文。", "The indicator's name, as the standard writes it."),
    name_en: described(z.optional(catalogText), "指标的英文名称。", "The indicator's name in English."),
    domain: described(z.optional(catalogText), "领域，如 目标责任。", "The domain, e.g. 目标责任."),
    task: described(z.optional(catalogText), "任务，如 （一）目标责任落实。", "The task, e.g. （一）目标责任落实."),
    group: described(
      z.optional(catalogText),
      "分项所属的指标（如 5.1、5.2 所属的 5）。",
      "The indicator a sub-indicator belongs to (5 for 5.1 and 5.2).",
    ),
    unit: described(z.optional(catalogText), "单位，如 %、μg/m³。", "The unit, e.g. % or μg/m³."),
    unit_note: described(
      z.optional(catalogText),
      "对单位的说明（如更正原文的印刷错误）。",
      "A note on the unit (e.g. a misprint of the issued text corrected).",
    ),
    better: described(
      z.optional(z.enum(["higher", "lower"], { error: "expected.better" })),
      "改善方向：higher 或 lower；默认取规则所隐含的方向。",
      "Which way is improvement: higher or lower; by default the direction the rule implies.",
    ),
    measure: described(
      z.optional(z.enum(["level", "delta"], { error: "expected.measure" })),
      "level：数值本身；delta：数值已是年际变化（如 ΔEQI）。",
      "level: the values themselves; delta: the values already are year-on-year changes (as ΔEQI is).",
    ),
    binding: described(
      z.boolean({ error: "expected.boolean" }),
      "约束性指标为 true，参考性指标为 false。",
      "true for a binding indicator (约束性), false for a reference one (参考性).",
    ),
    standard: described(
      StandardSchema,
      '国家标准：规则文字（如 "≥20"），或按地区的 {by_region: […]}。',
      'The requirement: rule text ("≥20"), or {by_region: […]} by region.',
    ),
    may_be_not_applicable: described(
      z.optional(z.boolean({ error: "expected.boolean" })),
      "标准允许本指标声明不涉及时为 true。",
      "true where the standard lets a region declare the indicator not applicable (不涉及).",
    ),
    note: described(
      z.optional(catalogText),
      "本行的备注（如标准原文的脚注）。",
      "A note on the row (e.g. the standard's footnote).",
    ),
  },
  { error: "expected.catalogIndicator" },
);

export const CatalogSchema = z.strictObject(
  {
    edition: described(
      catalogText,
      "版本标识，如 county-2024；指标文件的 standard 字段用它。",
      "The edition's id, e.g. county-2024, which an indicator file's standard names.",
    ),
    title: described(catalogText, "标准名称。", "The standard's title."),
    title_en: described(z.optional(catalogText), "标准的英文名称。", "The standard's title in English."),
    document: described(
      catalogText,
      "发布文号，如 环办生态〔2024〕4号。",
      "The document number, e.g. 环办生态〔2024〕4号.",
    ),
    issued_by: described(catalogText, "发布机关。", "The issuing authority."),
    source: described(
      catalogText,
      "原文出处（网址或出版物）。",
      "Where the issued text is found (an address or a publication).",
    ),
    /** Checked against the issued text: only verified catalogs ship built in; reports flag the others. */
    verified: described(
      z.boolean({ error: "expected.boolean" }),
      "已与发布原文逐条核对时为 true；报告会标明未核对的目录。",
      "true once checked row by row against the issued text; reports flag a catalog that is not.",
    ),
    level: described(
      z.enum(["county", "city"], { error: "expected.level" }),
      "适用级别：county（县）或 city（市）。",
      "The level it applies to: county or city.",
    ),
    note: described(z.optional(catalogText), "本目录的备注。", "A note on the catalog."),
    indicators: described(
      z
        .array(CatalogIndicatorSchema, { error: "expected.catalogIndicators" })
        .check(z.minLength(1, { error: "expected.catalogIndicators" })),
      "指标，按标准的顺序，每行一项。",
      "The indicators, in the standard's order, one row each.",
    ),
  },
  { error: "expected.catalog" },
);

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogIndicator = z.infer<typeof CatalogIndicatorSchema>;
