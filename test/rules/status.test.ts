import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";
import { ref } from "../../src/i18n/message.js";

const valid: EvalCase[] = [
  { name: "已建立 is established", rule: "建立", series: { 2022: "已建立" }, verdict: "PASS", id: "rule.status.pass", data: { year: 2022, text: "已建立", status: [ref("status.established")] }, zh: "2022年：“已建立”，已建立", en: "2022: “已建立” — established" },
  { name: "建立 is established", rule: "建立", series: { 2022: "建立" }, verdict: "PASS", id: "rule.status.pass", data: { text: "建立" } },
  { name: "已开展 is conducted", rule: "开展", series: { 2022: "已开展" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.conducted")] } },
  { name: "effectively conducted is conducted", rule: "开展", series: { 2022: "有效开展" }, verdict: "PASS", id: "rule.status.pass", data: { text: "有效开展", status: [ref("status.conducted")] } },
  { name: "有效开展", rule: "有效开展", series: { 2022: "有效开展" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.effectively_conducted")] } },
  { name: "有效保障", rule: "有效保障", series: { 2022: "有效保障" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.effectively_guaranteed")] } },
  { name: "制定并实施 is formulated and implemented", rule: "制定实施", series: { 2022: "制定并实施" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.formulated"), ref("status.implemented")] }, zh: "2022年：“制定并实施”，已制定并实施", en: "2022: “制定并实施” — formulated and implemented" },
  { name: "编制完成 is compiled", rule: "编制", series: { 2022: "编制完成" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.compiled")] } },
  { name: "formulated and implemented is compiled", rule: "编制", series: { 2022: "制定实施" }, verdict: "PASS", id: "rule.status.pass", data: { text: "制定实施" } },
  { name: "an English rule", rule: "established", series: { 2022: "已建立" }, verdict: "PASS", id: "rule.status.pass" },
  { name: "a full-width space in the value", rule: "建立", series: { 2022: "已　建立" }, verdict: "PASS", id: "rule.status.pass" },
];

const invalid: EvalCase[] = [
  { name: "conducted is not yet effectively conducted", rule: "有效开展", series: { 2022: "开展" }, verdict: "REVIEW", id: "rule.status.review", data: { year: 2022, text: "开展", status: [ref("status.effectively_conducted")] }, zh: "2022年：“开展”未表明已有效开展，须人工判断", en: "2022: “开展” does not state “effectively conducted”: a person must judge it" },
  { name: "another status", rule: "建立", series: { 2022: "已开展" }, verdict: "REVIEW", id: "rule.status.review", data: { text: "已开展", status: [ref("status.established")] } },
  { name: "a number with its unit", rule: "有效保障", series: { 2022: 100 }, unit: "%", verdict: "REVIEW", id: "rule.status.review", data: { text: "100%" } },
  { name: "other text", rule: "建立", series: { 2022: "正在建立" }, verdict: "REVIEW", id: "rule.status.review", data: { text: "正在建立" } },
  { name: "none present", rule: "建立", series: { 2022: "无黑臭水体" }, verdict: "REVIEW", id: "rule.status.review" },
  { name: "no value", rule: "建立", series: { 2021: "已建立" }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: "建立", series: { 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable", data: { year: 2022 } },
];

const adequate: JudgeCase[] = [
  { name: "the same status", standard: "建立", target: "建立", verdict: "PASS", id: "target.status.pass", data: { status: [ref("status.established")] }, zh: "目标表明“建立”", en: "the target states “established”" },
  { name: "the status with 已", standard: "建立", target: "已建立", verdict: "PASS", id: "target.status.pass" },
  { name: "a stronger status", standard: "开展", target: "有效开展", verdict: "PASS", id: "target.status.pass", data: { status: [ref("status.conducted")] } },
  { name: "formulated and implemented for compiled", standard: "编制", target: "制定实施", verdict: "PASS", id: "target.status.pass" },
  { name: "either part of 且", standard: "建立", target: "≥20，且建立", verdict: "PASS", id: "target.status.pass" },
];

const inadequate: JudgeCase[] = [
  { name: "a weaker status", standard: "有效开展", target: "开展", verdict: "REVIEW", id: "target.status.review", data: { status: [ref("status.effectively_conducted")] }, zh: "目标未表明“有效开展”", en: "the target does not state “effectively conducted”" },
  { name: "a number", standard: "有效保障", target: "100", unit: "%", verdict: "REVIEW", id: "target.status.review" },
  { name: "或 of two statuses guarantees neither", standard: "建立", target: "建立或开展", verdict: "REVIEW", id: "target.status.review" },
  { name: "a target of 不涉及", standard: "建立", target: "不涉及", verdict: "N/A", id: "rule.notApplicable" },
];

runRuleTester("status", { valid, invalid, adequate, inadequate });
