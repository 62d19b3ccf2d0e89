import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const seedText = readFileSync(SEED, "utf8");

function copy(): string {
  const file = join(tempDir("record-"), "lingling.yaml");
  copyFileSync(SEED, file);
  return file;
}

describe("record", () => {
  it("records a year still to come, and says so: values are observed, a plan's targets go in near_term / long_term", () => {
    const file = copy();
    // The calendar is the oracle: next year has not come whenever this runs.
    const next = new Date().getFullYear() + 1;
    const future = cli(["record", file, "--year", String(next), "--set", "1=30", "--lang", "en"]);
    expect(future.status).toBe(0);
    expect(future.stdout).toBe(`1 ${next}: 30\n`);
    expect(future.stderr).toBe(
      `lingling-check: ${next} has not come yet (this is ${next - 1}): recorded as given; a year's values are what was observed, and a plan's targets belong in near_term / long_term\n`,
    );
    expect(cli(["record", file, "--year", String(next), "--set", "R1=30", "--lang", "zh"]).stderr).toBe(
      `lingling-check: ${next} 年尚未到来（今年是 ${next - 1} 年）：已按所给记录；年度值应为实际观测值，规划目标应写在 near_term / long_term\n`,
    );
    expect(cli(["record", file, "--year", "2023", "--set", "1=26.1"]).stderr).toBe("");
  });

  it("keeps comments and untouched lines byte for byte", () => {
    const file = copy();
    const r = cli(["record", file, "--year", "2023", "--set", "1=26.1", "--set", "R1=35"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1 2023: 26.1\nR1 2023: 35\n");
    const after = readFileSync(file, "utf8").split("\n");
    const before = seedText.split("\n");
    expect(after.length).toBe(before.length + 2);
    expect(after.filter((line) => !line.startsWith("    actuals: "))).toEqual(before);
  });

  it("refuses a silent overwrite and leaves the file untouched; --force replaces it", () => {
    const file = copy();
    expect(cli(["record", file, "--year", "2023", "--set", "1=26.1"]).status).toBe(0);
    const recorded = readFileSync(file, "utf8");
    const refused = cli(["record", file, "--year", "2023", "--set", "1=27"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("2023 already holds 26.1; 26.1 → 27 needs --force");
    // Said at the value the file holds, file:line:column, as every error about a file's content.
    const lines = recorded.split("\n");
    const line = lines.findIndex((l) => l.includes("actuals: {2023: 26.1}"));
    expect(refused.stderr).toContain(
      `${file}:${line + 1}:${lines[line]!.indexOf("26.1") + 1}: indicator 1: 2023 already holds`,
    );
    expect(readFileSync(file, "utf8")).toBe(recorded);
    const forced = cli(["record", file, "--year", "2023", "--set", "1=27", "--force"]);
    expect(forced.stdout).toBe("1 2023: 26.1 → 27\n");
    expect(readFileSync(file, "utf8")).toContain("actuals: {2023: 27}");
  });

  it.each([
    ["an unknown id", ["--set", "X9=1"]],
    ["an unreadable value", ["--set", "1=about 26"]],
    ["a bad --set", ["--set", "26.1"]],
    ["a year out of range", ["--set", "1=26", "--year", "1900"]],
    ["a missing CSV", ["--from", "/nonexistent/values.csv"]],
  ])("%s is an error and the file is untouched", (_name, args) => {
    const file = copy();
    const r = cli(["record", file, "--year", "2023", ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("keeps a UTF-8 byte-order mark, and refuses a GBK file in words instead of calling it broken", () => {
    const dir = tempDir("record-enc-");
    const bom = join(dir, "bom.yaml");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]));
    expect(cli(["record", bom, "--year", "2023", "--set", "1=26"]).status).toBe(0);
    expect([...readFileSync(bom).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const gbk = join(dir, "gbk.yaml");
    // 零陵 in GB18030, inside an otherwise ASCII file: not UTF-8, read as GB18030.
    writeFileSync(
      gbk,
      Buffer.concat([
        Buffer.from(seedText.replace(/永州市零陵区/, "").replace(/[^\x00-\x7f]/g, "x")),
        Buffer.from("# \xc1\xe3\xc1\xea\n", "latin1"),
      ]),
    );
    expect(cli(["--lang", "en", gbk]).stderr).toMatch(/GB18030/);
    const r = cli(["record", gbk, "--year", "2023", "--set", "1=26", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is saved as GB18030; record edits UTF-8 files only/);
    // At the file's place, as the check places a file it cannot read.
    expect(r.stderr.startsWith(`${gbk}:1:1: error[encoding]: `)).toBe(true);
  });

  it("a file in no encoding the tool reads is refused at its first bad byte, as the check refuses it", () => {
    const bad = join(tempDir("record-enc-"), "bad.yaml");
    writeFileSync(bad, Buffer.concat([Buffer.from("region: {name: "), Buffer.from([0xff, 0xfe]), Buffer.from("}\n")]));
    const r = cli(["record", bad, "--year", "2023", "--set", "1=26", "--lang", "en"]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([
      2,
      `${bad}:1:16: error[encoding]: the file is neither UTF-8 nor GB18030/GBK: save it as UTF-8`,
    ]);
  });

  it("a value recorded for the base year is the baseline the check judges", () => {
    const file = join(tempDir("record-base-"), "new.yaml");
    expect(cli(["init", "--name", "某县", "--zone", "west", "--base-year", "2025", "-o", file]).status).toBe(0);
    expect(cli(["record", file, "--year", "2025", "--set", "1=26.1"]).status).toBe(0);
    const report = JSON.parse(cli([file, "-f", "json", "--lang", "en"]).stdout) as {
      files: Array<{ indicators: Array<{ id: string; checks: { baseline?: { verdict: string; reason: string } } }> }>;
    };
    const baseline = report.files[0]!.indicators.find((i) => i.id === "1")!.checks.baseline!;
    expect(baseline.verdict).toBe("PASS");
    expect(baseline.reason).toMatch(/26\.1/);
  });

  it("a different base-year value where the baseline has one is a change: --force, and the report shows it", () => {
    const file = copy();
    const refused = cli(["record", file, "--year", "2022", "--set", "1=19", "--lang", "en"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/2022 already holds 25\.5; 25\.5 → 19 needs --force/);
    // The base year's value is the row's baseline: the error stands where it is written.
    const lines = seedText.split("\n");
    const row = lines.findIndex((l) => /^\s*- id: "?1"?$/.test(l));
    const line = lines.findIndex((l, i) => i > row && /^\s*baseline: 25\.5$/.test(l));
    expect(refused.stderr).toContain(
      `${file}:${line + 1}:${lines[line]!.indexOf("25.5") + 1}: indicator 1: 2022 already holds`,
    );
    expect(readFileSync(file, "utf8")).toBe(seedText);
    expect(cli(["record", file, "--year", "2022", "--set", "1=25.5"]).stdout).toMatch(/already recorded/);
    expect(cli(["record", file, "--year", "2022", "--set", "1=19", "--force"]).stdout).toMatch(/25\.5 → 19/);
    const table = cli([file, "--lang", "en", "--no-color"]).stdout;
    expect(table).toMatch(/│ 1 .*│ ✗ 19 /);
  });

  it("edits a classic Mac file (CR line ends) and keeps its line ends", () => {
    const file = join(tempDir("record-cr-"), "mac.yaml");
    writeFileSync(file, seedText.replaceAll("\n", "\r"));
    expect(cli(["record", file, "--year", "2023", "--set", "1=26"]).status).toBe(0);
    const written = readFileSync(file, "utf8");
    expect(written).not.toContain("\n");
    expect(written.replaceAll("\r", "\n")).toContain("actuals: {2023: 26}");
  });

  it("reads values from a CSV saved by Excel (BOM, CRLF, quotes)", () => {
    const file = copy();
    const csv = join(tempDir("csv-"), "values.csv");
    writeFileSync(csv, '\uFEFFid,value\r\n1,26.1\r\n"15","87.0"\r\n2,已建立\r\n');
    const r = cli(["record", file, "--year", "2023", "--from", csv]);
    expect(r.status).toBe(0);
    const rows = (
      parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: Record<string, unknown> }> }
    ).indicators;
    expect(rows.find((i) => i.id === "15")!.actuals).toEqual({ 2023: 87 });
    expect(rows.find((i) => i.id === "2")!.actuals).toEqual({ 2023: "已建立" });
  });

  it("columns it does not read are named in one notice: the first ten, the rest counted, each header cut to 60 characters", () => {
    const file = copy();
    const csv = join(tempDir("csv-"), "values.csv");
    const extra = Array.from({ length: 500 }, (_, i) => (i === 0 ? "h".repeat(100) : `c${i}`));
    writeFileSync(csv, `id,value,${extra.join(",")}\n1,26.1,${extra.map(() => "x").join(",")}\n`);
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(0);
    const named = [`“${"h".repeat(57)}…” (3)`, ...Array.from({ length: 9 }, (_, i) => `“c${i + 1}” (${i + 4})`)];
    expect(r.stderr).toBe(
      `${csv}: the columns ${named.join(", ")} and 490 others hold values that are not recorded (only id, name, value and note are)\n`,
    );
  });

  it("a row whose value is empty is left out and named in one notice; the others are recorded", () => {
    const file = copy();
    const csv = join(tempDir("csv-"), "values.csv");
    writeFileSync(csv, "id,value\r\n1,26.1\r\n15,\r\n17,\r\n");
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `${csv}: the rows without a value are left out (indicators 15, 17); the completeness list of a check says what is still missing\n`,
    );
    const rows = (
      parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: Record<string, unknown> }> }
    ).indicators;
    expect(rows.find((i) => i.id === "1")!.actuals).toEqual({ 2023: 26.1 });
    expect(rows.find((i) => i.id === "15")!.actuals?.[2023]).toBeUndefined();
  });

  it("a scripted three-year self-assessment prints progress with forecast classes", () => {
    const file = copy();
    const years: Record<number, string[]> = {
      2023: ["1=26", "15=87", "R1=36", "17=96.5", "4=33.5"],
      2024: ["1=26.4", "15=87.3", "R1=38", "17=96.8", "4=33.4"],
      2025: ["1=26.8", "15=87.9", "R1=39", "17=97.2", "4=31.8"],
    };
    for (const [year, sets] of Object.entries(years)) {
      expect(cli(["record", file, "--year", year, ...sets.flatMap((s) => ["--set", s])]).status).toBe(0);
    }
    const json = JSON.parse(cli(["-f", "json", "--year", "2024", file]).stdout) as {
      files: Array<{
        indicators: Array<{
          id: string;
          checks: { progress?: { verdict: string; forecast?: { class: string; ratio: number | null } } };
        }>;
      }>;
    };
    const progress = (id: string) => json.files[0]!.indicators.find((i) => i.id === id)!.checks.progress!;
    // 15: 86.8 (2022) → 87.3 (2024) against 88 by 2025: RR = ((87.3/86.8)^(1/2) − 1) / ((88/86.8)^(1/3) − 1)
    const rr15 = ((87.3 / 86.8) ** (1 / 2) - 1) / ((88 / 86.8) ** (1 / 3) - 1);
    expect(progress("15").forecast!.ratio).toBeCloseTo(rr15, 9);
    expect(progress("15").forecast!.class).toBe(
      rr15 >= 0.95 ? "on_track" : rr15 >= 0.6 ? "acceleration_needed" : "limited_progress",
    );
    expect(progress("1").forecast!.class).toBe("achieved");
    // R1: 33.3 → 38 against 40 by 2025: on track
    const rr1 = ((38 / 33.3) ** (1 / 2) - 1) / ((40 / 33.3) ** (1 / 3) - 1);
    expect(progress("R1").forecast!.class).toBe(rr1 >= 0.95 ? "on_track" : "acceleration_needed");
    // 2025 is the near-term year itself: the target is met or not
    const final = JSON.parse(cli(["-f", "json", file]).stdout) as typeof json;
    const p2025 = (id: string) => final.files[0]!.indicators.find((i) => i.id === id)!.checks.progress!;
    // In 2025 the near-term target's year has come: 87.9 misses the plan's 88 (the standard ≥85 is met).
    expect(p2025("15").verdict).toBe("FAIL");
    expect(p2025("17").verdict).toBe("PASS"); // 97.2 meets ≥97
    const table = cli(["--year", "2024", "--lang", "en", file]).stdout;
    expect(table).toContain("Actual 2024");
    // 15's 87.3 meets ≥85 in 2024: its forecast informs, it does not decide (#23). A pass whose
    // forecast needs acceleration is listed among the reasons, as a pass, for the analyst to act on.
    expect(progress("15").verdict).toBe("PASS");
    expect(table).toMatch(/^ {2}✓ PASS {4}15 progress: .*acceleration needed/m);
    expect(table).toMatch(
      /R1 progress: .*2025 target 40, forecast \(informs, does not decide\): (on track|acceleration needed)/,
    );
  });
});

const RUNS = 30;

describe("a killed record never leaves a broken file", () => {
  it("the file always parses and equals the old or the new content (many runs)", async () => {
    const file = copy();
    const done = copy();
    const args = (f: string) => [
      "record",
      f,
      "--year",
      "2023",
      "--force",
      ...["1=26.1", "15=87", "R1=35", "17=96.5", "4=33.5", "7.1=50.7"].flatMap((s) => ["--set", s]),
    ];
    expect(cli(args(done)).status).toBe(0);
    const newText = readFileSync(done, "utf8");
    const outcomes = { old: 0, new: 0 };
    for (let run = 0; run < RUNS; run++) {
      writeFileSync(file, seedText);
      const child = spawn(process.execPath, [BIN, ...args(file)], { stdio: "ignore" });
      // Listen before killing: a run that finishes first has already exited.
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
      child.kill("SIGKILL");
      await exited;
      const text = readFileSync(file, "utf8");
      expect([seedText, newText]).toContain(text);
      expect(() => parse(text)).not.toThrow();
      outcomes[text === seedText ? "old" : "new"]++;
    }
    expect(outcomes.old + outcomes.new).toBe(RUNS);
  }, 60_000);
});

describe("recording again what the file holds", () => {
  it("the same value with the same note is 'already recorded', exit 0; another note needs --force, said as such", () => {
    const dir = tempDir("renote-");
    const file = join(dir, "l.yaml");
    copyFileSync(SEED, file);
    const first = cli(["record", file, "--year", "2024", "--set", "15=86", "--note", "农业农村局数据", "--lang", "en"]);
    expect(first.status).toBe(0);
    const again = cli(["record", file, "--year", "2024", "--set", "15=86", "--note", "农业农村局数据", "--lang", "en"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("(already recorded)");
    const other = cli(["record", file, "--year", "2024", "--set", "15=86", "--note", "另一来源", "--lang", "en"]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain("another note (“另一来源”) needs --force");
    expect(other.stderr).not.toContain("86 → 86");
  });
});

describe("--force over a value with a note", () => {
  it("keeps the note (its source) unless a new one is given", () => {
    const dir = tempDir("keepnote-");
    const file = join(dir, "f.yaml");
    writeFileSync(
      file,
      'region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    name: a\n    standard: "≥20"\n    baseline: 25\n    actuals:\n      2023:\n        value: 26\n        note: 来源：2023年统计公报\n',
    );
    const r = cli(["record", file, "--year", "2023", "--set", "1=27", "--force", "--lang", "en"]);
    expect(r.status).toBe(0);
    const row = (parse(readFileSync(file, "utf8")) as { indicators: Array<{ actuals: Record<number, unknown> }> })
      .indicators[0]!;
    expect(row.actuals[2023]).toEqual({ value: 27, note: "来源：2023年统计公报" });
    expect(cli(["record", file, "--year", "2023", "--set", "1=28", "--force", "--note", "新来源"]).status).toBe(0);
    expect(
      (parse(readFileSync(file, "utf8")) as { indicators: Array<{ actuals: Record<number, unknown> }> }).indicators[0]!
        .actuals[2023],
    ).toEqual({ value: 28, note: "新来源" });
  });
});
