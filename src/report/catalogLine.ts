/** The catalog a file was judged by, for the title line: its name, and a flag when unverified. */
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import type { IndicatorFile } from "../model/types.js";
import { ref } from "../i18n/message.js";

export function catalogLine(lang: Lang, file: IndicatorFile): string {
  const c = file.catalog;
  if (!c) return "";
  return ` · ${t(lang, "report.catalog", { name: c.name, title: c.title, document: c.document, unverified: c.verified ? undefined : ref("report.unverified") })}`;
}
