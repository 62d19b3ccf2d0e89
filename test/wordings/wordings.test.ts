/**
 * The acceptance corpus of real wordings: threshold texts copied verbatim from provincial lists, the
 * 2016 trial and 2019 national editions and the older 生态县 indicators (the source is each file's
 * first line), one row per file, with the baseline verdict `expected.yaml` gives for the value.
 * Every file must read, and every reason render completely in both languages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assess } from "../../src/assess/assess.js";
import type { Outcome } from "../../src/rules/outcome.js";
import { loadIndicatorFile } from "../../src/read.js";
import { messageProblems } from "../fuzz/messages.js";

const here = dirname(fileURLToPath(import.meta.url));
const expected = parse(readFileSync(join(here, "expected.yaml"), "utf8")) as Record<string, string>;
const files = readdirSync(join(here, "files")).sort();

const messages = (o: Outcome): Outcome["message"][] => [o.message, ...(o.parts ?? []).flatMap(messages)];

describe("real wordings, verbatim", () => {
  it("holds at least 30 texts, each with an expected verdict", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)("%s", (name) => {
    const text = readFileSync(join(here, "files", name), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# source: https?:\/\//);
    const loaded = loadIndicatorFile(text, name);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const check = assess(loaded.value, { mode: "plan" }).indicators[0]!.checks.baseline!;
    expect(check.verdict).toBe(expected[name]);
    for (const m of messages(check.outcome)) expect(messageProblems(m)).toEqual([]);
  });
});
