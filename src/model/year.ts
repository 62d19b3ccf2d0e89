/**
 * A year, as every part of lingling-check takes one: a plan's years, observed and superior years,
 * basic conditions' years, projects' periods and progress, and the year options. 1949 is the first
 * year of the People's Republic's statistics; 2100 is past any plan. Written as four digits.
 */
import * as z from "zod/mini";

const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

/**
 * A year as it is written in a key or a cell: four digits. Whether it is a year the tool takes
 * (FIRST_YEAR..LAST_YEAR) is the schema's question, answered with the error at its place.
 */
export const YEAR_KEY = /^\d{4}$/;

export const isYear = (n: number): boolean => Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;

/** Four digits, spaces around allowed (`2024`, ` 2024 `): Number() alone would also take 0x7e7 and 2.023e3. */
export function yearOfText(text: string): number | undefined {
  const trimmed = text.trim();
  return YEAR_KEY.test(trimmed) && isYear(Number(trimmed)) ? Number(trimmed) : undefined;
}

/** A year written as a key: YAML gives `2022:` as a number, JSON and quoted keys as a string; an object key holds both as text. */
export const YearKeySchema = z.string().check(
  z.regex(YEAR_KEY, { error: "expected.year" }),
  z.refine((key) => isYear(Number(key)), { error: "expected.year" }),
);

/** A year written as a value (`base_year: 2022`). */
export const YearSchema = z
  .int({ error: "expected.year" })
  .check(z.gte(FIRST_YEAR, { error: "expected.year" }), z.lte(LAST_YEAR, { error: "expected.year" }));
