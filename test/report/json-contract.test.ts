/**
 * The JSON report keeps its published contract (docs/report-v1.schema.json, which forbids any field
 * it does not name): every file the tests hold, read and assessed both ways (plan review and a year),
 * with a comparison and a broken file among them, gives a report the schema accepts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { compareYears } from "../../src/assess/compare.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { render } from "./shared.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schema = JSON.parse(readFileSync(`${root}docs/report-v1.schema.json`, "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const files = globSync(["seeds/*.yaml", "test/**/*.yaml"], { cwd: root }).sort();

function assessed(): { files: FileAssessment[]; errors: number } {
  const out: FileAssessment[] = [];
  let errors = 0;
  for (const name of files) {
    const loaded = loadIndicatorFile(readFileSync(`${root}${name}`, "utf8"), name);
    if (!loaded.ok) {
      errors++;
      continue;
    }
    const plan = assess(loaded.value, { mode: "plan" });
    const year = assess(loaded.value);
    out.push(plan, year);
    if (year.year !== undefined && year.year > loaded.value.plan.baseYear) {
      out.push({ ...year, comparison: compareYears(assess(loaded.value, { year: loaded.value.plan.baseYear }), year) });
    }
  }
  return { files: out, errors };
}

describe("the JSON report's contract", () => {
  const { files: results, errors } = assessed();

  it("is held by more than a handful of files, some broken", () => {
    expect(results.length).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(10);
  });

  it.each(["zh", "en"] as const)(
    "every report the tests' files give is one the published schema accepts (%s)",
    async (lang) => {
      for (const f of results) {
        const run = summarizeRun([f]);
        const report = JSON.parse(await render("json", run, { lang })) as unknown;
        expect(validate(report), `${f.file.file} (${f.mode}): ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(
          true,
        );
      }
    },
  );

  it("a batch's report, with its summary across files, is one the schema accepts", async () => {
    const report = JSON.parse(await render("json", summarizeRun(results), { lang: "zh" })) as unknown;
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("a field the contract does not name is refused by the schema (the test can fail)", async () => {
    const report = JSON.parse(await render("json", summarizeRun([results[0]!]), { lang: "en" })) as {
      files: Array<Record<string, unknown>>;
    };
    report.files[0]!.extra = 1;
    expect(validate(report)).toBe(false);
  });
});
