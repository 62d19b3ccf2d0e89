/**
 * zod's issues → located errors: the union branch that came closest to matching, a misspelt field
 * with the field it most likely meant, a missing field named by its path. For indicator files and
 * catalogs alike; each says which fields are known where.
 */
import type { core } from "zod/mini";
import { didYouMean } from "../load/didYouMean.js";
import type { InputError } from "../load/errors.js";
import { MAX_ERRORS } from "../load/limits.js";
import type { Path } from "../load/positions.js";
import { ref, type MessageValue } from "../i18n/message.js";

type Issue = core.$ZodIssue;

export type ErrorAt = (
  path: Path,
  code: string,
  id: string,
  data?: InputError["message"]["data"],
  where?: "value" | "key",
) => InputError;

/** The fields a mapping at `path` may have, for did-you-mean. */
export type FieldsAt = (path: Path) => readonly string[];

/** A function that locates an error by its path, in the document's own locator. */
export function errorAt(
  file: string,
  locate: (path: Path, where: "value" | "key") => { line: number; column: number },
): ErrorAt {
  return (path, code, id, data, where = "value") => ({
    file,
    ...locate(path, where),
    code,
    message: data ? { id, data } : { id },
  });
}

/**
 * What of a file an error may quote: every unknown key and wrong value (the file being checked,
 * which its writer has before them), or only an unknown key that is a near miss of a known field
 * and no value ("near misses": a catalog or config file that a path led to may be a secret's file,
 * whose keys and values are then named by their place alone; a suggestion, one of the allowed
 * words, is still made).
 */
export type KeyQuoting = "every key" | "near misses";

/** zod issues → located errors, choosing the union branch that came closest to matching. */
/**
 * Unknown keys of one mapping past which they are said in one error, not placed one by one: ten
 * times the errors a file lists (a row of 2,000 lists its first 1,000).
 */
const MANY_KEYS = 10 * MAX_ERRORS;

export function schemaErrors(
  issue: Issue,
  prefix: Path,
  data: unknown,
  error: ErrorAt,
  fieldsFor: FieldsAt,
  quoting: KeyQuoting = "every key",
): InputError[] {
  const path = [...prefix, ...(issue.path as Path)];
  switch (issue.code) {
    case "unrecognized_keys":
      // A mapping of more unknown keys than a file lists errors is no mistake of a few: it is said
      // once, where the mapping is (placing each key parsed a row of 300,000 of them, 4 MB, again).
      if (issue.keys.length > MANY_KEYS) {
        const known = fieldsFor(path);
        return [
          error(
            path,
            "unknown-field",
            "error.unknownFields.many",
            { count: issue.keys.length, known: known.join(", ") },
            "key",
          ),
        ];
      }
      return issue.keys.slice(0, MAX_ERRORS + 1).map((key) => {
        const known = fieldsFor(path);
        const suggestion = didYouMean(key, known);
        // `{baseline: 1,200}`: YAML splits a flow mapping at the comma, and `200` is a key left blank.
        const split = /^\d+(\.\d*)?$/.test(key) && valueAt(data, [...path, key]) === null;
        const id = split
          ? "error.unknownField.thousands"
          : suggestion
            ? "error.unknownField.suggest"
            : quoting === "near misses"
              ? "error.unknownField.unquoted"
              : "error.unknownField";
        return error(
          [...path, key],
          "unknown-field",
          id,
          // An unquoted key is left out of the error altogether (the library hands errors on as they are).
          id === "error.unknownField.unquoted"
            ? { known: known.join(", ") }
            : { field: excerpt(key), suggestion, known: known.join(", ") },
          "key",
        );
      });
    case "invalid_union": {
      // The branch that matched deepest is what the writer meant (a series with one bad year is a
      // series, not a broken single value); among equals, the one with fewest problems.
      const depth = (branch: Issue[]) =>
        Math.max(
          ...branch.map((i) => i.path.length + (i.code === "invalid_key" || i.code === "invalid_union" ? 1 : 0)),
        );
      const branches = issue.errors.filter(
        (branch) => branch.length > 0 && !branch.every((i) => i.path.length === 0 && i.code === "invalid_type"),
      );
      // Before depth, the branch that read more of a mapping's keys: `{value: 25, note: []}` is a
      // value with a bad note, not a series of two years that are no years.
      const keys = mappingKeys(valueAt(data, path));
      const read = (branch: Issue[]) => keysRead(branch, keys);
      const closest = branches.sort((a, b) => read(b) - read(a) || depth(b) - depth(a) || a.length - b.length)[0];
      if (closest) return closest.flatMap((i) => schemaErrors(i, path, data, error, fieldsFor, quoting));
      break;
    }
    case "invalid_key":
      return [
        error(
          path,
          "invalid-key",
          "error.invalidKey",
          { key: String(path.at(-1)), expected: ref(`${issue.issues[0]?.message ?? "expected.year"}`) },
          "key",
        ),
      ];
  }
  const found = valueAt(data, path);
  if (found === undefined) {
    // Named by its path from the nearest mapping that is not a row: plan.base_year, id.
    const field = path
      .filter((p, i) => typeof p === "string" && !(p === "indicators" && typeof path[i + 1] === "number"))
      .join(".");
    return [
      error(path.slice(0, -1), "missing-field", "error.missingField", { field, expected: expectation(issue) }, "key"),
    ];
  }
  const field = String(path.findLast((p) => typeof p === "string") ?? "");
  const suggestion = suggestionFor(issue, found);
  if (quoting === "near misses")
    return [
      error(path, "invalid-value", "error.invalidValue.unquoted", { field, expected: expectation(issue), suggestion }),
    ];
  return [
    error(path, "invalid-value", "error.invalidValue", {
      field,
      expected: expectation(issue),
      found: describe(found),
      suggestion,
    }),
  ];
}
const mappingKeys = (v: unknown): string[] =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];

/** How many of a mapping's `keys` a union's branch took for its own: those it neither refused nor could not use as keys. */
function keysRead(branch: Issue[], keys: readonly string[]): number {
  if (keys.length === 0) return 0;
  const refused = new Set<string>();
  for (const i of branch) {
    if (i.path.length === 0 && i.code === "invalid_type") return 0; // not a mapping at all
    if (i.path.length === 0 && i.code === "invalid_union")
      return Math.max(0, ...i.errors.map((b) => keysRead(b, keys)));
    if (i.path.length === 0 && i.code === "unrecognized_keys") for (const k of i.keys) refused.add(k);
    if (i.path.length === 1 && i.code === "invalid_key") refused.add(String(i.path[0]));
  }
  return keys.filter((k) => !refused.has(k)).length;
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

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A value quoted in an error: at most 60 characters (a long one cut, by whole characters, with …). */
export function excerpt(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Only the head is split into characters: a text of more than 2 × max code units has more than max characters.
  const head = Array.from(text.slice(0, 2 * max));
  return head.length <= max && text.length <= 2 * max ? text : `${head.slice(0, max - 3).join("")}…`;
}

/** A message's data with each text from an input (an id, a value, a note, …) cut as excerpt cuts it; sentences and file names kept. */
export function excerptData<T extends object>(data: T): T {
  const cut = Object.entries(data).map(([k, v]) => [k, typeof v === "string" && QUOTED.has(k) ? excerpt(v) : v]);
  return Object.fromEntries(cut) as T;
}

const QUOTED = new Set(["id", "value", "old", "other", "note", "found", "expected", "text"]);

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  // As YAML spells them: .nan, .inf, -.inf.
  if (typeof value === "number" && !Number.isFinite(value))
    return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  const s = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return excerpt(s);
}
