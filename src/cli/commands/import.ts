/** `lingling-check import`: a filled template workbook → an indicator file that loads and checks. */
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import { CliError, EXIT, InputFileError, reasonOf, refusedFile } from "../errors.js";
import { fifoTimeout, readInput } from "../../load/readInput.js";
import { isOleFile, isZipFile } from "../../load/fileKind.js";
import { checkOutputs, emit } from "../sink.js";
import { sizeOption } from "../sizeOption.js";

export interface ImportOptions {
  output?: string;
  force: boolean;
  lang: Lang;
  maxFileSize?: string;
}

export async function runImport(
  file: string,
  options: ImportOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  checkOutputs(options.output === undefined ? [] : [options.output], [{ name: file, path: file }], options.force);
  const maxBytes = sizeOption(options.maxFileSize);
  const read = readInput(file, file, { maxBytes, fifoSeconds: fifoTimeout(process.env) });
  if (!read.ok) throw new InputFileError(read.error);
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  // An Excel 97–2003 workbook, or one saved with a password: named as such.
  if (isOleFile(bytes)) throw refusedFile(file, "not-a-workbook", { id: "error.import.xls", data: { file } });
  // Not a zip at all (a text file a path led to): said so, and nothing of it handed to a library that might quote it.
  if (!isZipFile(bytes)) throw refusedFile(file, "not-a-workbook", { id: "error.import.notWorkbook", data: { file } });
  const { importWorkbook, formatCellError } = await import("../../workbook/import.js");
  let result: Awaited<ReturnType<typeof importWorkbook>>;
  try {
    result = await importWorkbook(bytes, options.output ?? file.replace(/\.xlsx$/i, ".yaml"), options.lang, file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    // Not a workbook at all (a zip exceljs cannot read, a CSV renamed .xlsx).
    throw refusedFile(file, "unreadable-workbook", { id: "error.importRead", data: { reason: reasonOf(e) } });
  }
  if (!result.ok) {
    io.stderr.write(`${result.errors.map((e) => formatCellError(file, e, options.lang)).join("\n")}\n`);
    return EXIT.usage;
  }
  await emit(result.text, options.output, io.stdout);
  if (options.output !== undefined)
    io.stderr.write(
      `lingling-check: ${message(options.lang, { id: "import.written", data: { file: options.output, rows: result.rows, region: result.region } })}\n`,
    );
  return EXIT.ok;
}
