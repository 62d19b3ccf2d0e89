import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = () => tempDir("init-");

describe("init → fill in values → check", () => {
  it("writes a commented file that checks straight away: every value MISSING, exit 1", () => {
    const d = dir();
    const file = join(d, "county.yaml");
    const init = cli(["init", "--name", "测试县", "--zone", "west", "--base-year", "2022", "-o", file]);
    expect(init.status).toBe(0);
    const text = readFileSync(file, "utf8");
    // The schema the package ships (an upgrade keeps it current), named relative to the file; nothing else written.
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split("\n")[0]!)?.[1];
    expect(schema && resolve(d, schema)).toBe(join(ROOT, "schemas", "indicator-file.schema.json"));
    expect(readdirSync(d)).toEqual(["county.yaml"]);
    expect(text).toContain("# 4 PM2.5浓度（μg/m³） — 国家标准：完成上级规定的考核任务，且保持稳定或持续下降（约束性）");

    const check = cli(["-q", file]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("binding 25: 25 missing — reference 6: 6 missing — overall INCOMPLETE");
  });

  it("--help says what -o writes: the indicator file only, whose first line names the installed schema", () => {
    for (const lang of ["en", "zh"]) {
      const help = cli(["init", "--help", "--lang", lang]).stdout.replace(/\s+/g, " ");
      expect(help).not.toMatch(/JSON Schema beside|旁边写入 JSON Schema/);
    }
    expect(cli(["init", "--help", "--lang", "en"]).stdout.replace(/\s+/g, " ")).toContain(
      "write to FILE (whole or not at all; its first line names the JSON Schema the package installs, for editors) instead of standard output",
    );
    expect(cli(["init", "--help", "--lang", "zh"]).stdout.replace(/\s+/g, " ")).toContain(
      "写入该文件（完整写入或不写；首行注明随工具安装的 JSON Schema，供编辑器使用），而非标准输出",
    );
  });

  it("printed to standard output, its first line names the schema relative to the working folder, where the file is saved", () => {
    const d = dir();
    const text = cli(["init", "--name", "测试县", "--zone", "west"], { cwd: d }).stdout;
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split("\n")[0]!)?.[1];
    expect(schema && resolve(d, schema)).toBe(join(ROOT, "schemas", "indicator-file.schema.json"));
    expect(readdirSync(d)).toEqual([]);
  });

  it("after values are filled in, the checks judge them", () => {
    const d = dir();
    const file = join(d, "county.yaml");
    expect(cli(["init", "--name", "测试县", "--zone", "west", "--base-year", "2022", "-o", file]).status).toBe(0);
    const doc = parseDocument(readFileSync(file, "utf8"));
    const rows = doc.get("indicators") as {
      items: Array<{ get(k: string): unknown; set(k: string, v: unknown): void }>;
    };
    for (const item of rows.items) {
      if (item.get("id") === "1") item.set("baseline", 25.5);
      if (item.get("id") === "5.2") item.set("baseline", 90);
      if (item.get("id") === "R1") item.set("baseline", 33.3);
    }
    writeFileSync(file, doc.toString());
    const json = JSON.parse(cli(["-f", "json", file]).stdout) as {
      files: Array<{ indicators: Array<{ id: string; checks: Record<string, { verdict: string }> }> }>;
    };
    const verdict = (id: string) => json.files[0]!.indicators.find((i) => i.id === id)!.checks.baseline!.verdict;
    expect(verdict("1")).toBe("PASS");
    expect(verdict("5.2")).toBe("FAIL"); // 90 < 95
    expect(verdict("R1")).toBe("PASS"); // a western county that is no urban district needs ≥30
    expect(cli([file]).status).toBe(1);
  });

  it("never overwrites a file without --force, and leaves it untouched", () => {
    const d = dir();
    const file = join(d, "county.yaml");
    writeFileSync(file, "mine\n");
    const again = cli(["init", "--name", "x", "--zone", "east", "-o", file]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("exists: use --force");
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect(cli(["init", "--name", "x", "--zone", "east", "-o", file, "--force"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("standard: county-2024");
  });

  it("requires a name and a known zone", () => {
    expect(cli(["init", "--zone", "east"]).status).toBe(2);
    const bad = cli(["init", "--name", "x", "--zone", "south"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/south/);
  });
});

describe("standards and explain", () => {
  it("lists the shipped editions and prints one", () => {
    expect(cli(["standards"]).stdout).toMatch(/^county-2024\t/);
    const rows = cli(["standards", "county-2024"]);
    expect(rows.status).toBe(0);
    expect(rows.stdout).toContain("农田灌溉水有效利用系数");
    expect(cli(["standards", "city-2030"]).status).toBe(2);
  });

  it("explains an indicator: its rule as parsed and the product's choices", () => {
    const out = cli(["explain", "4"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("all of:");
    expect(out.stdout).toContain("- 保持稳定或持续下降 — No move the wrong way beyond the tolerance");
    expect(out.stdout).toContain("tolerance for “stable” is 0");
    expect(cli(["explain", "4", "--lang", "zh"]).stdout).toContain("容差默认为 0");
    const unknown = cli(["explain", "R7"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("R7");
  });
});

describe("writing into a folder that does not exist", () => {
  it.each([
    [["init", "--name", "x", "--zone", "east", "-o"], "x.yaml"],
    [["schema", "-o"], "s.json"],
  ])("%j makes the folder; one that cannot be made is said in words", (args, name) => {
    const root = dir();
    const made = cli([...args, join(root, "new", "deeper", name)]);
    expect([made.status, made.stderr]).toEqual([0, ""]);
    expect(readdirSync(join(root, "new", "deeper"))).toEqual([name]);
    // A file where a folder should be.
    writeFileSync(join(root, "plain"), "");
    const r = cli([...args, join(root, "plain", "folder", name)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `lingling-check: cannot write ${join(root, "plain", "folder", name)}: a part of the path is not a folder\n`,
    );
  });
});

describe("init refuses options it cannot make a file of, naming the option", () => {
  it.each([
    [["--base-year", "2100"], "--base-year", /2100/],
    [["--base-year", "2099"], "--base-year", /2102/],
    [["--base-year", "2022", "--near-term", "2020"], "--near-term", /2022/],
    [["--base-year", "2022", "--near-term", "2025", "--long-term", "2025"], "--long-term", /2025/],
    [["--base-year", "abc"], "--base-year", /abc/],
    [["--near-term", "20x5"], "--near-term", /20x5/],
    [["--name", "零陵\n区"], "--name", /\\n/],
  ])("%j → a sentence about %s", (args, option, detail) => {
    const withName = args.includes("--name") ? args : ["--name", "测试县", ...args];
    const r = cli(["init", ...withName, "--zone", "west"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toMatch(new RegExp(`^lingling-check: ${option} `));
    expect(r.stderr).toMatch(detail);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("the last base year that leaves room for both plan years works", () => {
    const r = cli(["init", "--name", "测试县", "--zone", "west", "--base-year", "2090"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("long_term: 2098");
  });
});

describe("init's commented key projects example", () => {
  /** The file with the example's lines uncommented, as a user does: `# ` removed from `# projects:` on. */
  function uncommented(text: string): string {
    const lines = text.split("\n");
    const start = lines.indexOf("# projects:");
    expect(start).toBeGreaterThan(0);
    let end = start + 1;
    while (end < lines.length && lines[end]!.startsWith("#   ")) end++;
    return [...lines.slice(0, start), ...lines.slice(start, end).map((l) => l.slice(2)), ...lines.slice(end)].join(
      "\n",
    );
  }
  const projectsOf = (file: string) =>
    (
      JSON.parse(cli(["-f", "json", "--exit-zero", "--year", "2023", file]).stdout) as {
        files: Array<{ projects?: { items: Array<Record<string, unknown>> } }>;
      }
    ).files[0]!.projects;

  it("is commented out: the file loads without projects", () => {
    const file = join(dir(), "county.yaml");
    expect(cli(["init", "--name", "测试县", "--zone", "west", "--base-year", "2022", "-o", file]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# ── 重点工程（附表1，可选）──");
    expect(parseDocument(text).has("projects")).toBe(false);
    expect(cli(["-q", file]).status).toBe(1);
    expect(projectsOf(file)).toBeUndefined();
  });

  it("uncommented, the file loads with one project that has every field and a year's progress", () => {
    const file = join(dir(), "county.yaml");
    expect(cli(["init", "--name", "测试县", "--zone", "west", "--base-year", "2022", "-o", file]).status).toBe(0);
    writeFileSync(file, uncommented(readFileSync(file, "utf8")));
    const raw = parseDocument(readFileSync(file, "utf8")).toJS() as {
      projects: { items: Array<Record<string, unknown>> };
    };
    expect(raw.projects.items).toHaveLength(1);
    const fields = [
      "id",
      "name",
      "domain",
      "task",
      "content",
      "kind",
      "investment",
      "period",
      "lead",
      "indicators",
      "progress",
      "note",
    ];
    expect(Object.keys(raw.projects.items[0]!).sort()).toEqual([...fields].sort());
    expect(cli(["-q", file]).status).toBe(1); // loads (exit 2 would be an input error); values still MISSING
    const projects = projectsOf(file)!;
    expect(projects.items).toHaveLength(1);
    expect(projects.items[0]).toMatchObject({ id: "1", status: "in_progress" });
  });
});
