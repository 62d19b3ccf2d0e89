/**
 * The loader's quick acceptance (model/accepts.ts) never says yes where zod says no: whatever it
 * accepts, zod accepts too and returns unchanged. Held to zod over rows and file frames made of
 * the right fields with values of every type, and over the real files it must accept.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { accepts } from "../../src/model/accepts.js";
import {
  FileShellSchema,
  IndicatorSchema,
  ReviewSchema,
  SeriesSchema,
  StandardSchema,
  ValueSchema,
} from "../../src/model/schema.js";
import { params, timeoutFor } from "./budget.js";
import { ROOT, scalarArb } from "./mutate.js";

/** zod's answer, with the output's keys sorted (zod writes fields in the schema's order). */
function zodSays(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? { success: true, data: sorted(r.data) } : { success: false };
}
const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, sorted(x)]),
        )
      : v;

function holds(
  schema: Parameters<typeof accepts>[0] & { safeParse(v: unknown): { success: boolean; data?: unknown } },
  value: unknown,
): boolean {
  if (!accepts(schema)(value)) return false;
  expect(zodSays(schema, value), JSON.stringify(value)).toEqual({ success: true, data: sorted(value) });
  return true;
}

const leaf = fc.oneof(
  scalarArb,
  fc.double(),
  fc.integer({ min: 1900, max: 2200 }),
  fc.boolean(),
  fc.constantFrom(
    null,
    undefined,
    "",
    "2023",
    "１９９９",
    "pass",
    "higher",
    "level",
    "first",
    "5%",
    " 5 % ",
    "-1",
    "1e3",
  ),
);
const small = fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("value", "note", "source", "rule", "2022", "2023", "x", "by_region"), leaf, {
    maxKeys: 3,
  }),
);
const fieldValue = fc.oneof(
  small,
  fc.dictionary(fc.constantFrom("2019", "2022", "2023", "1948", "2101", "20x", "value", "note"), small, { maxKeys: 4 }),
  fc.record({
    by_region: fc.array(fc.record({ when: fc.dictionary(fc.constantFrom("zone", "level"), small), rule: small }), {
      maxLength: 2,
    }),
  }),
  fc.record({ verdict: small, by: small, year: small }, { requiredKeys: [] }),
);
const rowArb = fc.dictionary(fc.constantFrom(...Object.keys(IndicatorSchema.shape), "extra"), fieldValue, {
  maxKeys: 8,
});
const shellArb = fc.record(
  {
    region: fc.oneof(
      fc.record({ name: small, zone: small, level: small, code: small, urban_district: small }, { requiredKeys: [] }),
      small,
    ),
    plan: fc.oneof(fc.record({ base_year: small, near_term: small, long_term: small }, { requiredKeys: [] }), small),
    standard: small,
    indicators: fc.oneof(fc.array(small, { maxLength: 2 }), small),
    extra: small,
  },
  { requiredKeys: [] },
);

const SEED_ROWS = (
  parse(readFileSync(join(ROOT, "seeds", "lingling.yaml"), "utf8")) as { indicators: Array<Record<string, unknown>> }
).indicators;
/** A real row with one field given some other value: the boundary between valid and not. */
const nearlyRealRow = fc
  .tuple(fc.constantFrom(...SEED_ROWS), fc.constantFrom(...Object.keys(IndicatorSchema.shape), "extra"), fieldValue)
  .map(([row, field, value]) => ({ ...row, [field]: value }));

describe("quick acceptance", () => {
  it("accepts every row and frame of the real files (so the batch is quick)", () => {
    const seeds = [join(ROOT, "seeds", "lingling.yaml")];
    for (const path of seeds) {
      const data = parse(readFileSync(path, "utf8")) as { indicators: unknown[] };
      expect(holds(FileShellSchema, data)).toBe(true);
      for (const row of data.indicators) expect(holds(IndicatorSchema, row), JSON.stringify(row)).toBe(true);
    }
  });

  it("says no to what zod refuses, across the corpus of malformed files", () => {
    const dir = join(ROOT, "test", "corpus", "files");
    for (const name of readdirSync(dir)) {
      let data: unknown;
      try {
        data = parse(readFileSync(join(dir, name), "utf8"), { logLevel: "silent" });
      } catch {
        continue;
      }
      const rows = (data as { indicators?: unknown } | null)?.indicators;
      holds(FileShellSchema, data);
      if (Array.isArray(rows)) for (const row of rows) holds(IndicatorSchema, row);
    }
  });

  it(
    "never accepts what zod refuses or would change",
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(rowArb, nearlyRealRow, shellArb, fieldValue, (row, nearRow, shell, value) => {
          for (const [schema, v] of [
            [IndicatorSchema, row],
            [IndicatorSchema, nearRow],
            [FileShellSchema, shell],
            [ValueSchema, value],
            [SeriesSchema, value],
            [StandardSchema, value],
            [ReviewSchema, value],
          ] as const) {
            if (holds(schema, v)) accepted++;
          }
        }),
        params("quickAccept"),
      );
      console.log(`fuzz: quick acceptance: ${accepted} values accepted, each as zod accepts it`);
    },
    timeoutFor("quickAccept", 5),
  );
});
