/** `explain ID|NAME FILE`: the row's values and the verdicts its assessment gave, by id or name, in both languages. */
import { describe, expect, it } from "vitest";
import { ROOT, run as spawn } from "./run.js";

const SEED = "seeds/lingling.yaml";
const run = (args: string[]) => spawn(args, { cwd: ROOT });

describe("explain a row of a file", () => {
  it("shows 7.1's values, each check's verdict and reason, then the rule (zh, by exact name)", () => {
    const r = run(["--lang", "zh", "explain", "森林覆盖率", SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      [
        "seeds/lingling.yaml 中的数值：",
        "  基准值 2020年：50.76",
        "  基准值 2021年：50.43",
        "  基准值 2022年：50.58",
        "  规划目标 2025年：保持稳定或持续改善",
        "  规划目标 2030年：保持稳定或持续改善",
        "",
        "seeds/lingling.yaml 的判定（规划评审）：",
        "  ✓ 达标    基准值：保持稳定或持续改善：2021年 50.43 → 2022年 50.58（变化 0.15，容差 0）",
        "  ✓ 达标    近期目标：目标已写明保持稳定或持续改善或更严格的要求",
        "  ✓ 达标    远期目标：目标已写明保持稳定或持续改善或更严格的要求",
      ].join("\n"),
    );
    expect(r.stdout.split("\n")[0]).toBe("7.1 森林覆盖率");
    expect(r.stdout).toContain("本行在 seeds/lingling.yaml 中据以判定的规则：\n  保持稳定或持续改善");
  });

  it("shows 4's superior targets and its MISSING baseline as the check does (en, by id)", () => {
    const r = run(["--lang", "en", "explain", "4", SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("  superior target 2022: ≤35\n  superior target 2025: ≤32\n");
    expect(r.stdout).toContain(
      "  ? MISSING baseline: ✓ superior target (set for 2022) ≤35: 2022: 34μg/m³ meets ≤35; and ? stable or declining: needs at least two years; only 2022 has a value",
    );
    expect(r.stdout.split("\n")[0]).toBe("4 PM2.5浓度");
  });

  it("takes a unique part of a name, and the year's judgement with observed values", () => {
    const r = run(["--lang", "zh", "explain", "农膜", SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("15 农膜回收率");
  });

  it("lists the candidates of a part of several names, and exits 2", () => {
    const r = run(["--lang", "zh", "explain", "安全利用", SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: seeds/lingling.yaml 中有 2 项指标的名称含“安全利用”：8 受污染耕地安全利用率 · 9 重点建设用地安全利用；请给出编号或更完整的名称\n",
    );
  });

  it("says what was expected for an unknown id or name, and exits 2", () => {
    const zh = run(["--lang", "zh", "explain", "空气质量", SEED]);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe(
      "lingling-check: seeds/lingling.yaml 中没有指标“空气质量”：应为指标编号（如 4、5.1、R1）、指标名称或名称的一部分\n",
    );
    const en = run(["--lang", "en", "explain", "R9", SEED]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain(
      "no indicator “R9” in seeds/lingling.yaml: expected an id (as 4, 5.1, R1), a name or a part of one",
    );
  });

  it("without a file explains the standard's rule, by id or by name", () => {
    const byName = run(["--lang", "zh", "explain", "森林覆盖率"]);
    expect(byName.status).toBe(0);
    expect(byName.stdout.split("\n")[0]).toBe("7.1 森林覆盖率");
    expect(byName.stdout).not.toContain("的判定");
    expect(run(["--lang", "en", "explain", "7.1"]).stdout.split("\n")[0]).toBe("7.1 森林覆盖率 (Forest cover)");
  });
});
