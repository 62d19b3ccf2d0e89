/**
 * Indicator ids, as files and catalogs write them: one rule for what an id may be, and one for
 * when two ids are the same.
 */
import * as z from "zod/mini";

/**
 * An id's text: no spaces around it, no control characters, no character that prints as nothing
 * (a zero-width space or joiner, a soft hyphen, a bidi mark: "1" and "1\u200b" printed alike, and
 * `explain 1` and `record --set 1=…` reached the other row). Spelt out, not `\p{…}`, so that the
 * published JSON Schema's pattern reads the same in every validator.
 */
export const idText = z.string({ error: "expected.id" }).check(
  z.regex(
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class: U+034F is refused on its own, never combined
    /^[^\s\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8](?:[^\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]*[^\s\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8])?$/,
    { error: "expected.id" },
  ),
);

/** An id of printable ASCII alone: as it reads already. */
export const ASCII_ID = /^[\x20-\x7e]*$/;

/**
 * An id as it reads: full-width digits and letters as their ASCII forms (NFKC), so that "１" and
 * "1", which print alike, are one id given twice, not two rows no command can tell apart.
 */
export const sameId = (id: string): string => (ASCII_ID.test(id) ? id : id.normalize("NFKC"));
