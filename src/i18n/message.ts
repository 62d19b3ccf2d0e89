/**
 * A message by catalogue id, with its data: sentences are made by the report, in its language.
 * A data value may itself be a message (a reference), translated in the same language; a
 * reference is a value of its own type, so no text a user wrote can pass for one.
 */

/** A message used as a data value of another: `{ ref: "overall.PASS" }`; `detail` fills its {detail}. */
export interface MessageRef {
  readonly ref: string;
  readonly detail?: string;
}

/** What a placeholder is filled with; a list of references reads as a list (建立并实施: established and implemented). */
export type MessageValue = string | number | boolean | undefined | MessageRef | readonly MessageRef[];

export type MessageData = Record<string, MessageValue>;

export interface Message {
  id: string;
  data?: MessageData;
}

export const ref = (id: string, detail?: string): MessageRef =>
  detail === undefined ? { ref: id } : { ref: id, detail };

export const isRef = (v: unknown): v is MessageRef =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as MessageRef).ref === "string";
