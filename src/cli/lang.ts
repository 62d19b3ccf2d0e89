/** The report language: --lang, else LINGLING_LANG, else the locale (zh* → Chinese), else English. */
import type { Lang } from "../i18n/catalog.js";

export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const chosen = env.LINGLING_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return chosen.toLowerCase().startsWith("zh") ? "zh" : "en";
}
