/**
 * The JSON report's published schema is generated from the zod schemas the report's builder is
 * typed by (src/report/reportSchema.ts): the committed docs/report-v1.schema.json is exactly what
 * the build writes, and Ajv's draft 2020-12 validator (the oracle) accepts what the built command
 * writes for a batch with a file that cannot be read. Every test file's report, both questions,
 * both languages, is validated in json-contract.test.ts against the same file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { globSync } from "tinyglobby";
import { afterAll, describe, expect, it } from "vitest";
import { reportJsonSchema } from "../../src/report/reportSchema.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const published = readFileSync(`${root}docs/report-v1.schema.json`, "utf8");
const temp = mkdtempSync(join(tmpdir(), "lingling-report-schema-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("docs/report-v1.schema.json", () => {
  it("is what the build generates from the report's zod schemas (no drift)", () => {
    expect(published).toBe(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });

  it("keeps its address and states its draft", () => {
    const schema = JSON.parse(published) as Record<string, unknown>;
    expect(schema.$id).toBe("https://github.com/lingling-check/lingling-check/docs/report-v1.schema.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the built command's batch report, a file that cannot be read among them", () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(published) as object);
    const broken = join(temp, "broken.yaml");
    writeFileSync(broken, "region: {name: 测试区}\nplan: {base_year: 二〇二〇}\nindicators: []\n");
    const files = [...globSync(["seeds/*.yaml", "test/report/fixtures/*.yaml"], { cwd: root }).sort(), broken];
    const run = spawnSync(process.execPath, ["bin/lingling-check.js", "-f", "json", "--lang", "zh", ...files], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as { files: unknown[]; errors?: unknown[] };
    expect(report.files.length).toBe(files.length - 1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: broken, line: 2, column: 19, code: "invalid-value" }),
      expect.objectContaining({ file: broken, line: 3, column: 13, code: "invalid-value" }),
    ]);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
