/**
 * `lingling-check init`: a complete, commented indicator file for a built-in edition, with only
 * the values left to fill in. It checks straight away (every value MISSING).
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { CatalogIndicator } from "../../model/schema.js";
import { INDICATOR_FILE_SCHEMA } from "../../model/jsonSchema.js";
import { packageRoot } from "../../packageRoot.js";
import { loadIndicatorFile } from "../../read.js";
import type { LeafKind } from "../../rules/ast.js";
import { leaves, mentionsSuperior, mentionsTrend } from "../../rules/index.js";
import { parseRule } from "../../rules/parse.js";
import { edition, editionNames } from "../../standards/editions.js";
import { CliError } from "../errors.js";
import { checkOutputs, emit } from "../sink.js";
import { planYears, regionName, type RegionOptions } from "../regionOptions.js";

export interface InitOptions extends RegionOptions {
  standard: string;
  name: string;
  zone: "east" | "central" | "west" | "northeast";
  output?: string;
  force: boolean;
}

/**
 * Where the written file's editor finds the schema: the one this installation ships, named relative
 * to the file's folder (for a project's install, node_modules/lingling-check/schemas/…), so that an
 * upgrade of the package updates what the editor checks against. No copy is left to go stale.
 */
function schemaReference(folder: string): string {
  const schema = join(packageRoot(), INDICATOR_FILE_SCHEMA);
  const path = relative(resolve(folder), schema);
  // Another drive (Windows) has no relative path.
  return isAbsolute(path) ? pathToFileURL(schema).href : path.split(sep).join("/");
}

const q = (s: string) => JSON.stringify(s);

/** The row's rule as the region will have it: a `by_region` case chosen for this region, else every case. */
function ruleTexts(i: CatalogIndicator, region: Record<string, unknown>): string[] {
  const s = i.standard;
  if (typeof s === "object" && "by_region" in s) {
    const matches = (when: Record<string, unknown>) =>
      Object.entries(when).every(([k, v]) => [v].flat().map(String).includes(String(region[k])));
    const chosen = s.by_region.find((c) => matches(c.when));
    return chosen ? [String(chosen.rule)] : s.by_region.map((c) => String(c.rule));
  }
  return [typeof s === "object" ? String(s.rule) : String(s)];
}

/** What a row's rule asks of the values, read from the parsed rule (never from its wording). */
export interface RuleShape {
  /** A stability, trend or increase: it needs several years of values. */
  trend: boolean;
  /** It defers to the superior's target. */
  superior: boolean;
  /** It reads a number (a comparison, a target, a range, a reference value). */
  numeric: boolean;
  /** The first part of a `且` rule as written, else the whole text: the near-term example. */
  example: string;
}

const NUMERIC_KINDS: ReadonlySet<LeafKind> = new Set<LeafKind>([
  "threshold",
  "target",
  "range",
  "about",
  "delta",
  "relative",
]);

/** The shape of a row's rule text (or of every case of a `by_region` rule none of which was chosen). */
export function ruleShape(texts: readonly string[]): RuleShape {
  const rules = texts.map((text) => {
    const parsed = parseRule(text);
    // The editions' rules all parse (test/standards checks them): one that does not is a bug here.
    if (!parsed.ok) throw new Error(`init: unreadable rule ${JSON.stringify(text)}`);
    return { text, rule: parsed.rule };
  });
  const kinds = new Set(rules.flatMap((r) => leaves(r.rule).map((l) => l.kind)));
  const first = rules.length === 1 && rules[0]!.rule.kind === "all" ? rules[0]!.rule.parts[0]! : undefined;
  return {
    trend: rules.some((r) => mentionsTrend(r.rule)),
    superior: rules.some((r) => mentionsSuperior(r.rule)),
    numeric: [...kinds].some((k) => NUMERIC_KINDS.has(k)),
    example: first ? rules[0]!.text.slice(first.span.start, first.span.end) : texts.join(" / "),
  };
}

/** What the row asks of the analyst, in a comment. */
function hints(
  texts: readonly string[],
  i: CatalogIndicator,
  years: { base: number; near: number; long: number },
): string[] {
  const shape = ruleShape(texts);
  const qualitative = !i.unit && !shape.numeric && !shape.superior;
  const example = qualitative ? "如 已建立 / 已开展" : i.unit ? `数值，单位 ${i.unit}` : "数值";
  const lines = [`    baseline:        # ${years.base} 年的值（${example}）`];
  if (shape.trend) {
    lines[0] = `    baseline:        # ${years.base} 年的值；趋势规则需要多年数据，可写成 {${years.base - 2}: …, ${years.base - 1}: …, ${years.base}: …}`;
  }
  if (shape.superior)
    lines.push(
      `    # superior: {${years.base}: "…"}   # 上级下达的当年目标（规则文字，如 "≥36"）；文件只说明结果时写 met / not met`,
    );
  lines.push(
    `    near_term:       # ${years.near} 年规划目标，如 ${q(qualitative ? texts.join(" / ") : shape.example)}`,
  );
  lines.push(`    long_term:       # ${years.long} 年规划目标`);
  if (i.may_be_not_applicable) lines.push(`    # 本指标可声明不涉及：baseline 填写 不涉及`);
  return lines;
}

/**
 * The key projects (附表1) as a commented-out example: one project with every field and a year's
 * progress. Removing the leading `# ` of its lines gives a file that loads with that one project.
 */
function projectsExample(
  catalog: { indicators: readonly CatalogIndicator[] },
  years: { base: number; near: number },
): string[] {
  const served = (catalog.indicators.find((i) => i.id === "5.2") ?? catalog.indicators[0])?.id;
  const example = [
    "projects:",
    "  stated_total: 7700  # 附表1 的合计（万元），可省略",
    "  items:",
    "    - id: 1  # 序号",
    "      name: 某某污水处理厂  # 工程名称",
    "      domain: 生态安全  # 建设领域",
    "      task: （二）环境质量改善  # 建设任务",
    "      content: 新建污水处理厂一座及配套管网  # 建设内容",
    "      kind: 新建  # 新建 或 续建",
    "      investment: 7700  # 项目总投资（万元）",
    `      period: "${years.base + 1}-${years.near}"  # 项目完成时间`,
    "      lead: [区生态环境分局, 区住建局]  # 牵头单位，可写多个",
    ...(served === undefined ? [] : [`      indicators: [${q(served)}]  # 关联指标，可省略`]),
    "      note: 资金来源待落实  # 备注，可省略",
    "      progress:  # 各年进展：invested 为累计完成投资（万元），status 为 未开工、在建 或 建成",
    `        ${years.base + 1}: {invested: 3000, status: 在建, note: 主体工程施工中}`,
  ];
  return [
    "",
    "# ── 重点工程（附表1，可选）──",
    "# 规划列有重点工程时，删去下面各行开头的“# ”即可启用，再按附表1逐项填写；进展也可用 lingling-check record --project 记录。",
    ...example.map((l) => `# ${l}`),
  ];
}

/** The file's text; `schema` is what its first line names as its JSON Schema (see {@link schemaReference}). */
function initFile(options: InitOptions, schema: string): string {
  const catalog = edition(options.standard);
  if (!catalog)
    throw new CliError({
      id: "error.unknownEdition",
      data: { edition: options.standard, known: editionNames().join(", ") },
    });
  const years = planYears(options);
  const name = regionName(options.name);
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    `# ${name}：${catalog.title}（${catalog.document}）指标文件，由 lingling-check init 生成。`,
    `# 每行只需填写数值：指标名称、单位、国家标准、约束性或参考性均取自内置标准 ${catalog.edition}。`,
    `# 填好后运行：lingling-check 本文件。留空的数值（baseline）判为 MISSING（缺数据）；留空的规划目标（near_term、long_term）不做目标检查。`,
    "region:",
    `  name: ${q(name)}`,
    ...(options.code ? [`  code: ${q(options.code)}`] : []),
    `  level: ${catalog.level}`,
    `  zone: ${options.zone}`,
    `  urban_district: ${options.urbanDistrict}   # 是否为地级及以上城市的市辖区`,
    `standard: ${catalog.edition}`,
    "plan:",
    `  base_year: ${years.base}   # 基准年`,
    `  near_term: ${years.near}   # 近期规划年`,
    `  long_term: ${years.long}   # 远期规划年`,
    "indicators:",
  ];
  const region = { level: catalog.level, zone: options.zone, urban_district: options.urbanDistrict };
  let section = "";
  for (const i of catalog.indicators) {
    const heading = [i.domain, i.task].filter(Boolean).join(" / ");
    if (heading !== section) {
      lines.push("", `  # ── ${heading} ──`);
      section = heading;
    }
    const texts = ruleTexts(i, region);
    lines.push(
      `  # ${i.id} ${i.name}${i.unit ? `（${i.unit}）` : ""} — 国家标准：${texts.join(" / ")}（${i.binding ? "约束性" : "参考性"}）`,
      `  - id: ${q(i.id)}`,
      ...hints(texts, i, years),
    );
  }
  lines.push(...projectsExample(catalog, years));
  const text = `${lines.join("\n")}\n`;
  // What init writes must load: a failure here is a bug in init, not the user's.
  const check = loadIndicatorFile(text, "init");
  if (!check.ok) throw new Error(`init produced an invalid file: ${JSON.stringify(check.errors[0])}`);
  return text;
}

export async function runInit(options: InitOptions, stdout: NodeJS.WritableStream): Promise<number> {
  // Printed to standard output, the file is most likely saved in the working folder.
  const text = initFile(options, schemaReference(options.output === undefined ? "." : dirname(options.output)));
  if (options.output !== undefined) checkOutputs([options.output], [], options.force);
  await emit(text, options.output, stdout);
  return 0;
}
