/**
 * The output formats. The keys of FORMATTERS are the accepted `--format` values, so the list the
 * CLI offers can never drift from what exists; each formatter is loaded only when used.
 */
import type { RunAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/catalog.js";

export interface FormatOptions {
  lang: Lang;
  /** Colour the output (only ever true for a terminal). */
  color: boolean;
  /** The summary only. */
  quiet: boolean;
  /** Start with a byte-order mark (CSV for Excel). */
  bom?: boolean;
}

export type Formatter = (run: RunAssessment, options: FormatOptions) => string;

export const FORMATTERS = {
  table: () => import("./table.js"),
  json: () => import("./json.js"),
  markdown: () => import("./markdown.js"),
  junit: () => import("./junit.js"),
  github: () => import("./github.js"),
  csv: () => import("./csv.js"),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  return (await FORMATTERS[name]()).default;
}
