/**
 * Reading an indicator file, all stages: bytes → text (size cap, encoding), text → raw document
 * (load/parse), raw document → model (compile/compile, with the catalogs passed in).
 */
import { compile } from "./compile/compile.js";
import type { Catalogs } from "./compile/catalogs.js";
import { decode, encodingError } from "./load/decode.js";
import type { InputError, LoadResult } from "./load/errors.js";
import { parserText, parseYaml, type RawDocument } from "./load/parse.js";
import { Extents, rememberText } from "./load/positions.js";
import type { IndicatorFile } from "./model/types.js";
import { shippedCatalogs } from "./standards/editions.js";

import { DEFAULT_MAX_BYTES } from "./load/limits.js";

export { DEFAULT_MAX_BYTES };

/** Bytes as read from a file: the size limit and the encoding, then the text. */
function textOf(
  bytes: Uint8Array,
  file: string,
  maxBytes: number,
  size: number,
): LoadResult<{ text: string; encoding: string }> {
  const at = { file, line: 1, column: 1 };
  if (size > maxBytes) {
    return {
      ok: false,
      errors: [{ ...at, code: "file-too-large", message: { id: "error.tooLarge", data: { size, max: maxBytes } } }],
    };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [encodingError(at.file, decoded)] };
  return { ok: true, value: decoded };
}

/**
 * Bytes as read from a file → their text: the size limit, then the encoding. A caller that lets the
 * bytes go once this returns does not hold them while the text is compiled.
 */
export const indicatorText = textOf;

/** Bytes as read from a file: size limit and encoding first, then {@link loadIndicatorFile}. */
export function loadIndicatorBytes(
  bytes: Uint8Array,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  size = bytes.length,
  catalogs: Catalogs = shippedCatalogs,
): LoadResult<IndicatorFile> & { encoding?: string } {
  const read = textOf(bytes, file, maxBytes, size);
  return read.ok ? { ...loadIndicatorFile(read.value.text, file, catalogs), encoding: read.value.encoding } : read;
}

/** Parse and compile one indicator file's text. `file` is the name used in error locations. */
export function loadIndicatorFile(
  text: string,
  file: string,
  catalogs: Catalogs = shippedCatalogs,
): LoadResult<IndicatorFile> {
  const loaded = loadIndicatorDocument(text, file, catalogs);
  return loaded.ok ? { ok: true, value: loaded.value.model } : loaded;
}

/** The model and the parsed document it came from, for what must place things in the text (lint). */
export function loadIndicatorDocument(
  text: string,
  file: string,
  catalogs: Catalogs = shippedCatalogs,
): LoadResult<{ model: IndicatorFile; doc: RawDocument }> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return withEnds(parsed, text);
  const compiled = compile(parsed.value, catalogs);
  if (!compiled.ok) return withEnds(compiled, text);
  // A report measures a finding's extent in the text, only where it has findings.
  rememberText(compiled.value, () => parserText(text));
  return { ok: true, value: { model: compiled.value, doc: parsed.value } };
}

/** Each error's end: what starts at its position, measured in the text (an error is rare; the text is at hand). */
function withEnds(failed: { ok: false; errors: InputError[] }, text: string): { ok: false; errors: InputError[] } {
  const extents = new Extents(() => parserText(text));
  return {
    ok: false,
    errors: failed.errors.map((e) => (e.endLine === undefined ? { ...e, ...extents.at(e.line, e.column) } : e)),
  };
}

/** {@link loadIndicatorDocument} from bytes as read from a file. */
export function loadIndicatorDocumentBytes(
  bytes: Uint8Array,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  size = bytes.length,
): LoadResult<{ model: IndicatorFile; doc: RawDocument }> & { encoding?: string } {
  const read = textOf(bytes, file, maxBytes, size);
  return read.ok ? { ...loadIndicatorDocument(read.value.text, file), encoding: read.value.encoding } : read;
}
