/**
 * The report language when --lang is not given: LINGLING_LANG, then the POSIX locale variables in
 * their own order of precedence (LC_ALL, LC_MESSAGES, LANG), an empty one skipped as the C library
 * skips it, then the system's locale — Windows sets no LANG, and a Chinese Windows still wants
 * Chinese. zh* is Chinese; anything else (C and POSIX included) English.
 */
import type { Lang } from "../i18n/lang.js";

const VARIABLES = ["LINGLING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] as const;

const systemLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

export function detectLang(env: NodeJS.ProcessEnv, system: () => string = systemLocale): Lang {
  const set = VARIABLES.map((name) => env[name]?.trim()).find((value) => value);
  return (set ?? system()).toLowerCase().startsWith("zh") ? "zh" : "en";
}
