/** The published JSON Schema of the indicator file, generated from the same zod schema. */
import * as z from "zod/mini";
import { CatalogSchema, IndicatorFileSchema } from "./schema.js";
import { BOOLEAN_WORDS, REGION_WORDS } from "./regionWords.js";

export const SCHEMA_FILE_NAME = "lingling-check.schema.json";
export const CATALOG_SCHEMA_FILE_NAME = "lingling-check.catalog.schema.json";

export function indicatorFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IndicatorFileSchema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  // A row's field left blank (`baseline:`, as `init` writes them) is read as not there yet.
  const row = (schema.properties as { indicators: { items: { properties: Record<string, unknown>; required?: string[] } } }).indicators.items;
  for (const [name, field] of Object.entries(row.properties)) {
    if (!row.required?.includes(name)) row.properties[name] = { anyOf: [field, { type: "null" }] };
  }
  // Region words as users write them (西部, 县, 是) are read as the schema's own: an editor accepts them too.
  const region = (schema.properties as { region: { properties: Record<string, { enum?: string[]; type?: string }> } }).region.properties;
  for (const [attribute, words] of Object.entries(REGION_WORDS)) region[attribute]?.enum?.push(...Object.keys(words));
  if (region.urban_district) region.urban_district = { anyOf: [region.urban_district, { type: "string", enum: Object.keys(BOOLEAN_WORDS) }] } as never;
  return {
    ...schema,
    title: "lingling-check indicator file",
    description: "A region's eco-civilization indicators, checked by lingling-check against the national demonstration-zone standard and the region's plan.",
  };
}

/** The published JSON Schema of a catalog (data/standards/*.yaml, or one a user brings), from the same zod schema the loader validates it with. */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogSchema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    title: "lingling-check catalog",
    description: "An edition of the standard (or a provincial variant) in lingling-check's catalog format: its rows, rule texts, units and directions.",
  };
}
