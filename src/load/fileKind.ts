/** Files of other programs, known by their first bytes (as `file(1)` knows them). */

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** An OLE compound file: an Excel 97–2003 .xls, an old Word .doc, or a workbook saved with a password. */
export const isOleFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);

/** A zip: what an .xlsx, a .docx or an .ods is. */
export const isZipFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** A PDF document (`%PDF-`). */
const isPdfFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);

/** The kinds of other programs' files known by their first bytes. */
const OTHER_PROGRAMS = ["zip", "ole", "pdf"] as const;
export type OtherProgramsFile = (typeof OTHER_PROGRAMS)[number];

/** Whether a reason a file is refused for names another program's file (not an encoding). */
export const isOtherProgramsFile = (reason: string): reason is OtherProgramsFile =>
  (OTHER_PROGRAMS as readonly string[]).includes(reason);

/** What another program's file is, where its first bytes say so: never text to be read as YAML. */
export function otherProgramsFile(bytes: Uint8Array): OtherProgramsFile | undefined {
  if (isZipFile(bytes)) return "zip";
  if (isOleFile(bytes)) return "ole";
  if (isPdfFile(bytes)) return "pdf";
  return undefined;
}
