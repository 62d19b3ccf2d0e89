/**
 * The command line. Declares options and help, then imports the command it runs: `--help` and
 * `--version` load no command code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packageRoot.js";
import { Command, CommanderError, Help, Option } from "commander";
import type { Lang } from "../i18n/catalog.js";
import { FORMAT_NAMES } from "../report/index.js";
import { CliError, EXIT } from "./errors.js";
import { detectLang } from "./lang.js";
import { regionOptions } from "./regionOptions.js";
import { guardStdout } from "./readerGone.js";
import { PROJECT_HELP } from "./projectOptions.js";

const HELP = {
  en: {
    description: "Check a region's eco-civilization indicators against China's national demonstration-zone standard and the region's own plan.",
    inputs: "indicator files (YAML), directories (every .yaml/.yml below), quoted globs, or - for standard input",
    format: `output format, repeatable: ${FORMAT_NAMES.join(", ")} (default: table)`,
    output: "write the --format just before it to FILE; a format without -o (or with -o -) goes to standard output",
    year: "the year to assess: every binding row needs a value for it (default: the latest with observed values)",
    assess: "the question: plan (base year and targets) or year (the year's values decide); default: year when the file has observed values or --year is given, else plan",
    compareYear: "also assess this earlier year and list what changed: newly failing, newly passing, forecast classes",
    checks: "which checks run: baseline,near_term,long_term,progress,override (default: all that apply)",
    lang: "language of the report: zh or en (default: from LINGLING_LANG or the locale)",
    noColor: "no colour (also NO_COLOR); colour is only ever used on a terminal",
    quiet: "print only the summary",
    allowIncomplete: "exit 0 when the overall verdict is INCOMPLETE",
    failOn: "exit 1 on WARN too",
    exitZero: "report without failing: always exit 0 unless the input is unusable",
    force: "overwrite existing --output files",
    bom: "start CSV output with a byte-order mark, so Excel reads Chinese correctly",
    maxFileSize: "refuse input files larger than this (default 10MB; e.g. 500k, 20MB)",
    stdinFilepath: "the file name to report for standard input",
    debug: "show the stack trace of an internal error",
    help: "display help for a command",
    versionFlag: "output the version number",
    seeHelp: "(lingling-check --help shows the options)",
    history: "each indicator year by year: its values, each year's verdict, a trend line, and the forecast",
    historyFormat: "table or json",
    record: "write a year's observed values into an indicator file, in place, keeping its comments and layout",
    recordFile: "the indicator file to update",
    recordYear: "the year the values were observed",
    recordSet: "a value, repeatable: --set 1=26.1 --set 2=已建立",
    recordFrom: "read values from a CSV file (UTF-8 or GBK) or an .xlsx workbook with an id column (id, 序号) and a value column (value, 数值); an optional note column (note, 备注) and name column (name, 指标名称)",
    recordSheet: "the sheet of the --from workbook to read (default: the first)",
    recordTemplate: "write the fill-in sheet for --year instead: one row per indicator with its latest value and an empty value column",
    recordOutput: "with --template: write the sheet to FILE (.xlsx for a workbook, otherwise CSV; an existing file only with --force) instead of standard output",
    recordNote: "a note stored with each value",
    recordForce: "replace values the file already has for that year",
    recordProject: "record a key project's progress (附表1) for --year instead of values: with --invested and/or --status",
    recordInvested: "with --project: the cumulative investment by the end of --year, 万元",
    recordStatus: "with --project: 未开工, 在建 or 建成 (or not started, in progress, completed)",
    standards: "list the built-in editions of the national standard, or one edition's rows",
    edition: "a built-in edition of the national standard",
    standardsCheck: "validate a catalog file (the format of data/standards/*.yaml) and list what each rule reads as",
    init: "write a complete, commented indicator file for a region, ready for its values",
    initName: "the region's name, e.g. 永州市零陵区",
    initZone: "the region's zone: east, central, west or northeast",
    initUrban: "the region is a 市辖区 (urban district) of a prefecture-level or higher city",
    initCode: "administrative division code",
    initBase: "base year (default: last year)",
    initNear: "near-term plan year (default: base year + 3)",
    initLong: "long-term plan year (default: base year + 8)",
    initOutput: "write to FILE (whole or not at all; also writes the JSON Schema beside it) instead of standard output",
    explain: "explain an indicator: what it is, its rule as parsed, how each check judges it",
    explainId: "indicator id, e.g. 4, 5.1, R1",
    explainFile: "an indicator file: explain the row as its region is judged (the rule chosen, the catalog it came from)",
    schema: "print the JSON Schema of the indicator file (for editors and validators)",
    schemaOutput: "write the schema to FILE",
    schemaCatalog: "the JSON Schema of a catalog file (standard: ./catalog.yaml) instead of an indicator file",
    template: "write a fill-in workbook (.xlsx): for a region from a built-in edition, or from an indicator file with its values",
    templateFile: "an indicator file to pre-fill the workbook from (instead of --standard/--name/--zone)",
    templateOutput: "write the workbook to FILE (whole or not at all); standard output only when it is not a terminal",
    import: "read a filled template workbook back into an indicator file (YAML) that loads and checks",
    importFile: "the workbook (.xlsx) made by lingling-check template",
    importOutput: "write the indicator file to FILE (whole or not at all) instead of standard output",
    historyOutput: "write the history to FILE (whole or not at all) instead of standard output",
    lint: "check the plan's internal consistency on its own (units, targets against the baseline, the standard and each other; the key projects' amounts); exit 1 on findings",
    lintFormat: "table, json or github",
    lintFailOn: "exit 1 on errors only (default: on warnings too)",
    after: `
Exit status:
  0  overall PASS or WARN
  1  overall FAIL or INCOMPLETE (see --allow-incomplete, --fail-on warn, --exit-zero)
  2  usage or input error (each input error names file:line:column)


Examples:
  lingling-check seeds/lingling.yaml
  lingling-check --lang en --checks baseline seeds/lingling.yaml
  lingling-check -f table -f junit -o report.xml indicators/
  lingling-check init --name 某某县 --zone west -o 某某县.yaml
  cat region.yaml | lingling-check --stdin-filepath region.yaml -f json -`,
  },
  zh: {
    description: "对照国家生态文明建设示范区建设指标及本地区规划，检查地区各项指标。",
    inputs: "指标文件（YAML）、目录（其下所有 .yaml/.yml）、带引号的通配符，或 -（标准输入）",
    format: `输出格式，可重复：${FORMAT_NAMES.join("、")}（默认 table）`,
    output: "将紧挨在前的 --format 写入 FILE；未配 -o（或 -o -）的格式输出到标准输出",
    year: "评估的年份：每项约束性指标都需有该年的值（默认：有实际值的最近年份）",
    assess: "评估的问题：plan（规划评审：基准年与规划目标）或 year（年度评估：由该年数值判定）；默认：文件有实际值或给出 --year 时为 year，否则为 plan",
    compareYear: "同时评估此前某一年，并列出变化：新增未达标、新转为达标、预测类别变化",
    checks: "运行哪些检查：baseline,near_term,long_term,progress,override（默认：全部适用的）",
    lang: "报告语言：zh 或 en（默认取 LINGLING_LANG 或系统语言）",
    noColor: "不使用颜色（亦可设 NO_COLOR）；仅在终端上使用颜色",
    quiet: "只输出汇总行",
    allowIncomplete: "总体为 INCOMPLETE 时退出码为 0",
    failOn: "WARN 时也以 1 退出",
    exitZero: "只报告不失败：除输入无法使用外总是以 0 退出",
    force: "覆盖已存在的 --output 文件",
    bom: "CSV 输出以 BOM 开头，便于 Excel 正确显示中文",
    maxFileSize: "拒绝读取超过此大小的输入文件（默认 10MB；如 500k、20MB）",
    stdinFilepath: "标准输入在报告中使用的文件名",
    debug: "内部错误时显示调用栈",
    help: "显示命令的帮助",
    versionFlag: "输出版本号",
    seeHelp: "（lingling-check --help 列出全部选项）",
    history: "逐年查看各项指标：数值、每年的判定、趋势线和预测",
    historyFormat: "table 或 json",
    record: "将某一年的实际值写入指标文件（原地修改，保留注释与格式）",
    recordFile: "要更新的指标文件",
    recordYear: "数值所属年份",
    recordSet: "一个值，可重复：--set 1=26.1 --set 2=已建立",
    recordFrom: "从 CSV 文件（UTF-8 或 GBK）或 .xlsx 工作簿读取数值：需有编号列（序号、id）和数值列（数值、value），可选备注列（备注、note）和指标名称列（指标名称、name）",
    recordSheet: "要读取的 --from 工作簿中的工作表（默认：第一个）",
    recordTemplate: "改为生成 --year 年的待填写表格：每项指标一行，列出最近实际值，数值列留空",
    recordOutput: "与 --template 同用：将表格写入 FILE（.xlsx 为工作簿，其余为 CSV；已存在的文件须加 --force 才覆盖），而非标准输出",
    recordNote: "随每个值保存的备注",
    recordForce: "覆盖文件中该年已有的值",
    recordProject: "记录某项重点工程（附表1）在 --year 年的进展，而非指标数值：配合 --invested 和/或 --status",
    recordInvested: "配合 --project：截至 --year 年底的累计完成投资（万元）",
    recordStatus: "配合 --project：未开工、在建或建成（也可写 not started、in progress、completed）",
    standards: "列出内置的国家标准版本，或某一版本的全部指标",
    edition: "内置的国家标准版本",
    standardsCheck: "校验一个指标目录文件（与 data/standards/*.yaml 同一格式），并列出每条规则的解析结果",
    init: "为一个地区生成完整、带注释的指标文件，只需填写数值",
    initName: "地区名称，如 永州市零陵区",
    initZone: "地区所属区域：east、central、west 或 northeast",
    initUrban: "该地区为地级及以上城市的市辖区",
    initCode: "行政区划代码",
    initBase: "基准年（默认：上一年）",
    initNear: "近期规划年（默认：基准年 + 3）",
    initLong: "远期规划年（默认：基准年 + 8）",
    initOutput: "写入 FILE（完整写入或不写；并在旁边写入 JSON Schema），而非标准输出",
    explain: "解释一项指标：含义、规则的解析结果、各项检查如何判定",
    explainId: "指标编号，如 4、5.1、R1",
    explainFile: "指标文件：按该地区实际适用的规则解释（选定的规则、所来自的指标目录）",
    schema: "输出指标文件的 JSON Schema（供编辑器与校验工具使用）",
    schemaOutput: "将 Schema 写入 FILE",
    schemaCatalog: "输出指标目录文件（standard: ./catalog.yaml）的 JSON Schema，而非指标文件的",
    template: "生成填报工作簿（.xlsx）：按内置标准为某地区生成，或由已有指标文件生成（带其数值）",
    templateFile: "用来预填工作簿的指标文件（代替 --standard/--name/--zone）",
    templateOutput: "将工作簿写入 FILE（完整写入或不写）；仅当标准输出不是终端时才可输出到标准输出",
    import: "将填好的模板工作簿读回为指标文件（YAML），可直接载入检查",
    importFile: "由 lingling-check template 生成的工作簿（.xlsx）",
    importOutput: "将指标文件写入 FILE（完整写入或不写），而非标准输出",
    historyOutput: "将历史写入 FILE（完整写入或不写），而非标准输出",
    lint: "单独检查规划自身的一致性（单位、目标与基准值、国家标准及彼此之间，重点工程的金额）；发现问题时退出码为 1",
    lintFormat: "table、json 或 github",
    lintFailOn: "仅在出现错误时退出码为 1（默认警告也算）",
    after: `
退出码：
  0  总体 PASS 或 WARN
  1  总体 FAIL 或 INCOMPLETE（见 --allow-incomplete、--fail-on warn、--exit-zero）
  2  用法或输入错误（每个输入错误都给出 文件:行:列）


示例：
  lingling-check seeds/lingling.yaml
  lingling-check --lang en --checks baseline seeds/lingling.yaml
  lingling-check -f table -f junit -o report.xml indicators/
  lingling-check init --name 某某县 --zone west -o 某某县.yaml
  cat region.yaml | lingling-check --stdin-filepath region.yaml -f json -`,
  },
} satisfies Record<Lang, Record<string, string>>;

/** commander's own headings, in Chinese for `--lang zh` (commander passes each through styleTitle). */
const TITLES_ZH: Record<string, string> = { "Usage:": "用法：", "Arguments:": "参数：", "Options:": "选项：", "Global Options:": "全局选项：", "Commands:": "命令：" };

const HELP_ZH: Partial<Help> = {
  styleTitle: (title) => TITLES_ZH[title] ?? title,
  optionDescription(this: Help, option) {
    return Help.prototype.optionDescription
      .call(this, option)
      .replace(/ \(default: false\)/, "")
      .replace(/ ?\(choices: ([^)]*)\)/, "（可选：$1）")
      .replace(/ ?\(default: ([^)]*)\)/, "（默认：$1）");
  },
};

/** commander's own error sentences, in Chinese for --lang zh (it has no catalogue of its own). */
const ERRORS_ZH: ReadonlyArray<readonly [RegExp, string]> = [
  [/^error: unknown option '(.*?)'/, "错误：未知选项 '$1'"],
  [/^error: unknown command '(.*?)'/, "错误：未知命令 '$1'"],
  [/^error: required option '(.*?)' not specified/, "错误：缺少必需的选项 '$1'"],
  [/^error: missing required argument '(.*?)'/, "错误：缺少必需的参数 '$1'"],
  [/^error: option '(.*?)' argument missing/, "错误：选项 '$1' 缺少取值"],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\./, "错误：选项 '$1' 的取值 '$2' 无效。"],
  [/Allowed choices are (.*)\./, "可选值：$1。"],
  [/^error: too many arguments.*/, "错误：参数过多"],
  [/\(Did you mean one of (.*)\?\)/, "（是否想输入以下之一：$1？）"],
  [/\(Did you mean (.*)\?\)/, "（是否想输入 $1？）"],
];

const inChinese = (text: string) => ERRORS_ZH.reduce((s, [pattern, zh]) => s.replace(pattern, zh), text);

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const envLang = detectLang(process.env);
  const langIndex = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const argLang = langIndex < 0 ? undefined : argv[langIndex]!.includes("=") ? argv[langIndex]!.split("=")[1] : argv[langIndex + 1];
  const helpLang: Lang = argLang === "zh" || argLang === "en" ? argLang : envLang;
  const h = HELP[helpLang];
  const debug = argv.includes("--debug");

  let status: number = EXIT.ok;
  const stdout = guardStdout(process.stdout);
  const program = new Command("lingling-check")
    .description(h.description)
    // The version is read only when asked for.
    .configureHelp(helpLang === "zh" ? HELP_ZH : {})
    .helpOption("-h, --help", h.help)
    .helpCommand("help [command]", h.help)
    .version(argv.some((a) => a === "-V" || a === "--version") ? version() : "", "-V, --version", h.versionFlag)
    .argument("[inputs...]", h.inputs)
    .option("-f, --format <format>", h.format, collect)
    .option("-o, --output <file>", h.output, collect)
    .option("--year <year>", h.year)
    .addOption(new Option("--assess <question>", h.assess).choices(["plan", "year"]))
    .option("--compare-year <year>", h.compareYear)
    .option("--checks <list>", h.checks)
    .addOption(new Option("--lang <lang>", h.lang).choices(["zh", "en"]))
    .option("--no-color", h.noColor)
    .option("-q, --quiet", h.quiet, false)
    .option("--allow-incomplete", h.allowIncomplete, false)
    .addOption(new Option("--fail-on <level>", h.failOn).choices(["warn", "projects"]))
    .option("--project-margin <points>", PROJECT_HELP[helpLang].margin)
    .option("--exit-zero", h.exitZero, false)
    .option("--force", h.force, false)
    .option("--bom", h.bom, false)
    .option("--max-file-size <size>", h.maxFileSize)
    .option("--stdin-filepath <name>", h.stdinFilepath)
    .option("--debug", h.debug, false)
    .addHelpText("after", h.after)
    .showHelpAfterError(h.seeHelp)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(helpLang === "zh" ? { writeErr: (text) => process.stderr.write(inChinese(text)) } : {})
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runCheck } = await import("./commands/check.js");
      const { pairOutputs } = await import("./pairOutputs.js");
      const lang = langOf(options as { lang?: Lang });
      try {
        status = await runCheck(inputs, { ...(options as object), lang, pairing: pairOutputs(argv) } as Parameters<typeof runCheck>[1], {
          stdin: process.stdin,
          stdout,
          stderr: process.stderr,
          env: process.env,
        });
      } catch (error) {
        // `lingling-check standard` is more likely a mistyped command than a missing file.
        const file = error instanceof CliError && error.detail.id === "error.readFile" ? String(error.detail.data?.file) : undefined;
        const { didYouMean } = await import("../load/didYouMean.js");
        const command = file === undefined ? undefined : didYouMean(file, program.commands.map((c) => c.name()));
        if (command && inputs.length === 1 && !existsSync(file!)) throw new CliError({ id: "error.notACommand", data: { file: file!, command } });
        throw error;
      }
    });

  // Global options apply wherever they stand: before a command (`lingling-check --lang zh history f.yaml`) or after it.
  const langOf = (options: { lang?: Lang }) => options.lang ?? (program.opts() as { lang?: Lang }).lang ?? envLang;
  /** A command's options with the language it speaks, however --lang was placed. */
  const withLang = <T>(options: Record<string, unknown>) => ({ ...options, lang: langOf(options as { lang?: Lang }) }) as unknown as T;
  const colorOf = (options: { color?: boolean }) => options.color !== false && (program.opts() as { color?: boolean }).color !== false;
  const langOption = () => new Option("--lang <lang>", h.lang).choices(["zh", "en"]);

  program
    .command("standards")
    .description(h.standards)
    .argument("[edition]", h.edition)
    .option("--check <file>", h.standardsCheck)
    .addOption(langOption())
    .action(async (name: string | undefined, options: { lang?: Lang; check?: string }) => {
      const { runStandards, runStandardsCheck } = await import("./commands/standards.js");
      status = options.check !== undefined ? runStandardsCheck(options.check, langOf(options), stdout, process.stderr) : runStandards(name, langOf(options), stdout);
    });

  regionOptions(program.command("init"), h, true)
    .description(h.init)
    .option("--standard <edition>", h.edition, "county-2024")
    .option("-o, --output <file>", h.initOutput)
    .option("--force", h.force, false)
    // Messages follow --lang (as every command's do); the file init writes is in Chinese, like the standard.
    .addOption(langOption())
    .action(async (options: Record<string, unknown>) => {
      const { runInit } = await import("./commands/init.js");
      status = await runInit(withLang<Parameters<typeof runInit>[0]>(options), stdout);
    });

  program
    .command("explain")
    .description(h.explain)
    .argument("<id>", h.explainId)
    .argument("[file]", h.explainFile)
    .option("--standard <edition>", h.edition, "county-2024")
    .addOption(langOption())
    .action(async (id: string, file: string | undefined, options: { standard: string; lang?: Lang }) => {
      const { explain, explainInFile } = await import("./commands/explain.js");
      const lang = langOf(options);
      if (file === undefined) return void stdout.write(explain(id, options.standard, lang));
      // The row as this file's region is judged: the file is read and compiled as a check reads it.
      const { listInputs, loadJob } = await import("./inputs.js");
      const { DEFAULT_MAX_BYTES } = await import("../read.js");
      const { formatInputError } = await import("./commands/check.js");
      const [job] = await listInputs([file], process.stdin, DEFAULT_MAX_BYTES);
      const loaded = loadJob(job!, DEFAULT_MAX_BYTES);
      if (!loaded.ok) {
        process.stderr.write(`${loaded.errors.map((e) => formatInputError(e, lang, false)).join("\n")}\n`);
        status = EXIT.usage;
        return;
      }
      stdout.write(explainInFile(id, loaded.value, lang));
    });

  program
    .command("record")
    .description(h.record)
    .argument("<file>", h.recordFile)
    .requiredOption("--year <year>", h.recordYear)
    .option("--set <id=value>", h.recordSet, collect)
    .option("--from <file>", h.recordFrom)
    .option("--sheet <name>", h.recordSheet)
    .option("--template", h.recordTemplate, false)
    .option("-o, --output <file>", h.recordOutput)
    .option("--note <text>", h.recordNote)
    .option("--force", h.recordForce, false)
    .option("--project <id>", h.recordProject)
    .option("--invested <amount>", h.recordInvested)
    .option("--status <status>", h.recordStatus)
    .addOption(langOption())
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runRecord } = await import("./commands/record.js");
      status = await runRecord(file, withLang<Parameters<typeof runRecord>[1]>(options), process);
    });

  program
    .command("history")
    .description(h.history)
    .argument("<inputs...>", h.inputs)
    .addOption(new Option("-f, --format <format>", h.historyFormat).choices(["table", "json"]).default("table"))
    .option("-o, --output <file>", h.historyOutput)
    .option("--force", h.force, false)
    .option("--no-color", h.noColor)
    .addOption(langOption())
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runHistory } = await import("./commands/history.js");
      const io = { stdin: process.stdin, stdout, stderr: process.stderr, env: process.env };
      status = await runHistory(inputs, { ...withLang<Parameters<typeof runHistory>[1]>(options), color: colorOf(options as { color?: boolean }) }, io);
    });

  program
    .command("lint")
    .description(h.lint)
    .argument("<inputs...>", h.inputs)
    .addOption(new Option("-f, --format <format>", h.lintFormat).choices(["table", "json", "github"]).default("table"))
    .addOption(new Option("--fail-on <level>", h.lintFailOn).choices(["error"]))
    .addOption(langOption())
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runLint } = await import("./commands/lint.js");
      const io = { stdin: process.stdin, stdout, stderr: process.stderr, env: process.env };
      status = await runLint(inputs, { ...withLang<Parameters<typeof runLint>[1]>(options), failOn: options.failOn === "error" ? "error" : "warning", color: colorOf(options as { color?: boolean }) }, io);
    });

  program
    .command("schema")
    .description(h.schema)
    .option("-o, --output <file>", h.schemaOutput)
    .option("--catalog", h.schemaCatalog, false)
    .option("--force", h.force, false)
    .addOption(langOption())
    .action(async (options: { output?: string; force: boolean; catalog: boolean; lang?: Lang }) => {
      const { runSchema } = await import("./commands/schema.js");
      status = await runSchema(options, stdout);
    });

  regionOptions(program.command("template"), h, false)
    .description(h.template)
    .argument("[file]", h.templateFile)
    .option("--standard <edition>", h.edition)
    .option("-o, --output <file>", h.templateOutput)
    .option("--force", h.force, false)
    .addOption(langOption())
    .action(async (file: string | undefined, options: Record<string, unknown>) => {
      const { runTemplate } = await import("./commands/template.js");
      status = await runTemplate(file, withLang<Parameters<typeof runTemplate>[1]>(options), process);
    });

  program
    .command("import")
    .description(h.import)
    .argument("<file>", h.importFile)
    .option("-o, --output <file>", h.importOutput)
    .option("--force", h.force, false)
    .addOption(langOption())
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runImport } = await import("./commands/import.js");
      status = await runImport(file, withLang<Parameters<typeof runImport>[1]>(options), process);
    });

  // A command's usage errors point at that command's help.
  // --no-color and --debug are global: every command takes them (most print no colour anyway).
  for (const command of program.commands) {
    const has = (flag: string) => command.options.some((o) => o.long === flag);
    if (!has("--no-color")) command.option("--no-color", h.noColor);
    if (!has("--debug")) command.option("--debug", h.debug, false);
  }
  for (const command of program.commands) command.showHelpAfterError(h.seeHelp.replace("lingling-check --help", `lingling-check ${command.name()} --help`));

  try {
    await program.parseAsync(argv, { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version" ? EXIT.ok : EXIT.usage;
    }
    const { message } = await import("../i18n/translate.js");
    // A file name or value in the sentence is shown visibly: one line, no escape sequence.
    const { visible } = await import("../report/visible.js");
    if (error instanceof CliError) {
      process.stderr.write(`lingling-check: ${visible(message(helpLang, error.detail))}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`lingling-check: ${visible(message(helpLang, { id: "error.internal", data: { detail } }))}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}
