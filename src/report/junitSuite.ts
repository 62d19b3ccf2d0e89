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

/** A testsuite as XML text, indented to stand inside <testsuites>. */
export function suiteXml({ name, file, properties, cases }: Suite): string {
  const count = (tag: Element) => String(cases.filter((c) => c.element?.tag === tag).length);
  const suite = {
    "@name": xmlText(name),
    "@tests": String(cases.length),
    "@failures": count("failure"),
    "@errors": count("error"),
    "@skipped": count("skipped"),
    "@file": xmlText(file),
    ...(properties.length > 0
      ? { properties: { property: properties.map(([key, value]) => ({ "@name": key, "@value": xmlText(value) })) } }
      : {}),
    testcase: cases.map(testcase),
  };
  // Written inside <testsuites>, so that its lines are indented as they stand there; that element's own lines are cut.
  const text = xmlBuilder.build({ testsuites: { testsuite: suite } }) as string;
  return text.slice(text.indexOf("\n") + 1, text.lastIndexOf("</testsuites>"));
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
