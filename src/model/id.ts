/**
 * Indicator ids, as files and catalogs write them: one rule for what an id may be, and one for
 * when two ids are the same.
 */
import * as z from "zod/mini";

/**
 * An id's text: no spaces around it, no control characters ("1 " beside "1" printed alike and
 * could not be recorded into).
 */
export const idText = z
  .string({ error: "expected.id" })
  .check(
    z.regex(/^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$/, { error: "expected.id" }),
  );

/** An id of printable ASCII alone: as it reads already. */
export const ASCII_ID = /^[\x20-\x7e]*$/;

/**
 * An id as it reads: full-width digits and letters as their ASCII forms (NFKC), so that "１" and
 * "1", which print alike, are one id given twice, not two rows no command can tell apart.
 */
export const sameId = (id: string): string => (ASCII_ID.test(id) ? id : id.normalize("NFKC"));
