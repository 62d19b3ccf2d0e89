/** The key projects' checks, through the built binary: the seed's 附表1, and synthetic progress for 2023–2025. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, read, removeTempDirs, run, tempDir } from "../cli/run.js";
import { seeded } from "../support/random.js";

const PROGRESS = fileURLToPath(new URL("fixtures/progress.yaml", import.meta.url));
const OTHER = fileURLToPath(new URL("fixtures/other-region.yaml", import.meta.url));

interface Finding {
  code: string;
  project?: string;
  line: number;
  message: string;
}
interface Item {
  id: string;
  lead: string[];
  verdict: string;
  findings: Finding[];
  status?: string;
}
interface ProjectsJson {
  year?: number;
  margin: number;
  margin_source: string;
  verdict: string;
  decides: boolean;
  consistency: {
    stated_total?: number;
    sum: number;
    total_agrees?: boolean;
    findings: Finding[];
    by_domain: Array<{ key: string; investment: number }>;
    near_search?: { searched: number; contents: number };
  };
  items: Item[];
  summary: { total: { count: number; completed: number } };
}

function json(args: string[]) {
  const r = run(["-f", "json", ...args]);
  expect(r.stderr).not.toMatch(/error/);
  return {
    status: r.status,
    report: JSON.parse(r.stdout) as {
      files: Array<{ overall: string; projects: ProjectsJson }>;
      summary: {
        overall: string;
        projects?: {
          files: number;
          count: number;
          investment: number;
          completed: number;
          regions: Array<{ region: string; count: number }>;
        };
      };
    },
  };
}
const projectsOf = (args: string[]) => json(args).report.files[0]!.projects;
const flagged = (p: ProjectsJson, code: string) =>
  p.items.filter((i) => i.findings.some((f) => f.code === code)).map((i) => i.id);

/** Money a content writes, read here on its own terms: a number before 万元 or 亿元, in 万元. */
const moneyIn = (content: string) =>
  [...content.matchAll(/(\d+(?:\.\d+)?)\s*(万元|亿元)/g)].map((m) => Number(m[1]) * (m[2] === "亿元" ? 10000 : 1));

afterAll(removeTempDirs);

describe("the seed's 附表1", () => {
  const raw = (
    parse(read(SEED)) as {
      projects: {
        stated_total: number;
        items: Array<{ id: number; investment: number; content: string; domain: string }>;
      };
    }
  ).projects;
  const p = projectsOf([SEED]);

  it("the stated 合计 agrees with the sum of the 34 investment columns, and subtotals by domain add up to it", () => {
    const sum = raw.items.reduce((s, i) => s + i.investment, 0);
    expect(raw.items).toHaveLength(34);
    expect(p.consistency).toMatchObject({ stated_total: raw.stated_total, sum, total_agrees: true });
    expect(p.consistency.findings.filter((f) => f.code === "total-mismatch")).toEqual([]);
    expect(p.consistency.by_domain.reduce((s, d) => s + d.investment, 0)).toBe(sum);
    for (const d of p.consistency.by_domain)
      expect(d.investment).toBe(raw.items.filter((i) => i.domain === d.key).reduce((s, i) => s + i.investment, 0));
  });

  it("the content-amount check names the projects whose content states another amount than the column, and only those", () => {
    const found = new Set(p.consistency.findings.filter((f) => f.code === "content-amount").map((f) => f.project));
    expect(found.size).toBeGreaterThan(0);
    for (const item of raw.items) {
      const amounts = moneyIn(item.content);
      if (found.has(String(item.id))) {
        expect(amounts.some((a) => a !== item.investment)).toBe(true);
        expect(amounts).not.toContain(item.investment);
      } else {
        // No amount, or one that is the column, or amounts (phases, ranges) that can add up to it.
        const upTo = amounts.reduce((s, a) => s + a, 0);
        const low = [...item.content.matchAll(/(\d+)万\s*[—–-]\s*(\d+)万元/g)].reduce(
          (s, m) => s - (Number(m[2]) - Number(m[1])),
          upTo,
        );
        expect(
          amounts.length === 0 ||
            amounts.includes(item.investment) ||
            (low <= item.investment && item.investment <= upTo),
        ).toBe(true);
      }
    }
    // Each finding shows both amounts.
    for (const f of p.consistency.findings.filter((x) => x.code === "content-amount")) {
      const item = raw.items.find((i) => String(i.id) === f.project)!;
      expect(f.message).toContain(String(item.investment));
      expect(moneyIn(item.content).some((a) => f.message.includes(String(a)))).toBe(true);
    }
  });

  it("a content the plan gives twice is named, with the project it repeats", () => {
    const dup = p.consistency.findings.filter((f) => f.code === "duplicate-content");
    expect(dup.length).toBeGreaterThan(0);
    for (const f of dup) {
      const item = raw.items.find((i) => String(i.id) === f.project)!;
      const other = raw.items.find(
        (i) => i !== item && i.content === item.content && f.message.includes(`project ${i.id}`),
      );
      expect(other).toBeDefined();
    }
  });

  it("without progress, schedule and pace are not judged; the plan's findings never change the overall", () => {
    expect(p.year).toBeUndefined();
    expect(
      p.items.every((i) =>
        i.findings.every((f) => ["content-amount", "duplicate-content", "similar-content"].includes(f.code)),
      ),
    ).toBe(true);
    const dir = tempDir();
    const without = join(dir, "no-projects.yaml");
    writeFileSync(without, read(SEED).split("\nprojects:")[0]!);
    expect(json([SEED]).report.files[0]!.overall).toBe(json([without]).report.files[0]!.overall);
  });
});

describe("synthetic progress for 2023–2025", () => {
  it.each([
    [2023, { overdue: [], lagging: ["7"], late: ["11"] }],
    [2024, { overdue: ["4"], lagging: ["4"], late: ["11"] }],
    [2025, { overdue: ["4"], lagging: [], late: ["11"] }],
  ])("in %i: overdue, lagging and late projects", (year, expected) => {
    const p = projectsOf(["--year", String(year), PROGRESS]);
    expect(p.year).toBe(year);
    expect({ overdue: flagged(p, "overdue"), lagging: flagged(p, "lagging"), late: flagged(p, "late") }).toEqual(
      expected,
    );
    // Finished early (6 in 2023, 7 and 16 on time): never flagged.
    for (const id of ["6", "16", "17"]) expect(p.items.find((i) => i.id === id)!.findings).toEqual([]);
  });

  it("the table lists overdue and lagging projects with their lead units, in either language", () => {
    const en = run(["--year", "2024", PROGRESS]).stdout;
    expect(en).toMatch(/project 4 .*overdue.*lead: 零陵产业开发区、潇湘源城发集团/);
    expect(en).toMatch(/project 4 .*滞后.*lead: 零陵产业开发区、潇湘源城发集团/);
    const zh = run(["--lang", "zh", "--year", "2023", PROGRESS]).stdout;
    expect(zh).toMatch(/工程 7 零陵区城市防洪工程：滞后.*牵头单位：区水利局/);
    expect(zh).toMatch(/工程 11 .*未按期开工.*牵头单位：区生态环境分局、珠山镇/);
  });

  it("the stated total that is not the sum is a warning with both amounts", () => {
    const f = projectsOf([PROGRESS]).consistency.findings.find((x) => x.code === "total-mismatch")!;
    expect(f.message).toContain("303400");
    expect(f.message).toContain("332300");
  });

  it("the margin: 20 points by default, the file's projects.margin, and --project-margin over both", () => {
    expect(projectsOf(["--year", "2023", PROGRESS])).toMatchObject({ margin: 20, margin_source: "default" });
    // Project 7 in 2023: 2000 of 18000 (11.1%) with a third of its period gone: 22.2 points behind.
    expect(flagged(projectsOf(["--year", "2023", "--project-margin", "23", PROGRESS]), "lagging")).toEqual([]);
    const dir = tempDir();
    const file = join(dir, "margin.yaml");
    writeFileSync(file, read(PROGRESS).replace("projects:\n", "projects:\n  margin: 25\n"));
    expect(projectsOf(["--year", "2023", file])).toMatchObject({ margin: 25, margin_source: "file" });
    expect(flagged(projectsOf(["--year", "2023", file]), "lagging")).toEqual([]);
    // Project 4 in 2023: 3000 of 7700 (39%) with half its period gone: 11 points behind.
    expect(flagged(projectsOf(["--year", "2023", "--project-margin", "10", file]), "lagging")).toEqual(["4", "7"]);
    expect(run(["--project-margin", "abc", PROGRESS])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--project-margin"),
    });
  });

  it("project warnings decide only with --fail-on projects", () => {
    const shown = run(["--year", "2024", PROGRESS]);
    expect(shown.status).toBe(0);
    const failing = run(["--year", "2024", "--fail-on", "projects", "-f", "json", PROGRESS]);
    expect(failing.status).toBe(1);
    const report = JSON.parse(failing.stdout) as { files: Array<{ overall: string; projects: ProjectsJson }> };
    expect(report.files[0]).toMatchObject({ overall: "FAIL", projects: { decides: true, verdict: "WARN" } });
  });

  it("a batch sums the projects across regions", () => {
    const { report } = json(["--year", "2024", PROGRESS, OTHER]);
    expect(report.summary.projects).toMatchObject({ files: 2, count: 8, investment: 332300 + 8000 });
    expect(report.summary.projects!.regions.map((r) => [r.region, r.count])).toEqual([
      ["永州市零陵区", 6],
      ["测试县", 2],
    ]);
    const table = run(["--year", "2024", PROGRESS, OTHER]).stdout;
    expect(table).toMatch(/key projects across 2 files: 8 projects, 340300 万元/);
    const md = run(["-f", "markdown", "--lang", "zh", "--year", "2024", PROGRESS, OTHER]).stdout;
    expect(md).toMatch(/2 个文件的重点工程：共 8 项/);
  });
});

describe("10,000 contents drawn from a handful of letters", () => {
  it("are searched for near ones as far as the limit of work goes, and the run says so", () => {
    const next = seeded(7);
    const content = () => Array.from({ length: 140 }, () => "abcdefghij"[Math.floor(next() * 10)]).join("");
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `    - {id: ${i + 1}, name: p${i}, domain: d, task: t, content: ${content()}, kind: 新建, investment: 100, period: "2023-2025", lead: L}`,
    );
    const file = join(tempDir(), "few-letters.yaml");
    writeFileSync(
      file,
      `region: {name: 某县}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: x, standard: ≥1, baseline: 5}\nprojects:\n  items:\n${items.join("\n")}\n`,
    );
    const out = join(tempDir(), "out.json");
    const { status, stderr } = run([file, "-f", "json", "-o", out]);
    expect(status).toBe(0);
    const { consistency } = (JSON.parse(read(out)) as { files: Array<{ projects: ProjectsJson }> }).files[0]!.projects;
    expect(consistency.near_search).toEqual({ searched: expect.any(Number), contents: 10_000 });
    expect(stderr).toContain(`among the first ${consistency.near_search!.searched} of 10000 only`);
    expect(stderr).toMatch(
      /few-letters\.yaml: nearly the same project contents were searched for among the first \d+ of 10000 only, where the search reached its limit of work; the rest were matched with identical contents alone/,
    );
    // lint finds the same projects' findings, and says the same of its search.
    const linted = run(["lint", file]);
    expect(linted.stderr).toBe(
      `lingling-check: ${file}: nearly the same project contents were searched for among the first ${consistency.near_search!.searched} of 10000 only, where the search reached its limit of work; the rest were matched with identical contents alone\n`,
    );
  });
});
