/**
 * Bytes → text. UTF-8 with or without a BOM, UTF-16 with a BOM, and GB18030/GBK (what Chinese
 * Windows and Excel save) are read; anything else is refused with a sentence naming what it
 * looks like — never decoded into mojibake.
 */
import { isUtf8 } from "node:buffer";
import { placeOf, type InputError } from "./errors.js";
import { isOtherProgramsFile, otherProgramsFile, type OtherProgramsFile } from "./fileKind.js";
import type { Message } from "../i18n/message.js";

export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" }
  | { ok: false; reason: "utf-32" | "utf-16-no-bom" }
  /** Not text at all: another program's file (a workbook, a PDF), named for what it is. */
  | { ok: false; reason: OtherProgramsFile }
  /** Neither UTF-8 nor GB18030: where the first byte that is not UTF-8 stands, as a line and column of the text. */
  | { ok: false; reason: "unknown" | "utf-16-invalid"; line: number; column: number };

/** Where the first byte that UTF-8 cannot read stands (decoded leniently, it is the first U+FFFD). */
function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  return placeOf(text, Math.max(0, text.indexOf("\uFFFD")));
}

const unknown = (bytes: Uint8Array): Decoded => ({ ok: false, reason: "unknown", ...firstBadByte(bytes) });

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  const other = otherProgramsFile(bytes);
  if (other) return { ok: false, reason: other };
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return { ok: false, reason: "utf-32" };
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const text = strict("utf-8", bytes.subarray(3));
    return text === undefined ? unknown(bytes) : { ok: true, text, encoding: "utf-8" };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (a === bom[0] && b === bom[1]) {
      const text = strict(encoding, bytes.subarray(2));
      if (text !== undefined) return { ok: true, text, encoding };
      // Its mark says UTF-16: placed at the first unit UTF-16 cannot read (a lone surrogate).
      const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
      return { ok: false, reason: "utf-16-invalid", ...placeOf(lenient, Math.max(0, lenient.indexOf("\uFFFD"))) };
    }
  }
  // Every other byte zero in the first lines: UTF-16 saved without its byte-order mark.
  const head = bytes.subarray(0, 64);
  if (head.length >= 4 && head.filter((x) => x === 0).length >= head.length / 4)
    return { ok: false, reason: "utf-16-no-bom" };
  // The common case, checked and decoded natively without making a decoder per file.
  if (isUtf8(bytes))
    return {
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
      encoding: "utf-8",
    };
  // UTF-16 without its mark: it decodes, and the decoded text has the file's ASCII keys.
  for (const encoding of ["utf-16le", "utf-16be"]) {
    if (/^\s*(region|plan|indicators|standard)\s*:/m.test(strict(encoding, bytes) ?? ""))
      return { ok: false, reason: "utf-16-no-bom" };
  }
  const gb = strict("gb18030", bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: "gb18030" };
  return unknown(bytes);
}

/** A file refused by its encoding, as every reader says it: at the first byte UTF-8 cannot read, or at its start. */
export function encodingError(file: string, refused: Extract<Decoded, { ok: false }>): InputError {
  return {
    file,
    line: "line" in refused ? refused.line : 1,
    column: "column" in refused ? refused.column : 1,
    code: isOtherProgramsFile(refused.reason) ? "not-text" : "encoding",
    message: { id: `error.encoding.${refused.reason}` },
  };
}

/** What is said of a file read in an encoding other than UTF-8: GB18030 (GBK) is named, as a guess a person should know of. */
export const encodingNotices = (encoding: string | undefined, file: string): Message[] =>
  encoding === "gb18030" ? [{ id: "notice.gb18030", data: { file } }] : [];
