import { applyPatches } from "./patch.mjs";

/**
 * Fixes to cli-table3 0.6.5 applied as the bundle is built, each an exact text and its
 * replacement. None changes what is drawn (the table tests compare whole tables); each removes
 * work the library repeats for every cell or every line it draws, which a batch of thousands of
 * files pays thousands of times. A cli-table3 whose text differs fails the build (it is never
 * bundled half-patched): drop a fix here once a release of cli-table3 has it.
 */
export const CLI_TABLE3_PATCHES = {
  "debug.js": [
    {
      why: "lets a caller ask whether a debug level's messages are kept (for the preview below)",
      find: "debug.debugMessages = () => messages;",
      replace: "debug.debugMessages = () => messages;\ndebug.keeps = (min) => level >= min;",
    },
  ],
  "utils.js": [
    {
      why: "strlen, asked the width of the same cell texts many times a cell (desired width, truncate, pad, per line), made a regular expression and split the text each time; now each text's answer is kept (a bounded map, cleared when full)",
      find: "function strlen(str) {\n  let code = codeRegex();",
      replace:
        "const strlens = new Map();\nfunction strlen(str) {\n  const text = '' + str;\n  let width = strlens.get(text);\n  if (width === undefined) {\n    if (strlens.size >= 100000) strlens.clear();\n    strlens.set(text, (width = measuredStrlen(text)));\n  }\n  return width;\n}\n\nfunction measuredStrlen(str) {\n  let code = codeRegex();",
    },
    {
      why: "strlen measured text of printable ASCII (ids, numbers, most rules) with string-width and kept it in the map; its width is its length (string-width gives each of those characters one column), now given at once",
      find: "  const text = '' + str;\n  let width = strlens.get(text);",
      replace:
        "  const text = '' + str;\n  if (/^[\\x20-\\x7e]*$/.test(text)) return text.length;\n  let width = strlens.get(text);",
    },
    {
      why: "repeat (every padding and border of every line drawn) made an array of times + 1 holes to join; String#repeat gives the same text (times is -1 at least: pad's padlen)",
      find: "function repeat(str, times) {\n  return Array(times + 1).join(str);\n}",
      replace: "function repeat(str, times) {\n  return times > 0 ? String(str).repeat(times) : '';\n}",
    },
    {
      why: "colorizeLines carried colour codes across each cell's lines by reading, rewinding and unwinding every line's state; lines with no escape code have none to carry and come back as they are",
      find: "function colorizeLines(input) {\n",
      replace:
        "function colorizeLines(input) {\n  if (input.every((line) => !String(line).includes('\\u001b'))) return input.slice();\n",
    },
  ],
  "table.js": [
    {
      why: "toString put the head before the rows with push.apply, one argument a row: a table of some 100,000 rows or more overflowed the call stack (a 300,000-row file's default table crashed)",
      find: "        array.push.apply(array, this);",
      replace: "        for (const row of this) array.push(row);",
    },
  ],
  "layout-manager.js": [
    {
      why: "fillInTable looks for holes left by spanning cells by testing every position against every cell above it (rows² × columns² tests); a table whose rows each have a cell in every column and no spans has none, and is left as it is",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: cli-table3's source text, a template literal there, matched as it is
      find: "    let w_max = maxWidth(table);\n    debug(`Max rows: ${h_max}; Max cols: ${w_max}`);\n",
      replace:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the same source text, with the early return after it
        "    let w_max = maxWidth(table);\n    debug(`Max rows: ${h_max}; Max cols: ${w_max}`);\n    if (table.every((row) => row.length === w_max && row.every((cell, x) => cell.x === x && (cell.colSpan || 1) === 1 && (cell.rowSpan || 1) === 1))) return;\n",
    },
  ],
  "cell.js": [
    {
      // Upstream: cli-table/cli-table3#362 (open when this was written).
      why: "Cell#draw made a ten-column preview of the cell (utils.truncate, measuring its text) for every line it drew, for a message kept only at debug level INFO; now made only then",
      find: "const { info, debug } = require('./debug');",
      replace: "const { info, debug, keeps, INFO } = require('./debug');",
    },
    {
      why: "(the same fix, where the preview is made)",
      find: "    let content = utils.truncate(this.content, 10, this.truncate);\n    if (!lineNum) {",
      replace:
        "    if (!lineNum && keeps(INFO)) {\n      let content = utils.truncate(this.content, 10, this.truncate);",
    },
    {
      why: "firstDefined gathered its arguments into an array and filtered it to pick one; mergeTableOptions calls it 18 times a cell (always with 2 or 4 arguments)",
      find: "function firstDefined(...args) {\n  return args.filter((v) => v !== undefined && v !== null).shift();\n}",
      replace: "function firstDefined(a, b, c, d) {\n  return a ?? b ?? c ?? d;\n}",
    },
    {
      why: "mergeTableOptions merged the table's 16 border characters into every cell, though a cell without characters of its own gets the same 16 as every other; now merged once per drawing (mergeTableOptions is given the drawing's new cell layout, which keys the merge) and shared, as cells only read them",
      find: "    let chars = (this.chars = {});\n    CHAR_NAMES.forEach(function (name) {\n      setOption(optionsChars, tableChars, name, chars);\n    });\n",
      replace:
        "    const own = this.options.chars !== undefined;\n    let chars = own ? undefined : charsOfDrawing.get(cells);\n    if (chars === undefined) {\n      chars = {};\n      CHAR_NAMES.forEach(function (name) {\n        setOption(optionsChars, tableChars, name, chars);\n      });\n      if (!own) charsOfDrawing.set(cells, chars);\n    }\n    this.chars = chars;\n",
    },
    {
      why: "(the same fix: the merges, by drawing)",
      find: "class Cell {",
      replace: "const charsOfDrawing = new WeakMap();\n\nclass Cell {",
    },
    {
      why: "setOption split, capitalised and joined each option's name ('top-left' → 'topLeft') for every cell, 16 names a cell; now once per name",
      find: "function setOption(objA, objB, nameB, targetObj) {\n  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n",
      replace:
        "const camelNames = new Map();\nfunction setOption(objA, objB, nameB, targetObj) {\n  let nameA = camelNames.get(nameB);\n  if (nameA === undefined) {\n    const parts = nameB.split('-');\n    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);\n    camelNames.set(nameB, (nameA = parts.join('')));\n  }\n  if (nameA !== nameB) {\n",
    },
  ],
};

/** The patched text of cli-table3's `file` (its name under src/), or an error naming what is missing. */
export function patchCliTable3(file, text) {
  return applyPatches(text, CLI_TABLE3_PATCHES[file] ?? [], `cli-table3/src/${file}`, "cli-table3.patches.mjs");
}
