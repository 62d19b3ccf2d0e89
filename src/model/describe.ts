/**
 * A field's explanation, in Chinese and English, kept on the zod schema that validates the field:
 * z.toJSONSchema emits it as the field's `description`, which editors show on hover. The schema is
 * copied first, so a schema shared by several fields (a note, a text) keeps each field's own words.
 */
import * as z from "zod/mini";

export function described<T extends z.core.$ZodType>(schema: T, zh: string, en: string): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description: `${zh}\n\n${en}` });
  return copy;
}
