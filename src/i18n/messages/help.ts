/** The command line's help: commands, options, commander's headings and error sentences. */
import type { Messages } from "../lang.js";

export const en: Messages = {
  // --- help for projects, lint and record --project (#13) ---
  "help.projectMargin":
    "percentage points a key project's cumulative investment may lag the share of its period elapsed before it is 滞后 (default: the file's projects.margin, else 20)",
  "help.recordProject":
    "record a key project's progress (附表1) for --year instead of values: with --invested and/or --status",
  "help.recordInvested":
    "with --project: the cumulative investment by the end of --year, in 万元 (also 3700万元, 0.37亿元, 3,700)",
  "help.recordStatus":
    "with --project: 未开工, 在建 or 建成, or as progress tables write them (已开工, 建设中, 完工, 已完工…), or not-started, in-progress, completed",
  "help.lint":
    "check the plan's internal consistency on its own (units, targets against the baseline, the standard and each other; the key projects' amounts); exit 1 on findings",
  "help.lintFormat": "table, json or github",
  "help.lintFailOn": "exit 1 on errors only (default: on warnings too)",
  // The command line's help, commander's headings and error sentences (src/cli/help.ts).
  "help.description":
    "Check a region's eco-civilization indicators against China's national demonstration-zone standard and the region's own plan.",
  "help.inputs": "indicator files (YAML), directories (every .yaml/.yml below), quoted globs, or - for standard input",
  "help.output":
    "write the --format just before it to FILE; a format without -o (or with -o -) goes to standard output",
  "help.year": "the year to assess: every binding row needs a value for it (default: the latest with observed values)",
  "help.assess":
    "the question: plan (base year and targets) or year (the year's values decide); default: year when the file has observed values or --year is given, else plan",
  "help.compareYear":
    "also assess this earlier year and list what changed: newly failing, newly passing, forecast classes",
  "help.checks": "which checks run: baseline,near_term,long_term,progress,override (default: all that apply)",
  "help.lang": "language of the report: zh or en (default: from LINGLING_LANG or the locale)",
  "help.noColor": "no colour (also NO_COLOR); colour is only ever used on a terminal",
  "help.quiet": "print each file's summary line only (and the total), no table; notices left out",
  "help.allowIncomplete": "exit 0 when the overall verdict is INCOMPLETE",
  "help.failOn":
    "warn: exit 1 on a WARN too; projects: exit 1 on a key project's finding too (repeat, or warn,projects)",
  "help.exitZero": "report without failing: always exit 0 unless the input is unusable",
  "help.force": "overwrite existing --output files",
  "help.bom":
    "start CSV with a byte-order mark, so Excel reads Chinese correctly (a CSV file has one by default; this adds it on standard output)",
  "help.noBom": "no byte-order mark at the start of a CSV file, for a program that reads it as text",
  "help.maxFileSize": "refuse input files larger than this (default 10MB; e.g. 500k, 20MB)",
  "help.stdinFilepath": "the file name to report for standard input",
  "help.debug": "show the stack trace of an internal error",
  "help.config":
    "read the defaults from this project config instead of the lingling.config.yaml found upward from the working folder",
  "help.noConfig": "ignore any lingling.config.yaml",
  "help.help": "display help for a command",
  "help.versionFlag": "output the version number",
  "help.seeHelp": "({program} --help shows the options)",
  "help.history": "each indicator year by year: its values, each year's verdict, a trend line, and the forecast",
  "help.historyFormat": "table or json",
  "help.record": "write a year's observed values into an indicator file, in place, keeping its comments and layout",
  "help.recordFile": "the indicator file to update",
  "help.recordYear": "the year the values were observed",
  "help.recordSet": "a value, repeatable: --set 1=26.1 --set 2=已建立",
  "help.recordFrom":
    "read values from a CSV file (UTF-8 or GBK) or an .xlsx workbook with an id column (id, 序号) and a value column (value, 数值); an optional note column (note, 备注) and name column (name, 指标名称)",
  "help.recordSheet": "the sheet of the --from workbook to read (default: the first)",
  "help.recordTemplate":
    "write the fill-in sheet for --year instead: one row per indicator with its latest value and an empty value column",
  "help.recordOutput":
    "with --template: write the sheet to FILE (.xlsx for a workbook, otherwise CSV; an existing file only with --force) instead of standard output",
  "help.recordNote": "a note stored with each value",
  "help.recordForce": "replace values the file already has for that year",
  "help.standards": "list the built-in editions of the national standard, or one edition's rows",
  "help.edition": "a built-in edition of the national standard",
  "help.standardsCheck":
    "validate a catalog file (the format of data/standards/*.yaml) and list what each rule reads as",
  "help.init": "write a complete, commented indicator file for a region, ready for its values",
  "help.initName": "the region's name, e.g. 永州市零陵区",
  "help.initZone": "the region's zone: east, central, west or northeast",
  "help.initUrban": "the region is a 市辖区 (urban district) of a prefecture-level or higher city",
  "help.initCode": "administrative division code",
  "help.initBase": "base year (default: last year)",
  "help.initNear": "near-term plan year (default: base year + 3)",
  "help.initLong": "long-term plan year (default: base year + 8)",
  "help.initOutput":
    "write to FILE (whole or not at all; its first line names the JSON Schema the package installs, for editors) instead of standard output",
  "help.explain": "explain an indicator: what it is, its rule as parsed, how each check judges it",
  "help.explainId": "indicator id (e.g. 4, 5.1, R1) or name (e.g. 森林覆盖率, or a part of it)",
  "help.explainFile":
    "an indicator file: explain the row as its region is judged (the rule chosen, the catalog it came from)",
  "help.schema": "print the JSON Schema of the indicator file (for editors and validators)",
  "help.schemaOutput": "write the schema to FILE",
  "help.schemaCatalog": "the JSON Schema of a catalog file (standard: ./catalog.yaml) instead of an indicator file",
  "help.schemaProjectConfig": "the JSON Schema of the project config (lingling.config.yaml) instead",
  "help.template":
    "write a fill-in workbook (.xlsx): for a region from a built-in edition, or from an indicator file with its values",
  "help.templateFile": "an indicator file to pre-fill the workbook from (instead of --standard/--name/--zone)",
  "help.templateOutput":
    "write the workbook to FILE (whole or not at all); standard output only when it is not a terminal",
  "help.import": "read a filled template workbook back into an indicator file (YAML) that loads and checks",
  "help.importFile": "the workbook (.xlsx) made by lingling-check template",
  "help.importOutput": "write the indicator file to FILE (whole or not at all) instead of standard output",
  "help.historyOutput": "write the history to FILE (whole or not at all) instead of standard output",
  "help.format": "output format, repeatable: {formats} (default: table)",
  "help.examples.record":
    "\nExamples:\n  lingling-check record 某某县.yaml --year 2024 --set 1=26.1 --set 15=87 --set 2=已建立\n  lingling-check record 某某县.yaml --template --year 2024 -o values-2024.xlsx\n  lingling-check record 某某县.yaml --year 2024 --from values-2024.xlsx\n  lingling-check record 某某县.yaml --year 2024 --project 4 --invested 6000 --status 在建",
  "help.examples.history":
    "\nExamples:\n  lingling-check history 某某县.yaml\n  lingling-check history -f json -o history.json indicators/",
  "help.examples.template":
    "\nExamples:\n  lingling-check template --standard county-2024 --name 某某县 --zone west -o 某某县.xlsx\n  lingling-check template 某某县.yaml --year 2024 -o 某某县.xlsx",
  "help.examples.import": "\nExamples:\n  lingling-check import 某某县.xlsx -o 某某县.yaml",
  "help.examples.lint": "\nExamples:\n  lingling-check lint 某某县.yaml\n  lingling-check lint -f github indicators/",
  "help.examples.explain":
    "\nExamples:\n  lingling-check explain 15\n  lingling-check explain 覆盖\n  lingling-check explain 15 某某县.yaml",
  "help.examples.init": "\nExamples:\n  lingling-check init --name 某某县 --zone west -o 某某县.yaml",
  "help.examples.standards":
    "\nExamples:\n  lingling-check standards\n  lingling-check standards county-2024\n  lingling-check standards --check standards/hunan-2018.yaml",
  "help.examples.schema":
    "\nExamples:\n  lingling-check schema -o indicator-file.schema.json\n  lingling-check schema --project-config",
  "help.after":
    "\nExit status:\n  0  overall PASS or WARN\n  1  overall FAIL or INCOMPLETE (see --allow-incomplete, --fail-on warn, --exit-zero)\n  2  usage or input error (each input error names file:line:column)\n\n\nExamples:\n  lingling-check seeds/lingling.yaml\n  lingling-check --lang en --checks baseline seeds/lingling.yaml\n  lingling-check -f table -f junit -o report.xml indicators/\n  lingling-check init --name 某某县 --zone west -o 某某县.yaml\n  cat region.yaml | lingling-check --stdin-filepath region.yaml -f json -",
  "help.title.usage": "Usage:",
  "help.usage.options": "[options]",
  "help.usage.command": "[command]",
  "help.title.arguments": "Arguments:",
  "help.title.options": "Options:",
  "help.title.globalOptions": "Global Options:",
  "help.title.commands": "Commands:",
  "help.extra": " ({extra})",
  "help.extra.joiner": ", ",
  "help.choices": "choices: {choices}",
  "help.default": "default: {value}",
  "help.default.false": "default: false",
  "help.error.unknownOption": "error: unknown option '{option}'",
  "help.error.unknownCommand": "error: unknown command '{command}'",
  "help.error.requiredOption": "error: required option '{option}' not specified",
  "help.error.missingArgument": "error: missing required argument '{argument}'",
  "help.error.optionArgumentMissing": "error: option '{option}' argument missing",
  "help.error.invalidArgument": "error: option '{option}' argument '{value}' is invalid.",
  "help.error.choices": "Allowed choices are {choices}.",
  "help.error.givenTwice": "It is taken once, and {first} was given before it.",
  "help.error.tooManyArguments": "error: too many arguments{detail}",
  "help.error.didYouMeanOneOf": "(Did you mean one of {names}?)",
  "help.error.didYouMean": "(Did you mean {name}?)",
  "help.templateYear":
    "add progress columns for this year to the key projects sheet (cumulative invested, status, note)",
};

export const zh: Messages = {
  // --- help for projects, lint and record --project (#13) ---
  "help.projectMargin":
    "重点工程累计完成投资比例落后于工期进度多少个百分点即判为滞后（默认取文件的 projects.margin，否则为 20）",
  "help.recordProject": "记录某项重点工程（附表1）在 --year 年的进展，而非指标数值：配合 --invested 和/或 --status",
  "help.recordInvested": "配合 --project：截至 --year 年底的累计完成投资，单位万元（也可写 3700万元、0.37亿元、3,700）",
  "help.recordStatus":
    "配合 --project：未开工、在建或建成（也可写已完工、完工、已开工、正在建设等，或英文 not-started、in-progress、completed）",
  "help.lint":
    "单独检查规划自身的一致性（单位、目标与基准值、国家标准及彼此之间，重点工程的金额）；发现问题时退出码为 1",
  "help.lintFormat": "table、json 或 github",
  "help.lintFailOn": "仅在出现错误时退出码为 1（默认警告也算）",
  // --- words (#16) ---
  // The command line's help, commander's headings and error sentences (src/cli/help.ts).
  "help.description": "对照国家生态文明建设示范区建设指标及本地区规划，检查地区各项指标。",
  "help.inputs": "指标文件（YAML）、目录（其下所有 .yaml/.yml）、带引号的通配符，或 -（标准输入）",
  "help.output": "将紧挨在前的 --format 写入该文件；未配 -o（或 -o -）的格式输出到标准输出",
  "help.year": "评估的年份：每项约束性指标都需有该年的值（默认：有实际值的最近年份）",
  "help.assess":
    "评估的问题：plan（规划评审：基准年与规划目标）或 year（年度评估：由该年数值判定）；默认：文件有实际值或给出 --year 时为 year，否则为 plan",
  "help.compareYear": "同时评估此前某一年，并列出变化：新增未达标、新转为达标、预测类别变化",
  "help.checks": "运行哪些检查：baseline,near_term,long_term,progress,override（默认：全部适用的）",
  "help.lang": "报告语言：zh 或 en（默认取 LINGLING_LANG 或系统语言）",
  "help.noColor": "不使用颜色（亦可设 NO_COLOR）；仅在终端上使用颜色",
  "help.quiet": "每个文件只输出汇总行（及总计），不输出表格；不输出提示",
  "help.allowIncomplete": "总体为“不完整”时退出码为 0",
  "help.failOn": "warn：有警示时也以 1 退出；projects：重点工程有问题时也以 1 退出（可重复，或写 warn,projects）",
  "help.exitZero": "只报告不失败：除输入无法使用外总是以 0 退出",
  "help.force": "覆盖已存在的 --output 文件",
  "help.bom": "CSV 以 BOM 开头，便于 Excel 正确显示中文（写入文件的 CSV 默认带 BOM；此项使标准输出也带）",
  "help.noBom": "写入文件的 CSV 不带 BOM，供把 BOM 当作正文的程序读取",
  "help.maxFileSize": "拒绝读取超过此大小的输入文件（默认 10MB；如 500k、20MB）",
  "help.stdinFilepath": "标准输入在报告中使用的文件名",
  "help.debug": "内部错误时显示调用栈",
  "help.config": "从此项目配置文件读取默认设置（而非自当前文件夹向上查找的 lingling.config.yaml）",
  "help.noConfig": "忽略任何 lingling.config.yaml",
  "help.help": "显示命令的帮助",
  "help.versionFlag": "输出版本号",
  "help.seeHelp": "（{program} --help 列出全部选项）",
  "help.history": "逐年查看各项指标：数值、每年的判定、趋势线和预测",
  "help.historyFormat": "table 或 json",
  "help.record": "将某一年的实际值写入指标文件（原地修改，保留注释与格式）",
  "help.recordFile": "要更新的指标文件",
  "help.recordYear": "数值所属年份",
  "help.recordSet": "一个值，可重复：--set 1=26.1 --set 2=已建立",
  "help.recordFrom":
    "从 CSV 文件（UTF-8 或 GBK）或 .xlsx 工作簿读取数值：需有编号列（序号、id）和数值列（数值、value），可选备注列（备注、note）和指标名称列（指标名称、name）",
  "help.recordSheet": "要读取的 --from 工作簿中的工作表（默认：第一个）",
  "help.recordTemplate": "改为生成 --year 年的待填写表格：每项指标一行，列出最近实际值，数值列留空",
  "help.recordOutput":
    "与 --template 同用：将表格写入该文件（.xlsx 为工作簿，其余为 CSV；已存在的文件须加 --force 才覆盖），而非标准输出",
  "help.recordNote": "随每个值保存的备注",
  "help.recordForce": "覆盖文件中该年已有的值",
  "help.standards": "列出内置的国家标准版本，或某一版本的全部指标",
  "help.edition": "内置的国家标准版本",
  "help.standardsCheck": "校验一个指标目录文件（与 data/standards/*.yaml 同一格式），并列出每条规则的解析结果",
  "help.init": "为一个地区生成完整、带注释的指标文件，只需填写数值",
  "help.initName": "地区名称，如 永州市零陵区",
  "help.initZone": "地区所属区域：东部、中部、西部或东北（也可写 east、central、west、northeast）",
  "help.initUrban": "该地区为地级及以上城市的市辖区",
  "help.initCode": "行政区划代码",
  "help.initBase": "基准年（默认：上一年）",
  "help.initNear": "近期规划年（默认：基准年 + 3）",
  "help.initLong": "远期规划年（默认：基准年 + 8）",
  "help.initOutput": "写入该文件（完整写入或不写；首行注明随工具安装的 JSON Schema，供编辑器使用），而非标准输出",
  "help.explain": "解释一项指标：含义、规则的解析结果、各项检查如何判定",
  "help.explainId": "指标编号（如 4、5.1、R1）或指标名称（如 森林覆盖率，名称的一部分亦可）",
  "help.explainFile": "指标文件：按该地区实际适用的规则解释（选定的规则、所来自的指标目录）",
  "help.schema": "输出指标文件的 JSON Schema（供编辑器与校验工具使用）",
  "help.schemaOutput": "将 JSON Schema 写入该文件",
  "help.schemaCatalog": "输出指标目录文件（standard: ./catalog.yaml）的 JSON Schema，而非指标文件的",
  "help.schemaProjectConfig": "改为输出项目配置文件（lingling.config.yaml）的 JSON Schema",
  "help.template": "生成填报工作簿（.xlsx）：按内置标准为某地区生成，或由已有指标文件生成（带其数值）",
  "help.templateFile": "用来预填工作簿的指标文件（代替 --standard/--name/--zone）",
  "help.templateOutput": "将工作簿写入该文件（完整写入或不写）；仅当标准输出不是终端时才可输出到标准输出",
  "help.import": "将填好的模板工作簿读回为指标文件（YAML），可直接载入检查",
  "help.importFile": "由 lingling-check template 生成的工作簿（.xlsx）",
  "help.importOutput": "将指标文件写入该文件（完整写入或不写），而非标准输出",
  "help.historyOutput": "将历史写入该文件（完整写入或不写），而非标准输出",
  "help.format": "输出格式，可重复：{formats}（默认 table）",
  "help.examples.record":
    "\n示例：\n  lingling-check record 某某县.yaml --year 2024 --set 1=26.1 --set 15=87 --set 2=已建立\n  lingling-check record 某某县.yaml --template --year 2024 -o values-2024.xlsx\n  lingling-check record 某某县.yaml --year 2024 --from values-2024.xlsx\n  lingling-check record 某某县.yaml --year 2024 --project 4 --invested 6000 --status 在建",
  "help.examples.history":
    "\n示例：\n  lingling-check history 某某县.yaml\n  lingling-check history -f json -o history.json indicators/",
  "help.examples.template":
    "\n示例：\n  lingling-check template --standard county-2024 --name 某某县 --zone west -o 某某县.xlsx\n  lingling-check template 某某县.yaml --year 2024 -o 某某县.xlsx",
  "help.examples.import": "\n示例：\n  lingling-check import 某某县.xlsx -o 某某县.yaml",
  "help.examples.lint": "\n示例：\n  lingling-check lint 某某县.yaml\n  lingling-check lint -f github indicators/",
  "help.examples.explain":
    "\n示例：\n  lingling-check explain 15\n  lingling-check explain 覆盖\n  lingling-check explain 15 某某县.yaml",
  "help.examples.init": "\n示例：\n  lingling-check init --name 某某县 --zone west -o 某某县.yaml",
  "help.examples.standards":
    "\n示例：\n  lingling-check standards\n  lingling-check standards county-2024\n  lingling-check standards --check standards/hunan-2018.yaml",
  "help.examples.schema":
    "\n示例：\n  lingling-check schema -o indicator-file.schema.json\n  lingling-check schema --project-config",
  "help.after":
    "\n退出码：\n  0  总体达标或警示\n  1  总体未达标或不完整（见 --allow-incomplete、--fail-on warn、--exit-zero）\n  2  用法或输入错误（每个输入错误都给出 文件:行:列）\n\n\n示例：\n  lingling-check seeds/lingling.yaml\n  lingling-check --lang en --checks baseline seeds/lingling.yaml\n  lingling-check -f table -f junit -o report.xml indicators/\n  lingling-check init --name 某某县 --zone west -o 某某县.yaml\n  cat region.yaml | lingling-check --stdin-filepath region.yaml -f json -",
  "help.title.usage": "用法：",
  "help.usage.options": "[选项]",
  "help.usage.command": "[命令]",
  "help.title.arguments": "参数：",
  "help.title.options": "选项：",
  "help.title.globalOptions": "全局选项：",
  "help.title.commands": "命令：",
  "help.extra": "（{extra}）",
  "help.extra.joiner": "，",
  "help.choices": "可选：{choices}",
  "help.default": "默认：{value}",
  "help.default.false": "",
  "help.error.unknownOption": "错误：未知选项 '{option}'",
  "help.error.unknownCommand": "错误：未知命令 '{command}'",
  "help.error.requiredOption": "错误：缺少必需的选项 '{option}'",
  "help.error.missingArgument": "错误：缺少必需的参数 '{argument}'",
  "help.error.optionArgumentMissing": "错误：选项 '{option}' 缺少取值",
  "help.error.invalidArgument": "错误：选项 '{option}' 的取值 '{value}' 无效。",
  "help.error.choices": "可选值：{choices}。",
  "help.error.givenTwice": "该选项只取一次，此前已给出 {first}。",
  "help.error.tooManyArguments": "错误：参数过多",
  "help.error.didYouMeanOneOf": "（是否想输入以下之一：{names}？）",
  "help.error.didYouMean": "（是否想输入 {name}？）",
  "help.templateYear": "在重点工程表中加入该年的进展列（累计完成投资、状态、备注）",
};
