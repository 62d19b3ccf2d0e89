/**
 * A file's findings (src/report/findings.ts), the one source of GitHub's annotations, SARIF and
 * GitLab Code Quality, on a file a user could write: each check not a pass at its row's extent in
 * the text, its level by the exit policy (error fails the run, warning does not, notice beside the
 * question), the key projects' findings and the basic conditions not met; a model made without
 * text placed at its lines; and the path a CI system places a file at. Literal expectations.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";
import { ciPath, findingBatches } from "../../src/report/findings.js";
import { PLAN_RUN } from "./fixtures/planAssessment.js";
import { CI } from "./ciFixture.js";

function load(text: string) {
  const loaded = loadIndicatorFile(text, "ci.yaml");
  if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}
const FILE = load(CI);
/** The key and level of each finding, in order. */
const levels = (batches: Iterable<Array<{ key: string; level: string }>>) =>
  [...batches].flat().map((x) => [x.key, x.level]);

describe("a file's findings", () => {
  it("the checks' a batch, then the projects' and the conditions': each at its extent, with its level, title, reason and key", () => {
    expect([...findingBatches(assess(FILE), "en", {})]).toEqual([
      [
        {
          rule: "baseline",
          level: "notice",
          line: 12,
          column: 5,
          endLine: 19,
          endColumn: 24,
          title: "2 空气质量优良天数比例 — baseline FAIL",
          message: "2022: 80% does not meet ≥85",
          key: "indicator\u00002\u0000baseline",
        },
        {
          rule: "progress",
          level: "error",
          line: 12,
          column: 5,
          endLine: 19,
          endColumn: 24,
          title: "2 空气质量优良天数比例 — progress FAIL",
          message: "2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85",
          key: "indicator\u00002\u0000progress",
        },
        {
          rule: "baseline",
          level: "notice",
          line: 20,
          column: 5,
          endLine: 26,
          endColumn: 19,
          title: "3 生活垃圾无害化处理率 — baseline REVIEW",
          message: "2022 value “约95%” is approximate: give the figure itself",
          key: "indicator\u00003\u0000baseline",
        },
        {
          rule: "progress",
          level: "error",
          line: 20,
          column: 5,
          endLine: 26,
          endColumn: 19,
          title: "3 生活垃圾无害化处理率 — progress MISSING",
          message: "no value for 2024",
          key: "indicator\u00003\u0000progress",
        },
        {
          rule: "baseline",
          level: "notice",
          line: 27,
          column: 5,
          endLine: 34,
          endColumn: 24,
          title: "R1 农村生活污水治理率 — baseline WARN",
          message: "2022: 33% does not meet ≥60",
          key: "indicator\u0000R1\u0000baseline",
        },
        {
          rule: "progress",
          level: "warning",
          line: 27,
          column: 5,
          endLine: 34,
          endColumn: 24,
          title: "R1 农村生活污水治理率 — progress WARN",
          message: "2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60",
          key: "indicator\u0000R1\u0000progress",
        },
      ],
      [
        {
          rule: "project.total-mismatch",
          level: "warning",
          line: 43,
          column: 3,
          endLine: 43,
          endColumn: 21,
          title: "Key projects (附表1) total-mismatch",
          message: "the stated total 5000 万元 differs from the sum of the 2 projects, 4000 万元 (difference 1000)",
          key: "project\u0000\u0000total-mismatch",
        },
        {
          rule: "project.lagging",
          level: "warning",
          line: 54,
          column: 7,
          endLine: 62,
          endColumn: 42,
          title: "Key projects (附表1) 2 lagging",
          message:
            "project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",
          key: "project\u00002\u0000lagging",
        },
        {
          rule: "veto",
          level: "notice",
          line: 37,
          column: 5,
          endLine: 37,
          endColumn: 18,
          title: "basic condition 2023 重特大突发环境事件 — FAIL",
          message:
            "2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024). The list of conditions is the file's own (the official list was not found).",
          key: "veto\u00002023\u0000重特大突发环境事件",
        },
        {
          rule: "veto",
          level: "error",
          line: 39,
          column: 5,
          endLine: 39,
          endColumn: 17,
          title: "basic condition 2024 生态环境违法案件 — FAIL",
          message:
            "2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say. The list of conditions is the file's own (the official list was not found).",
          key: "veto\u00002024\u0000生态环境违法案件",
        },
      ],
    ]);
  });

  it("--fail-on warn --allow-incomplete: the reference row's WARN fails the run, the missing value does not", () => {
    expect(levels(findingBatches(assess(FILE), "en", { failOn: "warn", allowIncomplete: true }))).toEqual([
      ["indicator\u00002\u0000baseline", "notice"],
      ["indicator\u00002\u0000progress", "error"],
      ["indicator\u00003\u0000baseline", "notice"],
      ["indicator\u00003\u0000progress", "warning"],
      ["indicator\u0000R1\u0000baseline", "notice"],
      ["indicator\u0000R1\u0000progress", "error"],
      ["project\u0000\u0000total-mismatch", "warning"],
      ["project\u00002\u0000lagging", "warning"],
      ["veto\u00002023\u0000重特大突发环境事件", "notice"],
      ["veto\u00002024\u0000生态环境违法案件", "error"],
    ]);
  });

  it("--fail-on projects: the projects' findings are errors, in Chinese", () => {
    const projects = [...findingBatches(assess(FILE, { failOnProjects: true }), "zh", { failOn: "projects" })]
      .flat()
      .filter((x) => x.rule.startsWith("project."));
    expect(projects).toEqual([
      {
        rule: "project.total-mismatch",
        level: "error",
        line: 43,
        column: 3,
        endLine: 43,
        endColumn: 21,
        title: "重点工程（附表1） total-mismatch",
        message: "合计 5000 万元与 2 项工程投资之和 4000 万元不符（相差 1000）",
        key: "project\u0000\u0000total-mismatch",
      },
      {
        rule: "project.lagging",
        level: "error",
        line: 54,
        column: 7,
        endLine: 62,
        endColumn: 42,
        title: "重点工程（附表1） 2 lagging",
        message:
          "工程 2 城乡垃圾收运体系：滞后——截至 2024 年累计完成投资 200 万元，占总投资 1000 万元的 20%，工期已过 66.7%，落后 46.7 个百分点，超过允许的 20 个百分点（牵头单位：区城管局）",
        key: "project\u00002\u0000lagging",
      },
    ]);
  });

  it("2023 assessed: its condition decides, 2024's is shown", () => {
    const vetoes = [...findingBatches(assess(FILE, { year: 2023 }), "en", {})].flat().filter((x) => x.rule === "veto");
    expect(vetoes).toEqual([
      {
        rule: "veto",
        level: "error",
        line: 37,
        column: 5,
        endLine: 37,
        endColumn: 18,
        title: "basic condition 2023 重特大突发环境事件 — FAIL",
        message:
          "2023 重特大突发环境事件: 发生, not met: the year FAILs whatever the indicators say. The list of conditions is the file's own (the official list was not found).",
        key: "veto\u00002023\u0000重特大突发环境事件",
      },
      {
        rule: "veto",
        level: "notice",
        line: 39,
        column: 5,
        endLine: 39,
        endColumn: 17,
        title: "basic condition 2024 生态环境违法案件 — FAIL",
        message:
          "2024 生态环境违法案件: 发生, not met (shown, not deciding for 2023). The list of conditions is the file's own (the official list was not found).",
        key: "veto\u00002024\u0000生态环境违法案件",
      },
    ]);
  });

  it("a model made without text: each finding at its row's line, column 1; no projects, no conditions", () => {
    expect([...findingBatches(PLAN_RUN.files[0]!, "en", {})]).toEqual([
      [
        {
          rule: "baseline",
          level: "error",
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: 1,
          title: "2 河湖岸线保护率 — baseline FAIL",
          message: "2022: 80% does not meet ≥90",
          key: "indicator\u00002\u0000baseline",
        },
        {
          rule: "baseline",
          level: "warning",
          line: 25,
          column: 1,
          endLine: 25,
          endColumn: 1,
          title: "R1 参考指标 — baseline REVIEW",
          message: "2022: “未建立” does not state “established”: a person must judge it",
          key: "indicator\u0000R1\u0000baseline",
        },
      ],
      [],
    ]);
  });
});

describe("the path a CI system places a file at", () => {
  const cwd = resolve("/work/checkout");
  it("inside the working folder: relative, normalised, with /", () => {
    expect(ciPath("./ind//a.yaml", cwd)).toBe("ind/a.yaml");
    expect(ciPath("ind/../ind/a.yaml", cwd)).toBe("ind/a.yaml");
    expect(ciPath("/work/checkout/ind/a.yaml", cwd)).toBe("ind/a.yaml");
    // A folder whose name starts with two dots is inside.
    expect(ciPath("..data/a.yaml", cwd)).toBe("..data/a.yaml");
  });

  it("outside it, or the folder itself: absolute", () => {
    expect(ciPath("../other/a.yaml", cwd)).toBe("/work/other/a.yaml");
    expect(ciPath("/tmp/a.yaml", cwd)).toBe("/tmp/a.yaml");
    expect(ciPath("..", cwd)).toBe("/work");
    expect(ciPath(".", cwd)).toBe("/work/checkout");
  });

  it("the working folder by default", () => {
    expect(ciPath(resolve("ind/a.yaml"))).toBe("ind/a.yaml");
  });
});
