/**
 * A JUnit testsuite as XML text, written by fast-xml-parser's XMLBuilder: the one writer of suites,
 * for the file's checks (junit.ts) and its key projects (projects/junit.ts). Not xmlbuilder2, which
 * this replaced: it makes a tree of DOM nodes for every element, some 75 µs a testcase (a file of
 * 300,000 rows took 23 s); XMLBuilder writes from plain objects at some 10 µs.
 */
import { XMLBuilder } from "fast-xml-parser";
import { visible } from "./visible.js";
import { NOT_XML } from "./xmlEscape.js";

export type Element = "failure" | "error" | "skipped" | undefined;

/**
 * Text as the builder is to write it (it escapes `&`, `<`, `>`, `"` and `'` itself): a character
 * XML 1.0 cannot hold even as a reference is shown visibly (`\x1b`), as everywhere else.
 */
const xmlText = (s: string): string => s.replace(NOT_XML, visible);

/**
 * Line breaks and tabs as character references where a reader would not keep them: in an attribute
 * value (an XML reader turns a raw one into a space) and, for CR, anywhere (a raw one becomes LF).
 * The builder escapes every `"` in values and text, so a raw `"` only ever delimits an attribute.
 */
const BREAKS: Record<string, string> = { "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
const withReferences = (xml: string): string =>
  xml
    .replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/[\t\n\r]/g, (c) => BREAKS[c]!)}"`)
    .replace(/\r/g, "&#13;");

/** Attributes are the keys that start with `@`, an element's text is `#text`; empty elements close themselves. */
export const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  processEntities: true,
});

/** One testcase as JUnit readers show it: a result element (if any) and <system-out> with its place first. */
export interface Case {
  classname: string;
  name: string;
  /** `file:line`, the testcase's place, shown before its text. */
  at: string;
  element?: { tag: Exclude<Element, undefined>; type: string; message: string; text?: string } | undefined;
  out: string;
}

export interface Suite {
  name: string;
  file: string;
  properties: ReadonlyArray<readonly [string, string]>;
  cases: readonly Case[];
}

/** A suite's totals, its attributes: how many testcases, and of them how many have each element. */
export type Counts = Record<"tests" | Exclude<Element, undefined>, number>;

export const countsOf = (tags: Iterable<Element>): Counts => {
  const counts = { tests: 0, failure: 0, error: 0, skipped: 0 };
  for (const tag of tags) {
    counts.tests++;
    if (tag) counts[tag]++;
  }
  return counts;
};

/** A testsuite as XML text, indented to stand inside <testsuites>. */
export const suiteXml = ({ cases, ...suite }: Suite): string =>
  [...suitePieces(suite, countsOf(cases.map((c) => c.element?.tag)), [cases])].join("");

/** Where a suite's testcases go in the text of its frame: an element no testcase has. */
const CASES = "lingling-testcases";

/**
 * A testsuite in pieces: its frame (attributes, properties), then its testcases a batch at a time,
 * each batch written inside <testsuites><testsuite> so that its lines are indented as they stand
 * there (those elements' own lines are cut), then the suite's end. A suite of 300,000 testcases is
 * never one tree or one string.
 */
export function* suitePieces(
  { name, file, properties }: Omit<Suite, "cases">,
  counts: Counts,
  batches: Iterable<readonly Case[]>,
): Generator<string> {
  const frame = xmlBuilder.build({
    testsuites: {
      testsuite: {
        "@name": xmlText(name),
        "@tests": String(counts.tests),
        "@failures": String(counts.failure),
        "@errors": String(counts.error),
        "@skipped": String(counts.skipped),
        "@file": xmlText(file),
        ...(properties.length > 0
          ? { properties: { property: properties.map(([key, value]) => ({ "@name": key, "@value": xmlText(value) })) } }
          : {}),
        [CASES]: "",
      },
    },
  }) as string;
  const place = `    <${CASES}/>\n`;
  const at = frame.indexOf(place);
  yield withReferences(frame.slice(frame.indexOf("\n") + 1, at));
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const text = xmlBuilder.build({ testsuites: { testsuite: { testcase: batch.map(testcase) } } }) as string;
    yield withReferences(
      text.slice(text.indexOf("\n", text.indexOf("\n") + 1) + 1, text.lastIndexOf("  </testsuite>")),
    );
  }
  yield withReferences(frame.slice(at + place.length, frame.lastIndexOf("</testsuites>")));
}

function testcase(c: Case): Record<string, unknown> {
  const e = c.element;
  return {
    "@classname": xmlText(c.classname),
    "@name": xmlText(c.name),
    ...(e?.tag === "skipped" ? { skipped: { "@message": xmlText(e.message) } } : {}),
    ...(e && e.tag !== "skipped"
      ? { [e.tag]: { "@type": e.type, "@message": xmlText(e.message), "#text": xmlText(e.text ?? e.message) } }
      : {}),
    "system-out": xmlText(`${c.at}\n${c.out}`),
  };
}
