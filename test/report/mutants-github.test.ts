/**
 * GitHub Actions annotations (src/report/github.ts) on a file a user could write, against the
 * literal workflow commands: each finding at its lines (columns only where it starts and ends on
 * one line), `%` escaped in data, the run's notice last, and the input errors with and without an end.
 */
import { describe, expect, it } from "vitest";
import { CI, inputErrorText, render } from "./ciFixture.js";

describe("GitHub annotations", () => {
  it("a command per finding, the run's verdict last", async () => {
    expect((await render("github")).split("\n")).toEqual([
      "::notice file=ci.yaml,line=12,endLine=19,title=2 空气质量优良天数比例 — baseline FAIL::2022: 80%25 does not meet ≥85",
      "::error file=ci.yaml,line=12,endLine=19,title=2 空气质量优良天数比例 — progress FAIL::2024 against the standard (no plan target for this phase): 2024: 81%25 does not meet ≥85",
      "::notice file=ci.yaml,line=20,endLine=26,title=3 生活垃圾无害化处理率 — baseline REVIEW::2022 value “约95%25” is approximate: give the figure itself",
      "::error file=ci.yaml,line=20,endLine=26,title=3 生活垃圾无害化处理率 — progress MISSING::no value for 2024",
      "::notice file=ci.yaml,line=27,endLine=34,title=R1 农村生活污水治理率 — baseline WARN::2022: 33%25 does not meet ≥60",
      "::warning file=ci.yaml,line=27,endLine=34,title=R1 农村生活污水治理率 — progress WARN::2024 against the standard (no plan target for this phase): 2024: 35%25 does not meet ≥60",
      "::warning file=ci.yaml,line=43,col=3,endLine=43,endColumn=21,title=Key projects (附表1) total-mismatch::the stated total 5000 万元 differs from the sum of the 2 projects, 4000 万元 (difference 1000)",
      "::warning file=ci.yaml,line=54,endLine=62,title=Key projects (附表1) 2 lagging::project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%25), 66.7%25 of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",
      "::notice file=ci.yaml,line=37,col=5,endLine=37,endColumn=18,title=basic condition 2023 重特大突发环境事件 — FAIL::2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024). The list of conditions is the file's own (the official list was not found).",
      "::error file=ci.yaml,line=39,col=5,endLine=39,endColumn=17,title=basic condition 2024 生态环境违法案件 — FAIL::2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say. The list of conditions is the file's own (the official list was not found).",
      "::notice title=lingling-check::1 file: 1 FAIL — overall FAIL",
      "",
    ]);
  });

  it("input errors: an error each, by line and column where no end was measured", async () => {
    expect((await inputErrorText("github")).split("\n")).toEqual([
      "::error file=broken.yaml,line=2,col=7,endLine=2,endColumn=8,title=lingling-check error[yaml-syntax]::YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
      "::error file=broken.yaml,line=2,col=7,endLine=2,endColumn=8,title=lingling-check error[yaml-syntax]::YAML syntax: this [ or { is not closed: end it with ] or } (on a later line, indented past its key)",
      "::error file=county.xlsx,line=3,col=2,title=lingling-check error[unknown-field]::unknown field “颜色”; expected one of: id, name",
      "",
    ]);
  });

  it("a name's comma and colon escaped in a property", async () => {
    const named = CI.replace("name: 空气质量优良天数比例", 'name: "空气质量, 优良: 天数"');
    const lines = (await render("github", named)).split("\n");
    expect(lines[1]).toBe(
      "::error file=ci.yaml,line=12,endLine=19,title=2 空气质量%2C 优良%3A 天数 — progress FAIL::2024 against the standard (no plan target for this phase): 2024: 81%25 does not meet ≥85",
    );
  });
});
