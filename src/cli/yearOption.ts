/**
 * A year given on the command line (--year 2024): four digits, 1949–2100 like every year in a
 * file. Number() alone would take 0x7e7, 2.023e3 and 0b11111100111 for 2023.
 */
import { CliError } from "./errors.js";

/** The year, or a usage error naming the option it was given to. */
export function yearOption(text: string, option = "--year"): number {
  const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= 1949 && year <= 2100)) throw new CliError(option === "--year" ? { id: "error.yearOption", data: { found: text } } : { id: "error.init.year", data: { option, found: text } });
  return year;
}
