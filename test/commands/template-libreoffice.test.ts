/**
 * The fill-in workbook saved again by LibreOffice (as an analyst's office suite saves it: headers
 * split into runs of two fonts, booleans and numbers in its own encoding) still imports to the
 * file it was made from, every new sheet included.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { modelOf } from "../workbook/roundTrip.js";

afterAll(removeTempDirs);

/** `xlsx` opened and saved as .xlsx by LibreOffice; the new file's path. */
function resaved(xlsx: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lingling-soffice-"));
  const outdir = tempDir();
  try {
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outdir, xlsx],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(r.status, r.stderr).toBe(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outdir, "region.xlsx");
}

describe("template → LibreOffice → import", () => {
  it.each(["zh", "en"])(
    "gives back the seed with vetoes, notes, a review, conditions, reference values and an empty progress year (%s)",
    (lang) => {
      const doc = parseDocument(readFileSync(SEED, "utf8"));
      doc.set(
        "vetoes",
        doc.createNode({
          2023: {},
          2024: { 重特大突发环境事件: "发生", 生态破坏事件: { value: true, note: "无", source: "督察办" } },
        }),
      );
      doc.setIn(["indicators", 0, "standard"], "≥20，且能源消耗总量不超过控制目标值");
      doc.setIn(["indicators", 0, "actuals"], doc.createNode({ 2024: { value: 26, source: "考核办" } }));
      doc.setIn(["indicators", 0, "clauses"], doc.createNode({ 能源消耗总量不超过控制目标值: { 2024: "已满足" } }));
      doc.setIn(["indicators", 0, "tolerance"], 0.5);
      doc.setIn(["indicators", 1, "review"], doc.createNode({ verdict: "pass", by: "张三", date: "2024-03-01" }));
      doc.setIn(["indicators", 13, "standard"], "不低于全省平均水平");
      doc.setIn(["indicators", 13, "reference_value"], doc.createNode({ 2022: 91.5 }));
      doc.setIn(["indicators", 11, "baseline"], doc.createNode({ 2021: 50.43, 2022: { value: 50.58, note: "稳定" } }));
      doc.setIn(
        ["projects", "items", 2, "progress"],
        doc.createNode({ 2023: {}, 2024: { invested: 10, status: "在建" } }),
      );
      const source = join(tempDir(), "source.yaml");
      writeFileSync(source, doc.toString());
      const xlsx = join(tempDir(), "region.xlsx");
      expect(run(["template", source, "-o", xlsx, "--lang", lang]).status).toBe(0);
      const yaml = join(tempDir(), "back.yaml");
      const r = run(["import", resaved(xlsx), "-o", yaml, "--lang", lang]);
      expect(r.stderr).not.toMatch(/!/);
      expect(r.status).toBe(0);
      expect(modelOf(readFileSync(yaml, "utf8"))).toEqual(modelOf(readFileSync(source, "utf8")));
    },
    400_000,
  );
});
