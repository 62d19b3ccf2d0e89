/**
 * The plain-YAML reader (the loader's fast path) reads a text exactly as the `yaml` library does,
 * or not at all: over values written out by `yaml` in every style it has, and over mutations of
 * the real seed file. Whatever the reader returns must equal what `yaml` gives with no error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { readPlainYaml } from "../../src/load/plainYaml.js";
import { params, timeoutFor } from "./budget.js";
import { mutatedSeed, scalarArb } from "./mutate.js";

/** What `yaml` reads, or undefined where it reports an error or a warning. */
function yamlReads(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: "silent" });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { value: doc.toJS({ maxAliasCount: 100 }) };
}

function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const reference = yamlReads(text);
  expect(reference, `the reader read text yaml refuses:\n${text}`).toBeDefined();
  expect(plain.value, text).toEqual(reference!.value);
  return true;
}

const keyArb = fc.oneof(fc.constantFrom("id", "name", "2022", "base_year", "a b", "值", "true", "null", "1.50", "-1", "0o7", "x:y", "#", "é"), fc.string({ maxLength: 6 }));
const leaf = fc.oneof(scalarArb, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const valueArb = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(keyArb, tie("node"), { maxKeys: 4 }),
  ),
})).node;
const styleArb = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_SINGLE"),
  lineWidth: fc.constantFrom(0, 40, 80),
  flowCollectionPadding: fc.boolean(),
} as const);

describe("the plain-YAML reader", () => {
  it(
    "reads what yaml writes, in every style, as yaml reads it — or leaves it to yaml",
    () => {
      let read = 0;
      fc.assert(
        fc.property(fc.dictionary(keyArb, valueArb, { minKeys: 1, maxKeys: 5 }), styleArb, (value, style) => {
          if (agrees(stringify(value, style))) read++;
        }),
        params("plainYamlValues"),
      );
      console.log(`fuzz: plain YAML: ${read} of ${params("plainYamlValues").numRuns} written values read by the fast reader`);
    },
    timeoutFor("plainYamlValues", 5),
  );

  it(
    "reads mutations of the seed as yaml reads them — or leaves them to yaml",
    () => {
      let read = 0;
      fc.assert(
        fc.property(mutatedSeed(3), (text) => {
          if (agrees(text)) read++;
        }),
        params("plainYamlMutations"),
      );
      console.log(`fuzz: plain YAML: ${read} of ${params("plainYamlMutations").numRuns} mutated seeds read by the fast reader`);
    },
    timeoutFor("plainYamlMutations", 10),
  );
});
