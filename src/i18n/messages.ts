/**
 * Every sentence the user reads, in Chinese and English, keyed by id, gathered from the areas in
 * messages/ (one file an area, both languages side by side). Templates take `{name}` placeholders;
 * a `[[…]]` segment is dropped when a placeholder inside it has no value. A data value that is a
 * reference (`ref(id)`, src/i18n/message.ts) is itself a message, translated in the same language.
 * ("Catalog" in this project means a standard's edition, src/standards/; these are messages.)
 */
import { vocabularyLabels } from "../rules/vocabulary.js";
import type { Lang, Messages } from "./lang.js";
import * as docx from "./messages/docx.js";
import * as errors from "./messages/errors.js";
import * as help from "./messages/help.js";
import * as html from "./messages/html.js";
import * as projects from "./messages/projects.js";
import * as reasons from "./messages/reasons.js";
import * as reports from "./messages/reports.js";
import * as verdicts from "./messages/verdicts.js";
import * as workbooks from "./messages/workbooks.js";

const AREAS = [verdicts, reasons, errors, reports, workbooks, projects, help, html, docx];

/**
 * The labels of the rule vocabulary (status words, phrases, relations: src/rules/vocabulary.ts) join
 * the areas here, by Object.assign rather than a spread inside a literal: V8 builds every property
 * written after a spread one by one, which once made loading the messages 30 ms of every start.
 */
export const MESSAGES: Record<Lang, Messages> = {
  zh: Object.assign({}, ...AREAS.map((area) => area.zh), vocabularyLabels("zh")),
  en: Object.assign({}, ...AREAS.map((area) => area.en), vocabularyLabels("en")),
};
