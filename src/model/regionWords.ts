/**
 * Region attributes as users write them (SPEC, indicator file): 东部/中部/西部/东北 for `zone`,
 * 县/区/市 for `level`, 是/否 for booleans. Read into the schema's own words before validation, and
 * the same for the values a `by_region` case matches on, so both sides speak one language.
 */
import { wordTable } from "../words.js";
export const REGION_WORDS = wordTable<Readonly<Record<string, string | boolean>>>({
  zone: wordTable({
    东部: "east",
    东部地区: "east",
    中部: "central",
    中部地区: "central",
    西部: "west",
    西部地区: "west",
    东北: "northeast",
    东北地区: "northeast",
  }),
  level: wordTable({
    县: "county",
    区: "county",
    县级: "county",
    县区: "county",
    市: "city",
    市级: "city",
    地级市: "city",
  }),
});
export const BOOLEAN_WORDS = wordTable({ 是: true, 否: false });

/** One attribute's value in the schema's words; anything else as it was (the schema judges it). */
export function regionWord(attribute: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const word = value.trim();
  const mapped = REGION_WORDS[attribute]?.[word] ?? BOOLEAN_WORDS[word];
  return mapped ?? value;
}

/** A region mapping with its attributes in the schema's words (a new object; the input is not changed). */
export function regionInSchemaWords(region: unknown): unknown {
  if (region === null || typeof region !== "object" || Array.isArray(region)) return region;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(region)) {
    out[key] = key === "name" ? value : regionWord(key, value);
    changed ||= out[key] !== value;
  }
  return changed ? out : region;
}
