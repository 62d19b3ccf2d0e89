/**
 * Strings joined as one rope. `a + b` in V8 links the two strings instead of copying them, and a
 * part is copied once, when it is encoded; `Array#join` copies its result flat, so a report built
 * of nested joins (a chart in an indicator in a file's section) copies each chart once per level.
 */
export function rope(parts: readonly string[], separator = ""): string {
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) text = text + separator + parts[i];
  return text;
}
