/**
 * `lingling-check template`: a fill-in workbook for a region (from a built-in edition) or from an
 * indicator file (its values filled in, so `import` gives the file back).
 */
import type { Lang } from "../../i18n/lang.js";
import { loadIndicatorDocumentBytes } from "../../read.js";
import { noticeEncoding } from "../inputs.js";
import { edition, editionNames } from "../../standards/editions.js";
import type { RawFile } from "../../workbook/rawFile.js";
import { CliError, EXIT, InputFileError } from "../errors.js";
import { fifoTimeout, readInput } from "../../load/readInput.js";
import { checkOutputs, emit } from "../sink.js";
import { sizeOption } from "../sizeOption.js";
import { formatInputError } from "./check.js";
import { planYears, regionName, type RegionOptions } from "../regionOptions.js";
import { yearOption } from "../yearOption.js";

/** The most indicators, or key projects, a template holds: fifty times a real plan's, within what import reads back. */
const MAX_TEMPLATE_ROWS = 2000;

export interface TemplateOptions extends RegionOptions {
  standard?: string;
  output?: string;
  force: boolean;
  lang: Lang;
  /** The year of key project progress to fill in (`--year`). */
  year?: string;
  maxFileSize?: string;
}

/** A region's rows of a built-in edition, every value empty. */
function fromStandard(options: TemplateOptions): RawFile {
  const name = options.standard ?? "county-2024";
  const catalog = edition(name);
  if (!catalog)
    throw new CliError({ id: "error.unknownEdition", data: { edition: name, known: editionNames().join(", ") } });
  if (options.name === undefined || options.zone === undefined) throw new CliError({ id: "error.templateName" });
  const { base, near, long } = planYears(options);
  return {
    region: {
      name: regionName(options.name),
      ...(options.code ? { code: options.code } : {}),
      level: catalog.level,
      zone: options.zone,
      urban_district: options.urbanDistrict,
    },
    standard: catalog.edition,
    plan: { base_year: base, near_term: near, long_term: long },
    indicators: catalog.indicators.map((i) => ({ id: i.id })),
  };
}

export async function runTemplate(
  file: string | undefined,
  options: TemplateOptions,
  io: { stdout: NodeJS.WritableStream & { isTTY?: boolean }; stderr: NodeJS.WritableStream },
): Promise<number> {
  if (file !== undefined && (options.name !== undefined || options.standard !== undefined))
    throw new CliError({ id: "error.templateSource" });
  if (options.output === undefined && io.stdout.isTTY)
    throw new CliError({ id: "error.binaryToTerminal", data: { format: "xlsx" } });
  const year = options.year === undefined ? undefined : yearOption(options.year);
  checkOutputs(
    options.output === undefined ? [] : [options.output],
    file === undefined ? [] : [{ name: file, path: file }],
    options.force,
  );
  let raw: RawFile;
  if (file === undefined) raw = fromStandard(options);
  else {
    const maxBytes = sizeOption(options.maxFileSize);
    const read = readInput(file, file, { maxBytes, fifoSeconds: fifoTimeout(process.env) });
    if (!read.ok) throw new InputFileError(read.error);
    const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    // Only a file that loads is a template's source; its errors are shown as the check shows them.
    const loaded = loadIndicatorDocumentBytes(bytes, file, maxBytes);
    if (!loaded.ok) {
      io.stderr.write(`${loaded.errors.map((e) => formatInputError(e, options.lang, false)).join("\n")}\n`);
      return EXIT.usage;
    }
    noticeEncoding(loaded, file, options.lang, io.stderr);
    // A workbook is for a person to fill in, and import reads back a sheet of a bounded size.
    const { model } = loaded.value;
    const rows = Math.max(model.indicators.length, model.projects?.items.length ?? 0);
    if (rows > MAX_TEMPLATE_ROWS)
      throw new CliError({ id: "error.template.tooManyRows", data: { file, rows, max: MAX_TEMPLATE_ROWS } });
    // The file as it was read (decoded as the check decodes it), not read again.
    raw = loaded.value.doc.data as RawFile;
  }
  const { templateWorkbook } = await import("../../workbook/template.js");
  await emit(await templateWorkbook(raw, options.lang, year === undefined ? {} : { year }), options.output, io.stdout);
  return EXIT.ok;
}
