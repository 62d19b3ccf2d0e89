/** The sheets `template` makes, by name in either language: how `import` and `record` find them. */
import { LANGS } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";

/** The sheets' names in both languages: import finds them by either. */
const sheetNames = (id: SheetTitle) => LANGS.map((lang) => t(lang, id));

/** Every sheet `template` makes, by its title's message. */
const SHEET_TITLES = [
  "sheet.indicators",
  "sheet.region",
  "project.title",
  "sheet.vetoes",
  "sheet.superior",
  "sheet.referenceValues",
  "sheet.clauses",
  "sheet.reviews",
  "sheet.notes",
] as const;
export type SheetTitle = (typeof SHEET_TITLES)[number];

/** A sheet's name as compared: full-width brackets as half-width, no spaces, any case (重点工程(附表1) is 重点工程（附表1）). */
const nameKey = (name: string) => name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** The first of `sheets` named as `title` is, in either language. */
export const sheetTitled = <S extends { name: string }>(sheets: readonly S[], title: SheetTitle): S | undefined => {
  const names = sheetNames(title).map(nameKey);
  return sheets.find((s) => names.includes(nameKey(s.name)));
};

/** Whether `name` is one of the sheets `template` makes. */
export const templateSheet = (name: string): boolean =>
  SHEET_TITLES.some((title) => sheetTitled([{ name }], title) !== undefined);

/** The template's sheets' names, in both languages, for a sentence. */
export const templateSheetNames = (): string => SHEET_TITLES.map((title) => sheetNames(title).join(" / ")).join(", ");
