/**
 * The loader's quick acceptance (src/model/accepts.ts), one kind of schema at a time: a quick yes
 * for a value zod accepts unchanged, at the edges of each check; "ask zod" (false) for anything it
 * cannot answer alone. Found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { accepts } from "../../src/model/accepts.js";

describe("types", () => {
  it.each([
    ["a number", z.number(), 2.5, true],
    ["NaN", z.number(), Number.NaN, false],
    ["Infinity", z.number(), Number.POSITIVE_INFINITY, false],
    ["a whole number", z.int(), 3, true],
    ["a fraction for a whole number", z.int(), 3.5, false],
    // Formats it does not check itself are zod's: an int32, an email address.
    ["a fraction for an int32", z.int32(), 1.5, false],
    ["a whole number for an int32", z.int32(), 1, false],
    ["text for an email", z.email(), "not an address", false],
    ["a string", z.string(), "x", true],
    // A coercing schema changes what it is given: zod's to judge, even where the type is right.
    ["a coerced number", z.coerce.number(), 5, false],
    ["a coerced number from text", z.coerce.number(), "5", false],
    ["a date", z.date(), new Date(0), false],
  ])("%s", (_, schema, value, expected) => {
    expect(accepts(schema)(value)).toBe(expected);
  });
});

describe("checks, at their edges", () => {
  it.each([
    ["min length 2: 2 characters", z.string().check(z.minLength(2)), "ab", true],
    ["min length 2: 1 character", z.string().check(z.minLength(2)), "a", false],
    ["max length 2: 2 characters", z.string().check(z.maxLength(2)), "ab", true],
    ["max length 2: 3 characters", z.string().check(z.maxLength(2)), "abc", false],
    ["≥ 5: 5", z.number().check(z.gte(5)), 5, true],
    ["≥ 5: 4", z.number().check(z.gte(5)), 4, false],
    ["> 5: 5", z.number().check(z.gt(5)), 5, false],
    ["> 5: 6", z.number().check(z.gt(5)), 6, true],
    ["> 5: 4", z.number().check(z.gt(5)), 4, false],
    ["≤ 5: 5", z.number().check(z.lte(5)), 5, true],
    ["≤ 5: 6", z.number().check(z.lte(5)), 6, false],
    ["< 5: 5", z.number().check(z.lt(5)), 5, false],
    ["< 5: 4", z.number().check(z.lt(5)), 4, true],
    ["< 5: 6", z.number().check(z.lt(5)), 6, false],
    // A check it does not know is zod's to judge, even where the value meets it.
    ["a multiple of 5: 10", z.number().check(z.multipleOf(5)), 10, false],
    // A string format other than a plain pattern too.
    ["starts with ab: abc", z.string().check(z.startsWith("ab")), "abc", false],
  ])("%s", (_, schema, value, expected) => {
    expect(accepts(schema)(value)).toBe(expected);
  });

  it("a pattern with the g flag answers the same each time it is asked", () => {
    const quick = accepts(z.string().check(z.regex(/^a/g)));
    expect([quick("ab"), quick("ab"), quick("ab"), quick("ba")]).toEqual([true, true, true, false]);
  });

  it("a pattern with the i flag keeps it", () => {
    const quick = accepts(z.string().check(z.regex(/^ab$/i)));
    expect([quick("AB"), quick("ac")]).toEqual([true, false]);
  });
});

describe("records and objects", () => {
  const record = z.record(z.string(), z.number());

  it.each([
    ["a plain object", { a: 1 }, true],
    ["an object without a prototype", Object.assign(Object.create(null) as object, { a: 1 }), true],
    ["a date", new Date(0), false],
    ["a map", new Map(), false],
    ["an array", [1], false],
    ["null", null, false],
  ])("a record of numbers: %s", (_, value, expected) => {
    expect(accepts(record)(value)).toBe(expected);
  });

  it("a record keyed by a list of words demands each of them: zod's to judge", () => {
    const byWord = accepts(z.record(z.enum(["a", "b"]), z.number()));
    expect([byWord({ a: 1 }), byWord({ a: 1, b: 2 })]).toEqual([false, false]);
  });

  const loose = z.looseObject({ a: z.optional(z.string()) });
  it.each([
    ["a plain object with another field", { a: "x", b: 1 }, true],
    ["text", "text", false],
    ["null", null, false],
    ["an array", [], false],
    ["a number", 5, false],
  ])("a loose object: %s", (_, value, expected) => {
    expect(accepts(loose)(value)).toBe(expected);
  });

  it("an object with no word on other fields, given only its own: a quick yes", () => {
    expect(accepts(z.object({ a: z.string() }))({ a: "x" })).toBe(true);
  });

  it("an object whose other fields must be text is zod's to judge", () => {
    const quick = accepts(z.catchall(z.object({ a: z.optional(z.string()) }), z.string()));
    expect([quick({ a: "x" }), quick({ a: "x", b: 1 })]).toEqual([false, false]);
  });
});
