/**
 * The command line's words, from the catalogue (`help.*`), in the language of `--lang` (or the
 * environment): option and command help, commander's headings, the `(choices: …, default: …)`
 * it appends, and its error sentences. commander has no catalogue of its own and gives its errors
 * only as English sentences, so those are read back by their fixed shapes, each into a message.
 */
import type { Help, Option } from "commander";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { visible } from "../report/visible.js";
import type { MessageData } from "../i18n/message.js";

/** A help text of the command line by its key (`help.${key}`). */
export const helpText = (lang: Lang, key: string, data?: MessageData) => t(lang, `help.${key}`, data);

/** commander's headings (what it hands styleTitle) and their ids. */
const TITLES: Record<string, string> = {
  "Usage:": "help.title.usage",
  "Arguments:": "help.title.arguments",
  "Options:": "help.title.options",
  "Global Options:": "help.title.globalOptions",
  "Commands:": "help.title.commands",
};

/** The words commander puts in a usage line and a command's term, and their ids. */
const USAGE_WORDS: Record<string, string> = { "[options]": "help.usage.options", "[command]": "help.usage.command" };
const usageWords = (lang: Lang, text: string) =>
  text
    .split(" ")
    .map((word) => (USAGE_WORDS[word] ? t(lang, USAGE_WORDS[word]) : word))
    .join(" ");

/** Help that speaks `lang`: headings, usage words, and an option's choices and default, from the catalogue. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    styleTitle: (title) => (TITLES[title] ? t(lang, TITLES[title]) : title),
    styleUsage: (usage) => usageWords(lang, usage),
    styleSubcommandTerm: (term) => usageWords(lang, term),
    optionDescription(this: Help, option: Option) {
      // As commander's own Help.optionDescription shows them, in words of the catalogue.
      const extra: string[] = [];
      if (option.argChoices)
        extra.push(t(lang, "help.choices", { choices: option.argChoices.map((c) => JSON.stringify(c)).join(", ") }));
      const showDefault =
        option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
      if (option.defaultValue !== undefined && showDefault) {
        extra.push(
          option.defaultValue === false
            ? t(lang, "help.default.false")
            : t(lang, "help.default", { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }),
        );
      }
      const shown = extra.filter(Boolean);
      if (shown.length === 0) return option.description;
      const note = t(lang, "help.extra", { extra: shown.join(t(lang, "help.extra.joiner")) });
      return option.description ? `${option.description}${note}` : note.trim();
    },
  };
}

/** commander's error sentences, by shape, and the message each is. */
const COMMANDER_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^error: unknown option '(?<option>.*?)'/, "help.error.unknownOption"],
  [/^error: unknown command '(?<command>.*?)'/, "help.error.unknownCommand"],
  [/^error: required option '(?<option>.*?)' not specified/, "help.error.requiredOption"],
  [/^error: missing required argument '(?<argument>.*?)'/, "help.error.missingArgument"],
  [/^error: option '(?<option>.*?)' argument missing/, "help.error.optionArgumentMissing"],
  [/^error: option '(?<option>.*?)' argument '(?<value>.*?)' is invalid\./, "help.error.invalidArgument"],
  [/Allowed choices are (?<choices>.*)\./, "help.error.choices"],
  [/Taken once, and (?<first>.*) was given before it\./, "help.error.givenTwice"],
  [/^error: too many arguments(?<detail>.*)/, "help.error.tooManyArguments"],
  [/\(Did you mean one of (?<names>.*)\?\)/, "help.error.didYouMeanOneOf"],
  [/\(Did you mean (?<name>.*)\?\)/, "help.error.didYouMean"],
];

/** What commander writes to standard error, in the catalogue's words of `lang`. */
export function commanderMessage(lang: Lang, text: string): string {
  let out = text;
  for (const [shape, id] of COMMANDER_ERRORS) {
    const m = shape.exec(out);
    // Once said in Chinese, an English shape no longer matches; in English the sentence is the same.
    if (m) out = `${out.slice(0, m.index)}${t(lang, id, { ...m.groups })}${out.slice(m.index + m[0].length)}`;
  }
  // What was typed is quoted (an option's value, an unknown option): shown, not obeyed, line by line.
  return out.split("\n").map(visible).join("\n");
}
