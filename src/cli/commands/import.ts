/** `lingling-check import`: a filled template workbook → an indicator file that loads and checks. */
import { readFileSync } from "node:fs";
import type { Lang } from "../../i18n/catalog.js";
import { message } from "../../i18n/translate.js";
import { CliError, EXIT, reasonOf } from "../errors.js";
import { assertWritable, emit } from "../sink.js";

export interface ImportOptions {
  output?: string;
  force: boolean;
  lang: Lang;
}

export async function runImport(file: string, options: ImportOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  if (options.output !== undefined) assertWritable(options.output, options.force);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError({ id: "error.readFile", data: { file, reason: reasonOf(e) } });
  }
  const { importWorkbook, formatCellError } = await import("../../workbook/import.js");
  let result: Awaited<ReturnType<typeof importWorkbook>>;
  try {
    result = await importWorkbook(bytes, options.output ?? file.replace(/\.xlsx$/i, ".yaml"), options.lang, file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    // Not a workbook at all (a zip exceljs cannot read, a CSV renamed .xlsx).
    throw new CliError({ id: "error.importRead", data: { reason: reasonOf(e) } });
  }
  if (!result.ok) {
    io.stderr.write(`${result.errors.map((e) => formatCellError(file, e, options.lang)).join("\n")}\n`);
    return EXIT.usage;
  }
  await emit(result.text, options.output, io.stdout);
  if (options.output !== undefined) io.stderr.write(`lingling-check: ${message(options.lang, { id: "import.written", data: { file: options.output, rows: result.rows, region: result.region } })}\n`);
  return EXIT.ok;
}
