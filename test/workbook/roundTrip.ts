/**
 * import ∘ template in this process: an indicator file's text → the fill-in workbook → the file
 * import writes. The oracle is the loader itself on the source: both texts must load to the same
 * model, less where things stand in their texts.
 */
import { parse } from "yaml";
import type { Lang } from "../../src/i18n/lang.js";
import { loadIndicatorFile } from "../../src/read.js";
import { importWorkbook, type ImportResult } from "../../src/workbook/import.js";
import type { RawFile } from "../../src/workbook/rawFile.js";
import { templateWorkbook } from "../../src/workbook/template.js";

const WHERE = new Set(["line", "column", "contentLine", "investmentLine", "statedTotalLine"]);

/** The model a text loads to, without positions and the file's name; undefined when it does not load. */
export function modelOf(text: string): unknown {
  const loaded = loadIndicatorFile(text, "file.yaml");
  if (!loaded.ok) return undefined;
  const { file: _file, ...model } = loaded.value;
  return JSON.parse(JSON.stringify(model, (key, value: unknown) => (WHERE.has(key) ? undefined : value)));
}

export async function templateBytes(text: string, lang: Lang = "zh", year?: number): Promise<Uint8Array> {
  return templateWorkbook(parse(text) as RawFile, lang, year === undefined ? {} : { year });
}

export async function roundTrip(text: string, lang: Lang = "zh"): Promise<ImportResult> {
  return importWorkbook(await templateBytes(text, lang), "imported.yaml", lang);
}
