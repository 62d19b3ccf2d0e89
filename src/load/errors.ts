/** Input errors are values: a code, a location and a message id with data — never a thrown stack. */
import type { Message } from "../i18n/message.js";

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface InputError extends Location {
  /** Where what it points at ends (the column after its last character), where the text could be measured. */
  endLine?: number;
  endColumn?: number;
  /** Stable machine code, e.g. `unknown-field`, `rule-syntax`, `yaml-syntax`. */
  code: string;
  message: Message;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };
