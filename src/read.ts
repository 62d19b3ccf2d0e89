/**
 * Reading an indicator file, all stages: bytes → text (size cap, encoding), text → raw document
 * (load/parse), raw document → model (compile/compile, with the catalogs passed in).
 */
import { compile } from "./compile/compile.js";
import type { Catalogs } from "./compile/catalogs.js";
import { decode } from "./load/decode.js";
import type { LoadResult } from "./load/errors.js";
import { parseYaml } from "./load/parse.js";
import type { IndicatorFile } from "./model/types.js";
import { shippedCatalogs } from "./standards/editions.js";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Bytes as read from a file: size limit and encoding first, then {@link loadIndicatorFile}. */
export function loadIndicatorBytes(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES, size = bytes.length, catalogs: Catalogs = shippedCatalogs): LoadResult<IndicatorFile> & { encoding?: string } {
  const at = { file, line: 1, column: 1 };
  if (size > maxBytes) {
    return { ok: false, errors: [{ ...at, code: "file-too-large", message: { id: "error.tooLarge", data: { size, max: maxBytes } } }] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ ...at, code: "encoding", message: { id: `error.encoding.${decoded.reason}` } }] };
  return { ...loadIndicatorFile(decoded.text, file, catalogs), encoding: decoded.encoding };
}

/** Parse and compile one indicator file's text. `file` is the name used in error locations. */
export function loadIndicatorFile(text: string, file: string, catalogs: Catalogs = shippedCatalogs): LoadResult<IndicatorFile> {
  const parsed = parseYaml(text, file);
  return parsed.ok ? compile(parsed.value, catalogs) : parsed;
}
