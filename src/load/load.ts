/**
 * YAML text → validated model. Every problem in a file is reported at once, each with its line
 * and column, what was expected and what was found.
 */
import type { core, z } from "zod/mini";
import { impliedDirection } from "../rules/direction.js";
import { regionInSchemaWords, regionWord } from "../model/regionWords.js";
import { accepts } from "../model/accepts.js";
import {
  FileShellSchema,
  IndicatorSchema,
  KNOWN_FIELDS,
  RegionSchema,
  type CatalogIndicator,
  type RawIndicator,
  type RawIndicatorFile,
  type RawRule,
  type RawStandard,
  type RawValue,
} from "../model/schema.js";
import type { Direction, Indicator, IndicatorFile, Observation, Override, Region, RuleSpec, SuperiorTarget } from "../model/types.js";
import { editionNames, resolveCatalog } from "../standards/editions.js";
import { clauseState, normalizeValue } from "../model/value.js";
import { normalizeRuleText } from "../rules/normalize.js";
import type { Rule } from "../rules/ast.js";
import type { Clause } from "../rules/context.js";
import { parseRule } from "../rules/parse.js";
import { mentionsSuperior } from "../rules/index.js";
import { didYouMean } from "./didYouMean.js";
import type { InputError, LoadResult } from "./errors.js";
import { decode } from "./decode.js";
import { MAX_DEPTH, tooDeep } from "./limits.js";
import { SourceMap, type Locator, type Path } from "./positions.js";
import { KeyTable, readPlainYaml, type PlainDocument, type Position } from "./plainYaml.js";
import { RowLocator } from "./rowLocator.js";
import { syntaxErrorAt } from "./syntaxErrorAt.js";
import { yamlLib } from "./yamlLib.js";
import { ref, type MessageValue } from "../i18n/message.js";
import { parseTolerance as tolerance } from "../model/tolerance.js";
import { statedResult } from "../rules/vocabulary.js";

type Issue = core.$ZodIssue;

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Bytes as read from a file: size limit and encoding first, then {@link loadIndicatorFile}. */
export function loadIndicatorBytes(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES, size = bytes.length): LoadResult<IndicatorFile> & { encoding?: string } {
  const at = { file, line: 1, column: 1 };
  if (size > maxBytes) {
    return { ok: false, errors: [{ ...at, code: "file-too-large", message: { id: "error.tooLarge", data: { size, max: maxBytes } } }] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ ...at, code: "encoding", message: { id: `error.encoding.${decoded.reason}` } }] };
  return { ...loadIndicatorFile(decoded.text, file), encoding: decoded.encoding };
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: "duplicate-key",
  MULTIPLE_DOCS: "multiple-documents",
  RESOURCE_EXHAUSTION: "too-deep",
};

/**
 * Classic Mac line ends (CR alone, as Excel for Mac's "CSV (Macintosh)" writes): YAML 1.2 does not
 * break lines there and would read the whole file as one comment. Such text is read with LF for
 * CR, one for one, so every position reported stays true (and `record` writes CR back).
 */
export const classicMac = (text: string): boolean => text.includes("\r") && !text.includes("\n");

/** A CR not followed by LF: a line end of its own, wherever it is (a file of CRs with one LF too). */
const LONE_CR = /\r(?!\n)/g;

/** Parse and validate one indicator file. `file` is the name used in error locations. */
export function loadIndicatorFile(source: string, file: string): LoadResult<IndicatorFile> {
  const unmarked = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const text = unmarked.includes("\r") ? unmarked.replace(LONE_CR, "\n") : unmarked;
  return fastLoad(text, file) ?? locatingLoad(text, file);
}

/** Refuses a hostile nesting depth in one pass, before the locating parser would exhaust its stack. */
function refuseDeep(text: string, file: string): LoadResult<IndicatorFile> | undefined {
  const deep = tooDeep(text);
  if (deep !== undefined) {
    // Refused before parsing, so a hostile file costs one pass over its text.
    const before = text.slice(0, deep);
    const line = before.split("\n").length;
    const column = deep - before.lastIndexOf("\n");
    return { ok: false, errors: [{ file, line, column, code: "too-deep", message: { id: "error.tooDeep", data: { max: MAX_DEPTH } } }] };
  }
  return undefined;
}

/** A key written twice in one mapping: which key, and the line it first stands on. */
function duplicateKey(text: string, pos: number, lines: { linePos(offset: number): { line: number; col: number } }): InputError["message"] {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const key = /^([^:#\n]+?)\s*:/.exec(text.slice(pos))?.[1]?.trim() ?? "";
  const indent = pos - lineStart;
  let first: number | undefined;
  // Back through the lines of the same mapping: same indentation, until its parent.
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    if (line.trim() && !line.trimStart().startsWith("#")) {
      if (lead < indent) break;
      if (lead === indent && new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`).test(line)) first = lines.linePos(start).line;
    }
    end = start - 1;
  }
  return { id: "error.duplicateKey", data: { key, first } };
}

/** A whole rule inside typographic quotation marks: “≥85”, ‘建立’, 「开展」. */
const QUOTED_RULE = /^\s*[“‘「『"']\s*(.+?)\s*[”’」』"']\s*$/;

/** The file format's field names, which the plain reader uses as they are. */
let fieldNames: KeyTable | undefined;

/**
 * A file the plain-YAML reader can read: its model, or its errors located by parsing only the rows
 * they are in (RowLocator). Anything the reader does not read returns undefined, and the file is
 * read again by the locating parser, which finds every problem's line and column.
 */
export function fastLoad(text: string, file: string): LoadResult<IndicatorFile> | undefined {
  const doc = readPlainYaml(text, (fieldNames ??= new KeyTable([...Object.values(KNOWN_FIELDS).flat(), ...Object.keys(RegionSchema.shape), "when"])));
  if (!doc) return undefined;
  const rows = RowLocator.of(text, doc);
  const result = validate(doc.value, file, rows ?? plainLocator(doc));
  return result.ok || rows ? result : undefined;
}

/** Where things are, as far as the plain reader keeps: block collections and sequence items. */
function plainLocator(doc: PlainDocument): Locator {
  const locate = (path: Path): Position => {
    let node: unknown = doc.value;
    let found: Position = { line: 1, column: 1 };
    for (const segment of path) {
      if (node === null || typeof node !== "object") break;
      const items = Array.isArray(node) && typeof segment === "number" ? doc.items.get(node) : undefined;
      const line = items?.lines[segment as number];
      node = (node as Record<string | number, unknown>)[segment];
      const at = line !== undefined ? { line, column: items!.column } : node !== null && typeof node === "object" ? doc.introducedAt.get(node) : undefined;
      if (at) found = at;
    }
    return found;
  };
  return { locate, locateInScalar: locate, lineOf: (path) => locate(path).line };
}

/** The locating path: `yaml` keeps every node's position, so each error says where it is. */
export function locatingLoad(text: string, file: string): LoadResult<IndicatorFile> {
  const deep = refuseDeep(text, file);
  if (deep) return deep;
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: "error" });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems = [
    ...doc.errors.map((e) => ({ e, code: YAML_CODES[e.code] ?? "yaml-syntax" })),
    // Tags are never executed; an unknown one (!!js/function, !custom) is refused, not read as text.
    ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED").map((e) => ({ e, code: "custom-tag" })),
  ];
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map(({ e, code }) => ({
        ...at(code === "yaml-syntax" ? syntaxErrorAt(text, e.code, e.message, e.pos[0]) : e.pos[0]),
        code,
        message:
          code === "duplicate-key"
            ? duplicateKey(text, e.pos[0], lineCounter)
            : { id: code === "yaml-syntax" ? `error.yaml.${e.code}` : `error.${code}`, data: { detail: e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") } },
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // yaml refuses alias expansion past maxAliasCount: a "billion laughs" file.
    return { ok: false, errors: [{ file, line: 1, column: 1, code: "alias-limit", message: { id: "error.aliasLimit" } }] };
  }
  return validate(data, file, new SourceMap(doc, lineCounter, text));
}

/** Quick acceptance of valid input, compiled from the schemas on first use (zod words what is wrong). */
let quick: { shell: (v: unknown) => boolean; row: (v: unknown) => boolean } | undefined;

/** Parsed data → model: the schema, then the rows one by one, then what the schema cannot say. */
function validate(data: unknown, file: string, map: Locator): LoadResult<IndicatorFile> {
  const error = (path: Path, code: string, id: string, data?: InputError["message"]["data"], where: "value" | "key" = "value"): InputError => ({
    file,
    ...map.locate(path, where),
    code,
    message: data ? { id, data } : { id },
  });

  if (data === null || data === undefined) return { ok: false, errors: [error([], "empty-file", "error.emptyFile")] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, errors: [error([], "not-a-mapping", "error.notMapping", { found: describe(data) })] };
  }
  // Region attributes written in Chinese (西部, 县, 是) are read as the schema's words.
  const region = regionInSchemaWords((data as { region?: unknown }).region);
  if (region !== (data as { region?: unknown }).region) data = { ...data, region };
  // The file's frame first, then each row on its own, so that every problem is reported at once.
  const { shell: acceptsShell, row: acceptsRow } = (quick ??= { shell: accepts(FileShellSchema), row: accepts(IndicatorSchema) });
  const shell = acceptsShell(data) ? { success: true as const, data: data as z.infer<typeof FileShellSchema> } : FileShellSchema.safeParse(data);
  const errors = shell.success ? [] : shell.error.issues.flatMap((issue) => schemaErrors(issue, [], data, error));
  const rawRows = (data as { indicators?: unknown }).indicators;
  const rows = (Array.isArray(rawRows) ? rawRows : []).map((row: unknown, i) => {
    // The schema sees every key the row has, blank ones too; the model is built without the blanks.
    if (acceptsRow(row)) return withoutBlanks(row);
    const parsed = IndicatorSchema.safeParse(row);
    if (parsed.success) return withoutBlanks(parsed.data);
    errors.push(...parsed.error.issues.flatMap((issue) => schemaErrors(issue, ["indicators", i], data, error)));
    return undefined;
  });
  const frame: Frame = shell.success
    ? { region: shell.data.region as Region, plan: shell.data.plan, standard: shell.data.standard, regionValid: true }
    : fallbackFrame(data as Record<string, unknown>);
  const built = new ModelBuilder(frame, file, map, error).build(rows, Array.isArray(rawRows) ? rawRows : []);
  errors.push(...built.errors);
  // The file's own errors first, then those of a catalog it names (located in the catalog).
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => Number(a.file !== file) - Number(b.file !== file) || a.line - b.line || a.column - b.column) };
  return { ok: true, value: built.file };
}

/** What the rows need of the file, from a frame that did not validate (to keep finding row errors). */
interface Frame {
  region: Region;
  plan: RawIndicatorFile["plan"];
  standard?: string | undefined;
  regionValid: boolean;
}

function fallbackFrame(data: Record<string, unknown>): Frame {
  const plan = data.plan as Record<string, unknown> | undefined;
  const baseYear = typeof plan?.base_year === "number" ? plan.base_year : Number.NaN;
  // The edition is kept: its rows still fill in what a row omits, so a header mistake is one error, not one per row.
  const standard = typeof data.standard === "string" ? data.standard : undefined;
  return { region: { name: "" }, plan: { base_year: baseYear }, regionValid: false, ...(standard !== undefined ? { standard } : {}) };
}

type ErrorAt = (path: Path, code: string, id: string, data?: InputError["message"]["data"], where?: "value" | "key") => InputError;

/** zod issues → located errors, choosing the union branch that came closest to matching. */
function schemaErrors(issue: Issue, prefix: Path, data: unknown, error: ErrorAt): InputError[] {
  const path = [...prefix, ...(issue.path as Path)];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const known = fieldsFor(path);
        const suggestion = didYouMean(key, known);
        // `{baseline: 1,200}`: YAML splits a flow mapping at the comma, and `200` is a key left blank.
        const split = /^\d+(\.\d*)?$/.test(key) && valueAt(data, [...path, key]) === null;
        const id = split ? "error.unknownField.thousands" : suggestion ? "error.unknownField.suggest" : "error.unknownField";
        return error([...path, key], "unknown-field", id, {
          field: key,
          suggestion,
          known: known.join(", "),
        }, "key");
      });
    case "invalid_union": {
      // The branch that matched deepest is what the writer meant (a series with one bad year is a
      // series, not a broken single value); among equals, the one with fewest problems.
      const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length + (i.code === "invalid_key" || i.code === "invalid_union" ? 1 : 0)));
      const branches = issue.errors.filter((branch) => !branch.every((i) => i.path.length === 0 && i.code === "invalid_type"));
      const closest = branches.sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      if (closest) return closest.flatMap((i) => schemaErrors(i, path, data, error));
      break;
    }
    case "invalid_key":
      return [error(path, "invalid-key", "error.invalidKey", { key: String(path.at(-1)), expected: ref(`${issue.issues[0]?.message ?? "expected.year"}`) }, "key")];
  }
  const found = valueAt(data, path);
  if (found === undefined) {
    // Named by its path from the nearest mapping that is not a row: plan.base_year, id.
    const field = path.filter((p, i) => typeof p === "string" && !(p === "indicators" && typeof path[i + 1] === "number")).join(".");
    return [error(path.slice(0, -1), "missing-field", "error.missingField", { field, expected: expectation(issue) }, "key")];
  }
  return [error(path, "invalid-value", "error.invalidValue", { field: String(path.findLast((p) => typeof p === "string") ?? ""), expected: expectation(issue), found: describe(found), suggestion: suggestionFor(issue, found) })];
}

/** What a wrong value most likely meant: the year in "2022年", the closest allowed word. */
function suggestionFor(issue: Issue, found: unknown): string | undefined {
  if (typeof found !== "string") return undefined;
  if (issue.message === "expected.year") return /^\s*(\d{4})\s*年?(度)?\s*$/.exec(found)?.[1];
  const allowed = "values" in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
  return allowed ? didYouMean(found, allowed) : undefined;
}

function expectation(issue: Issue): MessageValue {
  return issue.message.startsWith("expected.") ? ref(`${issue.message}`) : issue.message;
}

function fieldsFor(path: Path): readonly string[] {
  const last = path.findLast((p) => typeof p === "string");
  if (path.length === 0) return KNOWN_FIELDS.file;
  if (path.length === 2 && path[0] === "indicators") return KNOWN_FIELDS.indicator;
  switch (last) {
    case "plan": return KNOWN_FIELDS.plan;
    case "review": return KNOWN_FIELDS.review;
    case "standard": return KNOWN_FIELDS.byRegion;
    case "near_term": case "long_term": return KNOWN_FIELDS.rule;
    default:
      return path.includes("superior") || path.includes("by_region") ? KNOWN_FIELDS.rule : KNOWN_FIELDS.value;
  }
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  // As YAML spells them: .nan, .inf, -.inf.
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  const s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Builds the domain model from a schema-valid file, collecting every further error. */
class ModelBuilder {
  private readonly errors: InputError[] = [];

  constructor(
    private readonly frame: Frame,
    private readonly file: string,
    private readonly map: Locator,
    private readonly error: ErrorAt,
  ) {}

  /** Builds the rows that passed the schema; `file` is meaningful only when `errors` is empty. */
  build(rows: ReadonlyArray<RawIndicator | undefined>, rawRows: readonly unknown[]): { file: IndicatorFile; errors: InputError[] } {
    const { frame } = this;
    // The plan's years in order: base, then near-term, then long-term.
    const { base_year: base, near_term: near, long_term: long } = frame.plan;
    if (near !== undefined && near <= base) this.errors.push(this.error(["plan", "near_term"], "invalid-value", "error.planOrder", { field: "near_term", year: near, after: base }));
    if (long !== undefined && long <= (near ?? base)) this.errors.push(this.error(["plan", "long_term"], "invalid-value", "error.planOrder", { field: "long_term", year: long, after: near ?? base }));
    const resolved = frame.standard === undefined ? undefined : resolveCatalog(frame.standard, this.file);
    const catalog = resolved?.ok ? resolved.value.catalog : undefined;
    if (frame.standard !== undefined && !resolved) {
      const known = editionNames();
      const suggestion = didYouMean(frame.standard, known);
      this.errors.push(this.error(["standard"], "unknown-edition", "error.unknownEdition", { edition: frame.standard, known: known.join(", "), suggestion }));
    }
    // A catalog file's own problems, located in it; and where the indicator file names it.
    this.catalogFailed = resolved !== undefined && !resolved.ok;
    if (resolved && !resolved.ok) {
      this.errors.push(this.error(["standard"], "catalog-invalid", "error.catalogInvalid", { catalog: frame.standard, count: resolved.errors.length }), ...resolved.errors);
    }
    const seen = new Map<string, number>();
    rawRows.forEach((raw, i) => {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id !== "string" && typeof id !== "number") return;
      const line = seen.get(String(id));
      if (line !== undefined) this.errors.push(this.error(["indicators", i, "id"], "duplicate-id", "error.duplicateId", { id: String(id), line }));
      else seen.set(String(id), this.map.lineOf(["indicators", i]));
    });
    const built = new Map<string, Indicator>();
    rows.forEach((row, i) => {
      const path = ["indicators", i];
      if (!row) return this.rulesOfInvalidRow(rawRows[i], path);
      const id = String(row.id);
      const inherited = catalog?.indicators.find((c) => c.id === id);
      // An edition that could not be found is one error at `standard`: its rows are not blamed for what it would supply.
      if (frame.standard !== undefined && !catalog) return;
      if (catalog && !inherited) {
        const suggestion = didYouMean(id, catalog.indicators.map((c) => c.id));
        this.errors.push(this.error([...path, "id"], "unknown-indicator", "error.unknownIndicator", { id, edition: catalog.edition, suggestion }));
        return;
      }
      const indicator = this.indicator(row, path, frame.region, inherited);
      if (indicator && !built.has(id)) built.set(id, indicator);
    });
    // With an edition, its rows come in its order, and a row the file leaves out is there, without values.
    const indicators = catalog
      ? catalog.indicators.flatMap((c) => built.get(c.id) ?? this.absentRow(c, frame.region) ?? [])
      : [...built.values()];
    const { plan } = frame;
    return {
      errors: this.errors,
      file: {
        file: this.file,
        region: frame.region,
        ...(frame.standard !== undefined ? { standardEdition: frame.standard } : {}),
        ...(resolved?.ok ? { catalog: { name: resolved.value.name, edition: catalog!.edition, title: catalog!.title, document: catalog!.document, verified: catalog!.verified, builtIn: resolved.value.builtIn } } : {}),
        plan: { baseYear: plan.base_year, nearTerm: plan.near_term, longTerm: plan.long_term },
        indicators,
      },
    };
  }

  /** A row of the edition that the file leaves out: no values, and its line is the `indicators:` key's. */
  private absentRow(c: CatalogIndicator, region: Region): Indicator | undefined {
    const row = this.indicator({ id: c.id }, ["indicators"], region, c);
    return row && { ...row, line: this.map.locate(["indicators"], "key").line };
  }

  /** A row that failed the schema may still have rule texts to check. */
  private rulesOfInvalidRow(raw: unknown, path: Path): void {
    if (raw === null || typeof raw !== "object") return;
    for (const field of ["standard", "near_term", "long_term"] as const) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === "string" || typeof value === "number") this.rule(value, [...path, field]);
    }
  }

  /** `standard:` names a catalog file that did not load. */
  private catalogFailed = false;

  /** The row being built, for messages about rules it inherits. */
  private currentId = "";

  private indicator(row: RawIndicator, path: Path, region: Region, inherited?: CatalogIndicator): Indicator | undefined {
    const id = String(row.id);
    this.currentId = id;
    const before = this.errors.length;
    for (const field of ["name", "standard"] as const) {
      // A row of a catalog that did not load inherits nothing: its own problems are reported there.
      if (row[field] === undefined && !inherited && !this.catalogFailed) {
        this.errors.push(this.error(path, "missing-field", "error.missingField", { field, expected: ref(`expected.${field === "name" ? "text" : "rule"}`), id }));
      }
    }
    if (inherited && row.unit !== undefined && normalizeUnit(row.unit) !== normalizeUnit(inherited.unit ?? "")) {
      this.errors.push(this.error([...path, "unit"], "unit-mismatch", "error.unitMismatch", { id, unit: row.unit, expected: inherited.unit || "—" }));
    }
    const baseYear = this.frame.plan.base_year;
    const baseline = series(row.baseline, baseYear);
    for (const o of baseline) {
      if (o.year > baseYear) this.errors.push(this.error([...path, "baseline", String(o.year)], "baseline-after-base-year", "error.baselineAfterBaseYear", { year: o.year, baseYear }, "key"));
    }
    const national = inherited && this.standard(inherited.standard, ["region"], region, "edition");
    const standard = row.standard === undefined ? national : this.standard(row.standard, [...path, "standard"], region, "file");
    const nearTerm = this.rule(row.near_term, [...path, "near_term"]);
    const longTerm = this.rule(row.long_term, [...path, "long_term"]);
    // Improvement goes the way the standard points (≤35 ⇒ lower); where it points nowhere, the targets may.
    const implied = [standard, nearTerm, longTerm].reduce<Direction | undefined>((d, spec) => d ?? (spec && impliedDirection(spec.rule)), undefined);
    const stated = standard && impliedDirection(standard.rule);
    if (row.better !== undefined && stated !== undefined && row.better !== stated) {
      this.errors.push(this.error([...path, "better"], "better-contradicts-standard", "error.betterContradicts", { id, better: row.better, rule: standard!.text, implied: ref(`explain.better.${stated}`) }));
    }
    const indicator: Indicator = {
      id,
      name: row.name ?? inherited?.name ?? "",
      nameEn: row.name_en ?? inherited?.name_en,
      unit: row.unit ?? inherited?.unit ?? "",
      binding: row.binding ?? inherited?.binding ?? !/^R/i.test(id),
      better: row.better ?? inherited?.better ?? implied ?? "higher",
      measure: row.measure ?? inherited?.measure ?? "level",
      reference: row.reference ?? "previous",
      tolerance: tolerance(row.tolerance),
      standard,
      baseline,
      actuals: series(row.actuals, baseYear),
      nearTerm,
      longTerm,
      superior: this.superior(row.superior, [...path, "superior"]),
      mayBeNotApplicable: inherited ? inherited.may_be_not_applicable === true : true,
      ...(inherited ? { edition: { name: this.frame.standard!, ...(national ? { standard: national } : {}), overrides: overrides(inherited, row) } } : {}),
      ...(row.review ? { review: { ...row.review, date: row.review.date === undefined ? undefined : String(row.review.date), year: row.review.year ?? baseYear } } : {}),
      ...(row.note ? { note: row.note } : {}),
      line: this.map.lineOf(path),
      ...(row.reference_value ? { referenceValues: Object.fromEntries(Object.entries(row.reference_value).map(([y, n]) => [Number(y), n])) } : {}),
      ...(row.clauses ? { clauses: this.clauses(row.clauses, [...path, "clauses"], [standard, nearTerm, longTerm]) } : {}),
    };
    return this.errors.length === before ? indicator : undefined;
  }

  /** `clauses`, keyed by the condition as the rule writes it; a key no rule of the row states is an error. */
  private clauses(raw: Record<string, string | Record<string, string>>, path: Path, specs: ReadonlyArray<RuleSpec | undefined>): Record<string, Clause> {
    const known = specs.flatMap((spec) => (spec ? conditionsIn(spec.rule) : []));
    const clauses: Record<string, Clause> = {};
    for (const [key, value] of Object.entries(raw)) {
      const condition = normalizeRuleText(key).text;
      if (!known.includes(condition)) {
        const suggestion = didYouMean(condition, known);
        this.errors.push(this.error([...path, key], "unknown-condition", "error.unknownCondition", { condition: key, known: known.join("、") || "—", suggestion }, "key"));
        continue;
      }
      clauses[condition] = typeof value === "string"
        ? { all: clauseState(value), byYear: {} }
        : { byYear: Object.fromEntries(Object.entries(value).map(([y, v]) => [Number(y), clauseState(v)])) };
    }
    return clauses;
  }

  private rule(raw: RawRule | undefined, path: Path): RuleSpec | undefined {
    if (raw === undefined) return undefined;
    const [text, note, textPath] = typeof raw === "object" ? [raw.rule, raw.note, [...path, "rule"]] : [raw, undefined, path];
    const parsed = parseRule(text);
    if (!parsed.ok) {
      const quoted = QUOTED_RULE.exec(String(text));
      if (quoted) {
        // “≥85” typed with a Chinese input method: YAML's quotes are straight, so these are part of the text.
        this.errors.push({ file: this.file, ...this.map.locateInScalar(textPath, 0), code: "rule-syntax", message: { id: "error.ruleQuoted", data: { text: String(text), inner: quoted[1]! } } });
        return undefined;
      }
      const { offset, found, expected } = parsed.error;
      this.errors.push({
        file: this.file,
        ...this.map.locateInScalar(textPath, offset),
        code: "rule-syntax",
        message: { id: "error.ruleSyntax", data: { text: String(text), found: found || ref("error.endOfText"), expected: ref(`${expected}`) } },
      });
      return undefined;
    }
    return { text: String(text), rule: parsed.rule, ...(note ? { note } : {}) };
  }

  /** A standard as rule text, or chosen by the region; `edition` standards locate region errors at `region`. */
  private standard(raw: RawStandard, path: Path, region: Region, source: "file" | "edition"): RuleSpec | undefined {
    if (typeof raw !== "object" || !("by_region" in raw)) return this.rule(raw, path);
    // Every case's rule must be readable, whichever case this region takes.
    const specs = source === "file" ? raw.by_region.map((c, i) => this.rule(c.rule, [...path, "by_region", i, "rule"])) : undefined;
    if (!this.frame.regionValid) return undefined; // the region's own errors are reported already
    for (const [i, option] of raw.by_region.entries()) {
      const casePath = source === "file" ? [...path, "by_region", i] : path;
      let matches = true;
      for (const [attribute, wanted] of Object.entries(option.when)) {
        if (!(attribute in region)) {
          if (source === "file") {
            this.errors.push(this.error([...casePath, "when", attribute], "region-attribute-missing", "error.regionAttributeMissing", { attribute }, "key"));
          } else {
            this.errors.push(this.error(path, "region-attribute-missing", "error.regionAttributeMissing.edition", { attribute, id: this.currentId }, "key"));
          }
          return undefined;
        }
        const accepted = (Array.isArray(wanted) ? wanted : [wanted]).map((w) => String(regionWord(attribute, w)));
        if (!accepted.includes(String(region[attribute]))) matches = false;
      }
      if (matches) {
        const spec = specs ? specs[i] : this.rule(option.rule, path);
        return spec && { ...spec, ...(raw.note ? { note: raw.note } : {}), chosenBy: option.when };
      }
    }
    const attributes = [...new Set(raw.by_region.flatMap((o) => Object.keys(o.when)))].map((a) => `${a}: ${String(region[a])}`).join(", ");
    this.errors.push(this.error(path, "no-region-case", "error.noRegionCase", { attributes }));
    return undefined;
  }

  private superior(raw: Record<string, RawRule> | undefined, path: Path): SuperiorTarget[] {
    if (!raw) return [];
    return Object.entries(raw)
      .flatMap(([year, target]): SuperiorTarget[] => {
        const text = typeof target === "object" ? target.rule : target;
        const stated = statedResult(String(text));
        if (stated) return [{ year: Number(year), stated }];
        const spec = this.rule(target, [...path, year]);
        if (spec && mentionsSuperior(spec.rule)) {
          this.errors.push(this.error([...path, year], "superior-circular", "error.superiorCircular", { year }));
          return [];
        }
        return spec ? [{ year: Number(year), spec }] : [];
      })
      .sort((a, b) => a.year - b.year);
  }
}

/** The conditions a rule holds (且能源消耗总量不超过控制目标值), as normalised text. */
function conditionsIn(rule: Rule): string[] {
  if (rule.kind === "all" || rule.kind === "any") return rule.parts.flatMap(conditionsIn);
  return rule.kind === "condition" ? [rule.text] : [];
}

/** A schema-valid row without its blank fields: `baseline:` left blank means the value is not there yet. */
function withoutBlanks(row: unknown): RawIndicator {
  const fields = row as Record<string, unknown>;
  for (const key in fields) if (fields[key] === null) return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as RawIndicator;
  return row as RawIndicator;
}


const normalizeUnit = (unit: string) => unit.trim().replace(/^[-—–]$/, "").replace(/m3$/, "m³").replace(/^[uµ]g/, "μg");

const OVERRIDABLE = ["name", "unit", "better", "measure", "binding", "standard"] as const;

/** The catalog fields a row restates differently: the report says so. */
function overrides(inherited: CatalogIndicator, row: RawIndicator): Override[] {
  return OVERRIDABLE.flatMap((field): Override[] => {
    const mine = row[field];
    if (mine === undefined) return [];
    const theirs = inherited[field];
    const same = field === "unit" ? normalizeUnit(String(mine)) === normalizeUnit(String(theirs ?? "")) : JSON.stringify(mine) === JSON.stringify(theirs);
    return same ? [] : [{ field, file: display(mine), edition: display(theirs) }];
  });
}

const display = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : typeof v === "object" && v && "rule" in v ? String(v.rule) : JSON.stringify(v));

/** A single value stands for the base year; a series is keyed by year. */
function series(raw: RawValue | Record<string, RawValue> | undefined, baseYear: number): Observation[] {
  if (raw === undefined) return [];
  if (!isSeries(raw)) return [observation(baseYear, raw)];
  // Year keys are whole numbers, which objects list in ascending order.
  const observations: Observation[] = [];
  for (const year in raw) observations.push(observation(Number(year), (raw as Record<string, RawValue>)[year]!));
  return observations;
}

function isSeries(raw: unknown): raw is Record<string, RawValue> {
  return typeof raw === "object" && raw !== null && !("value" in raw);
}

function observation(year: number, raw: RawValue): Observation {
  if (typeof raw === "object") {
    return { year, value: normalizeValue(raw.value), ...(raw.note ? { note: raw.note } : {}), ...(raw.source ? { source: raw.source } : {}) };
  }
  return { year, value: normalizeValue(raw) };
}
