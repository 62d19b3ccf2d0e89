/**
 * The command line. Declares its commands and options from tables, their help from the catalogue
 * (src/cli/help.ts), then imports the command it runs: `--help` and `--version` load no command code.
 */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { packageVersion } from "../packageRoot.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Lang } from "../i18n/lang.js";
import type { InputError } from "../load/errors.js";
import type { Config } from "./config.js";
import { configOf } from "./configPath.js";
import { FORMAT_NAMES } from "../report/index.js";
import { CliError, EXIT, InputFileError } from "./errors.js";
import { commanderMessage, helpConfiguration, helpText } from "./help.js";
import { detectLang } from "./lang.js";
import { regionOptions, type RegionHelp } from "./regionOptions.js";
import { guardStdout } from "./readerGone.js";

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * A repeatable option of words, each time one or a comma list (`--fail-on warn --fail-on projects`,
 * `--fail-on warn,projects`): every word kept, each checked against the choices (commander's
 * own sentence for a wrong one, so it is translated as every other choice is).
 */
const collectChoices = (choices: readonly string[]) => (value: string, previous: string[] | undefined) => {
  const words = value.split(",").map((w) => w.trim());
  if (words.some((w) => !choices.includes(w)))
    throw new InvalidArgumentError(`Allowed choices are ${choices.join(", ")}.`);
  return [...new Set([...(previous ?? []), ...words])];
};

/** An option: its flags, the key of its help text, and how it reads its value. */
export interface OptionSpec {
  flags: string;
  help: string;
  default?: unknown;
  choices?: readonly string[];
  /** Repeatable: every value, in order. */
  repeat?: true;
  required?: true;
}

/** What a command's action is handed: the output, and the options with the language they speak. */
interface Run {
  argv: string[];
  stdout: NodeJS.WritableStream;
  program: Command;
  langOf(options: { lang?: Lang }): Lang;
  /** A command's options with the language it speaks, however --lang was placed. */
  withLang<T>(options: Record<string, unknown>): T;
  colorOf(options: { color?: boolean }): boolean;
}

export interface CommandSpec {
  name: string;
  help: string;
  args?: ReadonlyArray<readonly [string, string]>;
  /** The region's and plan's options (init, template): "required" makes name and zone mandatory. */
  region?: "required" | "optional";
  options: readonly OptionSpec[];
  /** Runs the command; the exit status. */
  run(args: unknown[], options: Record<string, unknown>, r: Run): Promise<number>;
}

const LANG: OptionSpec = { flags: "--lang <lang>", help: "lang", choices: ["zh", "en"] };
const FORCE: OptionSpec = { flags: "--force", help: "force", default: false };
const EDITION: OptionSpec = { flags: "--standard <edition>", help: "edition", default: "county-2024" };
const out = (help: string): OptionSpec => ({ flags: "-o, --output <file>", help });
/** Every command that reads a file: the size cap of what it reads (src/cli/sizeOption.ts). */
const MAX_SIZE: OptionSpec = { flags: "--max-file-size <size>", help: "maxFileSize" };

/** The check itself (no command): its options, in the order help lists them. */
export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { flags: "-f, --format <format>", help: "format", repeat: true },
  { flags: "-o, --output <file>", help: "output", repeat: true },
  { flags: "--year <year>", help: "year" },
  { flags: "--assess <question>", help: "assess", choices: ["plan", "year"] },
  { flags: "--compare-year <year>", help: "compareYear" },
  { flags: "--checks <list>", help: "checks", repeat: true },
  LANG,
  { flags: "--no-color", help: "noColor" },
  { flags: "-q, --quiet", help: "quiet", default: false },
  { flags: "--allow-incomplete", help: "allowIncomplete", default: false },
  { flags: "--fail-on <level>", help: "failOn", choices: ["warn", "projects"], repeat: true },
  { flags: "--project-margin <points>", help: "projectMargin" },
  { flags: "--exit-zero", help: "exitZero", default: false },
  FORCE,
  { flags: "--bom", help: "bom" },
  { flags: "--no-bom", help: "noBom" },
  MAX_SIZE,
  { flags: "--stdin-filepath <name>", help: "stdinFilepath" },
  { flags: "--debug", help: "debug", default: false },
];

/** The options every command takes, wherever they stand on the command line. */
const GLOBAL_FLAGS = ["--lang", "--no-color", "--debug", "--config", "--no-config"];

/** Every command takes these: where its defaults come from (src/cli/config.ts). */
const CONFIG_OPTIONS: readonly OptionSpec[] = [
  { flags: "--config <file>", help: "config" },
  { flags: "--no-config", help: "noConfig" },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "standards",
    help: "standards",
    args: [["[edition]", "edition"]],
    options: [{ flags: "--check <file>", help: "standardsCheck" }, MAX_SIZE, LANG],
    async run([name], options, r) {
      const { runStandards, runStandardsCheck } = await import("./commands/standards.js");
      const { sizeOption } = await import("./sizeOption.js");
      const lang = r.langOf(options);
      const maxBytes = sizeOption(options.maxFileSize as string | undefined);
      return options.check !== undefined
        ? runStandardsCheck(String(options.check), lang, r.stdout, process.stderr, maxBytes)
        : runStandards(name as string | undefined, lang, r.stdout);
    },
  },
  {
    name: "init",
    help: "init",
    region: "required",
    // Messages follow --lang (as every command's do); the file init writes is in Chinese, like the standard.
    options: [EDITION, out("initOutput"), FORCE, LANG],
    async run(_args, options, r) {
      const { runInit } = await import("./commands/init.js");
      return runInit(r.withLang<Parameters<typeof runInit>[0]>(options), r.stdout);
    },
  },
  {
    name: "explain",
    help: "explain",
    args: [
      ["<id>", "explainId"],
      ["[file]", "explainFile"],
    ],
    options: [EDITION, MAX_SIZE, LANG],
    async run([id, file], options, r) {
      const { explain, explainInFile } = await import("./commands/explain.js");
      const lang = r.langOf(options);
      if (file === undefined) {
        r.stdout.write(explain(String(id), String(options.standard), lang));
        return EXIT.ok;
      }
      // The row as this file's region is judged: the file is read and compiled as a check reads it.
      const { listInputs, loadJob } = await import("./inputs.js");
      const { sizeOption } = await import("./sizeOption.js");
      const { formatInputError } = await import("./commands/check.js");
      const maxBytes = sizeOption(options.maxFileSize as string | undefined);
      const [job] = await listInputs([String(file)], process.stdin, maxBytes);
      const loaded = loadJob(job!, maxBytes);
      if (!loaded.ok) {
        process.stderr.write(`${loaded.errors.map((e) => formatInputError(e, lang, false)).join("\n")}\n`);
        return EXIT.usage;
      }
      r.stdout.write(explainInFile(String(id), loaded.value, lang));
      return EXIT.ok;
    },
  },
  {
    name: "record",
    help: "record",
    args: [["<file>", "recordFile"]],
    options: [
      { flags: "--year <year>", help: "recordYear", required: true },
      { flags: "--set <id=value>", help: "recordSet", repeat: true },
      { flags: "--from <file>", help: "recordFrom" },
      { flags: "--sheet <name>", help: "recordSheet" },
      { flags: "--template", help: "recordTemplate", default: false },
      out("recordOutput"),
      { flags: "--note <text>", help: "recordNote" },
      { flags: "--project <id>", help: "recordProject" },
      { flags: "--invested <amount>", help: "recordInvested" },
      { flags: "--status <status>", help: "recordStatus" },
      { flags: "--force", help: "recordForce", default: false },
      { flags: "--bom", help: "bom" },
      { flags: "--no-bom", help: "noBom" },
      MAX_SIZE,
      LANG,
    ],
    async run([file], options, r) {
      const { runRecord } = await import("./commands/record.js");
      return runRecord(String(file), r.withLang<Parameters<typeof runRecord>[1]>(options), process);
    },
  },
  {
    name: "history",
    help: "history",
    args: [["<inputs...>", "inputs"]],
    options: [
      { flags: "-f, --format <format>", help: "historyFormat", choices: ["table", "json"], default: "table" },
      out("historyOutput"),
      FORCE,
      { flags: "--no-color", help: "noColor" },
      MAX_SIZE,
      LANG,
    ],
    async run([inputs], options, r) {
      const { runHistory } = await import("./commands/history.js");
      const io = { stdin: process.stdin, stdout: r.stdout, stderr: process.stderr, env: process.env };
      return runHistory(
        inputs as string[],
        { ...r.withLang<Parameters<typeof runHistory>[1]>(options), color: r.colorOf(options) },
        io,
      );
    },
  },
  {
    name: "schema",
    help: "schema",
    options: [
      out("schemaOutput"),
      { flags: "--catalog", help: "schemaCatalog", default: false },
      { flags: "--project-config", help: "schemaProjectConfig", default: false },
      FORCE,
      LANG,
    ],
    async run(_args, options, r) {
      const { runSchema } = await import("./commands/schema.js");
      return runSchema(options as Parameters<typeof runSchema>[0], r.stdout);
    },
  },
  {
    name: "template",
    help: "template",
    region: "optional",
    args: [["[file]", "templateFile"]],
    options: [
      { flags: "--standard <edition>", help: "edition" },
      { flags: "--year <year>", help: "templateYear" },
      out("templateOutput"),
      FORCE,
      MAX_SIZE,
      LANG,
    ],
    async run([file], options, r) {
      const { runTemplate } = await import("./commands/template.js");
      return runTemplate(file as string | undefined, r.withLang<Parameters<typeof runTemplate>[1]>(options), process);
    },
  },
  {
    name: "lint",
    help: "lint",
    args: [["<inputs...>", "inputs"]],
    options: [
      { flags: "-f, --format <format>", help: "lintFormat", choices: ["table", "json", "github"], default: "table" },
      { flags: "--fail-on <level>", help: "lintFailOn", choices: ["error"] },
      { flags: "--no-color", help: "noColor" },
      MAX_SIZE,
      LANG,
    ],
    async run([inputs], options, r) {
      const { runLint } = await import("./commands/lint.js");
      const io = { stdin: process.stdin, stdout: r.stdout, stderr: process.stderr, env: process.env };
      const failOn = options.failOn === "error" ? "error" : "warning";
      return runLint(
        inputs as string[],
        { ...r.withLang<Parameters<typeof runLint>[1]>(options), failOn, color: r.colorOf(options) },
        io,
      );
    },
  },
  {
    name: "import",
    help: "import",
    args: [["<file>", "importFile"]],
    options: [out("importOutput"), FORCE, MAX_SIZE, LANG],
    async run([file], options, r) {
      const { runImport } = await import("./commands/import.js");
      return runImport(String(file), r.withLang<Parameters<typeof runImport>[1]>(options), process);
    },
  },
];

/**
 * An option taken once (`--project 4`): given again with another value it is refused, not taken as
 * the last one (`--project 4 --project 5 --invested 5` recorded project 5 alone). Its choices are
 * checked as commander's own would.
 */
const once = (o: Option, choices: readonly string[] | undefined) => (value: string, previous: unknown) => {
  if (previous !== undefined && previous !== o.defaultValue && previous !== value)
    throw new InvalidArgumentError(`Taken once, and ${String(previous)} was given before it.`);
  if (choices && !choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(", ")}.`);
  return value;
};

/** The option as commander declares it, with its help in `lang`. */
function option(spec: OptionSpec, lang: Lang): Option {
  const o = new Option(
    spec.flags,
    helpText(
      lang,
      spec.help,
      spec.help === "format" ? { formats: FORMAT_NAMES.join(lang === "zh" ? "、" : ", ") } : undefined,
    ),
  );
  if (spec.choices) o.choices(spec.choices);
  // After choices: the choices stay in help, and every value given is kept and checked.
  if (spec.repeat) o.argParser(spec.choices ? collectChoices(spec.choices) : collect);
  else if (o.required || o.optional) o.argParser(once(o, spec.choices));
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.required) o.makeOptionMandatory();
  return o;
}

function declare(command: Command, spec: Pick<CommandSpec, "args" | "options">, lang: Lang): Command {
  for (const [name, help] of spec.args ?? []) command.argument(name, helpText(lang, help));
  for (const o of spec.options) command.addOption(option(o, lang));
  return command;
}

/** The language of help and of errors before any command runs: `--lang` wherever it stands, else the environment's. */
function helpLanguage(argv: readonly string[], envLang: Lang): Lang {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const lang = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  return lang === "zh" || lang === "en" ? lang : envLang;
}

export async function main(given: string[]): Promise<number> {
  // -v is the version, as in node and npm; -V, commander's own, still works (commander takes one short flag).
  const end = given.indexOf("--");
  const argv = given.map((a, i) => (a === "-V" && (end < 0 || i < end) ? "-v" : a));
  // The project config, where there is one: its errors are input errors (exit 2), before anything runs.
  let loaded: Awaited<ReturnType<typeof projectConfig>>;
  try {
    loaded = argv.some((a) => a === "-v" || a === "--version") ? undefined : await projectConfig(argv);
  } catch (error) {
    // --config named wrongly (an empty name): a sentence, as any option's error is.
    return failed(error, helpLanguage(argv, detectLang(process.env)), argv.includes("--debug"));
  }
  if (loaded && !loaded.ok) return configFailed(loaded.errors, helpLanguage(argv, detectLang(process.env)));
  const config = loaded?.value.config;
  const envLang = config?.lang ?? detectLang(process.env);
  const lang = helpLanguage(argv, envLang);
  const say = (key: string) => helpText(lang, key);
  const seeHelp = (program: string) => helpText(lang, "seeHelp", { program });
  let status: number = EXIT.ok;
  const stdout = guardStdout(process.stdout);

  const program = new Command("lingling-check")
    .description(say("description"))
    .configureHelp(helpConfiguration(lang))
    .helpOption("-h, --help", say("help"))
    .helpCommand("help [command]", say("help"))
    // The version is read only when asked for.
    .version(
      argv.some((a) => a === "-v" || a === "--version") ? packageVersion() : "",
      "-v, --version",
      say("versionFlag"),
    )
    .addHelpText("after", say("after"))
    .showHelpAfterError(seeHelp("lingling-check"))
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(commanderMessage(lang, text)) });
  declare(program, { args: [["[inputs...]", "inputs"]], options: [...CHECK_OPTIONS, ...CONFIG_OPTIONS] }, lang);

  // Global options apply wherever they stand: before a command (`lingling-check --lang zh history f.yaml`) or after it.
  const r: Run = {
    argv,
    stdout,
    program,
    langOf: (options) => options.lang ?? (program.opts() as { lang?: Lang }).lang ?? envLang,
    withLang: <T>(options: Record<string, unknown>) =>
      ({ ...options, lang: r.langOf(options as { lang?: Lang }) }) as unknown as T,
    colorOf: (options) => options.color !== false && (program.opts() as { color?: boolean }).color !== false,
  };

  program.action(async (inputs: string[], options: Record<string, unknown>) => {
    status = await runCheck(inputs, config ? withConfig(program, options, config) : options, r);
  });

  const regionHelp = Object.fromEntries(
    ["initName", "initZone", "initUrban", "initCode", "initBase", "initNear", "initLong"].map((k) => [k, say(k)]),
  ) as unknown as RegionHelp;
  for (const spec of COMMANDS) {
    const command = program.command(spec.name);
    if (spec.region) regionOptions(command, regionHelp, spec.region === "required");
    // What a user types, for each command as for the check.
    command.addHelpText("after", say(`examples.${spec.name}`));
    declare(command.description(say(spec.help)), spec, lang).action(async (...args: unknown[]) => {
      // commander hands the arguments, then the options, then the command.
      const options = args.at(-2) as Record<string, unknown>;
      status = await spec.run(args.slice(0, -2), options, r);
    });
  }

  // The check's own options before a command would be the check's, and silently do nothing for the
  // command (`lingling-check --max-file-size 20MB lint f.yaml`): refused, naming the option. The
  // global ones (--lang, --no-color, --debug, --config, --no-config) apply wherever they stand.
  program.hook("preSubcommand", (thisCommand, command) => {
    const stray = thisCommand.options.find(
      (o) => !GLOBAL_FLAGS.includes(o.long ?? "") && thisCommand.getOptionValueSource(o.attributeName()) === "cli",
    );
    if (stray)
      throw new CliError({ id: "error.optionBeforeCommand", data: { option: stray.long!, command: command.name() } });
  });

  // --no-color and --debug are global: every command takes them (most print no colour anyway).
  // A command's usage errors point at that command's help.
  for (const command of program.commands) {
    const has = (flag: string) => command.options.some((o) => o.long === flag);
    if (!has("--no-color")) command.option("--no-color", say("noColor"));
    if (!has("--debug")) command.option("--debug", say("debug"), false);
    for (const o of CONFIG_OPTIONS) command.addOption(option(o, lang));
    command.showHelpAfterError(seeHelp(`lingling-check ${command.name()}`));
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return status;
  } catch (error) {
    return failed(error, lang, argv.includes("--debug"));
  }
}

/** The check itself; `lingling-check standard` is more likely a mistyped command than a missing file. */
async function runCheck(inputs: string[], options: Record<string, unknown>, r: Run): Promise<number> {
  const { runCheck } = await import("./commands/check.js");
  const { pairOutputs } = await import("./pairOutputs.js");
  const lang = r.langOf(options as { lang?: Lang });
  const [only] = inputs;
  if (inputs.length === 1 && only !== "-" && !existsSync(only!)) {
    const { didYouMean } = await import("../load/didYouMean.js");
    const command = didYouMean(
      only!,
      r.program.commands.map((c) => c.name()),
    );
    if (command) throw new CliError({ id: "error.notACommand", data: { file: only!, command } });
  }
  const pairing = (options.configOutputs as ReturnType<typeof pairOutputs> | undefined) ?? pairOutputs(r.argv);
  return await runCheck(inputs, { ...(options as object), lang, pairing } as Parameters<typeof runCheck>[1], {
    stdin: process.stdin,
    stdout: r.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}

async function projectConfig(argv: readonly string[]) {
  const which = configOf(argv, process.cwd());
  if (!which) return undefined;
  const { loadConfig } = await import("./config.js");
  return loadConfig(which.path, which.named ? which.path : relative(process.cwd(), which.path) || which.path);
}

async function configFailed(errors: readonly InputError[], lang: Lang): Promise<number> {
  const { formatInputError } = await import("./commands/check.js");
  process.stderr.write(`${errors.map((e) => formatInputError(e, lang, false)).join("\n")}\n`);
  return EXIT.usage;
}

/** The check's options with the config's defaults where the command line gave none. */
function withConfig(program: Command, options: Record<string, unknown>, config: Config): Record<string, unknown> {
  const merged = { ...options };
  const fromConfig = (key: string, value: unknown) => {
    if (value !== undefined && program.getOptionValueSource(key) !== "cli") merged[key] = value;
  };
  fromConfig("failOn", config.fail_on);
  fromConfig("allowIncomplete", config.allow_incomplete);
  fromConfig("force", config.force);
  // A year on the command line asks for a year assessment: the config's `assess: plan` is a default it overrides.
  const yearGiven = ["year", "compareYear"].some((key) => program.getOptionValueSource(key) === "cli");
  if (!(config.assess === "plan" && yearGiven)) fromConfig("assess", config.assess);
  fromConfig("checks", config.checks?.join(","));
  if (merged.checks !== options.checks) merged.checksFromConfig = true;
  fromConfig("projectMargin", config.project_margin === undefined ? undefined : String(config.project_margin));
  // Where the files' standard: names are also looked up: the config's own setting, with no option of its own.
  if (config.catalogs) merged.catalogFolders = config.catalogs;
  // The reports the config lists, unless the command line names its own.
  const named = program.getOptionValueSource("format") === "cli" || program.getOptionValueSource("output") === "cli";
  if (config.outputs && !named)
    merged.configOutputs = {
      pairs: config.outputs.map((o) => ({ format: o.format, ...(o.output !== undefined ? { output: o.output } : {}) })),
      strayOutputs: 0,
    };
  return merged;
}

/** The exit status of a run that threw: a usage error is a sentence, never a stack trace (but with --debug). */
export async function failed(error: unknown, lang: Lang, debug: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version"
      ? EXIT.ok
      : EXIT.usage;
  }
  const { message } = await import("../i18n/translate.js");
  // A file name or value in the sentence is shown visibly: one line, no escape sequence.
  const { visible } = await import("../report/visible.js");
  if (error instanceof InputFileError) {
    const { formatInputError } = await import("./commands/check.js");
    process.stderr.write(`${formatInputError(error.error, lang, false)}\n`);
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    process.stderr.write(`lingling-check: ${visible(message(lang, error.detail))}\n`);
    return EXIT.usage;
  }
  // A report longer than one string can hold (V8: 2^29 characters, some 512 MB): the input is too
  // large for that format, which is no fault of the program's.
  if (error instanceof RangeError && error.message === "Invalid string length") {
    process.stderr.write(`lingling-check: ${message(lang, { id: "error.outputTooLong" })}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lingling-check: ${visible(message(lang, { id: "error.internal", data: { detail } }))}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}
