/**
 * A JUnit testsuite as XML text, written by xmlbuilder2: the one writer of suites, for the file's
 * checks (junit.ts) and its key projects (projects/junit.ts).
 */
import { fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import { visible } from "./visible.js";
import { NOT_XML } from "./xmlEscape.js";

export type Element = "failure" | "error" | "skipped" | undefined;

/**
 * Text as xmlbuilder2 is to write it. A character XML 1.0 cannot hold even as a reference is shown
 * visibly (`\x1b`), as everywhere else. xmlbuilder2 escapes `&` only where it does not start
 * something that looks like a reference (`&#1;`, `&amp;` are written as they are, and would read
 * back as other text, or not at all): each `&` is given to it as `&amp;`, which it keeps.
 */
const xmlText = (s: string): string => s.replace(NOT_XML, visible).replace(/&/g, "&amp;");

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
  const suite = fragment().ele("testsuite", {
    name: xmlText(name),
    tests: String(cases.length),
    failures: count("failure"),
    errors: count("error"),
    skipped: count("skipped"),
    file: xmlText(file),
  });
  if (properties.length > 0) {
    const props = suite.ele("properties");
    for (const [key, value] of properties) props.ele("property", { name: key, value: xmlText(value) });
  }
  // Each testcase is a document of its own, put where the suite's placeholder is: a file of many
  // rows is never one tree in memory.
  const text = suite.com(PLACE).up().end({ prettyPrint: true, offset: 1, indent: "  " });
  const at = text.indexOf(`    <!--${PLACE}-->`);
  const body = cases.map((c) => testcase(c).end({ prettyPrint: true, offset: 2, indent: "  " })).join("\n");
  return `${text.slice(0, at)}${body}${text.slice(at + `    <!--${PLACE}-->`.length)}\n`;
}

const PLACE = "testcases";

function testcase(c: Case): XMLBuilder {
  const tc = fragment().ele("testcase", { classname: xmlText(c.classname), name: xmlText(c.name) });
  const e = c.element;
  if (e?.tag === "skipped") tc.ele("skipped", { message: xmlText(e.message) });
  else if (e) tc.ele(e.tag, { type: e.type, message: xmlText(e.message) }).txt(xmlText(e.text ?? e.message));
  tc.ele("system-out").txt(xmlText(`${c.at}\n${c.out}`));
  return tc.up();
}
