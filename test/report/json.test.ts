/** The JSON report: the documented, versioned contract of SPEC.md, checked with a JSON Schema (ajv). */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { FORECAST_CLASSES } from "../../src/assess/result.js";
import { VERDICTS } from "../../src/model/verdict.js";
import { FIXTURE_TEXT, LANGS, fixtureRun, flatChecks, idLine, reasonOf, render, type JsonReport } from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);

/** SPEC.md's "JSON output", written as a schema: what a consumer may rely on. */
const CONTRACT = {
  type: "object",
  required: ["format", "files", "summary"],
  properties: {
    format: { const: "lingling-check/v1" },
    summary: { type: "object" },
    files: {
      type: "array",
      items: {
        type: "object",
        required: ["file", "region", "overall", "indicators"],
        properties: {
          file: { type: "string" },
          region: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
          overall: { enum: ["PASS", "WARN", "INCOMPLETE", "FAIL"] },
          indicators: {
            type: "array",
            items: {
              type: "object",
              required: ["id", "name", "binding", "line", "checks"],
              properties: {
                id: { type: "string" },
                name: { type: "string" },
                binding: { type: "boolean" },
                line: { type: "integer", minimum: 1 },
                checks: {
                  type: "object",
                  propertyNames: { enum: ["baseline", "near_term", "long_term", "progress", "override"] },
                  additionalProperties: {
                    type: "object",
                    required: ["verdict", "reason"],
                    properties: {
                      verdict: { enum: [...VERDICTS] },
                      reason: { type: "string", minLength: 1 },
                      forecast: {
                        type: "object",
                        required: ["class", "projected", "target", "target_year", "ratio"],
                        properties: {
                          class: { enum: [...FORECAST_CLASSES] },
                          projected: { type: ["number", "null"] },
                          target: { type: "number" },
                          target_year: { type: "integer" },
                          ratio: { type: ["number", "null"] },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(CONTRACT);

describe.each(LANGS)("json in %s", (lang) => {
  it("keeps the documented contract", async () => {
    const report: unknown = JSON.parse(await render("json", run, { lang }));
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect((report as JsonReport).format).toBe("lingling-check/v1");
  });

  it("has every indicator with its id, name, binding, row line and checks", async () => {
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file?.region.name).toBe("永州市零陵区");
    expect(file?.overall).toBe(run.files[0]!.summary.overall);
    expect(file?.indicators.map((i) => [i.id, i.name, i.binding, i.line])).toEqual(
      run.files[0]!.indicators.map(({ indicator: i }) => [i.id, i.name, i.binding, idLine(FIXTURE_TEXT, i.id)]),
    );
  });

  it("has each check's verdict and reason", async () => {
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    const flat = report.files.flatMap((f) =>
      f.indicators.flatMap((i) => Object.entries(i.checks).map(([name, c]) => ({ id: i.id, name, ...c }))),
    );
    expect(flat.map((c) => [c.id, c.name, c.verdict, c.reason])).toEqual(
      checks.map((c) => [c.id, c.check, c.verdict, reasonOf(c, lang)]),
    );
    expect(new Set(flat.map((c) => c.verdict))).toEqual(new Set(VERDICTS));
  });

  it("gives a progress check that projects its forecast: class, projected value, target, target year and ratio", async () => {
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    const progress = report.files.flatMap((f) =>
      f.indicators.flatMap((i) => (i.checks.progress?.forecast ? [{ id: i.id, ...i.checks.progress }] : [])),
    );
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) {
      const expected = checks.find((c) => c.id === p.id && c.check === "progress")!.result.forecast;
      expect(FORECAST_CLASSES).toContain(p.forecast?.class);
      expect(p.forecast).toMatchObject({
        class: expected?.class,
        projected: expected?.projected,
        target: expected?.target,
        target_year: expected?.target_year,
        ratio: expected?.ratio,
      });
    }
    // A forecast's own mark: achieved / on track ✓, the others ! (never ✗: only the year's value can fail);
    // it informs the check's verdict, never decides it (#23).
    for (const p of progress) {
      const result = checks.find((c) => c.id === p.id && c.check === "progress")!.result;
      const forecastParts = result.outcome.parts?.filter((part) => part.message.id === "progress.forecast") ?? [];
      expect(forecastParts.length).toBeGreaterThan(0);
      const good = p.forecast?.class === "achieved" || p.forecast?.class === "on_track";
      expect(forecastParts[0]!.verdict).toBe(good ? "PASS" : "WARN");
      for (const part of forecastParts) expect(part.verdict).not.toBe("FAIL");
    }
    expect(progress.map((p) => p.forecast?.target_year)).toEqual(progress.map(() => 2025));
  });

  it("has no forecast outside progress checks", async () => {
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    for (const i of report.files.flatMap((f) => f.indicators))
      for (const [name, c] of Object.entries(i.checks))
        if (name !== "progress") expect(c.forecast, `${i.id} ${name}`).toBeUndefined();
  });

  it("sums the run: overall, file count, files per overall verdict", async () => {
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    expect(report.summary).toMatchObject({ overall: run.overall, files: 1, by_overall: run.byOverall });
  });
});

describe("json languages", () => {
  it("differ only in the reasons", async () => {
    const strip = (text: string) =>
      JSON.parse(text, (key, value: unknown) => (key === "reason" ? "" : value)) as unknown;
    const zh = await render("json", run, { lang: "zh" });
    const en = await render("json", run, { lang: "en" });
    expect(zh).not.toBe(en);
    expect(strip(zh)).toEqual(strip(en));
  });
});
