/**
 * Which --output goes with which --format, by position on the command line: an -o belongs to the
 * -f just before it (`-f table -f junit -o report.xml`: the table on the console, JUnit to the
 * file). An -o with no format before it waiting for one goes to the next -f. A format without an
 * output goes to standard output. Without any -f, a lone -o takes the format its extension names.
 */
import { wordTable } from "../words.js";
export interface Pairing {
  format: string;
  output?: string;
}

const FORMAT = /^(?:-f|--format)(?:=(.*))?$/;
const OUTPUT = /^(?:-o|--output)(?:=(.*))?$/;

function optionValue(argv: readonly string[], i: number, pattern: RegExp): { value: string; next: number } | undefined {
  const arg = argv[i]!;
  const m = pattern.exec(arg);
  if (m)
    return m[1] !== undefined
      ? { value: m[1], next: i }
      : argv[i + 1] !== undefined
        ? { value: argv[i + 1]!, next: i + 1 }
        : undefined;
  // -fjson, -oreport.xml
  const short = pattern === FORMAT ? "-f" : "-o";
  return arg.startsWith(short) && arg.length > 2 && !arg.startsWith("--")
    ? { value: arg.slice(2), next: i }
    : undefined;
}

export function pairOutputs(argv: readonly string[]): { pairs: Pairing[]; strayOutputs: number } {
  const pairs: Pairing[] = [];
  const pending: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const format = optionValue(argv, i, FORMAT);
    if (format) {
      pairs.push({ format: format.value, ...(pending.length > 0 ? { output: pending.shift()! } : {}) });
      i = format.next;
      continue;
    }
    const output = optionValue(argv, i, OUTPUT);
    if (output) {
      const waiting = pairs.at(-1);
      if (waiting && waiting.output === undefined) waiting.output = output.value;
      else pending.push(output.value);
      i = output.next;
    }
  }
  // No -f: the table, or with `-o report.json` the format its name says (json, xml → junit, md, csv, xlsx, docx, html, sarif).
  if (pairs.length === 0) {
    const output = pending.shift();
    pairs.push({
      format: output === undefined ? "table" : formatOfName(output),
      ...(output !== undefined ? { output } : {}),
    });
  }
  return { pairs, strayOutputs: pending.length };
}

const BY_EXTENSION = wordTable<string>({
  json: "json",
  xml: "junit",
  md: "markdown",
  markdown: "markdown",
  csv: "csv",
  xlsx: "xlsx",
  docx: "docx",
  html: "html",
  htm: "html",
  sarif: "sarif",
});

/** The format a file name implies by its extension; anything else (report.txt, -) the table. */
function formatOfName(name: string): string {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) ?? "table";
}
