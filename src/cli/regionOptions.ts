/**
 * What `init` and `template` are told about a region and its plan: the same options, declared
 * once, and checked once — every plan year given or defaulted, the name one line — so that neither
 * writes a file (or a workbook) that its own check, or `import`, would refuse.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { REGION_WORDS, regionWord } from "../model/regionWords.js";
import { visible } from "../report/visible.js";
import { LAST_YEAR, yearOfText } from "../model/year.js";
import { MAX_NAME } from "../model/name.js";
import { CliError } from "./errors.js";

export interface RegionOptions {
  name?: string;
  zone?: string;
  urbanDistrict: boolean;
  code?: string;
  baseYear?: string;
  nearTerm?: string;
  longTerm?: string;
}

/** The options' help texts, in the command line's language. */
export interface RegionHelp {
  initName: string;
  initZone: string;
  initUrban: string;
  initCode: string;
  initBase: string;
  initNear: string;
  initLong: string;
}

const ZONES = ["east", "central", "west", "northeast"] as const;

/** A --zone value in the schema's words: the English ones, or 东部/中部/西部/东北 as the file and the template take them. */
function zoneWord(text: string): (typeof ZONES)[number] {
  const word = regionWord("zone", text);
  if (typeof word === "string" && (ZONES as readonly string[]).includes(word)) return word as (typeof ZONES)[number];
  // The sentence commander's own choices give, so that it is said in the catalogue's words (src/cli/help.ts).
  throw new InvalidArgumentError(`Allowed choices are ${[...ZONES, ...Object.keys(REGION_WORDS.zone!)].join(", ")}.`);
}

/** Declares the region's and plan's options on a command; `required` makes name and zone mandatory. */
export function regionOptions(command: Command, h: RegionHelp, required: boolean): Command {
  const name = new Option("--name <name>", h.initName);
  const zone = new Option("--zone <zone>", h.initZone).argParser(zoneWord);
  // Shown in the help as commander shows choices; zoneWord is what reads them.
  zone.argChoices = [...ZONES, ...Object.keys(REGION_WORDS.zone!)];
  return command
    .addOption(required ? name.makeOptionMandatory() : name)
    .addOption(required ? zone.makeOptionMandatory() : zone)
    .option("--urban-district", h.initUrban, false)
    .option("--code <code>", h.initCode)
    .option("--base-year <year>", h.initBase)
    .option("--near-term <year>", h.initNear)
    .option("--long-term <year>", h.initLong);
}

/** A year option's value, or the usage error that names that option. */
function year(option: string, text: string): number {
  const y = yearOfText(text);
  if (y === undefined) throw new CliError({ id: "error.init.year", data: { option, found: text } });
  return y;
}

/**
 * The plan's years from the options: each given one checked and named when wrong, each default
 * (base + 3, base + 8) checked too, so that init never writes a file its own check refuses.
 */
export function planYears(options: RegionOptions): { base: number; near: number; long: number } {
  const base = options.baseYear === undefined ? new Date().getFullYear() - 1 : year("--base-year", options.baseYear);
  const near = options.nearTerm === undefined ? base + 3 : year("--near-term", options.nearTerm);
  const long = options.longTerm === undefined ? base + 8 : year("--long-term", options.longTerm);
  if (options.nearTerm === undefined && near > LAST_YEAR)
    throw new CliError({ id: "error.init.noRoom", data: { base, near, long } });
  if (near <= base) throw new CliError({ id: "error.init.nearTerm", data: { near, base } });
  if (options.longTerm === undefined && (long > LAST_YEAR || long <= near)) {
    if (options.nearTerm === undefined) throw new CliError({ id: "error.init.noRoom", data: { base, near, long } });
    throw new CliError({ id: "error.init.longDefault", data: { long, near } });
  }
  if (long <= near) throw new CliError({ id: "error.init.longTerm", data: { long, near } });
  return { base, near, long };
}

/** The region's name goes on a comment line and into a value: one line of text. */
export function regionName(name: string): string {
  // An empty name makes a file (or a workbook) that loading refuses: region.name is required.
  if (name.trim() === "") throw new CliError({ id: "error.init.emptyName" });
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name))
    throw new CliError({ id: "error.init.name", data: { found: visible(name) } });
  if ([...name].length > MAX_NAME) throw new CliError({ id: "error.init.longName", data: { max: MAX_NAME } });
  return name;
}
