/**
 * A schema-valid file → the domain model: the catalog's rows inherited, every rule parsed (once per
 * text), the standard chosen for the region, values normalised, each row's series merged once.
 * Every further problem is collected, located through the document's locator.
 */
import { impliedDirection } from "../rules/direction.js";
import { regionWord } from "../model/regionWords.js";
import { ASCII_ID, sameId } from "../model/id.js";
import type {
  Catalog,
  CatalogIndicator,
  RawIndicator,
  RawIndicatorFile,
  RawRule,
  RawStandard,
  RawValue,
} from "../model/schema.js";
import type {
  Indicator,
  IndicatorFile,
  Observation,
  Override,
  Region,
  RuleSpec,
  Series,
  SuperiorTarget,
} from "../model/types.js";
import { clauseState, normalizeValue } from "../model/value.js";
import { normalizeRuleText } from "../rules/normalize.js";
import type { Rule } from "../rules/ast.js";
import type { Clause } from "../rules/context.js";
import { leaves, mentionsSuperior } from "../rules/index.js";
import { ref } from "../i18n/message.js";
import { parseTolerance as tolerance } from "../model/tolerance.js";
import { statedResult } from "../rules/vocabulary.js";
import { didYouMean } from "../load/didYouMean.js";
import type { InputError } from "../load/errors.js";
import type { Locator, Path } from "../load/positions.js";
import type { Catalogs } from "./catalogs.js";
import { parseRule } from "../rules/parse.js";
import { inRowUnit, unitKey } from "../rules/units.js";
import { MAX_ERRORS } from "../load/limits.js";
import { type ErrorAt, excerpt } from "./schemaErrors.js";

/** What the rows need of the file, from a frame that did not validate (to keep finding row errors). */
export interface Frame {
  region: Region;
  plan: RawIndicatorFile["plan"];
  standard?: string | undefined;
  regionValid: boolean;
}
/** Builds the domain model from a schema-valid file, collecting every further error. */
/** A whole rule inside typographic quotation marks: “≥85”, ‘建立’, 「开展」. */
const QUOTED_RULE = /^\s*[“‘「『"']\s*(.+?)\s*[”’」』"']\s*$/;

export class ModelBuilder {
  private readonly errors: InputError[] = [];

  constructor(
    private readonly frame: Frame,
    private readonly file: string,
    private readonly map: Locator,
    private readonly error: ErrorAt,
    private readonly catalogs: Catalogs,
  ) {}

  /**
   * An id written unquoted that YAML reads as another number: `5.10` is 5.1, another row of the
   * edition; `01` is 1, `0x10` 16, `5.0` 5. The reading parse notes the numbers written so, and only
   * an id among them has its text looked up (a file of 300,000 rows numbered unquoted is not parsed
   * again for it).
   */
  private numbersReadAsOther(rawRows: readonly unknown[]): void {
    for (let i = 0; i < rawRows.length; i++) {
      const id = (rawRows[i] as { id?: unknown } | null)?.id;
      // Only a number the file writes otherwise than it prints somewhere (01, 5.10) has its text looked up.
      if (typeof id !== "number" || !this.map.mayRespell(id)) continue;
      const path = ["indicators", i, "id"];
      const written = this.map.plainSource(path);
      if (written !== undefined && written !== String(id))
        this.errors.push(this.error(path, "invalid-value", "error.idAsNumber", { written, read: String(id) }));
    }
  }

  /** Builds the rows that passed the schema; `file` is meaningful only when `errors` is empty. */
  build(
    rows: ReadonlyArray<RawIndicator | undefined>,
    rawRows: readonly unknown[],
  ): { file: IndicatorFile; errors: InputError[] } {
    const { frame } = this;
    // The plan's years in order: base, then near-term, then long-term.
    const { base_year: base, near_term: near, long_term: long } = frame.plan;
    if (near !== undefined && near <= base)
      this.errors.push(
        this.error(["plan", "near_term"], "invalid-value", "error.planOrder", {
          field: "near_term",
          year: near,
          after: base,
        }),
      );
    if (long !== undefined && long <= (near ?? base))
      this.errors.push(
        this.error(["plan", "long_term"], "invalid-value", "error.planOrder", {
          field: "long_term",
          year: long,
          after: near ?? base,
        }),
      );
    const resolved = frame.standard === undefined ? undefined : this.catalogs.resolve(frame.standard, this.file);
    const catalog = resolved?.ok ? resolved.value.catalog : undefined;
    if (frame.standard !== undefined && !resolved) {
      const known = this.catalogs.names();
      const suggestion = didYouMean(frame.standard, known);
      this.errors.push(
        this.error(["standard"], "unknown-edition", "error.unknownEdition", {
          edition: frame.standard,
          known: known.join(", "),
          suggestion,
        }),
      );
    }
    // A catalog file's own problems, located in it; and where the indicator file names it.
    this.catalogFailed = resolved !== undefined && !resolved.ok;
    if (resolved && !resolved.ok) {
      this.errors.push(
        this.error(["standard"], "catalog-invalid", "error.catalogInvalid", {
          catalog: frame.standard,
          count: resolved.errors.length,
        }),
        ...resolved.errors,
      );
    }
    // Each id's first row; its line is looked up only for an id used twice.
    const ids = rawRows.map(rowId);
    this.numbersReadAsOther(rawRows);
    // Ids in increasing order are all different: a long file numbered in order needs no set of them.
    const first = increasing(ids) ? new Uint8Array(rawRows.length).fill(1) : this.firstOfEachId(ids);
    // Each id's first row, in the file's order (a later row with the same id is an error above).
    const built: Indicator[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (this.spent(i)) break;
      const path = ["indicators", i];
      if (!row) {
        this.rulesOfInvalidRow(rawRows[i], path);
        continue;
      }
      // A row the schema took has an id (text or a number), so rowId gave it.
      const id = ids[i]!;
      const inherited = catalog && catalogRow(catalog, id);
      // An edition that could not be found is one error at `standard`: its rows are not blamed for what it would supply.
      if (frame.standard !== undefined && !catalog) continue;
      if (catalog && !inherited) {
        const suggestion = didYouMean(
          id,
          catalog.indicators.map((c) => c.id),
        );
        this.errors.push(
          this.error([...path, "id"], "unknown-indicator", "error.unknownIndicator", {
            id,
            edition: catalog.edition,
            suggestion,
          }),
        );
        continue;
      }
      const indicator = this.indicator(row, id, path, frame.region, inherited);
      if (indicator && first[i]) built.push(indicator);
    }
    // With an edition, its rows come in its order, and a row the file leaves out is there, without values.
    const byId = catalog && new Map(built.map((indicator) => [indicator.id, indicator]));
    const indicators = byId
      ? catalog.indicators.flatMap((c) => byId.get(c.id) ?? this.absentRow(c, frame.region) ?? [])
      : built;
    const { plan } = frame;
    return {
      errors: this.errors,
      file: {
        file: this.file,
        region: frame.region,
        ...(frame.standard !== undefined ? { standardEdition: frame.standard } : {}),
        ...(resolved?.ok
          ? {
              catalog: {
                name: resolved.value.name,
                edition: catalog!.edition,
                title: catalog!.title,
                document: catalog!.document,
                verified: catalog!.verified,
                builtIn: resolved.value.builtIn,
              },
            }
          : {}),
        plan: { baseYear: plan.base_year, nearTerm: plan.near_term, longTerm: plan.long_term },
        indicators,
      },
    };
  }

  /**
   * Marks each id's first row (1), and reports every later row with the same id, up to the file's
   * {@link MAX_ERRORS}: the rows after the one that reaches it are not looked at.
   */
  private firstOfEachId(ids: ReadonlyArray<string | undefined>): Uint8Array {
    const seen = new Set<string>();
    const first = new Uint8Array(ids.length);
    let firsts: Map<string, number> | undefined;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (this.spent(i)) break;
      if (id === undefined) continue;
      const size = seen.size;
      if (seen.add(sameId(id)).size > size) first[i] = 1;
      else {
        // Repeats are rare: where each id first stood is found at the first repeat, in one pass.
        firsts ??= firstRows(ids);
        const earlier = firsts.get(sameId(id))!;
        this.errors.push(
          this.error(["indicators", i, "id"], "duplicate-id", "error.duplicateId", {
            id,
            line: this.map.lineOf(["indicators", earlier]),
          }),
        );
      }
    }
    return first;
  }

  /**
   * The first row not looked at, where the errors reached {@link MAX_ERRORS} before the last row
   * (those after it are not looked for: a file whose every row is wrong would take minutes).
   */
  cut: number | undefined;

  /** Whether row `i`, about to be looked at, is past the budget of errors; the first such row is the cut. */
  private spent(i: number): boolean {
    if (this.cut !== undefined) return i >= this.cut;
    if (this.errors.length < MAX_ERRORS) return false;
    this.cut = i;
    return true;
  }

  /** A row of the edition that the file leaves out: no values, and its line is the `indicators:` key's. */
  private absentRow(c: CatalogIndicator, region: Region): Indicator | undefined {
    const row = this.indicator({ id: c.id }, c.id, ["indicators"], region, c);
    return row && { ...row, line: this.map.locate(["indicators"], "key").line };
  }

  /** A row that failed the schema may still have rule texts to check. */
  private rulesOfInvalidRow(raw: unknown, path: Path): void {
    if (raw === null || typeof raw !== "object") return;
    for (const field of ["standard", "near_term", "long_term"] as const) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === "string" || typeof value === "number") this.rule(value, path, field);
    }
  }

  /** `standard:` names a catalog file that did not load. */
  private catalogFailed = false;

  /** The row being built, for messages about rules it inherits. */
  private currentId = "";

  private indicator(
    row: RawIndicator,
    id: string,
    path: Path,
    region: Region,
    inherited?: CatalogIndicator,
  ): Indicator | undefined {
    this.currentId = id;
    const before = this.errors.length;
    for (const field of ["name", "standard"] as const) {
      // A row of a catalog that did not load inherits nothing: its own problems are reported there.
      if (row[field] === undefined && !inherited && !this.catalogFailed) {
        this.errors.push(
          this.error(path, "missing-field", "error.missingField", {
            field,
            expected: ref(`expected.${field === "name" ? "text" : "rule"}`),
            id,
          }),
        );
      }
    }
    if (inherited && row.unit !== undefined && normalizeUnit(row.unit) !== normalizeUnit(inherited.unit ?? "")) {
      this.errors.push(
        this.error([...path, "unit"], "unit-mismatch", "error.unitMismatch", {
          id,
          unit: row.unit,
          expected: inherited.unit || "—",
        }),
      );
    }
    const baseYear = this.frame.plan.base_year;
    // The edition's rules are in its units; the file's are converted to the row's.
    // One spelling of each unit (％ is %, 微克/立方米 μg/m³): every rule of a unit asks for that one.
    const unit = unitKey(row.unit ?? inherited?.unit ?? "");
    const baseline = series(row.baseline, baseYear, unit);
    const actuals = series(row.actuals, baseYear, unit);
    for (const o of baseline) {
      if (o.year > baseYear)
        this.errors.push(
          this.error(
            [...path, "baseline", String(o.year)],
            "baseline-after-base-year",
            "error.baselineAfterBaseYear",
            { year: o.year, baseYear },
            "key",
          ),
        );
    }
    const national = inherited && this.standard(inherited.standard, [], "region", region, "edition");
    const standard =
      row.standard === undefined ? national : this.standard(row.standard, path, "standard", region, "file", unit);
    const nearTerm = this.rule(row.near_term, path, "near_term", unit);
    const longTerm = this.rule(row.long_term, path, "long_term", unit);
    // Improvement goes the way the standard points (≤35 ⇒ lower); where it points nowhere, the targets may.
    const implied =
      (standard && impliedDirection(standard.rule)) ??
      (nearTerm && impliedDirection(nearTerm.rule)) ??
      (longTerm && impliedDirection(longTerm.rule));
    const stated = standard && impliedDirection(standard.rule);
    if (row.better !== undefined && stated !== undefined && row.better !== stated) {
      this.errors.push(
        this.error([...path, "better"], "better-contradicts-standard", "error.betterContradicts", {
          id,
          better: row.better,
          rule: standard!.text,
          implied: ref(`explain.better.${stated}`),
        }),
      );
    }
    const superior = row.superior ? this.superior(row.superior, [...path, "superior"], unit) : NO_TARGETS;
    const applicable = this.notApplicable(row, path, standard, inherited);
    // Optional fields are added in place, in the order a spread literal would give them: spreading
    // each into the literal costs a runtime copy per field per row (300,000 rows: seconds).
    const indicator: Indicator = {
      id,
      name: row.name ?? inherited?.name ?? "",
      nameEn: row.name_en ?? inherited?.name_en,
      domain: row.domain ?? inherited?.domain,
      unit,
      binding: row.binding ?? inherited?.binding ?? !/^R/i.test(id),
      better: row.better ?? inherited?.better ?? implied ?? "higher",
      measure: row.measure ?? inherited?.measure ?? "level",
      reference: row.reference ?? "previous",
      tolerance: tolerance(row.tolerance),
      standard,
      baseline,
      actuals,
      series: merged(baseline, actuals),
      nearTerm,
      longTerm,
      superior,
      mayBeNotApplicable: applicable.mayBeNotApplicable,
      notApplicableBy: applicable.notApplicableBy,
      // In the literal, not added after: a field added later moves the row's fields to a second object.
      line: this.map.lineOf(path),
    };
    if (inherited)
      indicator.edition = {
        name: this.frame.standard!,
        ...(national ? { standard: national } : {}),
        overrides: overrides(inherited, row),
      };
    if (row.review)
      indicator.review = {
        ...row.review,
        date: row.review.date === undefined ? undefined : String(row.review.date),
        year: row.review.year ?? baseYear,
      };
    if (row.note) indicator.note = row.note;
    if (row.reference_value)
      indicator.referenceValues = Object.fromEntries(
        Object.entries(row.reference_value).map(([y, n]) => [Number(y), n]),
      );
    if (row.clauses)
      indicator.clauses = this.clauses(row.clauses, [...path, "clauses"], [standard, nearTerm, longTerm]);
    return this.errors.length === before ? indicator : undefined;
  }

  /**
   * May the row be declared 不涉及? An edition's row as the edition says (a row may not say otherwise);
   * a row with its own rule when it says so (`may_be_not_applicable: true`) or its standard admits
   * 不涉及 (`≥93或不涉及`); never by default.
   */
  private notApplicable(
    row: RawIndicator,
    path: Path,
    standard: RuleSpec | undefined,
    inherited?: CatalogIndicator,
  ): Pick<Indicator, "mayBeNotApplicable" | "notApplicableBy"> {
    const declared = row.may_be_not_applicable ?? undefined;
    if (inherited) {
      const allowed = inherited.may_be_not_applicable === true;
      if (declared !== undefined && declared !== allowed) {
        this.errors.push(
          this.error([...path, "may_be_not_applicable"], "not-applicable-by-edition", "error.notApplicableByEdition", {
            id: String(row.id),
            edition: this.frame.standard!,
            allowed: String(allowed),
          }),
        );
      }
      return { mayBeNotApplicable: allowed, notApplicableBy: "edition" };
    }
    const admits = standard !== undefined && this.admitsNotApplicable(standard);
    return { mayBeNotApplicable: declared === true || admits, notApplicableBy: "file" };
  }

  /** Whether a standard admits 不涉及, once per rule read (a long file repeats a few rules on every row). */
  private readonly admitting = new Map<RuleSpec, boolean>();

  private admitsNotApplicable(spec: RuleSpec): boolean {
    let admits = this.admitting.get(spec);
    if (admits === undefined) {
      admits = leaves(spec.rule).some((l) => l.kind === "not_applicable");
      this.admitting.set(spec, admits);
    }
    return admits;
  }

  /** `clauses`, keyed by the condition as the rule writes it; a key no rule of the row states is an error. */
  private clauses(
    raw: Record<string, string | Record<string, string>>,
    path: Path,
    specs: ReadonlyArray<RuleSpec | undefined>,
  ): Record<string, Clause> {
    const known = specs.flatMap((spec) => (spec ? conditionsIn(spec.rule) : []));
    const clauses: Record<string, Clause> = {};
    for (const [key, value] of Object.entries(raw)) {
      const condition = normalizeRuleText(key).text;
      if (!known.includes(condition)) {
        const suggestion = didYouMean(condition, known);
        this.errors.push(
          this.error(
            [...path, key],
            "unknown-condition",
            "error.unknownCondition",
            { condition: key, known: known.join("、") || "—", suggestion },
            "key",
          ),
        );
        continue;
      }
      clauses[condition] =
        typeof value === "string"
          ? { all: clauseState(value), byYear: {} }
          : { byYear: Object.fromEntries(Object.entries(value).map(([y, v]) => [Number(y), clauseState(v)])) };
    }
    return clauses;
  }

  /** A rule text, parsed; with `unit`, its numbers in the row's unit (a unit that does not convert is an error where it is written). */
  /** Rules already read, by unit and text: a long file repeats a few texts on every row. */
  private readonly specs = new Map<string | undefined, Map<string | number, RuleSpec>>();

  private rule(raw: RawRule | undefined, parent: Path, key: string | number, unit?: string): RuleSpec | undefined {
    if (raw === undefined) return undefined;
    if (typeof raw === "object") return this.readRule(raw, [...parent, key], unit);
    let inUnit = this.specs.get(unit);
    if (!inUnit) this.specs.set(unit, (inUnit = new Map()));
    const known = inUnit.get(raw);
    if (known) return known;
    const spec = this.readRule(raw, [...parent, key], unit);
    if (spec) inUnit.set(raw, spec);
    return spec;
  }

  private readRule(raw: RawRule, path: Path, unit?: string): RuleSpec | undefined {
    const [text, note, textPath] =
      typeof raw === "object" ? [raw.rule, raw.note, [...path, "rule"]] : [raw, undefined, path];
    const parsed = parseRule(text);
    if (!parsed.ok) {
      const quoted = QUOTED_RULE.exec(String(text));
      if (quoted) {
        // “≥85” typed with a Chinese input method: YAML's quotes are straight, so these are part of the text.
        this.errors.push({
          file: this.file,
          ...this.map.locateInScalar(textPath, 0),
          code: "rule-syntax",
          message: { id: "error.ruleQuoted", data: { text: excerpt(String(text)), inner: excerpt(quoted[1]!) } },
        });
        return undefined;
      }
      const { offset, found, expected } = parsed.error;
      this.errors.push({
        file: this.file,
        ...this.map.locateInScalar(textPath, offset),
        code: "rule-syntax",
        message: {
          id: "error.ruleSyntax",
          data: {
            text: excerpt(String(text)),
            found: found ? excerpt(found) : ref("error.endOfText"),
            expected: ref(`${expected}`),
          },
        },
      });
      return undefined;
    }
    const converted = unit === undefined ? { ok: true as const, rule: parsed.rule } : inRowUnit(parsed.rule, unit);
    if (!converted.ok) {
      this.errors.push({
        file: this.file,
        ...this.map.locateInScalar(textPath, converted.span.start),
        code: "rule-unit",
        message: { id: "error.ruleUnit", data: { text: excerpt(String(text)), unit: converted.unit, rowUnit: unit! } },
      });
      return undefined;
    }
    return { text: String(text), rule: converted.rule, ...(note ? { note } : {}) };
  }

  /** A standard as rule text, or chosen by the region; `edition` standards locate region errors at `region`. */
  private standard(
    raw: RawStandard,
    parent: Path,
    key: string,
    region: Region,
    source: "file" | "edition",
    unit?: string,
  ): RuleSpec | undefined {
    if (typeof raw !== "object" || !("by_region" in raw)) return this.rule(raw, parent, key, unit);
    const path = [...parent, key];
    // Every case's rule must be readable, whichever case this region takes.
    const specs =
      source === "file"
        ? raw.by_region.map((c, i) => this.rule(c.rule, [...path, "by_region", i], "rule", unit))
        : undefined;
    if (!this.frame.regionValid) return undefined; // the region's own errors are reported already
    for (const [i, option] of raw.by_region.entries()) {
      const casePath = source === "file" ? [...path, "by_region", i] : path;
      let matches = true;
      for (const [attribute, wanted] of Object.entries(option.when)) {
        if (!Object.hasOwn(region, attribute)) {
          if (source === "file") {
            this.errors.push(
              this.error(
                [...casePath, "when", attribute],
                "region-attribute-missing",
                "error.regionAttributeMissing",
                { attribute },
                "key",
              ),
            );
          } else {
            this.errors.push(
              this.error(
                path,
                "region-attribute-missing",
                "error.regionAttributeMissing.edition",
                { attribute, id: this.currentId },
                "key",
              ),
            );
          }
          return undefined;
        }
        const accepted = (Array.isArray(wanted) ? wanted : [wanted]).map((w) => String(regionWord(attribute, w)));
        if (!accepted.includes(String(region[attribute]))) matches = false;
      }
      if (matches) {
        const spec = specs ? specs[i] : this.rule(option.rule, parent, key);
        return spec && { ...spec, ...(raw.note ? { note: raw.note } : {}), chosenBy: option.when };
      }
    }
    const attributes = [...new Set(raw.by_region.flatMap((o) => Object.keys(o.when)))]
      .map((a) => `${a}: ${String(region[a])}`)
      .join(", ");
    this.errors.push(this.error(path, "no-region-case", "error.noRegionCase", { attributes }));
    return undefined;
  }

  private superior(raw: Record<string, RawRule> | undefined, path: Path, unit: string): SuperiorTarget[] {
    if (!raw) return [];
    return Object.entries(raw)
      .flatMap(([year, target]): SuperiorTarget[] => {
        const text = typeof target === "object" ? target.rule : target;
        const stated = statedResult(String(text));
        if (stated) return [{ year: Number(year), stated }];
        const spec = this.rule(target, path, year, unit);
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

const normalizeUnit = unitKey;

const OVERRIDABLE = ["name", "unit", "better", "measure", "binding", "standard"] as const;

/** The catalog fields a row restates differently: the report says so. */
function overrides(inherited: CatalogIndicator, row: RawIndicator): Override[] {
  return OVERRIDABLE.flatMap((field): Override[] => {
    const mine = row[field];
    if (mine === undefined) return [];
    const theirs = inherited[field];
    const same =
      field === "unit"
        ? normalizeUnit(String(mine)) === normalizeUnit(String(theirs ?? ""))
        : JSON.stringify(mine) === JSON.stringify(theirs);
    return same ? [] : [{ field, file: display(mine), edition: display(theirs) }];
  });
}

const display = (v: unknown) =>
  v === undefined
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "object" && v && "rule" in v
        ? String(v.rule)
        : JSON.stringify(v);

/** A single value stands for the base year; a series is keyed by year. */
/** A row without values: one empty series for all of them (a series is never changed). */
const NO_VALUES: Series = Object.freeze([]);
const NO_TARGETS: readonly SuperiorTarget[] = Object.freeze([]);

/** A raw row's id as text, or undefined where it has none the schema takes. */
function rowId(raw: unknown): string | undefined {
  const value = (raw as { id?: unknown } | null)?.id;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/**
 * Whether every row has an id and each comes after the one before, shorter ids first and ids of one
 * length in code-unit order (1, 2, …, 10, 11; x1 … x300000): a strict order, so no id repeats.
 */
function increasing(ids: ReadonlyArray<string | undefined>): boolean {
  let previous = "";
  for (const id of ids) {
    if (id === undefined || !ASCII_ID.test(id)) return false;
    if (id.length < previous.length || (id.length === previous.length && id <= previous)) return false;
    previous = id;
  }
  return true;
}

/** A catalog's rows by id, made once for each catalog (a file of many rows looked each up by a walk of them all). */
const CATALOG_ROWS = new WeakMap<Catalog, Map<string, CatalogIndicator>>();
function catalogRow(catalog: Catalog, id: string): CatalogIndicator | undefined {
  let rows = CATALOG_ROWS.get(catalog);
  if (!rows) CATALOG_ROWS.set(catalog, (rows = new Map(catalog.indicators.map((c) => [c.id, c]))));
  return rows.get(id);
}

/** Where each id first stands among the rows. */
function firstRows(ids: ReadonlyArray<string | undefined>): Map<string, number> {
  const firsts = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id !== undefined && !firsts.has(sameId(id))) firsts.set(sameId(id), i);
  });
  return firsts;
}

function series(raw: RawValue | Record<string, RawValue> | undefined, baseYear: number, unit: string): Series {
  if (raw === undefined) return NO_VALUES;
  if (!isSeries(raw)) return blank(raw) ? NO_VALUES : [observation(baseYear, raw, unit)];
  // Year keys are whole numbers, which objects list in ascending order.
  const observations: Observation[] = [];
  for (const year in raw) {
    const value = (raw as Record<string, RawValue>)[year]!;
    if (!blank(value)) observations.push(observation(Number(year), value, unit));
  }
  return observations;
}

/** A value left blank ("", spaces): not there yet, as `2024:` with nothing after it is (MISSING, not text to judge). */
const blank = (raw: RawValue): boolean =>
  typeof raw === "string"
    ? raw.trim() === ""
    : typeof raw === "object" && typeof raw.value === "string" && raw.value.trim() === "";

/** Baseline history and observed values in one series; an observed value replaces a baseline one. */
function merged(baseline: Series, actuals: Series): Series {
  // Both come sorted by year; usually the history simply ends before the first observed year.
  if (actuals.length === 0) return baseline;
  if (baseline.length === 0 || baseline.at(-1)!.year < actuals[0]!.year) return [...baseline, ...actuals];
  const byYear = new Map<number, Observation>();
  for (const o of baseline) byYear.set(o.year, o);
  for (const o of actuals) byYear.set(o.year, o);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function isSeries(raw: unknown): raw is Record<string, RawValue> {
  return typeof raw === "object" && raw !== null && !("value" in raw);
}

function observation(year: number, raw: RawValue, unit: string): Observation {
  if (typeof raw === "object") {
    return {
      year,
      value: normalizeValue(raw.value, unit),
      ...(raw.note ? { note: raw.note } : {}),
      ...(raw.source ? { source: raw.source } : {}),
    };
  }
  return { year, value: normalizeValue(raw, unit) };
}
