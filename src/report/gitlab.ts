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
import { findingBatches, type Finding, type FindingLevel } from "./findings.js";
import type { StreamingFormatter } from "./index.js";

/** A FAIL (or a binding row not judged) blocks the merge as a critical issue; a warning is minor; a notice informs. */
const SEVERITY: Record<FindingLevel, "critical" | "minor" | "info"> = {
  error: "critical",
  warning: "minor",
  notice: "info",
};

const fingerprint = (...parts: string[]) => createHash("md5").update(parts.join("\0")).digest("hex");

/** GitLab resolves a path against the repository's root: `./a.yaml` is `a.yaml`, with `/`. */
const repoPath = (file: string) => file.replace(/\\/g, "/").replace(/^\.\//, "");

const entry = (file: string, x: Finding) => ({
  description: `${x.title}: ${x.message}`,
  check_name: `lingling-check/${x.rule}`,
  fingerprint: fingerprint(repoPath(file), x.key),
  severity: SEVERITY[x.level],
  location: { path: repoPath(file), lines: { begin: x.line, end: x.endLine } },
});

const inputError = (e: InputError, lang: Lang) => ({
  description: message(lang, e.message),
  check_name: `lingling-check/input-error/${e.code}`,
  fingerprint: fingerprint(repoPath(e.file), "input-error", e.code, String(e.line), String(e.column)),
  severity: "blocker",
  location: { path: repoPath(e.file), lines: { begin: e.line, end: e.endLine ?? e.line } },
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
  inputErrors: (errors, { lang }) => indent(errors.map((e) => inputError(e, lang))),
  foot: () => "\n]\n",
};

export default gitlab;
