import { describe, it } from "vitest";
import type { EvalCase, JudgeCase } from "./helpers.js";
import { checkEval, checkJudge } from "./ruleTester.js";

const pass = (id: string) => ({ verdict: "PASS" as const, id });
const fail = (id: string) => ({ verdict: "FAIL" as const, id });
const SUP = "完成上级规定的考核任务";

const valid: EvalCase[] = [
  {
    name: "且: both parts pass",
    rule: "≥20，且≤25",
    series: { 2022: 22 },
    verdict: "PASS",
    id: "rule.all",
    parts: [pass("rule.compare.pass"), pass("rule.compare.pass")],
  },
  { name: "and: both parts pass", rule: "≥20 and ≤25", series: { 2022: 25 }, verdict: "PASS", id: "rule.all" },
  {
    name: "或: the best part",
    rule: "≥60或≤5",
    series: { 2022: 3 },
    verdict: "PASS",
    id: "rule.any",
    parts: [fail("rule.compare.fail"), pass("rule.compare.pass")],
  },
  {
    name: "or: the best part",
    rule: "≥60 or established",
    series: { 2022: "已建立" },
    verdict: "PASS",
    id: "rule.any",
    parts: [{ verdict: "REVIEW", id: "value.text" }, pass("rule.status.pass")],
  },
  {
    name: "或 beats a missing part",
    rule: `≥20或${SUP}`,
    series: { 2022: 25 },
    verdict: "PASS",
    id: "rule.any",
    parts: [pass("rule.compare.pass"), { verdict: "MISSING", id: "rule.superior.none" }],
  },
  // any[all[≥20, ≤25], =0]
  {
    name: "且 inside 或: the 且 clause passes",
    rule: "≥20，且≤25或=0",
    series: { 2022: 22 },
    verdict: "PASS",
    id: "rule.any",
    parts: [{ verdict: "PASS", id: "rule.all" }, fail("rule.compare.fail")],
  },
  {
    name: "且 inside 或: the other clause passes",
    rule: "≥20，且≤25或=0",
    series: { 2022: 0 },
    verdict: "PASS",
    id: "rule.any",
    parts: [
      { verdict: "FAIL", id: "rule.all", parts: [fail("rule.compare.fail"), pass("rule.compare.pass")] },
      pass("rule.compare.pass"),
    ],
  },
  {
    name: "且 sets a 不涉及 part aside",
    rule: "≥20，且不涉及",
    series: { 2022: 25 },
    verdict: "PASS",
    id: "rule.all",
    parts: [pass("rule.compare.pass"), { verdict: "N/A", id: "rule.notApplicable" }],
  },
  {
    name: "PM2.5: superior met and declining",
    rule: `${SUP}，且保持稳定或持续下降`,
    series: { 2021: 35, 2022: 34 },
    unit: "μg/m³",
    better: "lower",
    superior: { 2022: "≤35" },
    verdict: "PASS",
    id: "rule.all",
    parts: [pass("rule.superior.result"), pass("rule.stable.held")],
  },
];

const invalid: EvalCase[] = [
  {
    name: "且: one part fails",
    rule: "≥20，且≤25",
    series: { 2022: 26 },
    verdict: "FAIL",
    id: "rule.all",
    parts: [pass("rule.compare.pass"), { verdict: "FAIL", id: "rule.compare.fail", data: { value: 26, rule: "≤25" } }],
  },
  {
    name: "且: a failing part outweighs a missing one",
    rule: `≥20，且${SUP}`,
    series: { 2022: 10 },
    verdict: "FAIL",
    id: "rule.all",
  },
  {
    name: "且: a missing part outweighs a pass",
    rule: `${SUP}，且≥20`,
    series: { 2022: 25 },
    verdict: "MISSING",
    id: "rule.all",
    parts: [{ verdict: "MISSING", id: "rule.superior.none" }, pass("rule.compare.pass")],
  },
  {
    name: "且: a review part outweighs a pass",
    rule: "≥20，且15左右",
    series: { 2022: 25 },
    verdict: "REVIEW",
    id: "rule.all",
    parts: [pass("rule.compare.pass"), { verdict: "REVIEW", id: "rule.about" }],
  },
  {
    name: "或: every part fails",
    rule: "≥60或≤5",
    series: { 2022: 30 },
    verdict: "FAIL",
    id: "rule.any",
    parts: [fail("rule.compare.fail"), fail("rule.compare.fail")],
  },
  {
    name: "或: a missing part is better than a failing one",
    rule: `≥60或${SUP}`,
    series: { 2022: 30 },
    verdict: "MISSING",
    id: "rule.any",
  },
  {
    name: "且 inside 或: nothing passes",
    rule: "≥20，且≤25或=0",
    series: { 2022: 30 },
    verdict: "FAIL",
    id: "rule.any",
    parts: [{ verdict: "FAIL", id: "rule.all" }, fail("rule.compare.fail")],
  },
  {
    name: "且 sets a 不涉及 part aside, a failure stays",
    rule: "≥20，且不涉及",
    series: { 2022: 10 },
    verdict: "FAIL",
    id: "rule.all",
  },
  {
    name: "PM2.5, one value: the stability part needs two years",
    rule: `${SUP}，且保持稳定或持续下降`,
    series: { 2022: 34 },
    unit: "μg/m³",
    better: "lower",
    superior: { 2022: "≤35" },
    verdict: "MISSING",
    id: "rule.all",
    parts: [pass("rule.superior.result"), { verdict: "MISSING", id: "rule.trend.tooFew", data: { year: 2022 } }],
  },
  {
    name: "water quality at 100 %, no superior target",
    rule: `${SUP}，且保持稳定或持续提高`,
    series: { 2022: 100 },
    unit: "%",
    better: "higher",
    verdict: "MISSING",
    id: "rule.all",
    parts: [{ verdict: "MISSING", id: "rule.superior.none" }, pass("rule.trend.atBound")],
  },
  // a missing or 不涉及 value is said once for the whole rule, not once per clause
  {
    name: "a missing value, compound rule",
    rule: "≥20，且≤25",
    series: { 2021: 22 },
    year: 2022,
    verdict: "MISSING",
    id: "value.missing",
    data: { year: 2022 },
  },
  {
    name: "a 不涉及 value, compound rule",
    rule: "≥20或建立",
    series: { 2022: "不涉及" },
    verdict: "N/A",
    id: "value.notApplicable",
    data: { year: 2022 },
  },
  {
    name: "a 不涉及 value the standard does not allow",
    rule: "≥20",
    series: { 2022: "不涉及" },
    mayBeNotApplicable: false,
    verdict: "REVIEW",
    id: "value.notApplicable.notAllowed",
    data: { year: 2022, text: "不涉及" },
  },
  {
    name: "a 不涉及 value the standard allows",
    rule: "≥20",
    series: { 2022: "不涉及" },
    mayBeNotApplicable: true,
    verdict: "N/A",
    id: "value.notApplicable",
  },
  {
    name: "不涉及 as the rule, with no value",
    rule: "不涉及",
    series: {},
    year: 2022,
    verdict: "N/A",
    id: "rule.notApplicable",
  },
  {
    name: "不涉及 as the rule, whatever the value",
    rule: "not applicable",
    series: { 2022: 12 },
    verdict: "N/A",
    id: "rule.notApplicable",
  },
  {
    name: "a 不涉及 value, single rule",
    rule: "保持稳定或持续改善",
    series: { 2021: 50, 2022: "不涉及" },
    verdict: "N/A",
    id: "value.notApplicable",
    data: { year: 2022 },
  },
];

const adequate: JudgeCase[] = [
  {
    name: "且 in both",
    standard: "≥20，且建立",
    target: "≥25，且建立",
    verdict: "PASS",
    id: "rule.all",
    parts: [pass("target.compare.pass"), pass("target.status.pass")],
  },
  {
    name: "或 in the standard: one part is enough",
    standard: "≥20或建立",
    target: "建立",
    verdict: "PASS",
    id: "rule.any",
    parts: [{ verdict: "REVIEW", id: "target.noValue" }, pass("target.status.pass")],
  },
  {
    name: "a two-sided standard by two thresholds",
    standard: "≥20 and ≤25",
    target: "≥21，且≤24",
    verdict: "PASS",
    id: "rule.all",
    parts: [pass("target.compare.pass"), pass("target.compare.pass")],
  },
  {
    name: "或 in the target: both alternatives meet the standard",
    standard: "≥20",
    target: "≥25或≥30",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 25 },
  },
];

const inadequate: JudgeCase[] = [
  {
    name: "且: the target misses one part",
    standard: "≥20，且建立",
    target: "≥25",
    verdict: "REVIEW",
    id: "rule.all",
    parts: [pass("target.compare.pass"), { verdict: "REVIEW", id: "target.status.review" }],
  },
  {
    name: "且: one part fails",
    standard: "≥20 and ≤25",
    target: "≥21",
    unit: "%",
    verdict: "FAIL",
    id: "rule.all",
    parts: [pass("target.compare.pass"), { verdict: "FAIL", id: "target.compare.fail", data: { worst: 100 } }],
  },
  {
    name: "或 in the target: one alternative falls short",
    standard: "≥20",
    target: "≥25或≥15",
    verdict: "FAIL",
    id: "target.compare.fail",
    data: { worst: 15 },
  },
  { name: "a 不涉及 target", standard: "≥20，且建立", target: "不涉及", verdict: "N/A", id: "rule.notApplicable" },
  { name: "a 不涉及 standard", standard: "不涉及", target: "≥20", verdict: "N/A", id: "rule.notApplicable" },
];

describe("且 / 或 and 不涉及: the observed value", () => {
  it.each(valid)("PASS: $name", checkEval);
  it.each(invalid)("$verdict: $name", checkEval);
});

describe("且 / 或 and 不涉及: target adequacy", () => {
  it.each(adequate)("PASS: $name", checkJudge);
  it.each(inadequate)("$verdict: $name", checkJudge);
});
