/**
 * Raw document → compiled model: the second stage of reading a file, pure. The schema first (every
 * key the file has, blank ones too), then each row on its own so that every problem is reported at
 * once, then what the schema cannot say (ModelBuilder). The catalogs are passed in; nothing here
 * reads a file.
 */
import type { z } from "zod/mini";
import { regionInSchemaWords } from "../model/regionWords.js";
import { accepts } from "../model/accepts.js";
import { FileShellSchema, IndicatorSchema, KNOWN_FIELDS, type RawIndicator } from "../model/schema.js";
import type { IndicatorFile, Region } from "../model/types.js";
import type { LoadResult } from "../load/errors.js";
import type { RawDocument } from "../load/parse.js";
import type { Path } from "../load/positions.js";
import type { Catalogs } from "./catalogs.js";
import { ModelBuilder, type Frame } from "./model.js";
import { compileProjects } from "../projects/compile.js";
import { compileVetoes } from "../vetoes/compile.js";
import { projectFieldsAt } from "../model/projectSchema.js";
import { capErrors, MAX_ERRORS } from "../load/limits.js";
import { errorAt, schemaErrors } from "./schemaErrors.js";

/**
 * Whether data is an indicator file, however broken: a mapping with its rows, or a region or plan
 * of its own. Only then are its values quoted in errors: a cloud config's `region: us-east-1` beside
 * `plan:` and `standard:` holding tokens is not one, and its values would only be echoed.
 */
const isIndicatorFile = (data: unknown): data is Record<string, unknown> => {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const { region, plan } = data as { region?: unknown; plan?: unknown };
  const mapping = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  return "indicators" in data || mapping(region) || mapping(plan);
};

/** Quick acceptance of valid input, compiled from the schemas on first use (zod words what is wrong). */
let quick: { shell: (v: unknown) => boolean; row: (v: unknown) => boolean } | undefined;

/** A parsed indicator file → its model, with the catalogs its `standard:` may name. */
export function compile(doc: RawDocument, catalogs: Catalogs): LoadResult<IndicatorFile> {
  const { file, locator } = doc;
  let data = doc.data;
  const error = errorAt(file, (path, where) => locator.locate(path, where));
  // An empty file is said at its start: it has no content to point at.
  if (data === null || data === undefined)
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, code: "empty-file", message: { id: "error.emptyFile" } }],
    };
  // A file that is not an indicator file at all (a link to a secret, /etc/passwd) is named as such,
  // and nothing of what it holds is quoted: not its text, not its keys.
  const map = typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  // A file of another kind (a standard's catalog) is named as such, and nothing it holds is quoted:
  // its values are not an indicator file's, so "found …" would only echo them.
  if ("edition" in map && !("region" in map) && !("plan" in map))
    return { ok: false, errors: [error([], "catalog-given", "error.catalogGiven")] };
  if (!isIndicatorFile(data)) return { ok: false, errors: [error([], "not-a-mapping", "error.notMapping")] };
  // Region attributes written in Chinese (西部, 县, 是) are read as the schema's words.
  const region = regionInSchemaWords((data as { region?: unknown }).region);
  if (region !== (data as { region?: unknown }).region) data = { ...data, region };
  // The file's frame first, then each row on its own, so that every problem is reported at once.
  const { shell: acceptsShell, row: acceptsRow } = (quick ??= {
    shell: accepts(FileShellSchema),
    row: accepts(IndicatorSchema),
  });
  const shell = acceptsShell(data)
    ? { success: true as const, data: data as z.infer<typeof FileShellSchema> }
    : FileShellSchema.safeParse(data);
  const errors = shell.success
    ? []
    : shell.error.issues.flatMap((issue) => schemaErrors(issue, [], data, error, fieldsFor));
  const rawRows = (data as { indicators?: unknown }).indicators;
  const allRows: readonly unknown[] = Array.isArray(rawRows) ? rawRows : [];
  // The first row not looked at, once the errors reach MAX_ERRORS before the last row.
  let cut: number | undefined;
  const rows: Array<RawIndicator | undefined> = [];
  // Counted, not `entries()`: a pair made per row is some 30 MB on a 300,000-row file (here and in the loops over every row after it).
  for (let i = 0; i < allRows.length; i++) {
    const row = allRows[i];
    if (errors.length >= MAX_ERRORS) {
      cut = i;
      break;
    }
    // The schema sees every key the row has, blank ones too; the model is built without the blanks.
    const parsed = acceptsRow(row)
      ? { success: true as const, data: row as RawIndicator }
      : IndicatorSchema.safeParse(row);
    if (parsed.success) rows.push(withoutBlanks(parsed.data));
    else {
      for (const issue of parsed.error.issues)
        for (const e of schemaErrors(issue, ["indicators", i], data, error, fieldsFor)) errors.push(e);
      rows.push(undefined);
    }
  }
  const frame: Frame = shell.success
    ? { region: shell.data.region as Region, plan: shell.data.plan, standard: shell.data.standard, regionValid: true }
    : fallbackFrame(data as Record<string, unknown>);
  const builder = new ModelBuilder(frame, file, locator, error, catalogs);
  const built = builder.build(rows, cut === undefined ? allRows : allRows.slice(0, cut));
  cut = builder.cut ?? cut;
  // Appended one by one: a file whose 300,000 rows each have an error overflowed the stack as the arguments of one push.
  for (const e of built.errors) errors.push(e);
  const projects =
    shell.success && shell.data.projects
      ? compileProjects(shell.data.projects, error, (path) => locator.lineOf(path))
      : undefined;
  for (const e of projects?.errors ?? []) errors.push(e);
  const { vetoes, errors: vetoErrors } = compileVetoes(shell.success ? shell.data.vetoes : undefined, file, locator);
  for (const e of vetoErrors) errors.push(e);
  // The file's own errors first, then those of a catalog it names (located in the catalog).
  if (errors.length > 0) {
    errors.sort((a, b) => Number(a.file !== file) - Number(b.file !== file) || a.line - b.line || a.column - b.column);
    // An error two passes find alike (a plan's year is the schema's and the plan's) is said once.
    const said = new Set<string>();
    const once = errors.filter((e) => {
      const key = JSON.stringify([e.file, e.line, e.column, e.code, e.message]);
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    return {
      ok: false,
      // Where the first row not looked at is, if looking stopped before the end (only the kind and place are used).
      errors: capErrors(
        once,
        cut === undefined ? undefined : error(["indicators", cut], "too-many-errors", "error.tooManyErrors"),
      ),
    };
  }
  return {
    ok: true,
    value: { ...built.file, ...(projects ? { projects: projects.projects } : {}), ...(vetoes ? { vetoes } : {}) },
  };
}

function fallbackFrame(data: Record<string, unknown>): Frame {
  const plan = data.plan as Record<string, unknown> | undefined;
  const baseYear = typeof plan?.base_year === "number" ? plan.base_year : Number.NaN;
  // The edition is kept: its rows still fill in what a row omits, so a header mistake is one error, not one per row.
  const standard = typeof data.standard === "string" ? data.standard : undefined;
  return {
    region: { name: "" },
    plan: { base_year: baseYear },
    regionValid: false,
    ...(standard !== undefined ? { standard } : {}),
  };
}
/** The fields a mapping of an indicator file may have, by where it is. */
function fieldsFor(path: Path): readonly string[] {
  const last = path.findLast((p) => typeof p === "string");
  if (path.length === 0) return KNOWN_FIELDS.file;
  if (path[0] === "projects") return projectFieldsAt(path);
  if (path.length === 2 && path[0] === "indicators") return KNOWN_FIELDS.indicator;
  switch (last) {
    case "plan":
      return KNOWN_FIELDS.plan;
    case "review":
      return KNOWN_FIELDS.review;
    case "standard":
      return KNOWN_FIELDS.byRegion;
    case "near_term":
    case "long_term":
      return KNOWN_FIELDS.rule;
    default:
      return path.includes("superior") || path.includes("by_region") ? KNOWN_FIELDS.rule : KNOWN_FIELDS.value;
  }
}

/** A schema-valid row without its blank fields: `baseline:` left blank means the value is not there yet. */
function withoutBlanks(row: unknown): RawIndicator {
  const fields = row as Record<string, unknown>;
  for (const key in fields)
    if (fields[key] === null)
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as RawIndicator;
  return row as RawIndicator;
}
