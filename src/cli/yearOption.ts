/** A year given on the command line (--year 2024, --compare-year 2023): a year as every year in a file (model/year.ts). */
import { yearOfText } from "../model/year.js";
import { CliError } from "./errors.js";

export function yearOption(text: string, option = "--year"): number {
  const year = yearOfText(text);
  if (year === undefined) throw new CliError({ id: "error.yearOption", data: { option, found: text } });
  return year;
}
