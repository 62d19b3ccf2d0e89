/**
 * Mutations of the real seed file, the mistakes of a hurried edit magnified: lines deleted,
 * duplicated and swapped, YAML punctuation and stray characters typed in, indentation changed,
 * the file cut short, scalars replaced by random text and numbers.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, "..", "..");
export const SEED_TEXT = readFileSync(join(ROOT, "seeds", "lingling.yaml"), "utf8");

/** Characters that mean something to YAML, plus what editors and IMEs slip in. */
const PUNCTUATION = [
  ":",
  "-",
  "[",
  "]",
  "{",
  "}",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  ",",
  "?",
  "\\",
  "\t",
  " ",
  "\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u3000",
  "\ufeff",
  "：",
  "，",
  "“",
  "”",
  "－",
  "---",
  "...",
  "<<",
  "!!js/function",
  "&a",
  "*a",
  "~",
  "null",
  "\u0000",
  "\u202e",
  "\ud800",
];

const SCALARS: readonly string[] = [
  ".nan",
  ".inf",
  "-.inf",
  "~",
  "null",
  "true",
  "false",
  "yes",
  '""',
  "''",
  "[]",
  "{}",
  "0",
  "-0",
  "1e400",
  "-1e-400",
  "2022",
  "1900",
  "2200",
  "2022年",
  "25.5%",
  "９３",
  "已建立",
  "无黑臭水体",
  "不涉及",
  "≥20",
  "≤35",
  "100",
  "15左右",
  "0.3-0.4之间",
  "ΔEQI>-1",
  "保持稳定或持续改善",
  "持续下降",
  "有所提高",
  "完成上级规定的考核任务",
  "≥20 以上吧",
  "met",
  "not met",
  "{value: 3}",
  "{rule: 建立}",
  "{2021: 1, 2022: 2}",
  "{2023: 5}",
  "[1, 2]",
  "{by_region: []}",
  "!!str 5",
  "&x 1",
  "*x",
  "higher",
  "lower",
  "delta",
  "first",
  "base_year",
  "1%",
  "-1",
  "R1",
  "5.1",
  '"431102"',
  "county-2024",
  "county2024",
];

const lineIndex = (lines: readonly string[]) => fc.nat({ max: Math.max(0, lines.length - 1) });

/** A scalar an analyst might type, or anything at all. */
export const scalarArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

type Mutation = (lines: string[]) => fc.Arbitrary<string[]>;

/** Each mutation with its weight: replaced values are the commonest edit, and often still load. */
const MUTATIONS: Array<[number, Mutation]> = [
  // delete a line
  [2, (lines) => lineIndex(lines).map((i) => lines.filter((_, j) => j !== i))],
  // duplicate a line
  [1, (lines) => lineIndex(lines).map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)])],
  // swap two lines
  [
    1,
    (lines) =>
      fc.tuple(lineIndex(lines), lineIndex(lines)).map(([i, j]) => {
        const out = [...lines];
        [out[i], out[j]] = [out[j] ?? "", out[i] ?? ""];
        return out;
      }),
  ],
  // insert punctuation or a random character somewhere in a line
  [
    2,
    (lines) =>
      fc
        .tuple(
          lineIndex(lines),
          fc.nat(),
          fc.oneof(fc.constantFrom(...PUNCTUATION), fc.string({ minLength: 1, maxLength: 3, unit: "grapheme" })),
        )
        .map(([i, at, insert]) => {
          const line = lines[i] ?? "";
          const k = at % (line.length + 1);
          return lines.map((l, j) => (j === i ? line.slice(0, k) + insert + line.slice(k) : l));
        }),
  ],
  // change a line's indentation
  [
    1,
    (lines) =>
      fc
        .tuple(lineIndex(lines), fc.constantFrom("", " ", "  ", "   ", "      ", "\t", "  \t", "\u3000"))
        .map(([i, indent]) => lines.map((l, j) => (j === i ? indent + l.trimStart() : l))),
  ],
  // replace the value of a `key: value` line with another scalar
  [
    5,
    (lines) =>
      fc.tuple(lineIndex(lines), scalarArb).map(([i, value]) =>
        lines.map((l, j) => {
          if (j !== i) return l;
          const m = /^(\s*(?:-\s+)?[^:#\s][^:#]*:\s+)(.*)$/.exec(l);
          return m ? `${m[1]}${value}` : `${l}${value}`;
        }),
      ),
  ],
  // the file cut short (a failed download, a full disk)
  [1, (lines) => fc.nat({ max: lines.join("\n").length }).map((n) => lines.join("\n").slice(0, n).split("\n"))],
];

const mutation = (lines: string[]): fc.Arbitrary<string[]> =>
  fc.oneof(...MUTATIONS.map(([weight, m]) => ({ weight, arbitrary: m(lines) })));

/** 1 to `max` mutations applied in turn to the seed text. */
export function mutatedSeed(max = 3, text = SEED_TEXT): fc.Arbitrary<string> {
  const start = text.split("\n");
  const step = (lines: string[], left: number): fc.Arbitrary<string[]> =>
    left === 0 ? fc.constant(lines) : mutation(lines).chain((next) => step(next, left - 1));
  return fc
    .integer({ min: 1, max })
    .chain((n) => step(start, n))
    .map((lines) => lines.join("\n"));
}
