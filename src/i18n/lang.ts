/** The two languages of every sentence the user reads. */
export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

/** One language's message templates of an area, keyed by message id. */
export type Messages = Record<string, string>;
