/**
 * The JSON report's shape (`lingling-check/v1`), written once: these zod schemas give json.ts the
 * types it builds (z.output), and docs/report-v1.schema.json is generated from them at build time
 * (reportJsonSchema, scripts/build.mjs), so the published contract cannot drift from the code.
 * Loaded only by the build and the tests: json.ts imports its types, which are erased, so the
 * command line does not load zod's full build for a report.
 *
 * Fields are only ever added, and optional, within v1. Each shared part has an id: its name under
 * `$defs` in the published schema.
 */
import * as z from "zod";

const Overall = z.enum(["PASS", "WARN", "INCOMPLETE", "FAIL"]).meta({ id: "overall" });

const Verdict = z.enum(["PASS", "FAIL", "WARN", "N/A", "MISSING", "REVIEW"]).meta({ id: "verdict" });

const ForecastClass = z
  .enum(["achieved", "on_track", "acceleration_needed", "limited_progress", "moving_away"])
  .meta({ id: "forecastClass" });

const Counts = z
  .strictObject({
    total: z.int(),
    PASS: z.int(),
    FAIL: z.int(),
    WARN: z.int(),
    "N/A": z.int(),
    MISSING: z.int(),
    REVIEW: z.int(),
  })
  .meta({ id: "counts" });

const Point = z
  .strictObject({
    year: z.int(),
    value: z.number(),
  })
  .meta({ id: "point" });

const Forecast = z
  .strictObject({
    class: ForecastClass,
    projected: z.number().nullable(),
    target: z.number(),
    target_year: z.int(),
    ratio: z.number().nullable(),
    method: z.enum(["cagr", "linear"]),
    from: Point,
    to: Point,
    pace: z.array(Point),
    clamped: z
      .literal(true)
      .describe(
        "Present (true) when the projected value or a pace value was held inside the value's possible range: a share 0–100 % (‰ 0–1000), an amount of something not below 0. The values given are the held ones.",
      )
      .optional(),
  })
  .meta({ id: "forecast" });

const Check = z
  .strictObject({
    verdict: Verdict,
    decides: z.boolean(),
    reason: z.string(),
    year: z.int(),
    rule: z.string(),
    forecast: Forecast.optional(),
    forecasts: z.array(Forecast).min(2).optional(),
  })
  .meta({ id: "check" });

const Indicator = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    binding: z.boolean(),
    line: z.int().min(1),
    verdict: Verdict,
    edition: z.string().optional(),
    overrides: z
      .array(
        z.strictObject({
          field: z.string(),
          file: z.string(),
          edition: z.string(),
        }),
      )
      .optional(),
    checks: z.strictObject({
      baseline: Check.optional(),
      near_term: Check.optional(),
      long_term: Check.optional(),
      progress: Check.optional(),
      override: Check.optional(),
    }),
  })
  .meta({ id: "indicator" });

const VerdictChange = z
  .strictObject({
    verdict: Verdict.optional(),
    forecast: ForecastClass.optional(),
  })
  .meta({ id: "verdictChange" });

const ProjectFinding = z
  .strictObject({
    code: z.string(),
    project: z.string().optional(),
    line: z.int(),
    endLine: z.int().optional(),
    endColumn: z.int().optional(),
    message: z.string(),
  })
  .meta({ id: "projectFinding" });

const ProjectGroup = z
  .strictObject({
    key: z.string(),
    count: z.int(),
    investment: z.number(),
    invested: z.number(),
    completed: z.int(),
  })
  .meta({ id: "projectGroup" });

const ProjectSubtotal = z
  .strictObject({
    key: z.string(),
    count: z.int(),
    investment: z.number(),
  })
  .meta({ id: "projectSubtotal" });

const Projects = z
  .strictObject({
    year: z.int().optional(),
    margin: z.number(),
    margin_source: z.enum(["default", "file", "option"]),
    verdict: Verdict,
    decides: z.boolean(),
    consistency: z.strictObject({
      stated_total: z.number().optional(),
      total_agrees: z.boolean().optional(),
      sum: z.number(),
      by_domain: z.array(ProjectSubtotal),
      by_task: z.array(ProjectSubtotal),
      findings: z.array(ProjectFinding),
      near_search: z
        .strictObject({ searched: z.int(), contents: z.int() })
        .optional()
        .describe(
          "Present where the search for nearly the same contents reached its limit of work: the contents after the first `searched` were matched with identical ones only",
        ),
    }),
    items: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        domain: z.string().optional(),
        task: z.string().optional(),
        kind: z.enum(["new", "continued"]).optional(),
        investment: z.number(),
        period: z.string(),
        start: z.int(),
        end: z.int(),
        lead: z.array(z.string()),
        indicators: z.array(z.string()),
        line: z.int(),
        status: z.enum(["not_started", "in_progress", "completed"]).optional(),
        invested: z.number().optional(),
        invested_share: z.number().optional(),
        elapsed_share: z.number().optional(),
        verdict: Verdict,
        findings: z.array(ProjectFinding),
      }),
    ),
    summary: z.strictObject({
      by_domain: z.array(ProjectGroup),
      by_kind: z.array(ProjectGroup),
      by_lead: z.array(ProjectGroup),
      total: ProjectGroup,
    }),
  })
  .meta({ id: "projects" });

const Vetoes = z
  .strictObject({
    year: z.int().optional(),
    decides: z.boolean(),
    list: z.literal("file"),
    list_note: z.string(),
    conditions: z.array(
      z.strictObject({
        year: z.int(),
        condition: z.string(),
        stated: z.string(),
        met: z.boolean(),
        verdict: z
          .enum(["PASS", "FAIL"])
          .describe("What the file states (met passes, not met fails); it decides only where standing is decides."),
        reason: z.string(),
        line: z.int().min(1),
        column: z.int().min(1),
        note: z.string().optional(),
        source: z.string().optional(),
        standing: z
          .enum(["decides", "shown", "not_yet_assessed"])
          .describe(
            "decides: the assessed year's; shown: another year's, or any in plan review; not_yet_assessed: stated for a year after the last assessed.",
          ),
      }),
    ),
    failed: z.array(z.string()),
  })
  .describe(
    "The basic conditions (否决项) the file states, every year of them. In a year assessment the assessed year's decide: one not met makes the file FAIL.",
  )
  .meta({ id: "vetoes" });

const File = z
  .strictObject({
    file: z.string(),
    region: z.looseObject({
      name: z.string(),
    }),
    catalog: z
      .strictObject({
        name: z.string(),
        edition: z.string(),
        title: z.string(),
        document: z.string(),
        verified: z.boolean(),
      })
      .optional(),
    plan: z.strictObject({
      base_year: z.int(),
      near_term: z.int().optional(),
      long_term: z.int().optional(),
    }),
    mode: z.enum(["plan", "year"]),
    year: z.int().optional(),
    assessed_year: z.int().optional(),
    completeness: z
      .strictObject({
        year: z.int(),
        complete: z.boolean(),
        missing: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            line: z.int(),
          }),
        ),
      })
      .optional(),
    overall: Overall,
    summary: z.strictObject({
      binding: Counts,
      reference: Counts,
    }),
    changes: z
      .strictObject({
        from_year: z.int(),
        to_year: z.int(),
        items: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            kind: z.string(),
            from: VerdictChange,
            to: VerdictChange,
            veto: z
              .literal(true)
              .describe(
                "Present (true) when the change is a basic condition's (否决项), named by its condition in id and name, rather than an indicator's.",
              )
              .optional(),
          }),
        ),
      })
      .optional(),
    indicators: z.array(Indicator),
    projects: Projects.optional(),
    vetoes: Vetoes.optional(),
  })
  .meta({ id: "file" });

const InputError = z
  .strictObject({
    file: z.string(),
    line: z.int(),
    column: z.int(),
    endLine: z.int().optional(),
    endColumn: z.int().optional(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: "inputError" });

const ProjectRegion = z
  .strictObject({
    file: z.string(),
    region: z.string(),
    count: z.int(),
    investment: z.number(),
    invested: z.number(),
    completed: z.int(),
    warnings: z.int(),
  })
  .meta({ id: "projectRegion" });

const Report = z.strictObject({
  format: z.literal("lingling-check/v1"),
  files: z.array(File),
  errors: z.array(InputError).optional(),
  summary: z.strictObject({
    overall: Overall,
    files: z.int().min(0),
    by_overall: z.strictObject({
      PASS: z.int(),
      WARN: z.int(),
      INCOMPLETE: z.int(),
      FAIL: z.int(),
    }),
    not_checked: z.int().min(1).optional(),
    gaps: z
      .array(
        z.strictObject({
          file: z.string(),
          region: z.string(),
          year: z.int(),
          ids: z.array(z.string()),
        }),
      )
      .optional(),
    projects: z
      .strictObject({
        files: z.int(),
        count: z.int(),
        investment: z.number(),
        invested: z.number(),
        completed: z.int(),
        warnings: z.int(),
        regions: z.array(ProjectRegion),
      })
      .optional(),
  }),
});

/** Where the published schema is, as users reference it: unchanged since v1 was first published. */
const REPORT_SCHEMA_ID = "https://github.com/lingling-check/lingling-check/docs/report-v1.schema.json";

/** What the report writes, as the builder gives it: read-only, as nothing changes a report once built. */
type ReadOnly<T> = T extends readonly (infer U)[]
  ? readonly ReadOnly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadOnly<T[K]> }
    : T;
type Built<S extends z.ZodType> = ReadOnly<z.output<S>>;

type ReportJson = Built<typeof Report>;
export type FileJson = Built<typeof File>;
export type IndicatorJson = Built<typeof Indicator>;
export type CheckJson = Built<typeof Check>;
export type ForecastJson = Built<typeof Forecast>;
export type PointJson = Built<typeof Point>;
export type VerdictChangeJson = Built<typeof VerdictChange>;
export type InputErrorJson = Built<typeof InputError>;
export type ProjectsJson = Built<typeof Projects>;
export type VetoesJson = Built<typeof Vetoes>;
export type RunSummaryJson = ReportJson["summary"];

/**
 * The published JSON Schema (draft 2020-12) of what the report writes. zod's integers carry the
 * safe-integer bounds; they say nothing a reader needs and are left out.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Report, {
    target: "draft-2020-12",
    io: "output",
    override: ({ jsonSchema: s }) => {
      if (s.type !== "integer") return;
      if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
      if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: REPORT_SCHEMA_ID,
    title: "lingling-check/v1 report",
    description: "The JSON report of lingling-check (-f json). Fields are only ever added in a new format version.",
    ...rest,
  };
}
