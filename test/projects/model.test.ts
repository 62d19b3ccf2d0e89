/** `projects:` read into the model: the seed's 附表1, located errors, the words accepted. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fastLoad, loaded as load, loadErrors as errors, locatingLoad } from "../load/paths.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));
const seedText = readFileSync(SEED, "utf8");

const HEAD = `region: {name: 测试区}
plan: {base_year: 2022}
indicators:
  - {id: "1", name: x, standard: "≥1"}
projects:
  items:
`;
const project = (extra = "") =>
  `    - id: 4\n      name: 污水处理厂\n      investment: 7700\n      period: "2023-2024"\n${extra}`;

describe("projects in the model", () => {
  it("the seed lists the 34 projects of 附表1 with the stated 合计, each at its line", () => {
    const projects = load(seedText).projects!;
    expect(projects.items).toHaveLength(34);
    expect(projects.items.map((p) => p.id)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    expect(projects.statedTotal).toBe(1730592);
    const lines = seedText.split("\n");
    for (const p of projects.items) expect(lines[p.line - 1]).toMatch(new RegExp(`- id: ${p.id}$`));
    // The transcription agrees with the raw YAML (read by another parser) field for field.
    const raw = (parse(seedText) as { projects: { items: Array<Record<string, unknown>> } }).projects.items;
    raw.forEach((r, i) => {
      const p = projects.items[i]!;
      expect(p.investment).toBe(r.investment);
      expect(p.lead).toEqual(r.lead);
      expect(p.period.text).toBe(r.period);
      expect(`${p.period.start}-${p.period.end}`).toBe(r.period);
    });
  });

  it("the fast path reads the seed's projects as the locating path does", () => {
    const fast = fastLoad(seedText, "x");
    expect(fast?.ok).toBe(true);
    expect(fast).toEqual(locatingLoad(seedText, "x"));
  });

  it("words in either language, a lone lead unit, progress by year", () => {
    const file = load(
      `${HEAD}${project(`      kind: 续建\n      lead: 区水利局\n      progress:\n        2023: {invested: 3000, status: in progress}\n        2024: {invested: 7700, status: 建成, note: 已通水}\n`)}`,
    );
    const p = file.projects!.items[0]!;
    expect(p).toMatchObject({ id: "4", kind: "continued", lead: ["区水利局"], period: { start: 2023, end: 2024 } });
    expect(p.progress).toEqual([
      { year: 2023, invested: 3000, status: "in_progress", line: 14 },
      { year: 2024, invested: 7700, status: "completed", note: "已通水", line: 15 },
    ]);
  });

  it("a misspelt field is located and gets a did-you-mean", () => {
    const e = errors(`${HEAD}${project("      leads: [x]\n      progres: {}\n")}`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        line: 11,
        column: 7,
        message: expect.objectContaining({
          id: "error.unknownField.suggest",
          data: expect.objectContaining({ field: "leads", suggestion: "lead" }),
        }),
      }),
      expect.objectContaining({
        code: "unknown-field",
        line: 12,
        column: 7,
        message: expect.objectContaining({
          data: expect.objectContaining({ field: "progres", suggestion: "progress" }),
        }),
      }),
    ]);
  });

  it("a misspelt status and a misspelt progress field are located, with the word meant", () => {
    const e = errors(
      `${HEAD}${project("      progress:\n        2023: {invested: 10, status: 在見}\n        2024: {invsted: 20}\n")}`,
    );
    expect(e).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        line: 12,
        message: expect.objectContaining({ data: expect.objectContaining({ field: "status" }) }),
      }),
      expect.objectContaining({
        code: "unknown-field",
        line: 13,
        message: expect.objectContaining({
          data: expect.objectContaining({ field: "invsted", suggestion: "invested" }),
        }),
      }),
    ]);
  });

  it("a period that is not two years, a duplicated id, cumulative investment that falls: each an error at its line", () => {
    expect(errors(`${HEAD}${project().replace('"2023-2024"', "2023年")}`)).toEqual([
      expect.objectContaining({ code: "invalid-value", line: 10 }),
    ]);
    expect(errors(`${HEAD}${project().replace('"2023-2024"', '"2025-2023"')}`)).toEqual([
      expect.objectContaining({ message: expect.objectContaining({ id: "error.project.periodOrder" }), line: 10 }),
    ]);
    expect(errors(`${HEAD}${project()}${project()}`)).toEqual([
      expect.objectContaining({
        code: "duplicate-project",
        line: 11,
        message: expect.objectContaining({ data: { id: "4", line: 7 } }),
      }),
    ]);
    expect(errors(`${HEAD}${project("      progress: {2023: {invested: 3000}, 2024: {invested: 2000}}\n")}`)).toEqual([
      expect.objectContaining({
        message: expect.objectContaining({
          id: "error.project.investedFalls",
          data: expect.objectContaining({ year: 2024, invested: 2000, before: 3000 }),
        }),
        line: 11,
      }),
    ]);
  });
});
