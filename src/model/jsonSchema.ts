/** The published JSON Schema of the indicator file, generated from the same zod schema. */
import * as z from "zod/mini";
import { CatalogSchema, IndicatorFileSchema } from "./schema.js";
import { BOOLEAN_WORDS, REGION_WORDS } from "./regionWords.js";

/**
 * Where the package ships the schemas (package.json "files" and "exports"; scripts/build.mjs writes
 * them with `lingling-check schema`): a stable path that editors can be pointed at.
 */
export const INDICATOR_FILE_SCHEMA = "schemas/indicator-file.schema.json";

export function indicatorFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IndicatorFileSchema, { unrepresentable: "any", io: "input" }) as Record<
    string,
    unknown
  >;
  keysAsWritten(schema);
  // Region words as users write them (西部, 县, 是) are read as the schema's own: an editor accepts them too.
  const region = (
    schema.properties as {
      region: { properties: Record<string, { enum?: string[]; type?: string; description?: string }> };
    }
  ).region.properties;
  for (const [attribute, words] of Object.entries(REGION_WORDS)) region[attribute]?.enum?.push(...Object.keys(words));
  if (region.urban_district) {
    const { description, ...yesNo } = region.urban_district;
    region.urban_district = {
      description,
      anyOf: [yesNo, { type: "string", enum: Object.keys(BOOLEAN_WORDS) }],
    } as never;
  }
  return {
    ...schema,
    title: "lingling-check indicator file",
    description:
      "A region's eco-civilization indicators, checked by lingling-check against the national demonstration-zone standard and the region's plan.",
  };
}

/** The published JSON Schema of a catalog (data/standards/*.yaml, or one a user brings), from the same zod schema the loader validates it with. */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogSchema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  keysAsWritten(schema);
  return {
    ...schema,
    title: "lingling-check catalog",
    description:
      "An edition of the standard (or a provincial variant) in lingling-check's catalog format: its rows, rule texts, units and directions.",
  };
}

/**
 * A YAML key is a scalar of any type: `2022:` is an integer. yaml-language-server validates
 * `propertyNames` against the key's own type, so a year key written as YAML writes it failed
 * "Expected string"; `patternProperties` are matched against the key's text, as the loader reads
 * every key. So a key pattern becomes a patternProperty, and key constraints lose their `type`.
 */
function keysAsWritten(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  for (const child of Object.values(node)) keysAsWritten(child);
  const o = node as Record<string, unknown>;
  if (!o.propertyNames || typeof o.propertyNames !== "object") return;
  const { type: _type, pattern, ...rest } = o.propertyNames as { type?: unknown; pattern?: string };
  if (pattern !== undefined) {
    o.patternProperties = { [pattern]: o.additionalProperties ?? {} };
    o.additionalProperties = false;
  }
  if (Object.keys(rest).length > 0) o.propertyNames = rest;
  else delete o.propertyNames;
}
