/** The published JSON Schema of the indicator file, generated from the same zod schema. */
import * as z from "zod/mini";
import { IndicatorFileSchema } from "./schema.js";

export const SCHEMA_FILE_NAME = "lingling-check.schema.json";

export function indicatorFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IndicatorFileSchema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    title: "lingling-check indicator file",
    description: "A region's eco-civilization indicators, checked by lingling-check against the national demonstration-zone standard and the region's plan.",
  };
}
