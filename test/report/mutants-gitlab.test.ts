/**
 * GitLab Code Quality (src/report/gitlab.ts) on a file a user could write, against literal entries:
 * a description, check and severity per finding, its whole lines, and fingerprints that stay the
 * same when lines move above a finding and differ between findings (two errors of one code at one
 * place included).
 */
import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadFormatter } from "../../src/report/index.js";
import { CI, OPTIONS, inputErrorText, render } from "./ciFixture.js";

const FINGERPRINT = expect.stringMatching(/^[0-9a-f]{32}$/);
// biome-ignore lint/suspicious/noExplicitAny: an entry read back is checked field by field
const entries = (text: string): any[] => JSON.parse(text);

describe("GitLab Code Quality", () => {
  it("an entry per finding, one JSON object a line", async () => {
    const text = await render("gitlab");
    expect(text.startsWith("[\n  {")).toBe(true);
    expect(text.endsWith("}\n]\n")).toBe(true);
    expect(text.split("\n")).toHaveLength(13);
    expect(entries(text)).toEqual([
      {
        description: "2 空气质量优良天数比例 — baseline FAIL: 2022: 80% does not meet ≥85",
        check_name: "lingling-check/baseline",
        fingerprint: FINGERPRINT,
        severity: "info",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 12,
            end: 19,
          },
        },
      },
      {
        description:
          "2 空气质量优良天数比例 — progress FAIL: 2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85",
        check_name: "lingling-check/progress",
        fingerprint: FINGERPRINT,
        severity: "critical",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 12,
            end: 19,
          },
        },
      },
      {
        description:
          "3 生活垃圾无害化处理率 — baseline REVIEW: 2022 value “约95%” is approximate: give the figure itself",
        check_name: "lingling-check/baseline",
        fingerprint: FINGERPRINT,
        severity: "info",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 20,
            end: 26,
          },
        },
      },
      {
        description: "3 生活垃圾无害化处理率 — progress MISSING: no value for 2024",
        check_name: "lingling-check/progress",
        fingerprint: FINGERPRINT,
        severity: "critical",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 20,
            end: 26,
          },
        },
      },
      {
        description: "R1 农村生活污水治理率 — baseline WARN: 2022: 33% does not meet ≥60",
        check_name: "lingling-check/baseline",
        fingerprint: FINGERPRINT,
        severity: "info",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 27,
            end: 34,
          },
        },
      },
      {
        description:
          "R1 农村生活污水治理率 — progress WARN: 2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60",
        check_name: "lingling-check/progress",
        fingerprint: FINGERPRINT,
        severity: "minor",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 27,
            end: 34,
          },
        },
      },
      {
        description:
          "Key projects (附表1) total-mismatch: the stated total 5000 万元 differs from the sum of the 2 projects, 4000 万元 (difference 1000)",
        check_name: "lingling-check/project.total-mismatch",
        fingerprint: FINGERPRINT,
        severity: "minor",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 43,
            end: 43,
          },
        },
      },
      {
        description:
          "Key projects (附表1) 2 lagging: project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",
        check_name: "lingling-check/project.lagging",
        fingerprint: FINGERPRINT,
        severity: "minor",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 54,
            end: 62,
          },
        },
      },
      {
        description:
          "basic condition 2023 重特大突发环境事件 — FAIL: 2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024). The list of conditions is the file's own (the official list was not found).",
        check_name: "lingling-check/veto",
        fingerprint: FINGERPRINT,
        severity: "info",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 37,
            end: 37,
          },
        },
      },
      {
        description:
          "basic condition 2024 生态环境违法案件 — FAIL: 2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say. The list of conditions is the file's own (the official list was not found).",
        check_name: "lingling-check/veto",
        fingerprint: FINGERPRINT,
        severity: "critical",
        location: {
          path: "ci.yaml",
          lines: {
            begin: 39,
            end: 39,
          },
        },
      },
    ]);
  });

  it("fingerprints: one per finding, the same when a line is added above", async () => {
    const before = entries(await render("gitlab")).map((e) => e.fingerprint);
    const moved = entries(await render("gitlab", `# 2024年度自评\n${CI}`));
    expect(moved.map((e) => e.fingerprint)).toEqual(before);
    expect(moved[0].location.lines).toEqual({ begin: 13, end: 20 });
    expect(new Set(before).size).toBe(before.length);
  });

  it("input errors: blockers, each its own fingerprint even at one place", async () => {
    const text = await inputErrorText("gitlab");
    const list = entries(`[${text}\n]`);
    expect(list).toEqual([
      {
        description:
          "YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
        check_name: "lingling-check/input-error/yaml-syntax",
        fingerprint: FINGERPRINT,
        severity: "blocker",
        location: {
          path: "broken.yaml",
          lines: {
            begin: 2,
            end: 2,
          },
        },
      },
      {
        description:
          "YAML syntax: this [ or { is not closed: end it with ] or } (on a later line, indented past its key)",
        check_name: "lingling-check/input-error/yaml-syntax",
        fingerprint: FINGERPRINT,
        severity: "blocker",
        location: {
          path: "broken.yaml",
          lines: {
            begin: 2,
            end: 2,
          },
        },
      },
      {
        description: "unknown field “颜色”; expected one of: id, name",
        check_name: "lingling-check/input-error/unknown-field",
        fingerprint: FINGERPRINT,
        severity: "blocker",
        location: {
          path: "county.xlsx",
          lines: {
            begin: 3,
            end: 3,
          },
        },
      },
    ]);
    expect(new Set(list.map((e) => e.fingerprint)).size).toBe(3);
  });

  it("a run with no file: an empty list", async () => {
    expect((await loadFormatter("gitlab"))(summarizeRun([]), OPTIONS)).toBe("[\n]\n");
  });
});
