/** Standard output that cannot be written (a full disk, /dev/full): one sentence, not a stack trace. */
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/translate.js";
import { reasonOf } from "./errors.js";
import { detectLang } from "./lang.js";

export function stdoutError(error: unknown, argv: readonly string[]): string {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const chosen = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  const lang: Lang = chosen === "zh" || chosen === "en" ? chosen : detectLang(process.env);
  return `lingling-check: ${message(lang, { id: "error.stdout", data: { reason: reasonOf(error) } })}\n`;
}
