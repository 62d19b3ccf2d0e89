/**
 * `projects:` of an indicator file: the plan's key projects (重点工程, 附表1) and their progress.
 * One zod schema for run-time validation, the raw types and the published JSON Schema, as the
 * indicator rows have (model/schema.ts imports it into the file shell).
 */
import * as z from "zod/mini";
import { described } from "./describe.js";
import { nameText } from "./name.js";
import { isYear, YearKeySchema } from "./year.js";

const text = z.string({ error: "expected.text" });

/**
 * 万元 below 10¹² (10,000 万亿元, far above any plan's total): finite, and so bounded that a batch's
 * sums of them stay finite too (1.7e308 twice is Infinity, which JSON writes as null).
 */
export const AMOUNT_LIMIT = 1e12;
const amount = z
  .number({ error: "expected.amount" })
  .check(z.gte(0, { error: "expected.amount" }), z.lt(AMOUNT_LIMIT, { error: "expected.amount" }));

/** The words a project's state is written in: the plan's, or English. */
export const PROJECT_STATUS_WORDS = {
  未开工: "not_started",
  在建: "in_progress",
  建成: "completed",
  // as reports and progress tables write them (#25)
  尚未开工: "not_started",
  未启动: "not_started",
  拟建: "not_started",
  前期: "not_started",
  前期工作: "not_started",
  已开工: "in_progress",
  开工: "in_progress",
  建设中: "in_progress",
  正在建设: "in_progress",
  施工中: "in_progress",
  在建中: "in_progress",
  已建成: "completed",
  完工: "completed",
  已完工: "completed",
  竣工: "completed",
  已竣工: "completed",
  完成: "completed",
  已完成: "completed",
  "not-started": "not_started",
  "in-progress": "in_progress",
  "not started": "not_started",
  not_started: "not_started",
  "in progress": "in_progress",
  in_progress: "in_progress",
  "under construction": "in_progress",
  completed: "completed",
  complete: "completed",
  done: "completed",
} as const;

/**
 * The word of `words` a person typed, as the file writes it: trimmed, and an English word in any
 * case and spacing (`Completed`, `In  progress`, `New`); undefined for a text that is none of them.
 */
export function projectWord<W extends Readonly<Record<string, string>>>(words: W, typed: string): keyof W | undefined {
  const word = typed.trim();
  if (Object.hasOwn(words, word)) return word;
  const english = word.toLowerCase().replace(/\s+/g, " ");
  return Object.hasOwn(words, english) ? english : undefined;
}

export const PROJECT_KIND_WORDS = { 新建: "new", 续建: "continued", new: "new", continued: "continued" } as const;

/** `2023-2024` as 附表1 prints it (a hyphen, an en or em dash, 至 or ~ between the years). */
export const PERIOD = /^\s*(\d{4})\s*(?:[-–—~～至]\s*(\d{4}))?\s*$/;

/** A period whose years are years (0000-9999 is not one: a page drawn for it would be ten thousand years wide). */
const isPeriod = (p: string | number): boolean => {
  const m = PERIOD.exec(String(p));
  return m !== null && isYear(Number(m[1])) && (m[2] === undefined || isYear(Number(m[2])));
};

const ProjectProgressSchema = z.strictObject(
  {
    invested: described(
      z.optional(z.nullable(amount)),
      "截至当年累计完成的投资（万元）。",
      "Cumulative investment so far, by the end of that year (万元).",
    ),
    status: described(
      z.optional(
        z.nullable(
          z.enum(Object.keys(PROJECT_STATUS_WORDS) as [keyof typeof PROJECT_STATUS_WORDS], {
            error: "expected.projectStatus",
          }),
        ),
      ),
      "当年状态：未开工、在建 或 建成。",
      "The state that year: 未开工 (not started), 在建 (in progress) or 建成 (completed).",
    ),
    note: described(z.optional(z.nullable(text)), "当年进展的说明。", "A note on that year's progress."),
  },
  { error: "expected.progress" },
);

const ProjectSchema = z.strictObject(
  {
    id: described(
      z.union([z.string().check(z.minLength(1, { error: "expected.id" })), z.number()], { error: "expected.id" }),
      "序号（附表1中的编号）。",
      "The project's number in 附表1.",
    ),
    name: described(nameText(), "工程名称。", "The project's name."),
    domain: described(z.optional(text), "建设领域，如 生态安全。", "The domain, e.g. 生态安全."),
    task: described(z.optional(text), "建设任务，如 （二）环境质量改善。", "The task, e.g. （二）环境质量改善."),
    content: described(z.optional(text), "建设内容，照附表1填写。", "What is built, as 附表1 states it."),
    kind: described(
      z.optional(
        z.enum(Object.keys(PROJECT_KIND_WORDS) as [keyof typeof PROJECT_KIND_WORDS], { error: "expected.projectKind" }),
      ),
      "新建 或 续建。",
      "new (新建) or continued (续建).",
    ),
    investment: described(amount, "项目总投资（万元）。", "The project's total investment (万元)."),
    period: described(
      z
        .union([z.string(), z.number()], { error: "expected.period" })
        .check(z.refine(isPeriod, { error: "expected.period" })),
      "项目完成时间，如 2023-2024 或 2025。",
      "The project's period, e.g. 2023-2024, or one year.",
    ),
    lead: described(
      z.optional(z.union([text, z.array(text, { error: "expected.lead" })], { error: "expected.lead" })),
      "牵头单位，一个或多个。",
      "The lead unit, or a list of them.",
    ),
    indicators: described(
      z.optional(z.array(z.union([text, z.number()], { error: "expected.id" }), { error: "expected.indicatorIds" })),
      '本工程服务的指标编号，如 ["5.2"]。',
      'The ids of the indicators the project serves, e.g. ["5.2"].',
    ),
    progress: described(
      z.optional(z.nullable(z.record(YearKeySchema, ProjectProgressSchema, { error: "expected.progressByYear" }))),
      "各年进展：{2023: {invested: 3000, status: 在建}}；可用 lingling-check record --project 记录。",
      "Progress by year: {2023: {invested: 3000, status: 在建}}; lingling-check record --project writes it.",
    ),
    note: described(z.optional(text), "本工程的备注。", "A note on the project."),
  },
  { error: "expected.project" },
);

export const ProjectsSchema = z.strictObject(
  {
    stated_total: described(
      z.optional(amount),
      "附表1 所列的合计投资（万元），用来核对各项之和。",
      "The total investment 附表1 states (万元), checked against the sum of the projects.",
    ),
    /** How far behind the period's share a project's cumulative investment may be, in percentage points. */
    margin: described(
      z.optional(
        z
          .number({ error: "expected.margin" })
          .check(z.gte(0, { error: "expected.margin" }), z.lte(100, { error: "expected.margin" })),
      ),
      "投资进度可落后于工期进度的百分点，超过即为滞后；默认 20。",
      "How many percentage points a project's investment may lag the share of its period elapsed before it counts as behind; default 20.",
    ),
    items: described(
      z.array(ProjectSchema, { error: "expected.projects" }),
      "重点工程，每项一个。",
      "The key projects, one entry each.",
    ),
  },
  { error: "expected.projectsBlock" },
);

export type RawProjects = z.infer<typeof ProjectsSchema>;
export type RawProject = z.infer<typeof ProjectSchema>;

/** Field names of the `projects:` block's objects, for "did you mean". */
export const PROJECT_FIELDS = {
  projects: Object.keys(ProjectsSchema.shape),
  project: Object.keys(ProjectSchema.shape),
  progress: Object.keys(ProjectProgressSchema.shape),
} as const;

/** The fields known where a path inside `projects:` points: the block, a project, a year's progress. */
export function projectFieldsAt(path: ReadonlyArray<string | number>): readonly string[] {
  if (path.length <= 1) return PROJECT_FIELDS.projects;
  if (path.length <= 3) return PROJECT_FIELDS.project;
  return PROJECT_FIELDS.progress;
}
