/**
 * The YAML errors `yaml` finds in a text, each located and worded by us: the one place that turns
 * the parser's findings into a file's errors, for the whole file or a part of it.
 */
import type { InputError } from "./errors.js";
import { MAX_ERRORS } from "./limits.js";
import { tooPrecise } from "../model/precision.js";
import { syntaxErrorAt } from "./syntaxErrorAt.js";
import { yamlLib } from "./yamlLib.js";

/** The parser's codes that are errors of their own (keys written twice are found by firstUses, below). */
const YAML_CODES: Record<string, string> = {
  MULTIPLE_DOCS: "multiple-documents",
  RESOURCE_EXHAUSTION: "too-deep",
};

/** `yaml`'s parse of a whole text, every node with its place. */
export function parseWhole(text: string): {
  doc: import("yaml").Document.Parsed;
  lineCounter: import("yaml").LineCounter;
} {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  // Keys written twice are found by firstUses, in one walk: yaml's own check compares each key with
  // every key before it in its mapping (100,000 keys in one mapping took two minutes).
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    logLevel: "error",
    customTags: exactNumbers,
    // YAML 1.1's !!binary, !!timestamp, !!omap, !!set and !!pairs are not the 1.2 core schema's (nor
    // js-yaml's, which reads the file): unknown tags, refused at their place, not a Buffer or a Date.
    resolveKnownTags: false,
  });
  return { doc, lineCounter };
}

/** yaml's sentence for a value one of YAML 1.2's own scalar tags does not allow: the tag's short name. */
const CORE_TAG = /^Unresolved tag: tag:yaml\.org,2002:(int|float|bool|null|str)$/;

/**
 * The core schema's tags, with a decimal numeral of more than 15 significant digits left as text
 * (a number would round it: 84.99999999999999999 is not 85), as js-yaml's types in jsYaml.ts do.
 */
function exactNumbers(tags: import("yaml").Tags): import("yaml").Tags {
  return tags.map((t) => {
    if (typeof t === "string" || !("test" in t) || t.test === undefined) return t;
    const decimal =
      (t.tag === "tag:yaml.org,2002:int" && t.format === undefined) ||
      (t.tag === "tag:yaml.org,2002:float" && t.test.source.includes("[0-9]"));
    if (!decimal) return t;
    const pattern = t.test;
    // YAML 1.2's float pattern takes a decimal integer too (`!!float 25`); untagged, int is asked first.
    const integer = t.tag === "tag:yaml.org,2002:float" && t.format === undefined ? /^[-+]?[0-9]+$/ : undefined;
    const test = Object.assign(new RegExp(pattern.source, pattern.flags), {
      test: (s: string) => (pattern.test(s) || integer?.test(s) === true) && !tooPrecise(s),
    });
    return { ...t, test };
  });
}

/**
 * The YAML errors `yaml` found in `text` (the whole file, or a part of it: `fileLine` gives a line
 * of the part's line in the file), in order of place: at most one more than a report lists.
 */
export function yamlErrors(
  doc: import("yaml").Document.Parsed,
  lineCounter: import("yaml").LineCounter,
  text: string,
  file: string,
  fileLine: (line: number) => number = (line) => line,
): InputError[] {
  const firsts = firstUses(doc);
  const problems = [
    ...doc.errors.map((e) => ({
      pos: e.pos[0],
      yamlCode: refinedCode(e.code, e.message),
      message: e.message,
      code: YAML_CODES[e.code] ?? "yaml-syntax",
    })),
    // Tags are never executed; an unknown one (!!js/function, !custom) is refused, not read as text.
    // One of YAML's own (`!!int 3.5`) is named, as it holds nothing of the file's.
    ...doc.warnings
      .filter((w) => w.code === "TAG_RESOLVE_FAILED")
      .map((e) => ({
        pos: e.pos[0],
        yamlCode: e.code,
        message: CORE_TAG.exec(e.message)?.[1] ?? "",
        code: CORE_TAG.test(e.message) ? "tag-value" : "custom-tag",
      })),
    ...[...firsts.keys()].map((pos) => ({ pos, yamlCode: "DUPLICATE_KEY", message: "", code: "duplicate-key" })),
    ...(text.includes("__proto__") ? protoKeys(doc) : []).map((pos) => ({
      pos,
      yamlCode: "",
      message: "",
      code: "proto-key",
    })),
  ].sort((a, b) => a.pos - b.pos);
  if (problems.length === 0) return [];
  const lines = {
    linePos(offset: number) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: fileLine(line), col };
    },
  };
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const listed = problems.slice(0, MAX_ERRORS + 1).map(tabNamed(text));
  return listed.map(({ pos, yamlCode, message, code }) => ({
    ...at(code === "yaml-syntax" ? syntaxErrorAt(text, yamlCode, message, pos) : pos),
    code,
    message:
      code === "duplicate-key"
        ? duplicateKey(firsts.get(pos), lines)
        : // The parser's own sentence is never used: it quotes the file (a tag's name, an escape),
          // and a file that does not parse may be no input of ours at all (a secret a link led to).
          code === "yaml-syntax"
          ? { id: `error.yaml.${yamlCode}`, data: { detail: yamlCode } }
          : code === "tag-value"
            ? { id: "error.tag-value", data: { tag: `!!${message}` } }
            : { id: `error.${code}` },
  }));
}

/**
 * Two of yaml's codes name more than one mistake, which its sentence tells apart: a flow collection
 * left open is BAD_INDENT (placed at its bracket by syntaxErrorAt), and a line further left than its
 * item's keys is MISSING_CHAR. Each gets a wording of its own.
 */
function refinedCode(code: string, message: string): string {
  if (code === "BAD_INDENT" && /^Flow (sequence|mapping|collection)\b.*\bend with/i.test(message))
    return "UNCLOSED_FLOW";
  if (code === "MISSING_CHAR" && /^Sequence item without - indicator/.test(message)) return "ITEM_INDENT";
  return code;
}

/**
 * A syntax error on a line whose indentation holds a tab (`  \tname:`, what an editor mixing tabs
 * and spaces writes) is that tab, at the tab: yaml names it so only when the tab comes first.
 */
const tabNamed =
  (text: string) =>
  <P extends { pos: number; yamlCode: string; code: string }>(p: P): P => {
    if (p.code !== "yaml-syntax" || p.yamlCode === "TAB_AS_INDENT") return p;
    const start = text.lastIndexOf("\n", p.pos - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(start, start + 200))![0];
    const tab = indent.indexOf("\t");
    return tab < 0 ? p : { ...p, pos: start + tab, yamlCode: "TAB_AS_INDENT" };
  };

/**
 * Every key written again in its mapping, by where it stands, and where the key's first use stands:
 * one walk of the document, whatever the number of such keys. (The parser's uniqueKeys test — one
 * node, or two scalars of one value — with scalars compared as the text they become as a key.)
 */
function firstUses(doc: import("yaml").Document.Parsed): Map<number, number> {
  const { isAlias, isMap, isNode, isScalar, visit } = yamlLib();
  const maps: Array<import("yaml").YAMLMap> = [];
  // Each anchor's nodes in order: an alias key (`*k : v`) is the key its anchor names, as yaml reads it.
  const anchors = new Map<string, import("yaml").Node[]>();
  visit(doc, {
    Node(_, node) {
      if (node.anchor !== undefined) {
        const nodes = anchors.get(node.anchor);
        if (nodes) nodes.push(node);
        else anchors.set(node.anchor, [node]);
      }
      if (isMap(node)) maps.push(node);
    },
  });
  const named = (alias: import("yaml").Alias): unknown => {
    const at = alias.range?.[0] ?? 0;
    const target = anchors.get(alias.source)?.findLast((n) => (n.range?.[0] ?? 0) < at);
    return isScalar(target) ? target.value : (target ?? alias);
  };
  const firsts = new Map<number, number>();
  for (const map of maps) {
    const seen = new Map<unknown, number>();
    for (const { key } of map.items) {
      if (!isNode(key) || key.range === undefined || key.range === null) continue;
      const asKey = isScalar(key) ? key.value : isAlias(key) ? named(key) : key;
      // A scalar key is the property it becomes: 2022 and "2022" are one year, and the second would
      // replace the first without a word.
      const value = asKey !== null && typeof asKey === "object" ? asKey : String(asKey);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, key.range[0]);
      else firsts.set(key.range[0], first);
    }
  }
  return firsts;
}

/**
 * Where each key named `__proto__` stands: the schema's parser passes over such a key (it would name
 * an object's prototype), so a value written under it would be dropped unsaid.
 */
function protoKeys(doc: import("yaml").Document.Parsed): number[] {
  const { isScalar, visit } = yamlLib();
  const at: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "__proto__" && pair.key.range) at.push(pair.key.range[0]);
    },
  });
  return at;
}

/**
 * A key written twice in one mapping: where its first use stands. The key itself is not quoted — a
 * file that is not an indicator file may hold anything there (a token) — its two places say which.
 */
function duplicateKey(
  first: number | undefined,
  lines: { linePos(offset: number): { line: number; col: number } },
): InputError["message"] {
  if (first === undefined) return { id: "error.duplicateKey", data: {} };
  const { line, col } = lines.linePos(first);
  return { id: "error.duplicateKey", data: { firstLine: line, firstColumn: col } };
}
