/**
 * Whole indicator files with every field the loader accepts: the region's attributes, the plan,
 * vetoes by year (an empty year too), rows with notes and sources on values and rules, superior
 * targets, reference values, conditions (clauses) for every year or per year, a review, tolerance,
 * reference, measure, blank fields, and key projects with their progress (empty years, nulls). Not
 * every draw loads (a `better` may contradict its rule); properties keep those that do.
 */
import fc from "fast-check";

/** Text as people write it in notes and names: Chinese, punctuation YAML and spreadsheets care about. */
const textArb = fc.constantFrom(
  "说明",
  "来源：2023年统计年鉴",
  "a: b",
  "两行\n说明",
  "#号开头",
  "'单引号'",
  '"双引号"',
  "=1+1",
  "001",
  "2024",
  "true",
  "不涉及",
  "Note, with comma",
);
const numberArb = fc.oneof(
  fc.double({ min: -10, max: 150, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 1000) / 1000),
  fc.constantFrom(0, 100, 25.5, 1e-9, 123456789, 0.001),
);
const valueArb = fc.oneof(
  { weight: 4, arbitrary: numberArb },
  {
    weight: 1,
    arbitrary: fc.constantFrom("已建立", "开展", "无黑臭水体", "不涉及", "25.5%", "待核实", "９３", "1,234.5"),
  },
);
const notedArb = fc.oneof(
  { weight: 3, arbitrary: valueArb },
  {
    weight: 1,
    arbitrary: fc.record({ value: valueArb, note: textArb, source: textArb }, { requiredKeys: ["value"] }),
  },
);
const CONDITION = "能源消耗总量不超过控制目标值";
const NEUTRAL = new Set(["建立", "开展", "15左右", "保持稳定或持续改善", "完成上级规定的考核任务"]);
const ruleTextArb = fc.constantFrom(
  "≥20",
  "≤35",
  "建立",
  "开展",
  "保持稳定或持续改善",
  "持续下降",
  "不低于全省平均水平",
  "完成上级规定的考核任务",
  "≥95",
  "ΔEQI>-1",
  "100",
  "0.3-0.4之间",
  "15左右",
);
const ruleArb = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(ruleTextArb, fc.constantFrom(100, 60)) },
  { weight: 1, arbitrary: fc.record({ rule: ruleTextArb, note: textArb }, { requiredKeys: ["rule"] }) },
);
const byRegionArb = fc.record(
  {
    by_region: fc.constant([
      { when: { zone: ["east"] }, rule: "≥60" },
      { when: { zone: ["central", "west", "northeast"] }, rule: "≥30" },
    ]),
    note: textArb,
  },
  { requiredKeys: ["by_region"] },
);

const yearsMap = <T>(min: number, max: number, minLength: number, value: fc.Arbitrary<T>) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min, max }), value), { selector: ([y]) => y, minLength, maxLength: 4 })
    .map((pairs) => Object.fromEntries(pairs) as Record<string, T>);

const rowArb = (id: string, base: number, inEdition: boolean) =>
  fc
    .record(
      {
        id: fc.constant(id),
        name: inEdition ? fc.constantFrom("指标名", "PM2.5浓度") : fc.constantFrom("指标名", "PM2.5浓度", "a: b"),
        name_en: textArb,
        unit: inEdition ? fc.constant(null) : fc.constantFrom("%", "", "μg/m³", "‰"),
        binding: fc.boolean(),
        better: fc.constantFrom("higher", "lower"),
        measure: fc.constantFrom("level", "delta"),
        reference: fc.constantFrom("previous", "first", "base_year"),
        tolerance: fc.constantFrom(0, 0.5, "1%", "0.5 %"),
        standard: fc.oneof({ weight: 5, arbitrary: ruleArb }, { weight: 1, arbitrary: byRegionArb }),
        baseline: fc.oneof(notedArb, yearsMap(base - 4, base, 1, notedArb)),
        near_term: ruleArb,
        long_term: ruleArb,
        superior: yearsMap(
          base - 2,
          base + 8,
          0,
          fc.oneof(
            ruleArb.filter((r) => (typeof r === "object" ? r.rule : r) !== "完成上级规定的考核任务"),
            fc.constantFrom("met", "not met"),
          ),
        ),
        // Observed values may reach back before the base year, beside the baseline's history.
        actuals: yearsMap(base - 3, base + 8, 1, notedArb),
        review: fc.record(
          {
            verdict: fc.constantFrom("pass", "fail"),
            by: fc.constantFrom("张三", "Li Si"),
            date: fc.constantFrom("2024-03-01", "2024年3月"),
            year: fc.integer({ min: base, max: base + 8 }),
            note: textArb,
          },
          { requiredKeys: ["verdict", "by"] },
        ),
        reference_value: yearsMap(base - 1, base + 8, 0, numberArb),
        clauses: fc.oneof(
          fc.constant({}),
          fc.constant({ [CONDITION]: "已满足" }),
          yearsMap(base, base + 8, 1, fc.constantFrom("已满足", "未满足", "待定")).map((y) => ({ [CONDITION]: y })),
        ),
        note: textArb,
      },
      { requiredKeys: inEdition ? ["id"] : ["id", "name", "standard"] },
    )
    .chain((row) =>
      // A field written and left blank is the value not there yet.
      fc
        .subarray(["unit", "baseline", "near_term", "superior", "review", "clauses"] as const, { maxLength: 2 })
        .map((blank) => {
          const out: Record<string, unknown> = { ...row };
          for (const f of blank) if (!(f in out)) out[f] = null;
          // A condition's status needs a rule that states the condition.
          if (out.clauses) out.standard = `≥20，且${CONDITION}`;
          // A direction the rule contradicts is an error: stated only where the rule states none.
          const rule = (r: unknown) =>
            typeof r === "object" && r !== null && "rule" in r ? (r as { rule: unknown }).rule : r;
          if (
            ![out.standard, out.near_term, out.long_term].every(
              (r) => r === undefined || r === null || NEUTRAL.has(rule(r) as string),
            )
          )
            delete out.better;
          return out;
        }),
    );

const VETO_CONDITIONS = ["重特大突发环境事件", "中央生态环境保护督察问题整改", "生态破坏事件"] as const;
const vetoArb = fc.oneof(
  fc.constantFrom<string | boolean>("未发生", "已完成", "发生", "未完成", "无", true, false),
  fc.record(
    { value: fc.constantFrom<string | boolean>("未发生", true, "发生"), note: textArb, source: textArb },
    { requiredKeys: ["value"] },
  ),
);
const vetoesArb = (base: number) =>
  yearsMap(base, base + 6, 0, fc.dictionary(fc.constantFrom(...VETO_CONDITIONS), vetoArb, { maxKeys: 3 }));

const progressArb = (base: number) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) as fc.Arbitrary<Record<string, Record<string, unknown>> | null> },
    {
      weight: 4,
      arbitrary: yearsMap(
        base + 1,
        base + 6,
        1,
        fc.record(
          {
            invested: fc.oneof(fc.constantFrom(null), fc.integer({ min: 0, max: 9000 })),
            status: fc.constantFrom("未开工", "在建", "建成", "in progress", null),
            note: fc.oneof(textArb, fc.constant(null)),
          },
          { requiredKeys: [] },
        ),
      ).map((years) => {
        // Cumulative: each year's invested at least the one before.
        let before = 0;
        for (const y of Object.keys(years).sort()) {
          const p = years[y]!;
          if (typeof p.invested === "number") p.invested = before = before + p.invested;
        }
        return years;
      }),
    },
  );

const projectArb = (id: string | number, base: number) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constantFrom("污水处理厂", "河道治理"),
      domain: fc.constantFrom("生态安全", "生态空间"),
      task: textArb,
      content: fc.constantFrom("建设污水管网12公里", "新建泵站"),
      kind: fc.constantFrom("新建", "续建", "new"),
      investment: fc.integer({ min: 0, max: 20000 }),
      period: fc.constantFrom(`${base + 1}-${base + 3}`, base + 2, `${base + 1}至${base + 4}`),
      lead: fc.oneof(fc.constantFrom("区住建局"), fc.constant(["零陵产业开发区", "区水利局"])),
      indicators: fc.constant(["1"]),
      progress: progressArb(base),
      note: textArb,
    },
    { requiredKeys: ["id", "name", "investment", "period"] },
  );

const EDITION_IDS = ["1", "2", "4", "7.1", "R1", "R6"];
const OWN_IDS = ["1", "2", "3", "5.1", "R1", "R2"];

export const indicatorFileArb = fc
  .record({
    edition: fc.boolean(),
    base: fc.constantFrom(2020, 2022),
    plan: fc.constantFrom("near-long", "near", "none"),
    zone: fc.constantFrom("east", "central", "west", "northeast"),
    region: fc.record(
      {
        code: fc.constantFrom("431102", 431102),
        level: fc.constantFrom("county", "city"),
        urban_district: fc.boolean(),
        terrain: fc.constantFrom<unknown>("plain", "山区", ["plain", "hill"], { 平原: 0.6 }),
        population: fc.constantFrom(12.5, 40),
        coastal: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    rows: fc.integer({ min: 1, max: 4 }),
  })
  .chain((f) =>
    fc.record({
      region: fc.constant({
        name: "测试区",
        zone: f.zone,
        ...f.region,
        ...(f.edition ? { level: "county", urban_district: f.region.urban_district ?? false } : {}),
      }),
      standard: fc.constant(f.edition ? "county-2024" : undefined),
      plan: fc.constant({
        base_year: f.base,
        ...(f.plan !== "none" ? { near_term: f.base + 3 } : {}),
        ...(f.plan === "near-long" ? { long_term: f.base + 8 } : {}),
      }),
      vetoes: fc.option(vetoesArb(f.base), { nil: undefined }),
      indicators: fc.tuple(
        ...(f.edition ? EDITION_IDS : OWN_IDS).slice(0, f.rows).map((id) => rowArb(id, f.base, f.edition)),
      ),
      projects: fc.option(
        fc
          .record(
            {
              stated_total: fc.integer({ min: 0, max: 50000 }),
              margin: fc.constantFrom(0, 15, 100),
              items: fc
                .integer({ min: 0, max: 3 })
                .chain((n) =>
                  fc.tuple(...Array.from({ length: n }, (_, i) => projectArb(i % 2 ? String(i + 1) : i + 1, f.base))),
                ),
            },
            { requiredKeys: ["items"] },
            // `projects: {items: []}` alone has no cell to stand in (an empty 附表1 sheet is no projects): left out.
          )
          .filter((p) => p.items.length > 0 || p.stated_total !== undefined || p.margin !== undefined),
        { nil: undefined },
      ),
    }),
  )
  .map((file) => JSON.parse(JSON.stringify(file)) as Record<string, unknown>);
