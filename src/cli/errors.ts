/** The command layer's errors: the classes live with the input errors (src/load/errors.ts). */
export { CliError, InputFileError, refusedFile } from "../load/errors.js";

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

// Why a file could not be read or written lives with the reader of every input.
export { reasonOf } from "../load/readInput.js";
