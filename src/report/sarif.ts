/**
 * SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers), built with node-sarif-builder: one
 * run whose rules are the checks (their help from the catalogue), a result per finding
 * (src/report/findings.ts: its level, its line) and the files that could not be read as the
 * invocation's notifications.
 *
 * The log streams like the JSON report: the builder makes the document with a placeholder where
 * the results go; the head is the text before it, each file's part its results, the foot the rest
 * with the invocation (which needs the run's totals).
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import { CHECKS, type RunTotals } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { message, t } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import { packageVersion } from "../packageRoot.js";
import { FINDING_CODES } from "../projects/result.js";
import { ciPath, findingBatches, type Finding, type FindingLevel } from "./findings.js";
import { runSummaryLine } from "./summaryLines.js";
import type { StreamingFormatter } from "./index.js";

const RULE_IDS = [...CHECKS, "veto", ...FINDING_CODES.map((c) => `project.${c}`)] as const;
const RULE_INDEX = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

const LEVEL: Record<FindingLevel, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

const PLACEHOLDER = "\u0000results\u0000";

/**
 * A path as a SARIF artifact URI: a file inside the working folder relative to it (the repository's
 * root, for code scanning), each segment percent-encoded (`2024:final.yaml` would otherwise read as
 * the scheme `2024:`, and `#` start a fragment); a file outside it a `file:` URL.
 */
export function artifactUri(file: string): string {
  const path = ciPath(file);
  if (/^([a-zA-Z]:)?\//.test(path)) return pathToFileURL(path).href;
  return path.split("/").map(encodeURIComponent).join("/");
}

function rule(id: (typeof RULE_IDS)[number], lang: Lang): SarifRuleBuilder {
  const builder = new SarifRuleBuilder().initSimple({
    ruleId: id,
    shortDescriptionText: t(lang, `sarif.rule.${id}`),
    fullDescriptionText: t(lang, `sarif.rule.${id}.full`),
  });
  builder.rule.help = { text: t(lang, `sarif.rule.${id}.full`) };
  return builder;
}

/** The document up to its results, and after them: made once per language. */
const frames = new Map<Lang, [string, string]>();

function frame(lang: Lang): [string, string] {
  let found = frames.get(lang);
  if (!found) {
    const run = new SarifRunBuilder().initSimple({
      toolDriverName: "lingling-check",
      toolDriverVersion: packageVersion(),
      url: "https://www.npmjs.com/package/lingling-check",
    });
    for (const id of RULE_IDS) run.addRule(rule(id, lang));
    const sarif = new SarifBuilder();
    sarif.addRun(run);
    const log = sarif.buildSarifOutput();
    // The builder lists the artifacts its results name; a streamed log has none yet, and an empty list says nothing.
    const first = log.runs[0] as { results: unknown; artifacts?: unknown[] };
    if (first.artifacts?.length === 0) delete first.artifacts;
    first.results = PLACEHOLDER;
    const text = JSON.stringify(log);
    const at = text.indexOf(JSON.stringify(PLACEHOLDER));
    found = [text.slice(0, at), text.slice(at + JSON.stringify(PLACEHOLDER).length)];
    frames.set(lang, found);
  }
  return found;
}

const fingerprint = (file: string, key: string) => createHash("sha256").update(`${file}\0${key}`).digest("hex");

function result(file: string, x: Finding): string {
  const r = new SarifResultBuilder().initSimple({
    ruleId: x.rule,
    level: LEVEL[x.level],
    messageText: `${x.title}: ${x.message}`,
    fileUri: artifactUri(file),
  });
  // The row's or the value's extent; SARIF's end column is the one after the last character, as ours.
  r.setLocationRegion({ startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn });
  r.result.ruleIndex = RULE_INDEX.get(x.rule);
  r.result.partialFingerprints = { "lingling-check/v1": fingerprint(file, x.key) };
  return JSON.stringify(r.result);
}

function notification(e: InputError, lang: Lang) {
  return {
    level: "error",
    message: { text: message(lang, e.message) },
    descriptor: { id: e.code },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(e.file) },
          region: {
            startLine: e.line,
            startColumn: e.column,
            ...(e.endLine !== undefined ? { endLine: e.endLine, endColumn: e.endColumn } : {}),
          },
        },
      },
    ],
  };
}

function invocation(totals: RunTotals, lang: Lang) {
  return {
    executionSuccessful: (totals.unreadable ?? 0) === 0,
    toolExecutionNotifications: (totals.inputErrors ?? []).map((e) => notification(e, lang)),
    properties: { overall: totals.fileCount > 0 ? totals.overall : null, summary: runSummaryLine(lang, totals) },
  };
}

const sarif: StreamingFormatter = {
  head: ({ lang }) => `${frame(lang)[0]}[`,
  *pieces(f, options) {
    let first = true;
    for (const batch of findingBatches(f, options.lang, options)) {
      if (batch.length === 0) continue;
      yield `${first ? "" : ","}${batch.map((x) => result(f.file.file, x)).join(",")}`;
      first = false;
    }
  },
  separator: () => ",",
  foot: (totals, { lang }) => `],"invocations":[${JSON.stringify(invocation(totals, lang))}]${frame(lang)[1]}\n`,
};

export default sarif;
