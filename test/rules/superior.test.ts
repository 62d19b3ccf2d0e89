import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";
import { ref } from "../../src/i18n/message.js";

const SUP = "完成上级规定的考核任务";
const pm = { unit: "μg/m³", better: "lower" } as const;
const pm25 = { ...pm, superior: { 2022: "≤35", 2025: "≤32" } };

const valid: EvalCase[] = [
  {
    name: "meets the target set for the year", rule: SUP, series: { 2022: 34 }, ...pm25,
    zh: "上级目标（2022年下达）≤35：2022年：34μg/m³ 满足 ≤35", en: "superior target (set for 2022) ≤35: 2022: 34μg/m³ meets ≤35",
    verdict: "PASS", id: "rule.superior.result", data: { year: 2022, setIn: 2022, rule: "≤35" },
    parts: [{ verdict: "PASS", id: "rule.compare.pass", data: { year: 2022, value: 34, rule: "≤35" } }],
  },
  {
    name: "a target carried forward from an earlier year", rule: SUP, series: { 2022: 0.545 }, superior: { 2020: "≥0.54" },
    verdict: "PASS", id: "rule.superior.result", data: { year: 2022, setIn: 2020, rule: "≥0.54" },
    parts: [{ verdict: "PASS", id: "rule.compare.pass", data: { value: 0.545 } }],
  },
  {
    name: "between two targets, the earlier one is in force", rule: SUP, series: { 2024: 33 }, ...pm25,
    verdict: "PASS", id: "rule.superior.result", data: { year: 2024, setIn: 2022, rule: "≤35" },
  },
  { name: "stated as met", rule: SUP, series: { 2022: "完成" }, superior: { 2022: "met" }, verdict: "PASS", id: "rule.superior.stated", data: { year: 2022, setIn: 2022, met: ref("superior.met") } },
  // As the loader reads a file: 达标 / 完成 state the result too (the helpers build the row with the loader's own words).
  { name: "stated as 达标", rule: SUP, series: { 2022: 36 }, superior: { 2022: "达标" }, verdict: "PASS", id: "rule.superior.stated", data: { met: ref("superior.met") } },
  // A stated result speaks of its own year: 2021's "met" says nothing of 2023.
  {
    name: "a superior target that is itself a trend", rule: SUP, series: { 2021: 35, 2022: 34 }, superior: { 2022: "保持稳定或持续下降" }, ...pm,
    verdict: "PASS", id: "rule.superior.result", data: { setIn: 2022, rule: "保持稳定或持续下降" },
    parts: [{ verdict: "PASS", id: "rule.stable.held", data: { refYear: 2021, refValue: 35, value: 34 } }],
  },
];

const invalid: EvalCase[] = [
  { name: "a stated result is not carried forward", rule: SUP, series: { 2023: 12 }, superior: { 2021: "met" }, verdict: "MISSING", id: "rule.superior.none", data: { year: 2023 }, zh: "未给出2023年及以前的上级目标", en: "no superior target is given for 2023 or before" },
  {
    name: "the year's own target, not the earlier one", rule: SUP, series: { 2025: 33 }, ...pm25,
    verdict: "FAIL", id: "rule.superior.result", data: { year: 2025, setIn: 2025, rule: "≤32" },
    parts: [{ verdict: "FAIL", id: "rule.compare.fail", data: { value: 33, rule: "≤32" } }],
  },
  { name: "stated as not met", rule: SUP, series: { 2022: "未完成" }, superior: { 2022: "not met" }, verdict: "FAIL", id: "rule.superior.stated", data: { setIn: 2022, met: ref("superior.notMet") } },
  { name: "stated as 未完成", rule: SUP, series: { 2022: 30 }, superior: { 2022: "未完成" }, verdict: "FAIL", id: "rule.superior.stated", data: { met: ref("superior.notMet") } },
  { name: "no superior target", rule: SUP, series: { 2022: 34 }, verdict: "MISSING", id: "rule.superior.none", data: { year: 2022 } },
  { name: "a target set only for a later year", rule: SUP, series: { 2022: 34 }, superior: { 2025: "≤32" }, verdict: "MISSING", id: "rule.superior.none", data: { year: 2022 } },
  { name: "no value to judge against a numeric target", rule: SUP, series: { 2021: 34 }, year: 2022, ...pm25, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  {
    name: "text against a numeric target", rule: SUP, series: { 2022: "达标" }, ...pm25,
    verdict: "REVIEW", id: "rule.superior.result", parts: [{ verdict: "REVIEW", id: "value.text", data: { text: "达标" } }],
  },
  { name: "不涉及", rule: SUP, series: { 2022: "不涉及" }, ...pm25, verdict: "N/A", id: "value.notApplicable" },
];

const adequate: JudgeCase[] = [
  { name: "the target is the superior's too", standard: SUP, target: SUP, verdict: "PASS", id: "target.superior.stated", zh: "目标为完成上级规定的考核任务", en: "the target is to meet the superior's target" },
  {
    name: "a threshold within the superior's target for the year", standard: SUP, target: "≥40", superior: { 2022: "≥50", 2025: "≥36" },
    verdict: "PASS", id: "target.superior.result", data: { year: 2025, rule: "≥36" },
    parts: [{ verdict: "PASS", id: "target.compare.pass", data: { worst: 40, rule: "≥36" } }],
  },
  {
    name: "a threshold against a target carried forward", standard: SUP, target: "≥0.55", superior: { 2020: "≥0.54" },
    verdict: "PASS", id: "target.superior.result", data: { year: 2025, rule: "≥0.54" },
  },
  {
    name: "deferring to a superior target that meets the standard", standard: "≥30", target: SUP, superior: { 2025: "≥36" },
    verdict: "PASS", id: "target.compare.pass", data: { worst: 36, rule: "≥30" },
  },
  {
    name: "deferring, with a later target for the long term", standard: "≤35", target: SUP, year: 2030, ...pm, superior: { 2025: "≤32", 2030: "≤30" },
    verdict: "PASS", id: "target.compare.pass", data: { worst: 30 },
  },
  {
    name: "PM2.5: the superior's 2025 target keeps it stable or declining against 2022", standard: `${SUP}，且保持稳定或持续下降`, target: SUP, base: 34, ...pm25,
    verdict: "PASS", id: "rule.all",
    parts: [
      { verdict: "PASS", id: "target.superior.stated" },
      { verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 32, baseYear: 2022, base: 34, change: -2, tolerance: "0" } },
    ],
  },
];

const inadequate: JudgeCase[] = [
  {
    name: "a threshold short of the superior's target", standard: SUP, target: "≥30", superior: { 2025: "≥36" },
    zh: "对照上级2025年目标：≥36：目标允许 30，不满足 ≥36", en: "against the superior's target for 2025, ≥36: the target allows 30, which does not meet ≥36",
    verdict: "FAIL", id: "target.superior.result", data: { year: 2025, rule: "≥36" },
    parts: [{ verdict: "FAIL", id: "target.compare.fail", data: { worst: 30 } }],
  },
  { name: "no superior target for the year", standard: SUP, target: "≥40", verdict: "REVIEW", id: "target.superior.unknown", data: { year: 2025 } },
  {
    name: "deferring to a superior target that falls short", standard: "≥30", target: SUP, superior: { 2025: "≥25" },
    verdict: "FAIL", id: "target.compare.fail", data: { worst: 25, rule: "≥30" },
  },
  { name: "deferring to a superior target that is not given", standard: "≥30", target: SUP, verdict: "REVIEW", id: "target.deferred", data: { year: 2025, rule: "≥30" } },
  {
    name: "PM2.5: a superior target above the base year breaks stability", standard: `${SUP}，且保持稳定或持续下降`, target: SUP, base: 34, ...pm, superior: { 2025: "≤36" },
    verdict: "FAIL", id: "rule.all",
    parts: [
      { verdict: "PASS", id: "target.superior.stated" },
      { verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 36, base: 34, change: 2 } },
    ],
  },
];

runRuleTester("superior", { valid, invalid, adequate, inadequate });
