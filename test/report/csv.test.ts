/** CSV (RFC 4180), read back with a real parser (csv-parse). */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FORECAST_CLASSES } from "../../src/assess/result.js";
import { LANGS, fixtureRun, flatChecks, render, type JsonReport } from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);

type Row = Record<string, string>;
/** The header under --lang zh, column by column with the English keys (SPEC: headers in the report language). */
const ZH_HEADER: Record<string, string> = {
  文件: "file",
  地区: "region",
  序号: "id",
  指标: "name",
  单位: "unit",
  指标属性: "binding",
  行号: "line",
  检查: "check",
  年份: "year",
  规则: "rule",
  判定: "verdict",
  理由: "reason",
  预测: "forecast_class",
  预测值: "projected",
  目标值: "target",
  目标年份: "target_year",
  增速比: "ratio",
  参与判定: "decides",
  部分: "section",
};
/** Records keyed by the English column names, whichever language the header is in. */
const records = (text: string): Row[] =>
  parse(text, { columns: (header: string[]) => header.map((h) => ZH_HEADER[h] ?? h), bom: true }) as Row[];
/** The words each language uses for the enumerations. */
const WORDS = {
  en: { binding: (b: boolean) => String(b), check: (c: string) => c, verdict: (v: string) => v },
  zh: {
    binding: (b: boolean) => (b ? "约束性" : "参考性"),
    check: (c: string) =>
      ({
        baseline: "基准值",
        near_term: "近期目标",
        long_term: "远期目标",
        progress: "进展",
        override: "改写国家标准",
      })[c]!,
    verdict: (v: string) =>
      ({ PASS: "达标", FAIL: "未达标", WARN: "警示", "N/A": "不涉及", MISSING: "缺数据", REVIEW: "待审核" })[v]!,
  },
};
const FORECAST_ZH: Record<string, string> = {
  achieved: "已实现",
  on_track: "进度正常",
  acceleration_needed: "需加快",
  limited_progress: "进展有限",
  moving_away: "背离目标",
};

describe.each(LANGS)("csv in %s", (lang) => {
  it("has one record per check, in order, each with the file, region, id, name, check and verdict", async () => {
    const rows = records(await render("csv", run, { lang }));
    expect(rows).toHaveLength(checks.length);
    rows.forEach((r, n) => {
      const c = checks[n]!;
      const w = WORDS[lang];
      expect(r).toMatchObject({
        file: c.file,
        region: "永州市零陵区",
        id: c.id,
        name: c.name,
        binding: w.binding(c.binding),
        line: String(c.line),
        check: w.check(c.check),
        verdict: w.verdict(c.verdict),
      });
      expect(r.decides).toBe(lang === "zh" ? (c.decides ? "是" : "否") : String(c.decides));
    });
  });

  it("keeps Chinese names intact, and names with commas and quotes round-trip", async () => {
    const names = records(await render("csv", run, { lang })).map((r) => r.name);
    expect(names).toContain('受污染耕地安全利用率, 含"重点"地块');
    expect(names).toContain("城镇新建绿色建筑比例: <新建> & 既有");
    expect(names).toContain("单位地区生产总值能耗|万元GDP");
    expect(new Set(names)).toEqual(new Set(run.files[0]!.indicators.map((a) => a.indicator.name)));
  });

  it("has in its reason column the reason the JSON report gives for the same check", async () => {
    const rows = records(await render("csv", run, { lang }));
    const report = JSON.parse(await render("json", run, { lang })) as JsonReport;
    const jsonReasons = new Map(
      report.files.flatMap((f) =>
        f.indicators.flatMap((i) => Object.entries(i.checks).map(([name, c]) => [`${i.id}/${name}`, c.reason])),
      ),
    );
    expect(rows.length).toBe(jsonReasons.size);
    for (const [n, r] of rows.entries())
      expect(r.reason, `${r.id}/${r.check}`).toBe(jsonReasons.get(`${r.id}/${checks[n]!.check}`));
    // the reason with a comma, quotes, an ampersand and a pipe survived the quoting
    expect(rows.some((r) => /[,]/.test(r.reason ?? "") && /"/.test(r.reason ?? ""))).toBe(true);
  });

  it("has the forecast of a progress check in its own columns, empty elsewhere", async () => {
    const rows = records(await render("csv", run, { lang }));
    for (const [n, r] of rows.entries()) {
      const f = checks[n]!.result.forecast;
      if (!f) {
        expect([r.forecast_class, r.projected, r.target, r.target_year, r.ratio]).toEqual(["", "", "", "", ""]);
        continue;
      }
      expect(FORECAST_CLASSES).toContain(f.class);
      expect(r.forecast_class).toBe(lang === "zh" ? FORECAST_ZH[f.class] : f.class);
      expect(Number(r.target)).toBe(f.target);
      expect(Number(r.target_year)).toBe(f.target_year);
      expect(r.projected === "" ? null : Number(r.projected)).toBe(f.projected);
      expect(r.ratio === "" ? null : Number(r.ratio)).toBe(f.ratio);
    }
    expect(rows.some((r) => r.forecast_class !== "")).toBe(true);
  });
});

describe("csv bytes", () => {
  it("starts with U+FEFF with bom, and not without it", async () => {
    const withBom = await render("csv", run, { lang: "zh", bom: true });
    const without = await render("csv", run, { lang: "zh", bom: false });
    const unset = await render("csv", run, { lang: "zh" });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(without.charCodeAt(0)).not.toBe(0xfeff);
    expect(unset).toBe(without);
    expect(withBom.slice(1)).toBe(without);
    expect(Buffer.from(withBom, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(records(withBom)).toEqual(records(without));
  });

  it("ends every line, the last one included, with CRLF", async () => {
    const text = await render("csv", run, { lang: "en" });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toMatch(/\r(?!\n)/);
    // no field holds a line break here, so lines are records: the header and one per check
    expect(text.split("\r\n")).toHaveLength(checks.length + 2);
  });

  it("quotes exactly the fields that need it and doubles their quotes", async () => {
    const text = await render("csv", run, { lang: "en" });
    expect(text).toContain(',"受污染耕地安全利用率, 含""重点""地块",');
    // a field without a comma, quote or line break is left bare
    expect(text).toContain(",单位地区生产总值能耗|万元GDP,");
    expect(text.split("\r\n")[0]).toBe(
      "file,region,id,name,unit,binding,line,check,year,rule,verdict,reason,forecast_class,projected,target,target_year,ratio,decides,section",
    );
    const zh = await render("csv", run, { lang: "zh" });
    expect(zh.split("\r\n")[0]).toBe(Object.keys(ZH_HEADER).join(","));
  });
});

describe("csv and spreadsheets", () => {
  it("writes text a spreadsheet would run as a formula with a leading apostrophe, and numbers as they are", async () => {
    const { default: csv } = await import("../../src/report/csv.js");
    const { filePart } = await import("../../src/report/index.js");
    const { loadIndicatorFile } = await import("../../src/read.js");
    const { assess } = await import("../../src/assess/assess.js");
    const loaded = loadIndicatorFile(
      "region: {name: '@区'}\nplan: {base_year: 2022}\nindicators:\n  - {id: '1', name: '=HYPERLINK(\"x\")', unit: '%', standard: '=100', baseline: -5}\n",
      "f.yaml",
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const rows = filePart(csv, assess(loaded.value), { lang: "en", color: false, quiet: false }).split("\r\n")[0]!;
    expect(rows).toContain(`'@区`);
    expect(rows).toContain(`"'=HYPERLINK(""x"")"`);
    expect(rows).toContain(`'=100`);
    expect(rows).not.toMatch(/,=|,@|,\+/);
  });
});
