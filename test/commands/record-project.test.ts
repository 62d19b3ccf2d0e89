/** `record --project` as a user runs it: placed, verified, locked, whole, refusing a changed value without --force. */
import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  lstatSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { BIN, cli } from "./run.js";

const SEED = "seeds/lingling.yaml";
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "record-project-"));
  const file = join(dir, "lingling.yaml");
  copyFileSync(SEED, file);
  return file;
};
type Item = { id: number; progress?: Record<string, Record<string, unknown>> };
const progress = (file: string, id: number) =>
  (parse(readFileSync(file, "utf8")) as { projects: { items: Item[] } }).projects.items.find((p) => p.id === id)!
    .progress;

function start(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stderr })));
}

describe("record --project", () => {
  it("writes the year's progress into the named project only, and the file still checks", () => {
    const file = copy();
    const before = readFileSync(file, "utf8");
    const r = cli([
      "record",
      file,
      "--year",
      "2024",
      "--project",
      "4",
      "--invested",
      "6000",
      "--status",
      "在建",
      "--note",
      "区住建局报",
    ]);
    expect([r.status, r.stdout]).toEqual([0, 'project 4 2024: {invested: 6000, status: 在建, note: "区住建局报"}\n']);
    expect(progress(file, 4)).toEqual({ 2024: { invested: 6000, status: "在建", note: "区住建局报" } });
    const after = readFileSync(file, "utf8");
    // One line added, every other byte kept.
    expect(after.split("\n").length).toBe(before.split("\n").length + 1);
    expect(after.replace(/^ {6}progress: .*\n/m, "")).toBe(before);
    expect(cli([file, "-q"]).status).not.toBe(2);
  });
  it("progress the file itself refuses (a cumulative investment above a later year's) is named with its place, not blamed on the layout", () => {
    const file = copy();
    const text = readFileSync(file, "utf8");
    // A later year already recorded for project 4: 2026, 3000 万元 invested.
    writeFileSync(
      file,
      text.replace(/(\n {4}- id: 4\n)/, "$1      progress: {2026: {invested: 3000, status: 在建}}\n"),
    );
    const before = readFileSync(file, "utf8");
    expect(progress(file, 4)).toEqual({ 2026: { invested: 3000, status: "在建" } });
    const r = cli(["record", file, "--year", "2024", "--project", "4", "--invested", "5000"]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/report this file's layout/);
    expect(r.stderr).toMatch(/line \d+/);
    expect(r.stderr).toMatch(/2026/);
    expect(r.stderr).toMatch(/5000/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("the same progress again is already recorded; a changed one needs --force; the file is untouched when refused", () => {
    const file = copy();
    cli(["record", file, "--year", "2024", "--project", "13", "--invested", "1000"]);
    const again = cli(["record", file, "--year", "2024", "--project", "13", "--invested", "1000"]);
    expect([again.status, again.stdout]).toEqual([0, "project 13 2024: {invested: 1000} (already recorded)\n"]);
    const held = readFileSync(file, "utf8");
    const refused = cli(["record", file, "--year", "2024", "--project", "13", "--invested", "1500"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("project 13: 2024 already holds invested 1000; 1000 → 1500 needs --force");
    // At the year's progress the file holds.
    const lines = held.split("\n");
    const line = lines.findIndex((l) => l.includes("{2024: {invested: 1000}}"));
    expect(refused.stderr).toContain(
      `${file}:${line + 1}:${lines[line]!.indexOf("{invested: 1000}") + 1}: project 13:`,
    );
    expect(readFileSync(file, "utf8")).toBe(held);
    const forced = cli([
      "record",
      file,
      "--year",
      "2024",
      "--project",
      "13",
      "--invested",
      "1500",
      "--status",
      "在建",
      "--force",
    ]);
    expect([forced.status, forced.stdout]).toEqual([
      0,
      "project 13 2024: {invested: 1000} → {invested: 1500, status: 在建}\n",
    ]);
    expect(progress(file, 13)).toEqual({ 2024: { invested: 1500, status: "在建" } });
  });
  it.each([
    [["--project", "99", "--invested", "1"], "no key project “99” in this file's projects"],
    [["--project", "4", "--status", "快完了"], "project 4: --status “快完了” is not a status"],
    [["--project", "4", "--invested", "abc"], "project 4: --invested “abc” is not an amount"],
    [["--project", "4"], "nothing to record for project 4"],
    [["--project", "4", "--invested", "1", "--set", "1=2"], "--project records one project's progress"],
    [["--invested", "1"], "give the project with --project ID"],
  ])("refused with a sentence: %j", (args, sentence) => {
    const file = copy();
    const r = cli(["record", file, "--year", "2024", ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(sentence);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(SEED, "utf8"));
  });
  it("two records at once on one file take turns: neither progress is lost, no lock or temp file is left", async () => {
    const file = copy();
    const runs = await Promise.all(
      [4, 5, 6, 7].map((id) =>
        start(["record", file, "--year", "2024", "--project", String(id), "--invested", String(id * 100)]),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7].map((id) => progress(file, id))).toEqual(
      [4, 5, 6, 7].map((id) => ({ 2024: { invested: id * 100 } })),
    );
    expect(readdirSync(join(file, ".."))).toEqual(["lingling.yaml"]);
  }, 30_000);
  it("waits for a held lock, then writes", async () => {
    const file = copy();
    mkdirSync(`${file}.lock`);
    const waiting = start(["record", file, "--year", "2024", "--project", "4", "--status", "建成"]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(progress(file, 4)).toBeUndefined();
    rmSync(`${file}.lock`, { recursive: true });
    expect((await waiting).status).toBe(0);
    expect(progress(file, 4)).toEqual({ 2024: { status: "建成" } });
  }, 30_000);
  it("through a symbolic link: the target is written, the link stays", () => {
    const file = copy();
    const link = join(file, "..", "link.yaml");
    symlinkSync(file, link);
    expect(cli(["record", link, "--year", "2024", "--project", "4", "--invested", "10"]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(progress(file, 4)).toEqual({ 2024: { invested: 10 } });
  });
  it("in Chinese", () => {
    const file = copy();
    expect(cli(["record", file, "--year", "2024", "--project", "4", "--invested", "10", "--lang", "zh"]).stdout).toBe(
      "工程 4 2024年：{invested: 10}\n",
    );
  });
  it("--from a table of project rows: each row's progress, problems named by their cells", () => {
    const file = copy();
    const csv = join(file, "..", "progress.csv");
    writeFileSync(
      csv,
      "序号,项目名称,累计投资（万元）,状态,备注\r\n4,污水处理厂,6000,在建,区住建局报\r\n13,石漠化治理工程,,建成,\r\n",
    );
    const r = cli(["record", file, "--year", "2024", "--from", csv]);
    expect([r.status, r.stdout]).toEqual([
      0,
      'project 4 2024: {invested: 6000, status: 在建, note: "区住建局报"}\nproject 13 2024: {status: 建成}\n',
    ]);
    expect(progress(file, 13)).toEqual({ 2024: { status: "建成" } });
    const again = cli(["record", file, "--year", "2024", "--from", csv]);
    expect(again.stdout).toContain("(already recorded)");
    const bad = join(file, "..", "bad.csv");
    writeFileSync(bad, "项目编号,累计投资\n4,7000\n99,1\n");
    const held = readFileSync(file, "utf8");
    const refused = cli(["record", file, "--year", "2024", "--from", bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "bad.csv:2: project 4: 2024 already holds invested 6000; 6000 → 7000 needs --force",
    );
    expect(refused.stderr).toContain("bad.csv:3: no key project “99” in this file's projects");
    expect(readFileSync(file, "utf8")).toBe(held);
  });
});
