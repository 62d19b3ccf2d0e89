/** The two ways a file is read, each on its own: the reading parse (js-yaml) or the locating one (yaml), then compile. */
import { compile } from "../../src/compile/compile.js";
import type { LoadResult } from "../../src/load/errors.js";
import { locatingParse, parserText, readingParse } from "../../src/load/parse.js";
import type { IndicatorFile } from "../../src/model/types.js";
import { shippedCatalogs } from "../../src/standards/editions.js";

/** The reading path, or undefined where it leaves the file to the locating one. */
export function fastLoad(text: string, file: string): LoadResult<IndicatorFile> | undefined {
  const parsed = readingParse(parserText(text), file);
  return parsed && (parsed.ok ? compile(parsed.value, shippedCatalogs) : parsed);
}

export function locatingLoad(text: string, file: string): LoadResult<IndicatorFile> {
  const parsed = locatingParse(parserText(text), file);
  return parsed.ok ? compile(parsed.value, shippedCatalogs) : parsed;
}
