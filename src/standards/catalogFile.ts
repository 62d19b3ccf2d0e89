/**
 * A catalog a user brings (`standard: ./hunan-2018.yaml`): the format of `data/standards/*.yaml`,
 * validated by the same schema, every rule read by the same grammar; each problem located in the
 * catalog file (file:line:column), all of them at once.
 */
import { errorAt, schemaErrors } from "../compile/schemaErrors.js";
import { decode, encodingError } from "../load/decode.js";
import type { InputError, LoadResult } from "../load/errors.js";
import { parseYaml } from "../load/parse.js";
import { readInput } from "../load/readInput.js";
import { DEFAULT_MAX_BYTES } from "../load/limits.js";
import type { Path } from "../load/positions.js";
import { CatalogIndicatorSchema, CatalogSchema, type Catalog } from "../model/schema.js";
import { sameId } from "../model/id.js";
import type { Rule } from "../rules/ast.js";
import { ref } from "../i18n/message.js";
import { parseRule } from "../rules/parse.js";

/** One rule of a catalog as written and as the grammar reads it (for `standards --check`). */
export interface CatalogRule {
  id: string;
  /** For a `by_region` case: its condition, `zone=east`. */
  when?: string;
  text: string;
  rule: Rule;
}

const cache = new Map<string, LoadResult<Catalog>>();

/** Read and validate a catalog file; `shown` is the name used in error locations. Read once per run. */
export function loadCatalogFile(path: string, shown = path, maxBytes = DEFAULT_MAX_BYTES): LoadResult<Catalog> {
  const key = maxBytes === DEFAULT_MAX_BYTES ? path : `${maxBytes}:${path}`;
  let result = cache.get(key);
  if (!result) {
    result = readCatalog(path, shown, maxBytes);
    cache.set(key, result);
  }
  return result;
}

/** What is read as a catalog: a regular file named .yaml or .yml, under the size cap, never a FIFO. */
const CATALOG_FILE = {
  fifoSeconds: 0,
  regular: { name: /\.ya?ml$/i, kind: "catalog" as const },
};

function readCatalog(path: string, file: string, maxBytes: number): LoadResult<Catalog> {
  const at = { file, line: 1, column: 1 };
  const read = readInput(path, file, { ...CATALOG_FILE, maxBytes });
  if (!read.ok) {
    // Said as a catalog's, with the code reports have always given it.
    const { error } = read;
    return {
      ok: false,
      errors: [
        error.code === "read-error"
          ? { ...error, code: "catalog-unreadable", message: { ...error.message, id: "error.catalogUnreadable" } }
          : error,
      ],
    };
  }
  const decoded = decode(read.bytes);
  if (!decoded.ok) return { ok: false, errors: [encodingError(at.file, decoded)] };
  return parseCatalog(decoded.text.replace(/^\uFEFF/, ""), file);
}

/** Catalog text → a validated catalog, or every problem with its place. */
export function parseCatalog(text: string, file: string): LoadResult<Catalog> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  // A file that is not a catalog at all (a secret a path climbed to, /etc/passwd) is named as such,
  // and nothing of what it holds is quoted: not its text, not its keys.
  if (!looksLikeCatalog(data))
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          code: "not-a-catalog",
          message: { id: "error.notACatalog", data: { expected: ref("expected.catalog") } },
        },
      ],
    };
  const located = errorAt(file, (path, where) => locator.locate(path, where));
  // A catalog's values are never quoted back: the error says what was expected, and where.
  const error: typeof located = (path, code, id, data, where) =>
    id === "error.invalidValue"
      ? located(path, code, "error.invalidValue.unquoted", { field: data?.field, expected: data?.expected }, where)
      : located(path, code, id, data, where);
  const valid = CatalogSchema.safeParse(data);
  // Every rule text is read, even where the catalog has other problems: all of them are reported at once.
  const ruleErrors = ruleTexts(data).flatMap((r): InputError[] => {
    const read = parseRule(r.text);
    if (read.ok) return [];
    const { offset, expected } = read.error;
    return [
      {
        file,
        ...locator.locateInScalar(r.path, offset),
        code: "rule-syntax",
        // Not quoted either: the place shows where the rule stops reading.
        message: { id: "error.ruleSyntax.unquoted", data: { expected: ref(expected) } },
      },
    ];
  });
  if (!valid.success)
    return {
      ok: false,
      errors: sorted([
        ...valid.error.issues.flatMap((issue) => schemaErrors(issue, [], data, error, fieldsAt, "near misses")),
        ...ruleErrors,
      ]),
    };
  const errors: InputError[] = [...ruleErrors];
  // Ids that print alike ("１" and "1") are one id given twice, as in an indicator file.
  const seen = new Map<string, number>();
  valid.data.indicators.forEach((row, i) => {
    const first = seen.get(sameId(row.id));
    if (first !== undefined)
      errors.push(error(["indicators", i, "id"], "duplicate-id", "error.duplicateId", { id: row.id, line: first }));
    else seen.set(sameId(row.id), locator.lineOf(["indicators", i]));
  });
  if (errors.length > 0) return { ok: false, errors: sorted(errors) };
  // English names are optional in a catalog one brings: the Chinese stands in.
  const catalog: Catalog = {
    ...valid.data,
    title_en: valid.data.title_en ?? valid.data.title,
    indicators: valid.data.indicators.map((row) => ({ ...row, name_en: row.name_en ?? row.name })),
  };
  return { ok: true, value: catalog };
}

/** A mapping with a catalog's list of rows or its edition: what a catalog, even a broken one, has. */
const looksLikeCatalog = (data: unknown): boolean =>
  data !== null && typeof data === "object" && !Array.isArray(data) && ("indicators" in data || "edition" in data);

/** Every rule text of a catalog (valid or not), with where it stands. */
function ruleTexts(data: unknown): Array<{ id: string; when?: string; text: string; path: Path }> {
  const rows = (data as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(rows)) return [];
  const isText = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";
  return rows.flatMap((row: unknown, i) => {
    const { id, standard: s } = (row ?? {}) as { id?: unknown; standard?: unknown };
    const at: Path = ["indicators", i, "standard"];
    if (isText(s)) return [{ id: String(id), text: String(s), path: at }];
    if (s === null || typeof s !== "object") return [];
    if ("by_region" in s && Array.isArray(s.by_region)) {
      return s.by_region.flatMap((c: { when?: Record<string, unknown>; rule?: unknown }, k: number) =>
        isText(c?.rule)
          ? [
              {
                id: String(id),
                when: Object.entries(c.when ?? {})
                  .map(([a, v]) => `${a}=${[v].flat().join("/")}`)
                  .join(", "),
                text: String(c.rule),
                path: [...at, "by_region", k, "rule"],
              },
            ]
          : [],
      );
    }
    return "rule" in s && isText(s.rule) ? [{ id: String(id), text: String(s.rule), path: [...at, "rule"] }] : [];
  });
}

/** What each rule of a valid catalog reads as. */
export function catalogRules(catalog: Catalog): CatalogRule[] {
  return ruleTexts(catalog).map(({ id, when, text }) => {
    const read = parseRule(text);
    if (!read.ok) throw new Error(`${catalog.edition} ${id}: unreadable rule ${text}`);
    return { id, ...(when ? { when } : {}), text, rule: read.rule };
  });
}

const sorted = (errors: InputError[]) => errors.sort((a, b) => a.line - b.line || a.column - b.column);

const FIELDS = { catalog: Object.keys(CatalogSchema.shape), indicator: Object.keys(CatalogIndicatorSchema.shape) };

const fieldsAt = (path: Path): readonly string[] =>
  path.length === 0 ? FIELDS.catalog : path.length === 2 ? FIELDS.indicator : [];
