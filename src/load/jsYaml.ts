/**
 * js-yaml, set to read exactly what `yaml` reads: YAML 1.2's core schema. js-yaml's own core types
 * also take `1_000`, `0b101` and `+0x1f` as numbers, where YAML 1.2 (and `yaml`, which locates
 * errors and edits files) reads text; the int and float types here are the 1.2 core's, so a file
 * means one thing whichever parser reads it (test/load/parsers-agree.test.ts holds them to it). A
 * decimal numeral of more than 15 significant digits is text to both (see yamlErrors.ts).
 */
import jsYaml from "js-yaml";
import { tooPrecise } from "../model/precision.js";

const INT = { decimal: /^[-+]?[0-9]+$/, octal: /^0o[0-7]+$/, hex: /^0x[0-9a-fA-F]+$/ };
const FLOAT = {
  special: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  exp: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  fixed: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
};

/**
 * Whether a plain scalar may be a number (a digit, a sign or a point first): js-yaml asks every
 * implicit type of every plain scalar, keys included, and most are words no number starts with.
 * The patterns still decide; the first character only spares them the scalars they cannot match.
 */
function numeric(s: string, point: boolean): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || (point && c === 46);
}

/**
 * The numbers of the text being read that are written otherwise than they print (`01`, `0x10`,
 * `5.10`, `1e1`), noted while a caller asks (see loadYaml): an id written so names another row.
 */
let respelled: Set<number> | undefined;

/** Notes `n` where its text `s` is not how it prints: checked only where the first character allows it. */
function noted(s: string, n: number, mayDiffer: boolean): number {
  if (respelled !== undefined && mayDiffer && String(n) !== s) respelled.add(n);
  return n;
}

const int = new jsYaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string | null) =>
    s !== null &&
    numeric(s, false) &&
    ((INT.decimal.test(s) && !tooPrecise(s)) || INT.octal.test(s) || INT.hex.test(s)),
  // A whole number prints as its text unless that starts with a sign or a zero (01, +1, 0o7, 0x1f).
  construct: (s: string) =>
    noted(
      s,
      INT.octal.test(s)
        ? Number.parseInt(s.slice(2), 8)
        : INT.hex.test(s)
          ? Number.parseInt(s.slice(2), 16)
          : Number(s),
      s.length > 1 && "0+-".includes(s[0]!),
    ),
  predicate: (n: unknown) => typeof n === "number" && Number.isInteger(n),
});

const float = new jsYaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string | null) =>
    s !== null &&
    numeric(s, true) &&
    (FLOAT.special.test(s) ||
      // A decimal integer is a float too when tagged so (`!!float 25`, YAML 1.2's float pattern);
      // untagged, int is asked first.
      ((FLOAT.exp.test(s) || FLOAT.fixed.test(s) || INT.decimal.test(s)) && !tooPrecise(s))),
  construct: (s: string) => {
    if (!FLOAT.special.test(s)) return noted(s, Number.parseFloat(s), true);
    if (s.endsWith("nan") || s.endsWith("NaN") || s.endsWith("NAN")) return Number.NaN;
    return s.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
  predicate: (n: unknown) => typeof n === "number",
});

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const nullType = new jsYaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string | null) => s === null || s === "" || ("~nN".includes(s[0]!) && NULL.test(s)),
  construct: () => null,
  predicate: (v: unknown) => v === null,
});

const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const boolType = new jsYaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string | null) => s !== null && "tTfF".includes(s[0] ?? "") && BOOL.test(s),
  construct: (s: string) => s[0] === "t" || s[0] === "T",
  predicate: (v: unknown) => typeof v === "boolean",
});

/** YAML 1.2's core schema: null, bool, int, float; str, seq and map from the failsafe schema. */
const CORE_1_2 = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, int, float] });

/** What a parse listener sees of js-yaml's state (its typings name fewer fields than it has). */
export interface ParseState {
  position: number;
  line: number;
  lineStart: number;
  depth: number;
  result: unknown;
  anchorMap: Record<string, unknown>;
}

/**
 * Text → data, with `listener` told of each node as it opens and closes. Throws on anything that
 * is not one YAML document of the core schema: the caller then asks `yaml` where and why.
 */
export function loadYaml(
  text: string,
  listener: (event: "open" | "close", state: ParseState) => void,
  maxDepth: number,
  /** Filled with the numbers written otherwise than they print. */
  numbersRespelled?: Set<number>,
): unknown {
  respelled = numbersRespelled;
  try {
    return jsYaml.load(text, { schema: CORE_1_2, listener: listener as never, maxDepth } as jsYaml.LoadOptions);
  } finally {
    respelled = undefined;
  }
}

/**
 * Where the alias starts (its `*`) that js-yaml threw `error` for as naming no anchor, or undefined
 * where the error is another. js-yaml throws just past the alias's name.
 */
export function unknownAliasAt(error: unknown): number | undefined {
  if (!(error instanceof jsYaml.YAMLException)) return undefined;
  const name = /^unidentified alias "(.*)"$/s.exec(error.reason)?.[1];
  const end = (error.mark as { position?: number } | undefined)?.position;
  return name === undefined || end === undefined ? undefined : end - name.length - 1;
}
