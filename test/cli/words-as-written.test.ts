/** Status words, amounts and zone words as people write them: record --project, init --zone. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { amountOfText } from "../../src/projects/amounts.js";
import { SEED, run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "lingling-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("amountOfText", () => {
  it.each([
    ["3700", 3700],
    ["3,700", 3700],
    ["３７００", 3700],
    ["3700万元", 3700],
    ["3700万", 3700],
    ["0.37亿元", 3700],
    ["1亿元", 10000],
    ["37000000元", 3700],
    [" 3700 万元 ", 3700],
    ["0.1", 0.1],
  ])("%s is %d 万元", (text, wan) => expect(amountOfText(text)).toBe(wan));

  it.each(["很多", "-5", "3700美元", "3000万—5000万元", "约3700万元", "15万m3", "", "3,70"])(
    "%s is not an amount",
    (text) => expect(amountOfText(text)).toBeUndefined(),
  );
});

describe("record --project", () => {
  it("takes 3700万元, 0.37亿元 and 3,700 as 3700 万元, and 完工, 已开工, 建设中 as states", () => {
    const file = join(dir, "record.yaml");
    copyFileSync(SEED, file);
    const cases = [
      ["4", "3700万元", "完工"],
      ["5", "0.37亿元", "已开工"],
      ["6", "3,700", "建设中"],
    ] as const;
    for (const [id, invested, status] of cases) {
      const r = run([
        "--lang",
        "zh",
        "record",
        file,
        "--year",
        "2024",
        "--project",
        id,
        "--invested",
        invested,
        "--status",
        status,
      ]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
    const text = readFileSync(file, "utf8");
    expect(text).toContain("progress: {2024: {invested: 3700, status: 完工}}");
    expect(text).toContain("progress: {2024: {invested: 3700, status: 已开工}}");
    expect(text).toContain("progress: {2024: {invested: 3700, status: 建设中}}");
    // The file with those words is read back as the check reads it: 完工 is completed.
    const json = JSON.parse(run(["-f", "json", "--year", "2024", "--exit-zero", file]).stdout) as {
      files: Array<{ projects?: { items: Array<{ id: string | number; status?: string }> } }>;
    };
    const items = json.files[0]!.projects!.items;
    expect(items.find((p) => String(p.id) === "4")?.status).toBe("completed");
  });

  it("refuses 3700美元 and says how an amount is written", () => {
    const file = join(dir, "refuse.yaml");
    copyFileSync(SEED, file);
    const r = run(["--lang", "zh", "record", file, "--year", "2024", "--project", "7", "--invested", "3700美元"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "工程 7：--invested “3700美元”不是金额：应为不小于 0 的万元数，如 3700、3,700、3700万元、0.37亿元",
    );
  });
});

describe("init --zone", () => {
  it.each([
    ["中部", "central"],
    ["西部地区", "west"],
    ["东北", "northeast"],
    ["east", "east"],
  ])("takes %s as the template offers it", (word, zone) => {
    const r = run(["--lang", "zh", "init", "--name", "某县", "--zone", word, "--base-year", "2022"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`  zone: ${zone}\n`);
  });

  it("refuses 南部 with the words it takes", () => {
    const r = run(["--lang", "zh", "init", "--name", "某县", "--zone", "南部"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "可选值：east, central, west, northeast, 东部, 东部地区, 中部, 中部地区, 西部, 西部地区, 东北, 东北地区。",
    );
  });
});
