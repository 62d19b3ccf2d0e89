/**
 * A name a file gives — a region's, an indicator's, a project's — is at most MAX_NAME characters:
 * ten times any real one, so that no report repeats a megabyte in each of its rows (a CSV writes
 * the region's name on every line).
 */
import * as z from "zod/mini";

export const MAX_NAME = 500;

/** The check of a name's length, worded as what was expected. */
export const nameLength = z.maxLength(MAX_NAME, { error: "expected.name.length" });

/** A name: text with something to show (not empty, not spaces alone), at most MAX_NAME characters. */
export const nameText = () =>
  z.string({ error: "expected.text" }).check(z.regex(/\S/, { error: "expected.name" }), nameLength);
