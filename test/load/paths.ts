/** The two ways a file is read, each on its own: the reading parse (js-yaml) or the locating one (yaml), then compile. */
import { compile } from "../../src/compile/compile.js";
import type { InputError, LoadResult } from "../../src/load/errors.js";
import { locatingParse, parserText, readingParse } from "../../src/load/parse.js";
import type { IndicatorFile } from "../../src/model/types.js";
import { shippedCatalogs } from "../../src/standards/editions.js";
import { loadIndicatorFile } from "../../src/read.js";

/** The reading path, or undefined where it leaves the file to the locating one. */
export function fastLoad(text: string, file: string): LoadResult<IndicatorFile> | undefined {
  const parsed = readingParse(parserText(text), file);
  return parsed && (parsed.ok ? compile(parsed.value, shippedCatalogs) : parsed);
}

export function locatingLoad(text: string, file: string): LoadResult<IndicatorFile> {
  const parsed = locatingParse(parserText(text), file);
  return parsed.ok ? compile(parsed.value, shippedCatalogs) : parsed;
}

/** A text read as the command reads it, which must load: a fixture that does not is a broken test. */
export function loaded(text: string, file = "t.yaml"): IndicatorFile {
  const result = loadIndicatorFile(text, file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.value;
}

/** The errors of a text read as the command reads it, which must not load. */
export function loadErrors(text: string, file = "t.yaml"): InputError[] {
  const result = loadIndicatorFile(text, file);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}
