/**
 * The library checks what it is given (src/index.ts), called from plain JavaScript against the
 * built dist: bytes are decoded as the command line decodes them, a year as text is read or
 * refused with a typed error, an unknown or binary format asked of format() is a typed error
 * naming the accepted ones, and formatBytes("xlsx") gives a workbook openpyxl opens.
 */
import { spawnSync } from "node:child_process";

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/tempDir.js";

const script = fileURLToPath(new URL("./fixtures/api.mjs", import.meta.url));
const xlsx = join(tempDir("library-"), "run.xlsx");
/** What the fixture printed for each call: an outcome (ok and value, or a refusal's message and accepted values). */
type Reply = { ok?: boolean; value?: unknown; message?: string; accepted?: string[] };
let r: Record<string, Reply>;

beforeAll(() => {
  const ran = spawnSync(process.execPath, [script, xlsx], { encoding: "utf8", timeout: 120_000 });
  expect(ran.stderr).toBe("");
  r = JSON.parse(ran.stdout);
});

const refused = (argument: string) =>
  expect.objectContaining({
    ok: false,
    name: "ArgumentError",
    // Its class keeps its name in the bundle (not the minifier's "me").
    constructorName: "ArgumentError",
    code: "LINGLING_INVALID_ARGUMENT",
    argument,
    isTypeError: true,
    isArgumentError: true,
  });

describe("FORMAT_NAMES", () => {
  it("cannot be changed by a caller", () => {
    expect(r.formatNamesFrozen).toBe(true);
    expect(r.formatNamesPushed).toMatchObject({ ok: false, isTypeError: true, isArgumentError: false });
  });
});

describe("loadIndicatorFile", () => {
  it("reads a Buffer and a Uint8Array as the command line reads the file", () => {
    expect(r.textLoads).toBe(true);
    expect(r.buffer).toEqual({ ok: true, value: { ok: true, rows: r.rows } });
    expect(r.uint8).toEqual({ ok: true, value: { ok: true, rows: r.rows } });
  });

  it("decodes GB18030 bytes", () => {
    expect(r.gb18030).toEqual({ ok: true, value: { ok: true, region: "测试区" } });
  });

  it("refuses what is neither text nor bytes with a typed error", () => {
    expect(r.number).toEqual(refused("input"));
  });
});

describe("assess", () => {
  it("reads a year written as its digits as that year", () => {
    expect(r.yearNumber?.ok).toBe(true);
    expect(r.yearText).toEqual(r.yearNumber);
    expect(r.yearTextPadded).toEqual({ ok: true, value: 2024 });
  });

  it.each(["yearAbc", "yearFraction", "yearFar"])(
    "refuses a year it cannot mean (%s), rather than judging a year that matches nothing",
    (key) => {
      expect(r[key]).toEqual(refused("options.year"));
      expect(r[key]?.message).toMatch(/options\.year: expected a year from 1949 to 2100/);
    },
  );

  it("a year out of range is shown as the value given, beside the accepted range", () => {
    expect(r.year1800).toEqual(refused("options.year"));
    expect(r.year1800?.message).toBe(
      'lingling-check: options.year: expected a year from 1949 to 2100, as a number or its digits ("2024"); got 1800',
    );
    expect(r.yearNaN?.message).toBe(
      'lingling-check: options.year: expected a year from 1949 to 2100, as a number or its digits ("2024"); got NaN',
    );
  });

  it("refuses a year beside a plan review, which has no year, rather than leaving it unread", () => {
    expect(r.planWithYear).toEqual(refused("options.year"));
    expect(r.planWithYear?.message).toBe(
      'lingling-check: options.year: expected no year with mode "plan": a plan review judges the base year and the targets, not a year (leave out one of them); got 2024',
    );
  });

  it("refuses an unknown question, naming the known ones", () => {
    expect(r.mode).toEqual(refused("options.mode"));
    expect(r.mode?.accepted).toEqual(["plan", "year"]);
  });
});

describe("format and formatBytes", () => {
  it("formats text", () => {
    expect(r.json).toEqual({ ok: true, value: "lingling-check/v1" });
    expect(r.jsonBytes).toEqual({ ok: true, value: "lingling-check/v1" });
  });

  it("an unknown format is a typed error naming the ones that call accepts: format() the text ones, formatBytes() all", () => {
    expect(r.pdf).toEqual(refused("name"));
    expect(r.pdf?.accepted).toEqual(["table", "json", "markdown", "junit", "github", "csv", "html", "sarif", "gitlab"]);
    expect(r.pdf?.message).toBe(
      'lingling-check: name: expected one of table, json, markdown, junit, github, csv, html, sarif, gitlab; got "pdf"',
    );
    expect(r.pdfBytes).toEqual(refused("name"));
    expect(r.pdfBytes?.accepted).toEqual([
      "table",
      "json",
      "markdown",
      "junit",
      "github",
      "csv",
      "xlsx",
      "docx",
      "html",
      "sarif",
      "gitlab",
    ]);
  });

  it("a binary format asked as text is a typed error pointing at formatBytes", () => {
    expect(r.xlsxAsText).toEqual(refused("name"));
    expect(r.xlsxAsText?.accepted).not.toContain("xlsx");
    expect(r.xlsxAsText?.message).toMatch(/formatBytes/);
  });

  it("a missing language is a typed error", () => {
    expect(r.noLang).toEqual(refused("options.lang"));
  });

  it("every other entry point refuses what it cannot use with a typed error naming the argument", () => {
    expect([r.parseNumber, r.parseNoName]).toEqual([refused("text"), refused("file")]);
    expect([r.compileNull, r.compileEmpty]).toEqual([refused("doc"), refused("doc")]);
    expect([r.catalogNumber, r.catalogPathNumber]).toEqual([refused("text"), refused("path")]);
    expect([r.questionNull, r.summarizeNull]).toEqual([refused("file"), refused("files")]);
    expect([r.messageFrench, r.messageNull]).toEqual([refused("lang"), refused("message")]);
    expect([r.formatEmptyRun, r.formatFileAsRun, r.formatBytesNumber]).toEqual([
      refused("run"),
      refused("run"),
      refused("run"),
    ]);
    // And what they can use, they use: the seed parsed and compiled in two steps, a year read from text.
    expect(r.parsed).toEqual({ ok: true, value: r.rows });
    expect(r.question).toEqual({ ok: true, value: { mode: "year", year: 2024 } });
  });

  it("formatBytes('xlsx') gives the workbook's bytes, which openpyxl opens", () => {
    expect(r.xlsxBytes).toEqual({ ok: true, value: { uint8: true, zip: [0x50, 0x4b, 0x03, 0x04] } });
    const py = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(len(wb.sheetnames) > 0, wb.worksheets[0].max_row > 1)",
        xlsx,
      ],
      { encoding: "utf8" },
    );
    expect(py.stderr).toBe("");
    expect(py.stdout.trim()).toBe("True True");
  });
});

describe("arguments of the right kind holding the wrong things", () => {
  it.each([
    ["catalogsNull", "catalogs"],
    ["catalogsObject", "catalogs"],
    ["catalogsBytes", "catalogs"],
    ["compileCatalogs", "catalogs"],
    ["failOnProjectsText", "options.failOnProjects"],
    ["failOnNope", "options.failOn"],
    ["allowIncompleteText", "options.allowIncomplete"],
    ["runOfNumbers", "run"],
    ["runFileWithoutRows", "run"],
    ["modelWithoutPlan", "file"],
    ["modelBaseYearText", "file"],
    ["modelRowNumber", "file"],
    ["modelProjectsNumber", "file"],
    ["modelVetoesNumber", "file"],
    ["modelRegionNull", "file"],
    ["assessUnknownOption", "options.compareYear"],
    ["runRowNull", "run"],
    ["runRowEmpty", "run"],
    ["runSummaryEmpty", "run"],
    ["runWithoutTotals", "run"],
    ["bytesSizeBelowLength", "size"],
    ["resolveWithoutFile", "file"],
    // Deeper than the shape checked first: what the work could not read, still the caller's argument.
    ["modelRowEmpty", "file"],
    ["modelRowIdOnly", "file"],
    ["modelProjectEmpty", "file"],
    ["runRowChecksEmpty", "run"],
    ["runRowChecksEmptyBytes", "run"],
    ["summarizeHole", "files"],
  ])("%s is refused with a typed error naming %s", (call, argument) => {
    expect(r[call]).toEqual(refused(argument));
  });

  it("a message id that is no message's, an object's own property name among them, is given back as it is", () => {
    expect([r.messageProto, r.messageToString]).toEqual([
      { ok: true, value: "__proto__" },
      { ok: true, value: "toString" },
    ]);
  });

  it("an exit policy as the command line has it is taken", () => {
    expect(r.failOnWarn).toEqual({ ok: true, value: true });
  });
});
