/**
 * Numbers keep their meaning (#23): a rule's unit is compared with the row's, converted exactly
 * where it is a power of ten of it (‰ ↔ %, 亿元 ↔ 万元, mg/m³ ↔ μg/m³) and refused where it is
 * written where it is another quantity; the fraction hint only where a fraction is plausible.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { reason, t } from "../../src/i18n/translate.js";
import { loaded, loadErrors } from "../load/paths.js";

const file = (row: string, baseYear = 2022) =>
  `region: {name: 测试区}\nplan: {base_year: ${baseYear}}\nindicators:\n  - id: "1"\n    name: 测试\n${row}`;
const baseline = (row: string, baseYear = 2022) => {
  const check = assess(loaded(file(row, baseYear)), { mode: "plan" }).indicators[0]!.checks.baseline!;
  return { verdict: check.verdict, en: reason("en", check.outcome) };
};

describe("a rule's unit against the row's", () => {
  it.each([
    {
      name: "≥85‰ on a % row is ≥8.5 %: 9 passes",
      row: `    unit: "%"\n    standard: "≥85‰"\n    baseline: 9\n`,
      verdict: "PASS",
      en: "2022: 9% meets ≥8.5%",
    },
    {
      name: "≥85‰ on a % row: 8.4 fails",
      row: `    unit: "%"\n    standard: "≥85‰"\n    baseline: 8.4\n`,
      verdict: "FAIL",
      en: "2022: 8.4% does not meet ≥8.5%",
    },
    {
      name: "≥8.5% on a ‰ row is ≥85 ‰",
      row: `    unit: "‰"\n    standard: "≥8.5%"\n    baseline: 85\n`,
      verdict: "PASS",
      en: "2022: 85‰ meets ≥85‰",
    },
    {
      name: "≤0.35亿元 on a 万元 row, exactly (0.35 × 10000 is 3500.0000000000005 in binary)",
      row: `    unit: 万元\n    better: lower\n    standard: "≤0.35亿元"\n    baseline: 3500\n`,
      verdict: "PASS",
      en: "2022: 3500万元 meets ≤3500万元",
    },
    {
      name: "≤0.035mg/m³ on a 微克/立方米 row",
      row: `    unit: 微克/立方米\n    standard: "≤0.035mg/m³"\n    baseline: 35\n`,
      verdict: "PASS",
      // One spelling of each unit in the model: the standard's.
      en: "2022: 35μg/m³ meets ≤35μg/m³",
    },
    {
      name: "the same unit spelt another way",
      row: `    unit: 微克/立方米\n    standard: "≤35μg/m³"\n    baseline: 36\n`,
      verdict: "FAIL",
      en: "2022: 36μg/m³ does not meet ≤35μg/m³",
    },
    {
      name: "a range in ‰ on a % row",
      row: `    unit: "%"\n    standard: "3‰-4‰之间"\n    baseline: 0.35\n`,
      verdict: "PASS",
      en: undefined,
    },
    {
      name: "≥2万吨 on a 吨 row",
      row: `    unit: 吨\n    standard: "≥2万吨"\n    baseline: 20000\n`,
      verdict: "PASS",
      en: "2022: 20000吨 meets ≥20000吨",
    },
    {
      name: "≤500元 on a 万元 row",
      row: `    unit: 万元\n    better: lower\n    standard: "≤500元"\n    baseline: 0.05\n`,
      verdict: "PASS",
      en: "2022: 0.05万元 meets ≤0.05万元",
    },
    {
      name: "a row without a unit takes the rule's",
      row: `    standard: "≤35μg/m³"\n    baseline: 30\n`,
      verdict: "PASS",
      en: "2022: 30 meets ≤35μg/m³",
    },
  ])("$name", ({ row, verdict, en }) => {
    const got = baseline(row);
    expect(got.verdict).toBe(verdict);
    if (en) expect(got.en).toBe(en);
  });

  it("≥35μg/m³ on a % row is refused where the unit is written, in both languages", () => {
    const errors = loadErrors(file(`    unit: "%"\n    standard: "≥35μg/m³"\n    near_term: "≥40"\n`));
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([
      { code: "rule-unit", line: 7, column: 16 },
    ]);
    expect(t("en", errors[0]!.message.id, errors[0]!.message.data)).toBe(
      "“≥35μg/m³”: its unit “μg/m³” is not the row's unit “%” and cannot be converted to it; write the rule in %, or give the row the unit the rule uses",
    );
    expect(t("zh", errors[0]!.message.id, errors[0]!.message.data)).toBe(
      "“≥35μg/m³”：其单位“μg/m³”不是本行的单位“%”，也无法换算；请按 % 书写规则，或把本行单位改为规则所用单位",
    );
  });

  it("a target and a superior target are converted too; a unit in a compound is refused at its part", () => {
    const f = loaded(
      file(`    unit: "%"\n    standard: "≥80"\n    near_term: "≥850‰"\n    superior: {2023: "≥860‰"}\n`),
    );
    const row = f.indicators[0]!;
    expect(row.nearTerm!.rule).toMatchObject({ kind: "threshold", op: ">=", value: 85, unit: "%" });
    expect(row.superior[0]!.spec!.rule).toMatchObject({ value: 86 });
    const errors = loadErrors(file(`    unit: "%"\n    standard: "≥80，且≤5mg/L"\n`));
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([
      { code: "rule-unit", line: 7, column: 21 },
    ]);
  });
});

describe("the fraction hint weighs the rule's direction", () => {
  it.each([
    // 十三五 plan table, 2020: 劣Ⅴ类水体比例 0.6 % against <5 (lower is better)
    {
      name: "0.6 % against <5, lower better: a small share, not a fraction",
      row: `    unit: "%"\n    better: lower\n    standard: "<5"\n    baseline: {2020: 0.6}\n`,
      base: 2020,
      verdict: "PASS",
    },
    {
      name: "0.3 % against ≤25",
      row: `    unit: "%"\n    standard: "≤25"\n    baseline: 0.3\n`,
      base: 2022,
      verdict: "PASS",
    },
    {
      name: "0.935 against ≥85 still reads as a fraction",
      row: `    unit: "%"\n    standard: "≥85"\n    baseline: 0.935\n`,
      base: 2022,
      verdict: "REVIEW",
    },
    {
      name: "0.935 against ≥85 in a row whose unit is the full-width ％ (a Chinese IME's) reads as a fraction too",
      row: `    unit: "％"\n    standard: "≥85"\n    baseline: 0.935\n`,
      base: 2022,
      verdict: "REVIEW",
    },
    {
      name: "0.9 against =100 still reads as a fraction",
      row: `    unit: "%"\n    standard: "=100"\n    baseline: 0.9\n`,
      base: 2022,
      verdict: "REVIEW",
    },
  ])("$name", ({ row, base, verdict }) => expect(baseline(row, base).verdict).toBe(verdict));
});

describe("a share past its whole reads as a slip, as a fraction does", () => {
  it.each([
    {
      name: "855 against ≥85 (a point slipped): REVIEW",
      row: `    unit: "%"\n    standard: "≥85"\n    baseline: 855\n`,
      verdict: "REVIEW",
      en: "2022: 855% is more than 100%, which a share cannot be: check the figure (against ≥85)",
    },
    {
      name: "1,234.5 against ≥85: REVIEW",
      row: `    unit: "%"\n    standard: "≥85"\n    baseline: "1,234.5"\n`,
      verdict: "REVIEW",
      en: "2022: 1234.5% is more than 100%, which a share cannot be: check the figure (against ≥85)",
    },
    {
      name: "1200 against ≥900 in ‰: REVIEW",
      row: `    unit: "‰"\n    standard: "≥900"\n    baseline: 1200\n`,
      verdict: "REVIEW",
      en: "2022: 1200‰ is more than 1000‰, which a share cannot be: check the figure (against ≥900)",
    },
    {
      name: "100 against ≥85: a full share passes",
      row: `    unit: "%"\n    standard: "≥85"\n    baseline: 100\n`,
      verdict: "PASS",
      en: "2022: 100% meets ≥85",
    },
    {
      name: "855 against ≤25 fails, a slip or not",
      row: `    unit: "%"\n    better: lower\n    standard: "≤25"\n    baseline: 855\n`,
      verdict: "FAIL",
      en: "2022: 855% does not meet ≤25",
    },
    {
      name: "120 against ≥85 where the unit is no share (an index): PASS",
      row: `    unit: ""\n    standard: "≥85"\n    baseline: 120\n`,
      verdict: "PASS",
      en: "2022: 120 meets ≥85",
    },
  ])("$name", ({ row, verdict, en }) => expect(baseline(row)).toEqual({ verdict, en }));
});

describe("a target past a share's whole is a slip to check, not a pass", () => {
  it.each([
    ["110", "the target ≥110% asks for more than 100%, which a share cannot be: check the figure (against ≥85)"],
    ["≥120", "the target ≥120% asks for more than 100%, which a share cannot be: check the figure (against ≥85)"],
  ])("near_term: %s against ≥85 on a share row", (target, en) => {
    const text = `region: {name: 测试区}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n  - {id: "1", name: 测试, unit: "%", standard: "≥85", baseline: 86, near_term: "${target}"}\n`;
    const check = assess(loaded(text), { mode: "plan" }).indicators[0]!.checks.near_term!;
    expect({ verdict: check.verdict, en: reason("en", check.outcome) }).toEqual({ verdict: "REVIEW", en });
  });
});
