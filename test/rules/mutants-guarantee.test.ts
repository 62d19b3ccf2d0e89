/**
 * What a compound target guarantees (且: everything any part does; 或: only what both do), read
 * through the verdicts of the standards it is judged against. Cases found by mutation testing of
 * src/rules/guarantee.ts (docs/mutation.md); every expectation is a literal.
 */
import { describe, expect, it } from "vitest";
import type { JudgeCase } from "./helpers.js";
import { checkJudge } from "./ruleTester.js";

const SUP = "完成上级规定的考核任务";

const adequate: JudgeCase[] = [
  // 且: the tighter bound of the two, and a strict one where the numbers are equal.
  {
    name: "≥80且>80 guarantees >80: it meets >80",
    standard: ">80",
    target: "≥80且>80",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 80 },
  },
  {
    name: ">80且≥80 guarantees >80: it meets >80",
    standard: ">80",
    target: ">80且≥80",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 80 },
  },
  {
    name: ">70且≥80 guarantees ≥80, not >70: it meets ≥75",
    standard: "≥75",
    target: ">70且≥80",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 80 },
  },
  {
    name: "≤30且≤40 guarantees ≤30: it meets ≤35",
    standard: "≤35",
    target: "≤30且≤40",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 30 },
  },
  {
    name: "<40且≤30 guarantees ≤30, not <40: it meets ≤35",
    standard: "≤35",
    target: "<40且≤30",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 30 },
  },
  {
    name: "≤30且<30 guarantees <30: it meets <30",
    standard: "<30",
    target: "≤30且<30",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 30 },
  },
  {
    name: "<30且≤30 guarantees <30: it meets <30",
    standard: "<30",
    target: "<30且≤30",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 30 },
  },
  // 且 keeps a bound on the change (ΔEQI) beside one on the value.
  {
    name: "ΔEQI≥0且≥60 keeps its ΔEQI bound: it meets ΔEQI≥-1",
    standard: "ΔEQI≥-1",
    target: "ΔEQI≥0且≥60",
    verdict: "PASS",
    id: "target.delta.pass",
    data: { worst: 0 },
  },
  {
    name: "ΔEQI≤1且≥60 keeps its upper ΔEQI bound: it meets ΔEQI≤2",
    standard: "ΔEQI≤2",
    target: "ΔEQI≤1且≥60",
    verdict: "PASS",
    id: "target.delta.pass",
    data: { worst: 1 },
  },
  // 且: a part's none present, or no event, is the whole target's.
  {
    name: "无黑臭水体且建立 guarantees none of 黑臭水体",
    standard: "无黑臭水体",
    target: "无黑臭水体且建立",
    verdict: "PASS",
    id: "target.absent.pass",
  },
  {
    name: "未发生且≥90 guarantees no event",
    standard: "未发生",
    target: "未发生且≥90",
    verdict: "PASS",
    id: "target.event.pass",
  },
  // 或: what both parts guarantee.
  {
    name: "建立并实施或建立 guarantees 建立",
    standard: "建立",
    target: "建立并实施或建立",
    verdict: "PASS",
    id: "target.status.pass",
  },
  {
    name: "建立或建立并实施 guarantees 建立",
    standard: "建立",
    target: "建立或建立并实施",
    verdict: "PASS",
    id: "target.status.pass",
  },
  {
    name: "未发生或不发生重特大突发环境事件 guarantees no event",
    standard: "未发生",
    target: "未发生或不发生重特大突发环境事件",
    verdict: "PASS",
    id: "target.event.pass",
  },
  {
    name: "无黑臭水体且建立或无黑臭水体且开展 guarantees none of 黑臭水体 either way",
    standard: "无黑臭水体",
    target: "无黑臭水体且建立或无黑臭水体且开展",
    verdict: "PASS",
    id: "target.absent.pass",
  },
  {
    name: "the same reference on both sides of 或 is kept: 不低于全省平均水平 is stated",
    standard: "不低于全省平均水平",
    target: "不低于全省平均水平且≥90或不低于全省平均水平且≥85",
    verdict: "PASS",
    id: "target.relative.stated",
  },
  {
    name: "the same reference, each side stating more: 不低于全省平均水平 is stated",
    standard: "不低于全省平均水平",
    target: "不低于全省平均水平或不低于全省平均水平且不低于全国平均水平",
    verdict: "PASS",
    id: "target.relative.stated",
  },
  {
    name: "the same condition on both sides of 或 is kept",
    standard: "≥80，且无危险废物排放",
    target: "≥90，且无危险废物排放或≥95，且无危险废物排放",
    verdict: "PASS",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "target.compare.pass", data: { worst: 90 } },
      { verdict: "PASS", id: "target.condition.stated" },
    ],
  },
];

const inadequate: JudgeCase[] = [
  {
    name: "≤30或≤40 guarantees only ≤40: short of ≤35",
    standard: "≤35",
    target: "≤30或≤40",
    verdict: "FAIL",
    id: "target.compare.fail",
    data: { worst: 40 },
  },
  // 且 of parts none of which defers, is none present, or says no event.
  {
    name: "保持稳定，且无危险废物排放 says nothing of ≥90, and defers to no one",
    standard: "≥90",
    target: "保持稳定，且无危险废物排放",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "≥90" },
  },
  {
    name: "保持稳定，且无危险废物排放 says nothing of a full share either",
    standard: "=100",
    target: "保持稳定，且无危险废物排放",
    unit: "%",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "≥90且保持稳定 is no guarantee that none of 黑臭水体 is present",
    standard: "无黑臭水体",
    target: "≥90且保持稳定",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "≥90且保持稳定 bounds the wrong side for 未发生",
    standard: "未发生",
    target: "≥90且保持稳定",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "≥90" },
  },
  // 或: what only one part guarantees is not guaranteed.
  {
    name: "持续改善或保持稳定 guarantees stability, not 持续改善",
    standard: "持续改善",
    target: "持续改善或保持稳定",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: `${SUP}或保持稳定 does not defer: ≥90 is undecided`,
    standard: "≥90",
    target: `${SUP}或保持稳定`,
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "≥90或保持稳定 says nothing of 无黑臭水体",
    standard: "无黑臭水体",
    target: "≥90或保持稳定",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "无黑臭水体或建立 does not guarantee none of 黑臭水体",
    standard: "无黑臭水体",
    target: "无黑臭水体或建立",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "不涉及或≥90 is not a declaration of 不涉及: ≥95 is judged",
    standard: "≥95",
    target: "不涉及或≥90",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "未发生或≥1 does not guarantee no event",
    standard: "未发生",
    target: "未发生或≥1",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "≥90或保持稳定 does not guarantee no event",
    standard: "未发生",
    target: "≥90或保持稳定",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "a reference on one side of 或 only is not stated",
    standard: "不低于全省平均水平",
    target: "不低于全省平均水平或≥90",
    verdict: "REVIEW",
    id: "target.relative.noNumber",
  },
  {
    name: "another reference (全国) is not 全省",
    standard: "不低于全省平均水平",
    target: "不低于全省平均水平或不低于全国平均水平",
    verdict: "REVIEW",
    id: "target.relative.noNumber",
  },
  {
    name: "another relation to the same reference (高于) on one side is not kept as 不低于",
    standard: "不低于全省平均水平",
    target: "不低于全省平均水平或高于全省平均水平",
    verdict: "REVIEW",
    id: "target.relative.noNumber",
  },
  {
    name: "a condition on one side of 或 only is not stated",
    standard: "≥80，且无危险废物排放",
    target: "≥90，且无危险废物排放或≥95",
    verdict: "REVIEW",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "target.compare.pass" },
      { verdict: "REVIEW", id: "target.condition.unstated" },
    ],
  },
  {
    name: `${SUP}或完成省下达任务: both defer, so ≥90 is deferred to the superior`,
    standard: "≥90",
    target: `${SUP}或完成省下达任务`,
    verdict: "REVIEW",
    id: "target.deferred",
    data: { year: 2025 },
  },
  {
    name: "不涉及, or the superior's target of 不涉及: not applicable either way",
    standard: "≥90",
    target: `不涉及或${SUP}`,
    superior: { 2025: "不涉及" },
    verdict: "N/A",
    id: "rule.notApplicable",
  },
];

describe("what a compound target guarantees", () => {
  it.each(adequate)("PASS: $name", (c) => {
    expect(c.verdict).toBe("PASS");
    checkJudge(c);
  });
  it.each(inadequate)("$verdict: $name", (c) => {
    expect(c.verdict).not.toBe("PASS");
    checkJudge(c);
  });
});
