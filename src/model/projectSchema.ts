/**
 * `projects:` of an indicator file: the plan's key projects (重点工程, 附表1) and their progress.
 * One zod schema for run-time validation, the raw types and the published JSON Schema, as the
 * indicator rows have (model/schema.ts imports it into the file shell).
 */
import * as z from "zod/mini";
import { isYear, YearKeySchema } from "./year.js";

const text = z.string({ error: "expected.text" });


/**
 * 万元 below 10¹² (10,000 万亿元, far above any plan's total): finite, and so bounded that a batch's
 * sums of them stay finite too (1.7e308 twice is Infinity, which JSON writes as null).
 */
const AMOUNT_LIMIT = 1e12;
const amount = z.number({ error: "expected.amount" }).check(z.gte(0, { error: "expected.amount" }), z.lt(AMOUNT_LIMIT, { error: "expected.amount" }));

/** The words a project's state is written in: the plan's, or English. */
export const PROJECT_STATUS_WORDS = {
  未开工: "not_started",
  在建: "in_progress",
  建成: "completed",
  "not started": "not_started",
  not_started: "not_started",
  "in progress": "in_progress",
  in_progress: "in_progress",
  "under construction": "in_progress",
  completed: "completed",
  complete: "completed",
  done: "completed",
} as const;

export const PROJECT_KIND_WORDS = { 新建: "new", 续建: "continued", new: "new", continued: "continued" } as const;

/** `2023-2024` as 附表1 prints it (a hyphen, an en or em dash, 至 or ~ between the years). */
export const PERIOD = /^\s*(\d{4})\s*(?:[-–—~～至]\s*(\d{4}))?\s*$/;

/** A period whose years are years (0000-9999 is not one: a page drawn for it would be ten thousand years wide). */
const isPeriod = (p: string | number): boolean => {
  const m = PERIOD.exec(String(p));
  return m !== null && isYear(Number(m[1])) && (m[2] === undefined || isYear(Number(m[2])));
};

export const ProjectProgressSchema = z.strictObject(
  {
    invested: z.optional(z.nullable(amount)),
    status: z.optional(z.nullable(z.enum(Object.keys(PROJECT_STATUS_WORDS) as [keyof typeof PROJECT_STATUS_WORDS], { error: "expected.projectStatus" }))),
    note: z.optional(z.nullable(text)),
  },
  { error: "expected.progress" },
);

export const ProjectSchema = z.strictObject(
  {
    id: z.union([z.string().check(z.minLength(1, { error: "expected.id" })), z.number()], { error: "expected.id" }),
    name: z.string({ error: "expected.text" }).check(z.minLength(1, { error: "expected.name" })),
    domain: z.optional(text),
    task: z.optional(text),
    content: z.optional(text),
    kind: z.optional(z.enum(Object.keys(PROJECT_KIND_WORDS) as [keyof typeof PROJECT_KIND_WORDS], { error: "expected.projectKind" })),
    investment: amount,
    period: z.union([z.string(), z.number()], { error: "expected.period" }).check(z.refine(isPeriod, { error: "expected.period" })),
    lead: z.optional(z.union([text, z.array(text, { error: "expected.lead" })], { error: "expected.lead" })),
    indicators: z.optional(z.array(z.union([text, z.number()], { error: "expected.id" }), { error: "expected.indicatorIds" })),
    progress: z.optional(z.nullable(z.record(YearKeySchema, ProjectProgressSchema, { error: "expected.progressByYear" }))),
    note: z.optional(text),
  },
  { error: "expected.project" },
);

export const ProjectsSchema = z.strictObject(
  {
    stated_total: z.optional(amount),
    /** How far behind the period's share a project's cumulative investment may be, in percentage points. */
    margin: z.optional(z.number({ error: "expected.margin" }).check(z.gte(0, { error: "expected.margin" }), z.lte(100, { error: "expected.margin" }))),
    items: z.array(ProjectSchema, { error: "expected.projects" }),
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
