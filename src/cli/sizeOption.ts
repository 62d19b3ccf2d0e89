/**
 * --max-file-size, which every command that reads a file takes: the one size cap of every input it
 * reads (indicator files, tables, workbooks, catalogs to check, standard input).
 */
import { DEFAULT_MAX_BYTES } from "../load/limits.js";
import { CliError } from "./errors.js";

/** The largest cap: a file is read whole and then held as one string, which V8 keeps under 2^29 characters. */
const LARGEST_CAP = 512 * 1024 ** 2;

/** "10MB", "512k", "2000000" → bytes; the default cap when not given. */
export function sizeOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) throw new CliError({ id: "error.sizeOption", data: { found: text } });
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes > LARGEST_CAP) throw new CliError({ id: "error.sizeOption.tooLarge", data: { found: text, max: "512MB" } });
  // A cap under one byte refuses every file, the empty one's error aside: no size a run can mean.
  if (bytes < 1) throw new CliError({ id: "error.sizeOption.tooSmall", data: { found: text } });
  return bytes;
}
