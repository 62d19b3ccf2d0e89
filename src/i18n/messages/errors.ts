/** Errors and notices: reading inputs, YAML, the file's schema, the system's error codes. */
import type { Messages } from "../lang.js";

export const en: Messages = {
  "error.unknownCondition":
    "“{condition}” is not a condition of this row's rules[[ — did you mean “{suggestion}”?]] (conditions: {known})",
  "error.catalogInvalid": "the catalog “{catalog}” has {count|problem|problems}, listed at their places in it",
  "error.catalogUnreadable": "cannot read the catalog file {file} ({reason})",
  "error.ruleUnit":
    "“{text}”: its unit “{unit}” is not the row's unit “{rowUnit}” and cannot be converted to it; write the rule in {rowUnit}, or give the row the unit the rule uses",
  "error.notApplicableByEdition":
    "indicator {id}: whether it may be declared not applicable is the edition's to say ({edition}: {allowed}); remove may_be_not_applicable",
  "error.superiorCircular":
    "the superior target for {year} cannot itself be “完成上级规定的考核任务”: give the superior's rule, or met / not met",
  // errors
  "error.endOfText": "the end of the text",
  // error.yaml.<code of the yaml library> falls back to this, naming the code: the library's own
  // sentence may quote the file (a tag, an escape), and a file that does not parse may be no input
  // of ours at all.
  "error.yaml": "YAML syntax: the text here does not parse (the YAML parser's code {detail})",
  "error.yaml.BAD_INDENT":
    "YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
  "error.yaml.TAB_AS_INDENT": "YAML syntax: a tab in the indentation: YAML indents with spaces only",
  "error.yaml.UNCLOSED_FLOW":
    "YAML syntax: this [ or { is not closed: end it with ] or } (on a later line, indented past its key)",
  "error.yaml.ITEM_INDENT":
    "YAML syntax: wrong indentation: this line is further left than the keys of the item above it (or lacks its “- ”)",
  "error.yaml.MISSING_CHAR":
    "YAML syntax: a quote or a bracket is not closed, or a comma or a colon is missing between the items of [ ] or { }",
  "error.yaml.BLOCK_AS_IMPLICIT_KEY":
    "YAML syntax: two “key: value” on one line (as in a: b: c); put a value holding a colon and a space in quotes",
  "error.yaml.MULTILINE_IMPLICIT_KEY":
    "YAML syntax: a key is written on one line; this line may lack its “key: ”, or the value on the line before is not closed",
  "error.yaml.BAD_SCALAR_START":
    "YAML syntax: a value cannot start with this character (%, @, ` and the like); put the value in quotes",
  "error.yaml.BAD_DQ_ESCAPE":
    "YAML syntax: a backslash \\ in double quotes starts an escape that does not exist; use single quotes where nothing is escaped",
  "error.yaml.UNEXPECTED_TOKEN": "YAML syntax: a character here that has no place here",
  "error.yaml.BLOCK_IN_FLOW": "YAML syntax: inside [ ] or { } nothing is written on indented lines of its own",
  "error.yaml.KEY_OVER_1024_CHARS": "YAML syntax: a key longer than 1024 characters",
  "error.duplicateKey":
    "this key is written a second time in the same mapping[[ (its first use is at line {firstLine}, column {firstColumn})]]: a key may stand once in a mapping; keep one",
  "error.tooLarge": "the file is {size} bytes, over the limit of {max} (--max-file-size)",
  "error.encoding.utf-32": "the file is UTF-32: save it as UTF-8",
  "error.encoding.utf-16-no-bom": "the file looks like UTF-16 without a byte-order mark: save it as UTF-8",
  "error.encoding.unknown": "the file is neither UTF-8 nor GB18030/GBK: save it as UTF-8",
  "error.encoding.zip":
    "the file is a zip archive, as an Excel workbook (.xlsx) or another Office document is, not an indicator file (YAML text): a filled-in template is read with `lingling-check import <workbook> -o <file>.yaml`, a year's values with `lingling-check record <file>.yaml --from <workbook>`",
  "error.encoding.ole":
    "the file is an Excel 97–2003 workbook (.xls) or another older Office document, not an indicator file (YAML text): save it as .xlsx, then read it with `lingling-check import`",
  "error.encoding.pdf":
    "the file is a PDF document, not an indicator file (YAML text): the indicators are written in a YAML file, which `lingling-check init` starts",
  "error.encoding.utf-16-invalid":
    "the file is UTF-16 (its byte-order mark says so), but here it holds what UTF-16 cannot (half of a character): save it again as UTF-8",
  "error.tooDeep": "nested deeper than {max} levels: no indicator file needs that, so it is refused",
  "error.multiple-documents": "several YAML documents in one file (---): give one region per file",
  "error.custom-tag": "a custom YAML tag (its name is not repeated here): tags are never run, write the plain value",
  "error.tag-value": "a value YAML's {tag} tag does not allow: write the plain value, without the tag",
  "error.too-deep": "nested too deeply to read",
  "error.proto-key": "a key named __proto__ is not read (it would name an object's prototype): rename or remove it",
  "error.aliasLimit": "too many YAML aliases (*name): the file expands beyond what any indicator file needs",
  "error.unknownAlias": "an alias (*name) names no anchor (&name) set before it in the file",
  "error.emptyFile": "the file is empty: expected region, plan and indicators",
  "error.notMapping": "this file is not an indicator file: expected a mapping with region, plan and indicators",
  "error.catalogGiven":
    "this file is a standard's catalog (it has edition: and neither region: nor plan:), not an indicator file: name it in an indicator file's standard: field, or check it with lingling-check standards --check",
  "error.unknownField": "unknown field “{field}”; expected one of: {known}",
  "error.tooManyErrors":
    "more errors follow: only the first {max} of a file are listed, and the rest of the file was not looked at; correct these and check again",
  "error.unknownField.suggest": "unknown field “{field}”; did you mean “{suggestion}”?",
  "error.unknownField.unquoted": "unknown field (its name is not repeated here); expected one of: {known}",
  "error.unknownFields.many":
    "{count} unknown fields in this mapping: too many to name one by one; expected one of: {known}",
  "error.missingField": "missing field “{field}”[[ in indicator {id}]]: expected {expected}",
  "error.invalidValue": "“{field}”: expected {expected}; found {found}[[ — did you mean {suggestion}?]]",
  "error.invalidKey": "“{key}”: expected {expected}",
  "error.ruleSyntax": "cannot read rule “{text}” at “{found}”: expected {expected}",
  "error.ruleSyntax.unquoted": "cannot read this rule from the place shown on: expected {expected}",
  "error.ruleQuoted":
    "the rule {text} is inside quotation marks: write {inner} (quotes in YAML are the straight ' or \", and only around the whole value)",
  "error.planOrder": "plan.{field} {year} must come after {after}",
  "error.duplicateId": "indicator id “{id}” is used again (first on line {line})",
  "error.unknownEdition":
    "unknown standard edition “{edition}”.[[ Did you mean “{suggestion}”?]] Built-in editions: {known}",
  "error.unknownIndicator":
    "indicator “{id}” is not in {edition}: expected an id (as 4, 5.1, R1), a name or a part of one[[; did you mean “{suggestion}”?]]",
  "error.unitMismatch": "indicator {id}: unit “{unit}” contradicts the standard's unit “{expected}”",
  "error.regionAttributeMissing":
    "the region has no “{attribute}”, which this row's by_region needs: add it under region",
  "error.regionAttributeMissing.edition":
    "the region has no “{attribute}”, which the standard's rule for indicator {id} needs: add it under region",
  "error.noRegionCase": "no by_region case matches the region ({attributes})",
  "error.baselineAfterBaseYear":
    "baseline year {year} is after plan.base_year {baseYear}: put observed values under actuals",
  "error.invalidFormat":
    "-f/--format: unknown format “{found}”[[ (did you mean “{suggestion}”?)]]; expected one of: {known}",
  "error.optionEmpty": "{option} needs a value, and found an empty one",
  "error.idAsNumber": 'the id {written}, unquoted, is read as the number {read}: write it in quotes (id: "{written}")',
  "error.schemaWhich": "--catalog and --project-config each ask for a schema of its own: give one of them",
  "error.optionBeforeCommand":
    "{option} before “{command}” is an option of the check, not of {command}: give a command's options after it (lingling-check {command} --help lists them)",
  "error.outputTwice": "{file} is the output of two formats: give each its own file",
  "error.stdoutTwice": "only one format can go to standard output",
  "notice.gb18030": "{file} is not UTF-8; read it as GB18030 (GBK)",
  "notice.yearToCome":
    "{year} has not come yet (this is {now}): recorded as given; a year's values are what was observed, and a plan's targets belong in near_term / long_term",
  "notice.yearAfterPlan":
    "{file}: --year {year} is after the plan's last year, {last}; progress is judged against the {last} target",
  "notice.yearBeforeBase":
    "{file}: --year {year} is before the plan's base year, {base}; observed values start after it",
  "notice.nearSearchLimited":
    "{file}: nearly the same project contents were searched for among the first {searched} of {contents} only, where the search reached its limit of work; the rest were matched with identical contents alone",
  "error.sizeOption": "--max-file-size expects a size such as 500k or 20MB; found {found}",
  "error.sizeOption.tooLarge": "--max-file-size is at most {max}: a larger file cannot be held as text; found {found}",
  "error.sizeOption.tooSmall": "--max-file-size is at least one byte: a smaller cap refuses every file; found {found}",
  // reads-escapes: reading inputs, escaping
  // --- one reader for every input (#22) ---
  "error.input.notRegular.catalog":
    "{file} is not a regular file (a device, FIFO, socket or folder): a catalog is read only from a .yaml or .yml file, so it is not read",
  "error.input.name.catalog":
    "{file}: a catalog is a .yaml or .yml file, and this path (or the file its link leads to) is not named so; it is not read",
  "error.input.socket": "{file} is a socket, not a file: it is not read",
  "error.notACatalog": "this file is not a catalog: expected {expected}",
  "error.notAConfig":
    "this file is not a project config: expected a mapping of lingling.config.yaml's fields (lang, fail_on, outputs, …)",
  "error.invalidValue.unquoted": "“{field}”: expected {expected}[[ — did you mean {suggestion}?]]",
  "error.record.csv.at": "cannot read {file} as CSV at line {line}: {reason}",
  "error.record.csv.syntax": "it breaks CSV's rules ({detail})",
  "error.record.csv.quote":
    "a quote opens or closes a field where CSV allows none (quote the whole field, and double each quote inside it)",
  "error.init.emptyName": "--name needs the region's name, e.g. 永州市零陵区; it was empty",
  "error.import.notWorkbook": "{file} is not a workbook: expected an .xlsx file (a zip), as template writes it",
  "error.init.year": "{option} expects a year from 1949 to 2100; found {found}",
  "error.init.noRoom":
    "--base-year {base} leaves no room for the plan: its near-term year {near} and long-term year {long} must come after it and by 2100; choose an earlier base year, or give --near-term and --long-term",
  "error.init.nearTerm": "--near-term {near} must come after the base year {base}",
  "error.init.longTerm": "--long-term {long} must come after the near-term year {near}",
  "error.init.longDefault":
    "--long-term is needed: its default, {long} (base year + 8), must come after the near-term year {near} and by 2100",
  "error.init.name": "--name must be one line of text, without control characters; found “{found}”",
  "error.template.tooManyRows":
    "{file} has {rows} rows (indicators or key projects); a template holds at most {max}, a workbook for a person to fill in",
  "error.init.longName": "--name must be at most {max} characters, as a file's names are",
  "error.linkLoop": "{file} is a symbolic link to a folder that holds it: a loop, not followed",
  "errno.ELOOP": "a loop of symbolic links (a link that leads back to itself)",
  "errno.ENAMETOOLONG": "the name is too long for the file system",
  "errno.EMFILE": "too many files are open at once",
  "errno.ENFILE": "too many files are open at once on this system",
  "errno.EIO": "the disk or device reported an input/output error",
  "errno.ENXIO": "no device is there (a FIFO with no reader, or a device that is gone)",
  "errno.ENODEV": "no such device",
  "errno.EBUSY": "the file or device is busy",
  "errno.EFBIG": "the file is too large",
  "errno.ENOMEM": "not enough memory",
  "errno.EINVAL": "the system cannot read it this way",
  "errno.ETIMEDOUT": "the file system did not answer in time",
  "errno.ESTALE": "a stale network file handle",
  "errno.ERR_OUT_OF_RANGE": "too large to hold in memory",
  "errno.ERR_FS_FILE_TOO_LARGE": "too large to hold in memory",
  "errno.other": "the system refused ({detail})",
  "error.tooLarge.stream":
    "more than {max} bytes were read from it, over the limit (--max-file-size): a pipe or device without end is not read further",
  "error.fifoTimeout":
    "nothing was written to {file} within {seconds} s: no program opened this FIFO for writing (LINGLING_FIFO_TIMEOUT sets the wait)",
  "error.fifoNoReader":
    "cannot write {file}: no program opened this FIFO for reading within {seconds} s (LINGLING_FIFO_TIMEOUT sets the wait)",
  "error.unknownField.thousands":
    'unknown field “{field}”: inside a flow mapping {…} YAML splits a number at its thousands comma; quote the number ("1,200") or write it without the comma',
  "error.record.set": "--set expects ID=VALUE, e.g. --set 1=26.1; found {found}",
  "error.record.csvColumns": "{file} needs a header row with an id column ({ids}) and a value column ({values})",
  "error.record.csv.semicolon":
    "{file} separates its fields with “;”, as Excel and LibreOffice save CSV where a comma is the decimal mark: save it as CSV with commas (“CSV UTF-8”) or as .xlsx",
  "error.workbook.openDocument":
    "{file} is an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx (Excel 2007 and later) or as CSV",
  "error.workbook.word":
    "{file} is a Word document (.docx), not a workbook: the values are read from a workbook (.xlsx), as template writes it, or from a CSV table",
  "error.workbook.noWorkbook":
    "{file} is a zip archive with no Excel workbook in it (no xl/workbook.xml): expected an .xlsx file, as template writes it",
  "error.record.source.pdf": "{file} is a PDF document: --from reads a workbook (.xlsx) or a CSV table",
  "error.import.xls":
    "{file} is not an .xlsx workbook (an Excel 97–2003 .xls, or a password-protected workbook): save it as .xlsx without a password",
  "error.record.source.xls":
    "{file} is not an .xlsx workbook (an Excel 97–2003 .xls, or a password-protected workbook): save it as .xlsx or as CSV",
  "error.record.source.sheet": "{file} has no sheet “{sheet}”; its sheets: {sheets}",
  "error.record.source.noSheet": "{file} has no sheet",
  "error.record.source.sheetOfCsv": "--sheet chooses a sheet of a workbook; {file} is a CSV file",
  "error.record.source.empty": "{file} has no values below its header",
  "error.record.source.twice": "{at}: the columns “{a}” and “{b}” are the same column: keep one",
  "error.record.source.year": "{at}: the value column “{header}” is for {found}, but --year is {year}",
  "error.record.source.noId": "a value “{value}” without an id; fill in the id or delete the row",
  "error.record.source.percent":
    "{shown} is a cell formatted as a percentage, where indicator {id} holds an amount in {unit}: write the amount itself, in a cell not formatted as a percentage",
  "error.record.source.percentInvested":
    "{shown} is a cell formatted as a percentage, where project {id}'s investment is an amount in 万元: write the amount itself, in a cell not formatted as a percentage",
  "error.record.source.again": "indicator {id} is given again (first on {first})",
  "error.record.source.name": "indicator {id} is “{expected}” in {file}, but this row names “{found}”: check the row",
  "error.record.source.unknownId": "no indicator “{id}” in {file}",
  "error.record.templateWith": "--template writes a sheet to fill in: give it without --set and --from",
  "error.record.outputWithoutTemplate":
    "-o is where --template writes its sheet; record itself writes the values into the indicator file",
  "notice.record.sheet":
    "{file}: read the sheet “{sheet}”, the first of its {count} with a table it reads (an id and a value column, or a project and its progress); --sheet NAME reads another",
  "notice.record.percent":
    "{file}: the percent-formatted cells of {ids} are read as the percentages they show (93.5% is recorded as 93.5, the unit being %)",
  // The one spreadsheet reader (workbook/sheetReader.ts), for import and record --from.
  "error.workbook.zip": "cannot read {file} as a workbook: {detail}",
  "error.workbook.damaged": "cannot read {file} as a workbook: a part of it is damaged or not what a workbook holds",
  "error.workbook.xml":
    "cannot read {file} as a workbook: one of its parts is not well-formed XML (line {line}, column {column}); save it again from the spreadsheet program",
  "error.workbook.entries":
    "{file} has more than {max} parts: more than a workbook of values holds; nothing was inflated",
  "error.workbook.part":
    "{file}: its part {part} declares {size} bytes uncompressed, more than the {max} a workbook of values needs; nothing was inflated",
  "error.workbook.total":
    "{file}: its parts declare {size} bytes uncompressed, more than the {max} a workbook of values needs; nothing was inflated",
  "error.workbook.rows":
    "{file}: a sheet has more than {max} rows; a workbook of values has far fewer: delete what lies below the table",
  "error.record.csv.rows":
    "{file} has more than {max} rows; a table of values has far fewer: delete what lies below the table",
  "error.record.moreProblems": "… and {count|more problem|more problems}: the first {max} are listed",
  "error.record.templateRows":
    "the sheet would have {rows} rows, and record --from reads at most {max}: nothing was written; make one per part of the file",
  "error.workbook.tooLargeToRead":
    "the workbook would hold {cells} cells with something in them, and import and record --from read at most {max}: nothing was written; make one per part of the file",
  "error.workbook.cells":
    "{file}: its sheets hold more than {max} cells with something in them; a workbook of values has far fewer",
  "error.workbook.elements":
    "{file}: its part {part} holds more than {max} XML elements; a workbook of values has far fewer: nothing of it was read",
  "error.workbook.depth":
    "{file}: its part {part} nests XML elements more than {max} deep; a workbook of values nests a few: nothing of it was read",
  "error.workbook.attributes":
    "{file}: its part {part} has an XML element with more than {max} attributes; a workbook of values has a few: nothing of it was read",
  "error.workbook.columns":
    "{file}: a sheet has a cell in {cell}, past column {max}; a workbook of values uses far fewer columns: delete what lies to the right of the table",
  "notice.record.emptyValues":
    "{file}: the rows without a value are left out (indicators {ids}); the completeness list of a check says what is still missing",
  "notice.record.emptyProjects":
    "{file}: the project rows with neither invested nor status are left out (projects {ids})",
  "notice.record.unreadColumns":
    "{file}: the columns {columns}[[ and {more|other|others}]] hold values that are not recorded (only id, name, value and note are)",
  "error.record.nothing": "nothing to record: give --set ID=VALUE or --from values.csv",
  "error.record.invalidFile": "{file} has input errors: run lingling-check {file} to see them, then record",
  "error.record.encoding":
    "{file} is saved as {encoding}; record edits UTF-8 files only, so that it can write back every byte it does not change: save the file as UTF-8 and record again",
  "error.record.unknown-id": "no indicator “{id}” in this file[[; did you mean “{suggestion}”?]]",
  "error.record.unreadable-value":
    "indicator {id}: “{value}” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)",
  "error.record.conflict": "indicator {id}: {year} already holds {old}; {old} → {value} needs --force",
  "error.record.note-conflict":
    "indicator {id}: {year} already holds {value}[[ with the note “{old}”]]; another note (“{note}”) needs --force",
  "error.record.unsupported": "indicator {id}: its {what} is not a mapping this command can extend",
  "error.record.shared":
    "indicator {id}: its {what} holds {mark}, a value written once and used in several places, which recording here would change in all of them; write the value out in full where each uses it, then record",
  "error.record.project-shared":
    "project {id}: its {what} holds {mark}, a value written once and used in several places, which recording here would change in all of them; write the value out in full where each uses it, then record",
  "error.record.twice": "indicator {id} is given twice for {year}, as {value} and as {other}: give it once",
  "error.record.fraction": "indicator {id}: {hint}; to record {value} as it is, add --force",
  "error.record.pastWhole": "indicator {id}: {hint}; to record {value} as it is, add --force",
  "error.record.not-placed":
    "writing {written} would change indicator {other} too, so nothing was written; please report this file's layout",
  "error.record.not-kept":
    "writing {written} would change the file's {what} too, so nothing was written; please report this file's layout",
  "error.record.broke-file":
    "writing {written} would leave a file that does not load, so nothing was written; please report this file's layout",
  "error.record.refused":
    "writing {written} would make the file refuse itself at line {line}: {reason}; nothing was written",
  "error.record.notRegular": "{file} is not a regular file: record writes into an indicator file on disk",
  "error.record.tooLarge": "{file} is {size} bytes, over the limit of {max} (--max-file-size): record does not read it",
  "error.record.locked":
    "{file} is being written by another lingling-check record that has not finished: try again when it has (a lock left by a run that was killed is taken over after a minute)",
  "error.record.lockFailed": "cannot record into {file}: its lock, {file}.lock, cannot be made beside it ({reason})",
  "error.record.changedMeanwhile":
    "{file} changed while this record was preparing its edit (another program or record wrote it); nothing was written: run record again",
  "error.hardLinked":
    "{file} has {links} names (hard links): it is replaced whole, which would part it from its other names; write into a copy, or remove the other links",
  "error.notWritten": "cannot write {file}: {reason}; the file is kept as it was",
  "error.outputEmpty": "-o needs a file name, and found an empty one",
  "error.outputSame": "{file} and {other} are the same file: give each format its own file",
  "error.stdout": "cannot write to standard output: {reason}",
  "errno.ENOENT": "no such file or folder",
  "errno.EACCES": "permission denied",
  "errno.EPERM": "operation not permitted",
  "errno.EISDIR": "it is a folder",
  "error.outputFolder": "{file} names a folder, not a file: give the report a file's name",
  "errno.ENOTDIR": "a part of the path is not a folder",
  "errno.ENOSPC": "no space left on the disk",
  "errno.EROFS": "the file system is read-only",
  "errno.EEXIST": "it exists already",
  "error.noInput": "no input files: give a file, a directory or - for standard input",
  "error.stdinTwice": "- (standard input) can be given once: it can be read only once",
  "error.notACommand": "{file} is neither a file nor a command: did you mean lingling-check {command}?",
  "error.readFile": "cannot read {file}: {reason}",
  "error.writeFile": "cannot write {file}: {reason}",
  "error.exists": "{file} exists: use --force to overwrite it",
  "error.outputIsInput":
    "the output {file} would replace the input {input} (the same file), --force or not: write the output somewhere else",
  "notice.notWritten": "not written, because of the input errors above: {files}",
  "error.noYaml": "{dir} matches no .yaml or .yml files",
  "error.formatsOutputs":
    "more outputs than formats (-o: {outputs}, -f: {formats}): each -o belongs to the -f just before it",
  "error.yearOption": "{option} expects a year from 1949 to 2100; found {found}",
  "error.compareYear": "--compare-year {compare} must be earlier than the year assessed ({year})",
  "error.yearPlan":
    "--year {year} asks for a year assessment; --assess plan reviews the plan (its base year and targets), which has no year: give one of them",
  "error.comparePlan":
    "--compare-year {compare} compares a year assessment with an earlier year; --assess plan reviews the plan, which has no year: give one of them",
  "error.compareYearLatest":
    "--compare-year {compare} must be earlier than the year assessed ({year}): no year after {year} has observed values recorded (lingling-check record adds a year's values)",
  "error.assessChecks":
    "--assess year judges the year by its progress check, which {checks} leaves out: add progress, or use --assess plan",
  "error.yearChecks":
    "{option} {year} asks for a year, judged by its progress check, which {checks} leaves out: add progress, or leave out {option}",
  "checks.option": "--checks {detail}",
  "checks.config": "the project config's checks: [{detail}]",
  "error.checksOption":
    "--checks expects a comma-separated list of baseline, near_term, long_term, progress, override; found {found}",
  "error.internal": "internal error: {detail} (run with --debug for the stack trace, and please report it)",
  "error.outputTooLong":
    "the report would be longer than one string can hold (some 512 MB of text): use -q or a CI format (-f github, gitlab, sarif), or split the file",
  "error.docxTooLarge":
    "a Word document is written with at most {max} table rows, and this one would have more: use -f xlsx or html for this input, or check fewer files at a time",
  "error.htmlTooLarge":
    "an HTML page is written for at most {max} indicators, and {file} has more: use -f xlsx, csv or json for it, or split the file",
  "error.betterContradicts":
    "indicator {id}: better: {better} contradicts its standard “{rule}”, by which {implied}; remove better (it follows the standard) or correct it",
  "error.binaryToTerminal":
    "{format} is a binary format: write it to a file with -o FILE (or redirect standard output to a file)",
  "error.templateSource": "give either an indicator file or --standard with --name and --zone",
  "error.templateName": "--name and --zone are needed with --standard",
  "error.importSheet": "no sheet with the template's header row (序号 / No., 指标 / Indicator, …)",
  "error.importRegionSheet": "no region sheet (地区 / Region) with the fields name and base_year",
  "error.importSheetHidden": "the template's sheet is hidden, and hidden sheets are never read: unhide it",
  "error.importCell": "{what}",
  "error.importRead": "cannot read the workbook: {reason}",
  "error.importInvalid": "the file read from the workbook does not load: {detail}",
  "error.project.duplicateId": "project id “{id}” is used again (first on line {line})",
  "error.project.periodOrder": "project {id}: the period “{period}” ends before it starts",
  "error.project.investedFalls":
    "project {id}: invested {invested} in {year} is less than {before} in {earlier}; invested is cumulative",
  "error.projectMargin": "--project-margin takes percentage points from 0 to 100, not “{found}”",
  "error.veto":
    "basic condition “{condition}” ({year}): “{found}” says neither met nor not met; expected met (未发生, 已完成, 完成, 无, 是, met, yes, true) or not met (发生, 已发生, 未完成, 否, no, false, not met)",
  "error.record.projectOnly":
    "--invested and --status record a key project's progress: give the project with --project ID",
  "error.record.projectWith": "--project records one project's progress: give it without --set, --from and --template",
  "error.record.projectNothing": "nothing to record for project {id}: give --invested, --status or --note",
  "error.record.unknown-project": "no key project “{id}” in this file's projects",
  "error.record.project-invested":
    "project {id}: --invested “{value}” is not an amount: a number of 万元 zero or more, as 3700, 3,700, 3700万元 or 0.37亿元",
  "error.record.project-status": "project {id}: --status “{value}” is not a status; expected {expected}",
  "error.record.project-conflict": "project {id}: {year} already holds {field} {old}; {old} → {value} needs --force",
  "error.record.project-not-placed":
    "writing {written} would change project {other} too, so nothing was written; please report this file's layout",
};

export const zh: Messages = {
  "error.unknownCondition": "“{condition}”不是本行规则中的条件[[，是否应为“{suggestion}”？]]（条件：{known}）",
  "error.catalogInvalid": "指标目录“{catalog}”有 {count} 处问题，已在目录文件中逐一标出",
  "error.catalogUnreadable": "无法读取指标目录文件 {file}（{reason}）",
  "error.ruleUnit":
    "“{text}”：其单位“{unit}”不是本行的单位“{rowUnit}”，也无法换算；请按 {rowUnit} 书写规则，或把本行单位改为规则所用单位",
  "error.notApplicableByEdition":
    "指标 {id}：能否声明不涉及由标准版本规定（{edition}：{allowed}），请删除 may_be_not_applicable",
  "error.superiorCircular": "{year}年的上级目标本身不能是“完成上级规定的考核任务”：请给出上级的规则，或 met / not met",
  "error.endOfText": "文本末尾",
  "error.yaml": "YAML 语法错误：此处无法解析（YAML 解析器的代码 {detail}）",
  "error.yaml.BAD_INDENT": "YAML 语法错误：缩进不对：同一层的键须从同一列开始，下一层须比上一层多缩进",
  "error.yaml.TAB_AS_INDENT": "YAML 语法错误：缩进里有制表符（Tab）：YAML 只能用空格缩进",
  "error.yaml.UNCLOSED_FLOW": "YAML 语法错误：这个 [ 或 { 没有闭合：请用 ] 或 } 结束（写在后面的行时须比其键多缩进）",
  "error.yaml.ITEM_INDENT": "YAML 语法错误：缩进不对：这一行比上面那一项的键更靠左（或缺少“- ”）",
  "error.yaml.MISSING_CHAR": "YAML 语法错误：引号或括号没有闭合，或 [ ]、{ } 里的项之间缺少逗号或冒号",
  "error.yaml.BLOCK_AS_IMPLICIT_KEY":
    "YAML 语法错误：一行里出现了两个“键: 值”（如 a: b: c）；值里有冒号加空格时请给值加引号",
  "error.yaml.MULTILINE_IMPLICIT_KEY": "YAML 语法错误：键须写在一行内；这一行可能缺少“键: ”，或上一行的值没有闭合",
  "error.yaml.BAD_SCALAR_START": "YAML 语法错误：值不能以这个符号开头（如 %、@、`）；请给值加引号",
  "error.yaml.BAD_DQ_ESCAPE": "YAML 语法错误：双引号里的反斜杠 \\ 开始了一个无效的转义；不需要转义时请改用单引号",
  "error.yaml.UNEXPECTED_TOKEN": "YAML 语法错误：这里出现了不该有的符号",
  "error.yaml.BLOCK_IN_FLOW": "YAML 语法错误：在 [ ] 或 { } 里不能换行缩进书写",
  "error.yaml.KEY_OVER_1024_CHARS": "YAML 语法错误：键超过 1024 个字符",
  "error.duplicateKey":
    "此键在同一映射中第二次出现[[（第一次在第 {firstLine} 行第 {firstColumn} 列）]]：一个映射中每个键只能出现一次，请只保留一个",
  "error.tooLarge": "文件大小 {size} 字节，超过上限 {max}（--max-file-size）",
  "error.encoding.utf-32": "文件为 UTF-32 编码：请另存为 UTF-8",
  "error.encoding.utf-16-no-bom": "文件似为不带 BOM 的 UTF-16 编码：请另存为 UTF-8",
  "error.encoding.unknown": "文件既非 UTF-8 也非 GB18030/GBK 编码：请另存为 UTF-8",
  "error.encoding.zip":
    "文件是 zip 压缩包（Excel 工作簿 .xlsx 及其他 Office 文档均为此格式），不是指标文件（YAML 文本）：填好的模板请用 `lingling-check import <工作簿> -o <文件>.yaml` 读入，某年的数值请用 `lingling-check record <文件>.yaml --from <工作簿>` 记录",
  "error.encoding.ole":
    "文件是 Excel 97–2003 工作簿（.xls）或其他旧版 Office 文档，不是指标文件（YAML 文本）：请另存为 .xlsx，再用 `lingling-check import` 读入",
  "error.encoding.pdf":
    "文件是 PDF 文档，不是指标文件（YAML 文本）：指标写在 YAML 文件中，可用 `lingling-check init` 新建",
  "error.encoding.utf-16-invalid":
    "文件为 UTF-16 编码（字节顺序标记如此），但此处的内容不是有效的 UTF-16（半个字符）：请另存为 UTF-8",
  "error.tooDeep": "嵌套超过 {max} 层：指标文件不需要如此深的结构，拒绝读取",
  "error.multiple-documents": "一个文件中有多个 YAML 文档（---）：每个文件只写一个地区",
  "error.custom-tag": "自定义 YAML 标签（此处不重复其名称）：标签不会被执行，请直接写值",
  "error.tag-value": "YAML 的 {tag} 标签不允许此值：请去掉标签，直接写值",
  "error.too-deep": "嵌套过深，无法读取",
  "error.proto-key": "名为 __proto__ 的键不会被读取（它会指向对象的原型）：请改名或删除",
  "error.aliasLimit": "YAML 别名（*name）过多：展开后远超任何指标文件所需",
  "error.unknownAlias": "别名（*名称）所指的锚点（&名称）在文件中此前没有定义",
  "error.emptyFile": "文件为空：应包含 region、plan、indicators",
  "error.notMapping": "此文件不是指标文件：应为包含 region、plan、indicators 的映射",
  "error.catalogGiven":
    "此文件是标准目录（有 edition:，没有 region: 和 plan:），不是指标文件：请在指标文件的 standard: 字段中引用它，或用 lingling-check standards --check 检查",
  "error.unknownField": "未知字段“{field}”；可用字段：{known}",
  "error.tooManyErrors": "后面还有错误：每个文件只列出前 {max} 个，文件其余部分未检查；请改正这些后再检查",
  "error.unknownField.suggest": "未知字段“{field}”；是否应为“{suggestion}”？",
  "error.unknownField.unquoted": "未知字段（此处不复述字段名）；可用字段：{known}",
  "error.unknownFields.many": "此映射中有 {count} 个未知字段，过多而不逐一列出；可用字段：{known}",
  "error.missingField": "[[指标 {id} ]]缺少字段“{field}”：应为{expected}",
  "error.invalidValue": "“{field}”：应为{expected}；实际为 {found}[[（是否应为 {suggestion}？）]]",
  "error.invalidKey": "“{key}”：应为{expected}",
  "error.ruleSyntax": "无法解读规则“{text}”，问题在“{found}”：应为{expected}",
  "error.ruleSyntax.unquoted": "无法解读此规则，问题从所示位置起：应为{expected}",
  "error.ruleQuoted": "规则 {text} 外面多了引号：请写作 {inner}（YAML 的引号是半角的 ' 或 \"，且只能包住整个值）",
  "error.planOrder": "plan.{field} {year} 应晚于 {after}",
  "error.duplicateId": "指标编号“{id}”重复（首次出现在第 {line} 行）",
  "error.unknownEdition": "未知的标准版本“{edition}”。[[是否应为“{suggestion}”？]]内置版本：{known}",
  "error.unknownIndicator":
    "{edition} 中没有指标“{id}”：应为指标编号（如 4、5.1、R1）、指标名称或名称的一部分[[；是否应为“{suggestion}”？]]",
  "error.unitMismatch": "指标 {id}：单位“{unit}”与标准的单位“{expected}”不一致",
  "error.regionAttributeMissing": "region 缺少本行 by_region 所需的属性“{attribute}”，请在 region 下补充",
  "error.regionAttributeMissing.edition":
    "region 缺少标准中指标 {id} 的规则所需的属性“{attribute}”，请在 region 下补充",
  "error.noRegionCase": "by_region 中没有与该地区匹配的情形（{attributes}）",
  "error.baselineAfterBaseYear": "基准值年份 {year} 晚于 plan.base_year {baseYear}：观测值请写在 actuals 下",
  "error.invalidFormat": "-f/--format：未知格式“{found}”[[（是否指“{suggestion}”？）]]；可用格式：{known}",
  "error.optionEmpty": "{option} 需要一个值，但给出的是空字符串",
  "error.idAsNumber": '编号 {written} 未加引号，被读作数 {read}：请加引号（id: "{written}"）',
  "error.schemaWhich": "--catalog 与 --project-config 各对应一种模式（schema）：只能给其中一个",
  "error.optionBeforeCommand":
    "写在“{command}”之前的 {option} 是检查本身的选项，不属于 {command}：命令的选项请写在命令之后（lingling-check {command} --help 列出这些选项）",
  "error.outputTwice": "{file} 被两种格式同时用作输出：请为每种格式指定不同的文件",
  "error.stdoutTwice": "只能有一种格式输出到标准输出",
  "notice.gb18030": "{file} 不是 UTF-8 编码，已按 GB18030（GBK）读取",
  "notice.yearToCome":
    "{year} 年尚未到来（今年是 {now} 年）：已按所给记录；年度值应为实际观测值，规划目标应写在 near_term / long_term",
  "notice.yearAfterPlan": "{file}：--year {year} 晚于规划的最后一年 {last}；进展按 {last} 年目标判定",
  "notice.yearBeforeBase": "{file}：--year {year} 早于规划的基准年 {base}；实际值从基准年之后开始",
  "notice.nearSearchLimited":
    "{file}：几乎相同的工程建设内容只在前 {searched} 条（共 {contents} 条）中查找，查找至此已达工作量上限；其余建设内容只与完全相同的内容比对",
  "error.sizeOption": "--max-file-size 应为大小，如 500k 或 20MB；实际为 {found}",
  "error.sizeOption.tooLarge": "--max-file-size 至多为 {max}：更大的文件无法作为文本读入；实际为 {found}",
  "error.sizeOption.tooSmall": "--max-file-size 至少为 1 字节：更小的上限会拒绝所有文件；实际为 {found}",
  // reads-escapes: reading inputs, escaping
  // --- one reader for every input (#22) ---
  "error.input.notRegular.catalog":
    "{file} 不是普通文件（而是设备、FIFO、套接字或文件夹）：指标目录只从 .yaml 或 .yml 文件读取，因此不予读取",
  "error.input.name.catalog":
    "{file}：指标目录应为 .yaml 或 .yml 文件，此路径（或其链接指向的文件）不是这样命名的，因此不予读取",
  "error.input.socket": "{file} 是套接字，不是文件：不予读取",
  "error.notACatalog": "此文件不是指标目录：应为{expected}",
  "error.notAConfig": "此文件不是项目配置：应为 lingling.config.yaml 各字段（lang、fail_on、outputs 等）的映射",
  "error.invalidValue.unquoted": "“{field}”：应为{expected}[[（是否应为 {suggestion}？）]]",
  "error.record.csv.at": "无法按 CSV 读取 {file} 第 {line} 行：{reason}",
  "error.record.csv.syntax": "不符合 CSV 格式（{detail}）",
  "error.record.csv.quote": "引号出现在 CSV 不允许的位置（请给整个字段加引号，字段内的引号写两次）",
  "error.init.emptyName": "--name 应为地区名称，如 永州市零陵区；实际为空",
  "error.import.notWorkbook": "{file} 不是工作簿：应为 .xlsx 文件（zip 格式），即 template 写出的那种",
  "error.init.year": "{option} 应为 1949 至 2100 之间的年份；实际为 {found}",
  "error.init.noRoom":
    "--base-year {base} 之后没有留出规划年份：近期规划年 {near} 和远期规划年 {long} 须晚于基准年且不晚于 2100 年；请选择更早的基准年，或给出 --near-term 和 --long-term",
  "error.init.nearTerm": "--near-term {near} 须晚于基准年 {base}",
  "error.init.longTerm": "--long-term {long} 须晚于近期规划年 {near}",
  "error.init.longDefault":
    "--long-term 需要给出：其默认值 {long}（基准年 + 8）须晚于近期规划年 {near} 且不晚于 2100 年",
  "error.init.name": "--name 须为一行文字，不含控制字符；实际为“{found}”",
  "error.template.tooManyRows": "{file} 有 {rows} 行（指标或重点工程）；模板最多容纳 {max} 行，供人工填写",
  "error.init.longName": "--name 不能超过 {max} 个字，与文件中的名称相同",
  "error.linkLoop": "{file} 是指向包含它的文件夹的符号链接：形成循环，不再跟随",
  "errno.ELOOP": "符号链接形成循环（链接最终指回自身）",
  "errno.ENAMETOOLONG": "名称超出文件系统允许的长度",
  "errno.EMFILE": "同时打开的文件过多",
  "errno.ENFILE": "系统中同时打开的文件过多",
  "errno.EIO": "磁盘或设备报告输入输出错误",
  "errno.ENXIO": "设备不存在（没有读取方的 FIFO，或设备已移除）",
  "errno.ENODEV": "没有这个设备",
  "errno.EBUSY": "文件或设备正忙",
  "errno.EFBIG": "文件过大",
  "errno.ENOMEM": "内存不足",
  "errno.EINVAL": "系统无法以这种方式读取它",
  "errno.ETIMEDOUT": "文件系统未及时响应",
  "errno.ESTALE": "网络文件句柄已失效",
  "errno.ERR_OUT_OF_RANGE": "过大，无法读入内存",
  "errno.ERR_FS_FILE_TOO_LARGE": "过大，无法读入内存",
  "errno.other": "系统拒绝了操作（{detail}）",
  "error.tooLarge.stream": "从中读取的数据已超过 {max} 字节的上限（--max-file-size）：没有结尾的管道或设备不再继续读取",
  "error.fifoTimeout":
    "{seconds} 秒内没有数据写入 {file}：没有程序打开这个 FIFO 进行写入（等待时间可用 LINGLING_FIFO_TIMEOUT 设置）",
  "error.fifoNoReader":
    "无法写入 {file}：{seconds} 秒内没有程序打开这个 FIFO 进行读取（等待时间可用 LINGLING_FIFO_TIMEOUT 设置）",
  "error.unknownField.thousands":
    '未知字段“{field}”：在流式映射 {…} 中，YAML 会在数字的千位分隔逗号处将其拆开；请给数字加引号（"1,200"）或去掉逗号',
  "error.record.set": "--set 应为 编号=值，如 --set 1=26.1；实际为 {found}",
  "error.record.csvColumns": "{file} 需要表头行，含编号列（{ids}）和数值列（{values}）",
  "error.record.csv.semicolon":
    "{file} 以“;”分隔字段（Excel 与 LibreOffice 在以逗号为小数点的区域设置下如此保存 CSV）：请另存为以逗号分隔的 CSV（“CSV UTF-8”）或 .xlsx",
  "error.workbook.openDocument":
    "{file} 是 OpenDocument 表格（.ods），无法读取：请另存为 .xlsx（Excel 2007 及以后）或 CSV",
  "error.workbook.word":
    "{file} 是 Word 文档（.docx），不是工作簿：数值应从工作簿（.xlsx，即 template 写出的那种）或 CSV 表格读取",
  "error.workbook.noWorkbook":
    "{file} 是 zip 压缩包，但其中没有 Excel 工作簿（缺少 xl/workbook.xml）：应为 .xlsx 文件，即 template 写出的那种",
  "error.record.source.pdf": "{file} 是 PDF 文档：--from 读取工作簿（.xlsx）或 CSV 表格",
  "error.import.xls":
    "{file} 不是 .xlsx 工作簿（可能是 Excel 97–2003 的 .xls，或设有密码的工作簿）：请另存为不设密码的 .xlsx",
  "error.record.source.xls":
    "{file} 不是 .xlsx 工作簿（可能是 Excel 97–2003 的 .xls，或设有密码的工作簿）：请另存为 .xlsx 或 CSV",
  "error.record.source.sheet": "{file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}",
  "error.record.source.noSheet": "{file} 中没有工作表",
  "error.record.source.sheetOfCsv": "--sheet 用于选择工作簿中的工作表；{file} 是 CSV 文件",
  "error.record.source.empty": "{file} 的表头下没有数值",
  "error.record.source.twice": "{at}：“{a}”和“{b}”两列是同一列，请只保留一列",
  "error.record.source.year": "{at}：数值列“{header}”属于 {found} 年，但 --year 为 {year}",
  "error.record.source.noId": "数值“{value}”没有编号；请填写编号或删除该行",
  "error.record.source.percent":
    "{shown} 是设为百分比格式的单元格，而指标 {id} 是以{unit}计的数量：请在非百分比格式的单元格中填写数量本身",
  "error.record.source.percentInvested":
    "{shown} 是设为百分比格式的单元格，而重点工程 {id} 的投资是以万元计的金额：请在非百分比格式的单元格中填写金额本身",
  "error.record.source.again": "指标 {id} 重复出现（首次见于 {first}）",
  "error.record.source.name": "指标 {id} 在 {file} 中是“{expected}”，但本行写的是“{found}”：请核对该行",
  "error.record.source.unknownId": "{file} 中没有指标“{id}”",
  "error.record.templateWith": "--template 用于生成待填写的表格，不能与 --set、--from 同时使用",
  "error.record.outputWithoutTemplate": "-o 是 --template 写出表格的位置；record 本身把数值写入指标文件",
  "notice.record.sheet":
    "{file}：已读取工作表“{sheet}”（共 {count} 个中第一个可读取的表：含编号列和数值列，或重点工程及其进展）；用 --sheet 名称 读取其他工作表",
  "notice.record.percent":
    "{file}：指标 {ids} 的单元格为百分比格式，按所显示的百分数读取（显示 93.5% 记为 93.5，单位为 %）",
  // 统一的表格读取（workbook/sheetReader.ts），供 import 与 record --from 使用。
  "error.workbook.zip": "无法按工作簿读取 {file}：{detail}",
  "error.workbook.damaged": "无法按工作簿读取 {file}：其中某个部件已损坏，或不是工作簿应有的内容",
  "error.workbook.xml":
    "无法按工作簿读取 {file}：其中一个部件不是格式正确的 XML（第 {line} 行第 {column} 列）；请用电子表格程序重新保存",
  "error.workbook.entries": "{file} 含有超过 {max} 个部件，超出数值工作簿所需；未解压任何内容",
  "error.workbook.part": "{file}：部件 {part} 声明的解压大小为 {size} 字节，超过数值工作簿所需的 {max}；未解压任何内容",
  "error.workbook.total": "{file}：各部件声明的解压大小共 {size} 字节，超过数值工作簿所需的 {max}；未解压任何内容",
  "error.workbook.rows": "{file}：某工作表超过 {max} 行，数值工作簿远少于此：请删除表格下方的内容",
  "error.record.csv.rows": "{file} 超过 {max} 行，数值表远少于此：请删除表格下方的内容",
  "error.record.moreProblems": "……另有 {count} 个问题：只列出前 {max} 个",
  "error.record.templateRows":
    "该表将有 {rows} 行，而 record --from 最多读取 {max} 行：未写出任何内容；请按文件的各部分分别生成",
  "error.workbook.tooLargeToRead":
    "该工作簿将含 {cells} 个有内容的单元格，而 import 和 record --from 最多读取 {max} 个：未写出任何内容；请按文件的各部分分别生成",
  "error.workbook.cells": "{file}：各工作表中有内容的单元格超过 {max} 个，数值工作簿远少于此",
  "error.workbook.elements": "{file}：部件 {part} 含有超过 {max} 个 XML 元素，数值工作簿远少于此；未读取其中任何内容",
  "error.workbook.depth": "{file}：部件 {part} 的 XML 元素嵌套超过 {max} 层，数值工作簿只嵌套几层；未读取其中任何内容",
  "error.workbook.attributes":
    "{file}：部件 {part} 有一个 XML 元素带有超过 {max} 个属性，数值工作簿只有几个；未读取其中任何内容",
  "error.workbook.columns":
    "{file}：某工作表在 {cell} 有单元格，超出第 {max} 列，数值工作簿用不到这么多列：请删除表格右侧的内容",
  "notice.record.emptyValues": "{file}：没有数值的行已跳过（指标 {ids}）；检查结果的完整性清单会列出仍缺的数据",
  "notice.record.emptyProjects": "{file}：既无累计投资也无状态的工程行已跳过（工程 {ids}）",
  "notice.record.unreadColumns":
    "{file}：列 {columns}[[ 等另 {more} 列]]中有数值但不会被记录（只读取序号、指标名称、数值和备注）",
  "error.record.nothing": "没有要写入的值：请用 --set 编号=值 或 --from values.csv",
  "error.record.invalidFile": "{file} 存在输入错误：请先运行 lingling-check {file} 查看并修正",
  "error.record.encoding":
    "{file} 的编码是 {encoding}；record 只编辑 UTF-8 文件（以便原样保留未改动的每个字节）：请将文件另存为 UTF-8 后再记录",
  "error.record.unknown-id": "本文件中没有指标“{id}”[[；是否指“{suggestion}”？]]",
  "error.record.unreadable-value": "指标 {id}：“{value}”不是数字，也不是可识别的值（已建立、无黑臭水体、不涉及等）",
  "error.record.conflict": "指标 {id}：{year}年已有值 {old}；改为 {value} 需加 --force",
  "error.record.note-conflict":
    "指标 {id}：{year}年已有值 {value}[[，备注为“{old}”]]；改为另一备注（“{note}”）需加 --force",
  "error.record.unsupported": "指标 {id}：其 {what} 不是本命令可以扩充的映射",
  "error.record.shared":
    "指标 {id}：其 {what} 含 {mark}，即一处写出、多处共用的值，在此记录会一并改动各处；请先在各处写出完整的值，再记录",
  "error.record.project-shared":
    "项目 {id}：其 {what} 含 {mark}，即一处写出、多处共用的值，在此记录会一并改动各处；请先在各处写出完整的值，再记录",
  "error.record.twice": "指标 {id} 的 {year}年值给了两次（{value} 和 {other}）：请只给一次",
  "error.record.fraction": "指标 {id}：{hint}；如确要按 {value} 记录，请加 --force",
  "error.record.pastWhole": "指标 {id}：{hint}；如确要按 {value} 记录，请加 --force",
  "error.record.not-placed": "写入 {written} 会连带改动指标 {other}，因此未写入任何内容；请报告此文件的写法",
  "error.record.not-kept": "写入 {written} 会连带改动文件的 {what}，因此未写入任何内容；请报告此文件的写法",
  "error.record.broke-file": "写入 {written} 后文件将无法读取，因此未写入任何内容；请报告此文件的写法",
  "error.record.refused": "写入 {written} 后文件第 {line} 行将不成立：{reason}；未写入任何内容",
  "error.record.notRegular": "{file} 不是普通文件：record 只写入磁盘上的指标文件",
  "error.record.tooLarge": "{file} 大小 {size} 字节，超过上限 {max}（--max-file-size）：record 不读取它",
  "error.record.locked":
    "另一个 lingling-check record 正在写入 {file}，尚未完成：请待其完成后再试（被强行终止的运行留下的锁在一分钟后会被接管）",
  "error.record.lockFailed": "无法写入 {file}：无法在其旁边建立锁 {file}.lock（{reason}）",
  "error.record.changedMeanwhile":
    "{file} 在本次 record 准备修改期间已被改动（另一程序或另一 record 写入了它）；未写入任何内容：请重新运行 record",
  "error.hardLinked":
    "{file} 有 {links} 个名称（硬链接）：写入会整体替换该文件，使其与其他名称分离；请写入副本，或删除其他链接",
  "error.notWritten": "无法写入 {file}：{reason}；文件保持原样",
  "error.outputEmpty": "-o 需要文件名，但给出的是空字符串",
  "error.outputSame": "{file} 和 {other} 是同一个文件：请为每种格式指定不同的文件",
  "error.stdout": "无法写入标准输出：{reason}",
  "errno.ENOENT": "文件或文件夹不存在",
  "errno.EACCES": "没有权限",
  "errno.EPERM": "不允许此操作",
  "errno.EISDIR": "这是一个文件夹",
  "error.outputFolder": "{file} 是文件夹而非文件：请为报告给出文件名",
  "errno.ENOTDIR": "路径中有一部分不是文件夹",
  "errno.ENOSPC": "磁盘空间不足",
  "errno.EROFS": "文件系统只读",
  "errno.EEXIST": "已经存在",
  "error.noInput": "没有输入文件：请给出文件、目录，或用 - 表示标准输入",
  "error.stdinTwice": "-（标准输入）只能给出一次：标准输入只能读取一次",
  "error.notACommand": "{file} 既不是文件也不是命令：是否想输入 lingling-check {command}？",
  "error.readFile": "无法读取 {file}：{reason}",
  "error.writeFile": "无法写入 {file}：{reason}",
  "error.exists": "{file} 已存在：如需覆盖请加 --force",
  "error.outputIsInput": "输出 {file} 会覆盖输入 {input}（同一个文件），加 --force 也不行：请把输出写到别处",
  "notice.notWritten": "因上述输入错误，未写入：{files}",
  "error.noYaml": "{dir} 下没有匹配的 .yaml 或 .yml 文件",
  "error.formatsOutputs": "{formats} 种格式配了 {outputs} 个输出：每个 -o 属于紧挨在它前面的 -f",
  "error.yearOption": "{option} 应为 1949 至 2100 之间的年份；实际为 {found}",
  "error.compareYear": "--compare-year {compare} 应早于评估年份 {year}",
  "error.yearPlan":
    "--year {year} 要求评估某一年；--assess plan 审查规划（基准年与目标），不针对某一年：请只给出其中之一",
  "error.comparePlan":
    "--compare-year {compare} 用于将年度评估与更早的年份比较；--assess plan 审查规划，没有年份：二者只能给一个",
  "error.compareYearLatest":
    "--compare-year {compare} 应早于评估年份 {year}：{year} 年之后尚未记录任何年份的实测值（可用 lingling-check record 记录）",
  "error.assessChecks":
    "--assess year 由进展检查判定该年，而 {checks} 未包含 progress：请加上 progress，或改用 --assess plan",
  "error.yearChecks":
    "{option} {year} 要求评估某一年，该年由进展检查判定，而 {checks} 未包含 progress：请加上 progress，或去掉 {option}",
  "checks.option": "--checks {detail}",
  "checks.config": "项目配置中的 checks: [{detail}]",
  "error.checksOption": "--checks 应为以逗号分隔的 baseline、near_term、long_term、progress、override；实际为 {found}",
  "error.internal": "内部错误：{detail}（加 --debug 可查看调用栈，请报告此问题）",
  "error.outputTooLong":
    "报告将超出一个字符串所能容纳的长度（约 512 MB 文本）：请用 -q 或 CI 格式（-f github、gitlab、sarif），或拆分文件",
  "error.docxTooLarge":
    "Word 文档的表格最多写 {max} 行，本次将超出：此类输入请用 -f xlsx 或 html，或每次检查较少的文件",
  "error.htmlTooLarge": "HTML 页面最多写 {max} 项指标，{file} 超出：此类文件请用 -f xlsx、csv 或 json，或拆分文件",
  "error.betterContradicts":
    "指标 {id}：better: {better} 与其国家标准“{rule}”的方向相反（按标准应为{implied}）；删除 better（将按标准取方向）或改正",
  "error.binaryToTerminal": "{format} 是二进制格式：请用 -o FILE 写入文件（或将标准输出重定向到文件）",
  "error.templateSource": "请给出一个指标文件，或给出 --standard 及 --name、--zone",
  "error.templateName": "使用 --standard 时需要 --name 和 --zone",
  "error.importSheet": "找不到带有模板表头（序号、指标……）的工作表",
  "error.importRegionSheet": "找不到地区工作表（含 name 与 base_year 字段）",
  "error.importSheetHidden": "模板的这张工作表已隐藏，隐藏的工作表不会读取：请取消隐藏",
  "error.importCell": "{what}",
  "error.importRead": "无法读取工作簿：{reason}",
  "error.importInvalid": "由工作簿得到的指标文件无法载入：{detail}",
  "error.project.duplicateId": "工程序号“{id}”重复（首次出现在第 {line} 行）",
  "error.project.periodOrder": "工程 {id}：项目完成时间“{period}”的结束年份早于开始年份",
  "error.project.investedFalls":
    "工程 {id}：{year} 年累计完成投资 {invested} 少于 {earlier} 年的 {before}，累计投资不应减少",
  "error.projectMargin": "--project-margin 应为 0 至 100 之间的百分点数，而不是“{found}”",
  "error.veto":
    "基本条件“{condition}”（{year}年）：“{found}”既不表示满足也不表示不满足；应为满足（未发生、已完成、完成、无、是、met、yes、true）或不满足（发生、已发生、未完成、否、no、false、not met）",
  "error.record.projectOnly": "--invested 和 --status 用于记录重点工程的进展：请用 --project 编号 指明工程",
  "error.record.projectWith": "--project 只记录一项工程的进展：请勿同时使用 --set、--from 或 --template",
  "error.record.projectNothing": "工程 {id} 没有可记录的内容：请给出 --invested、--status 或 --note",
  "error.record.unknown-project": "本文件的重点工程中没有“{id}”",
  "error.record.project-invested":
    "工程 {id}：--invested “{value}”不是金额：应为不小于 0 的万元数，如 3700、3,700、3700万元、0.37亿元",
  "error.record.project-status": "工程 {id}：--status “{value}”不是有效状态；应为 {expected}",
  "error.record.project-conflict": "工程 {id}：{year}年已有 {field} {old}；改为 {old} → {value} 需要 --force",
  "error.record.project-not-placed": "写入 {written} 会同时改动工程 {other}，因此未写入任何内容；请报告此文件的格式",
};
