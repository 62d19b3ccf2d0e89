/**
 * What the library is given, checked where it enters (src/index.ts): a caller in plain JavaScript
 * has no compiler to refuse `year: "abc"` or `format("pdf")`, so a wrong argument is a typed error
 * naming the argument and what it accepts — never a TypeError from deep inside, never a quiet
 * judgement of something the caller did not mean.
 */
import { isYear, yearOfText } from "./model/year.js";
import { CHECKS, MODES, type CheckName, type Mode } from "./assess/result.js";
import type { AssessOptions } from "./assess/assess.js";
import { LANGS, type Lang } from "./i18n/lang.js";

export class ArgumentError extends TypeError {
  readonly code = "LINGLING_INVALID_ARGUMENT";
  constructor(
    /** The argument refused, as the API names it: `options.year`, `name`. */
    readonly argument: string,
    /** What it accepts. */
    readonly expected: string,
    /** The values it accepts, where they are a list. */
    readonly accepted?: readonly string[],
  ) {
    super(`lingling-check: ${argument}: expected ${expected}`);
    this.name = "ArgumentError";
  }
}

/** What was given, as the caller would recognise it: text quoted (cut), a number or a word as written, else its type. */
const shown = (value: unknown) =>
  typeof value === "string"
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === null
      ? String(value)
      : typeof value;

/** A year: a whole number 1949–2100, or its digits as text ("2024"), as --year reads it. */
function yearArgument(value: unknown, argument: string): number {
  const year = typeof value === "number" ? value : typeof value === "string" ? yearOfText(value) : undefined;
  if (year !== undefined && isYear(year)) return year;
  throw new ArgumentError(
    argument,
    `a year from 1949 to 2100, as a number or its digits ("2024"); got ${shown(value)}`,
  );
}

/** One of a list of words. */
export function oneOf<T extends string>(value: unknown, accepted: readonly T[], argument: string): T {
  if (typeof value === "string" && (accepted as readonly string[]).includes(value)) return value as T;
  throw new ArgumentError(argument, `one of ${accepted.join(", ")}; got ${shown(value)}`, accepted);
}

const ASSESS_OPTIONS = ["year", "mode", "checks", "projectMargin", "failOnProjects"] as const;

/** assess()'s options, checked: a year as text is read, anything it cannot mean is refused. */
export function assessOptions(options: unknown): AssessOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `an object such as { year: 2024 }; got ${shown(options)}`);
  const o = options as Record<string, unknown>;
  const checked: AssessOptions = { ...(o as AssessOptions) };
  // An option it does not know (compareYear, a misspelt one) would be ignored without a word.
  for (const key of Object.keys(o))
    if (!(ASSESS_OPTIONS as readonly string[]).includes(key))
      throw new ArgumentError(
        `options.${key}`,
        `an option of assess(): one of ${ASSESS_OPTIONS.join(", ")}`,
        ASSESS_OPTIONS,
      );
  if (o.year !== undefined) checked.year = yearArgument(o.year, "options.year");
  if (o.mode !== undefined) checked.mode = oneOf<Mode>(o.mode, MODES, "options.mode");
  // A plan review has no year: one given beside it would go unread.
  if (checked.mode === "plan" && checked.year !== undefined)
    throw new ArgumentError(
      "options.year",
      `no year with mode "plan": a plan review judges the base year and the targets, not a year (leave out one of them); got ${shown(o.year)}`,
    );
  if (o.checks !== undefined) {
    if (!Array.isArray(o.checks)) throw new ArgumentError("options.checks", `a list of ${CHECKS.join(", ")}`, CHECKS);
    checked.checks = o.checks.map((c) => oneOf<CheckName>(c, CHECKS, "options.checks"));
  }
  if (o.failOnProjects !== undefined && typeof o.failOnProjects !== "boolean")
    throw new ArgumentError("options.failOnProjects", `true or false; got ${shown(o.failOnProjects)}`);
  if (
    o.projectMargin !== undefined &&
    !(typeof o.projectMargin === "number" && o.projectMargin >= 0 && o.projectMargin <= 100)
  ) {
    throw new ArgumentError("options.projectMargin", `percentage points from 0 to 100; got ${shown(o.projectMargin)}`);
  }
  return checked;
}

/** A format's options: at least the language; the exit policy a report states (JUnit), when given, as the command line has it. */
export function langArgument(options: unknown): Lang {
  const o = options !== null && typeof options === "object" ? (options as Record<string, unknown>) : {};
  if (o.failOn !== undefined) oneOf(o.failOn, ["warn"], "options.failOn");
  for (const flag of ["allowIncomplete", "quiet", "color"])
    if (o[flag] !== undefined && typeof o[flag] !== "boolean")
      throw new ArgumentError(`options.${flag}`, `true or false; got ${shown(o[flag])}`);
  return oneOf<Lang>(o.lang, LANGS, "options.lang");
}

/** Where a file's `standard:` is looked up: an object with resolve() and names(), as shippedCatalogs is. */
export function catalogsArgument<T>(catalogs: T): T {
  const c = catalogs as { resolve?: unknown; names?: unknown } | null;
  if (c === null || typeof c !== "object" || typeof c.resolve !== "function" || typeof c.names !== "function")
    throw new ArgumentError("catalogs", "catalogs such as shippedCatalogs: an object with resolve() and names()");
  return catalogs;
}

/** The models, assessments and runs this library made: what it judges and formats as it gave them. */
const MADE = new WeakSet<object>();

/** A value the library gives back (a model, an assessment, a run), noted as its own. */
export function made<T>(value: T): T {
  if (value !== null && typeof value === "object") MADE.add(value);
  return value;
}

/** Whether the library made `input`: the value, or every item of a list of them. */
const madeHere = (input: unknown): boolean =>
  Array.isArray(input)
    ? input.length > 0 && Array.from(input).every(madeHere) // Array.from: a hole is undefined, not passed over
    : input !== null && typeof input === "object" && MADE.has(input);

/**
 * `work` on `input`, a model or result a caller may have built or changed by hand. A value the
 * library made that fails is its own fault, and throws as it is; any other is the caller's, an
 * {@link ArgumentError} naming the argument, with what stopped the work. `work` may be async.
 */
export function judged<T>(input: unknown, argument: string, expected: string, work: () => T): T {
  const refused = (error: unknown): never => {
    if (error instanceof ArgumentError || madeHere(input)) throw error;
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new ArgumentError(argument, `${expected}; this one could not be read (${error.message})`);
  };
  try {
    const result = work();
    return result instanceof Promise ? (result.catch(refused) as T) : result;
  } catch (error) {
    return refused(error);
  }
}
