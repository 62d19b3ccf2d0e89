/**
 * 持续改善, 近3年逐年提高 (src/rules/kinds/trend.ts): the window's years, and a value that is no number.
 * Cases found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { runRuleTester } from "./ruleTester.js";

runRuleTester("trend", {
  invalid: [
    {
      name: "近3年逐年提高 needs four values: three are not enough",
      rule: "近3年逐年提高",
      series: { 2020: 1, 2021: 2, 2022: 3 },
      verdict: "MISSING",
      id: "rule.trend.window",
      data: { years: 3, from: 2019, missing: "2019" },
    },
    {
      name: "近3年逐年提高 names each missing year",
      rule: "近3年逐年提高",
      series: { 2021: 1, 2022: 2 },
      verdict: "MISSING",
      id: "rule.trend.window",
      data: { missing: "2019, 2020" },
      en: "continuously rising over the last 3 years: needs a value for every year 2019–2022; missing 2019, 2020",
    },
    {
      name: "近3年逐年提高 names a missing year late in the window (2021), not only early ones",
      rule: "近3年逐年提高",
      series: { 2019: 1, 2020: 2, 2022: 4 },
      verdict: "MISSING",
      id: "rule.trend.window",
      data: { missing: "2021" },
    },
    {
      name: "none present is not a full share against a trend",
      rule: "持续改善",
      series: { 2021: 50, 2022: "无黑臭水体" },
      unit: "%",
      verdict: "REVIEW",
      id: "value.nonePresent.review",
    },
  ],
  adequate: [
    {
      name: "持续改善 as a target states the trend",
      standard: "持续改善",
      target: "持续改善",
      base: 80,
      verdict: "PASS",
      id: "target.trend.stated",
    },
  ],
});
