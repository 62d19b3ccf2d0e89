/**
 * GitLab Code Quality (the merge request's widget and the pipeline's tab): a JSON array with an
 * entry per finding (src/report/findings.ts) and per input error — description, check_name, a
 * fingerprint stable across runs (the finding's file and what it is about, never its line, so
 * editing another row does not make every finding new), severity, location.path, lines.begin and lines.end (GitLab's lines, whole lines only).
 */
import { createHash } from "node:crypto";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import { ciPath, findingBatches, type Finding, type FindingLevel } from "./findings.js";
import type { StreamingFormatter } from "./index.js";

/** A FAIL (or a binding row not judged) blocks the merge as a critical issue; a warning is minor; a notice informs. */
const SEVERITY: Record<FindingLevel, "critical" | "minor" | "info"> = {
  error: "critical",
  warning: "minor",
  notice: "info",
};

const fingerprint = (...parts: string[]) => createHash("md5").update(parts.join("\0")).digest("hex");

const entry = (file: string, x: Finding) => ({
  description: `${x.title}: ${x.message}`,
  check_name: `lingling-check/${x.rule}`,
  fingerprint: fingerprint(ciPath(file), x.key),
  severity: SEVERITY[x.level],
  location: { path: ciPath(file), lines: { begin: x.line, end: x.endLine } },
});

/** An input error's entry; `nth` tells apart errors of one code at one place (GitLab keeps one entry of a fingerprint). */
const inputError = (e: InputError, lang: Lang, nth: number) => ({
  description: message(lang, e.message),
  check_name: `lingling-check/input-error/${e.code}`,
  fingerprint: fingerprint(ciPath(e.file), "input-error", e.code, String(e.line), String(e.column), String(nth)),
  severity: "blocker",
  location: { path: ciPath(e.file), lines: { begin: e.line, end: e.endLine ?? e.line } },
});

const indent = (items: readonly object[]) => items.map((i) => `\n  ${JSON.stringify(i)}`).join(",");

const gitlab: StreamingFormatter = {
  head: () => "[",
  *pieces(f, options) {
    let first = true;
    for (const batch of findingBatches(f, options.lang, options)) {
      if (batch.length === 0) continue;
      yield `${first ? "" : ","}${indent(batch.map((x) => entry(f.file.file, x)))}`;
      first = false;
    }
  },
  separator: () => ",",
  inputErrors: (errors, { lang }) => {
    const seen = new Map<string, number>();
    return indent(
      errors.map((e) => {
        const place = `${e.file}\0${e.code}\0${e.line}\0${e.column}`;
        const nth = seen.get(place) ?? 0;
        seen.set(place, nth + 1);
        return inputError(e, lang, nth);
      }),
    );
  },
  foot: () => "\n]\n",
};

export default gitlab;
