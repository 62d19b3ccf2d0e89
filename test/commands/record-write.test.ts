/**
 * `record` as a user runs it, on the ways a write goes wrong: a row whose last field is a block,
 * two runs at once, a full disk, a symbolic or hard link, a file that is not a file.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, cli } from "./run.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const seedText = readFileSync(SEED, "utf8");
const STACK = /\n\s+at /;

const dirs: string[] = [];
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "lingling-record-write-"));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function copy(text = seedText): string {
  const file = join(dir(), "lingling.yaml");
  writeFileSync(file, text);
  return file;
}

type Rows = Array<{ id: string; actuals?: Record<string, unknown>; [k: string]: unknown }>;
const rows = (file: string) => (parse(readFileSync(file, "utf8")) as { indicators: Rows }).indicators;
const row = (file: string, id: string) => rows(file).find((r) => String(r.id) === id)!;

/** Runs the binary without waiting, for runs at the same time. */
function start(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

/** Leftovers of a write: temporary files and locks beside the file. */
const leftovers = (d: string, keep: string[]) => readdirSync(d).filter((n) => !keep.includes(n));

describe("record puts the value into the named row", () => {
  // Rows 1 and 4 of the seed with a block map as their last field and no blank line after: the
  // value went into the next row.
  const blockLast = seedText
    .replace(
      '    long_term: 完成上级规定的考核任务\n\n  - id: "5.1"',
      '    long_term: 完成上级规定的考核任务\n    review:\n      verdict: pass\n      by: 市生态环境局\n  - id: "5.1"',
    )
    .replace(
      '    long_term: "≥25.5"\n\n  - id: "2"',
      '    long_term: "≥25.5"\n    superior:\n      2025: "≥25"\n  - id: "2"',
    );

  it("a row whose last field is a block map", () => {
    expect(blockLast).not.toBe(seedText);
    const file = copy(blockLast);
    const r = cli(["record", file, "--year", "2024", "--set", "4=31"]);
    expect(r.stdout).toBe("4 2024: 31\n");
    expect(r.status).toBe(0);
    expect(row(file, "4").actuals).toEqual({ 2024: 31 });
    expect(row(file, "5.1").actuals).toBeUndefined();
  });

  it("the base year with --force: the named row changes, not the next", () => {
    const file = copy(blockLast);
    const r = cli(["record", file, "--year", "2022", "--set", "1=30", "--force"]);
    expect(r.stdout).toBe("1 2022: 25.5 → 30\n");
    expect(row(file, "1").actuals).toEqual({ 2022: 30 });
    expect(row(file, "2").actuals).toBeUndefined();
  });

  it.each([
    [
      "actuals: ~",
      seedText.replace("    baseline: 86.8\n", "    baseline: 86.8\n    actuals: ~\n"),
      ["--set", "15=87"],
    ],
    ["the same id twice", seedText, ["--set", "15=87", "--set", "15=87"]],
    [
      "--force over a {value, note} year",
      seedText.replace(
        "    baseline: 86.8\n",
        "    baseline: 86.8\n    actuals:\n      2024:\n        value: 86\n        note: 年报\n",
      ),
      ["--set", "15=87", "--force"],
    ],
    [
      "a row appended to a flow list",
      'region: {name: 零陵区, zone: central, urban_district: true}\nstandard: county-2024\nplan: {base_year: 2022}\nindicators: [{id: "1", baseline: 25.5}]\n',
      ["--set", "15=87"],
    ],
  ])("%s: recorded, no internal error", (_name, text, args) => {
    const file = copy(text);
    const r = cli(["record", file, "--year", "2024", ...args]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // A replaced {value, note} keeps its note: the source of the figure is not lost by --force.
    expect(row(file, "15").actuals).toEqual({
      2024: _name.includes("{value, note}") ? { value: 87, note: "年报" } : 87,
    });
    expect(cli([file, "-f", "json"]).status).not.toBe(2);
  });

  it("the same id twice with two values is refused with a sentence", () => {
    const file = copy();
    const r = cli(["record", file, "--year", "2024", "--set", "15=87", "--set", "15=88"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("indicator 15 is given twice for 2024, as 87 and as 88");
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("an edit that would change another row too (an anchor the next row aliases) is refused, the file untouched", () => {
    const text = seedText
      .replace("    baseline: 25.5\n", "    baseline: 25.5\n    actuals: &shared {2023: 26}\n")
      .replace("    baseline: 86.8\n", "    baseline: 86.8\n    actuals: *shared\n");
    const file = copy(text);
    const r = cli(["record", file, "--year", "2024", "--set", "1=27"]);
    expect(r.status).toBe(2);
    // Refused before writing, at the value the next row shares (where it starts, after &shared).
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("actuals: &shared")) + 1;
    const column = lines[line - 1]!.indexOf("{2023") + 1;
    expect(r.stderr).toContain(
      `${file}:${line}:${column}: indicator 1: its actuals holds &shared, a value written once and used in several places`,
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});

describe("a share written as a fraction, or past its whole", () => {
  it.each([
    ["0.868", "2024: 0.868 looks like a fraction where the unit is %: if it means 86.8 %, write 86.8 (against ≥85)"],
    ["855", "2024: 855% is more than 100%, which a share cannot be: check the figure (against ≥85)"],
  ])(
    "%s where the unit is % and the standard is ≥85 is refused with the check's hint; --force records it",
    (value, hint) => {
      const file = copy();
      const r = cli(["--lang", "en", "record", file, "--year", "2024", "--set", `15=${value}`]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`indicator 15: ${hint}; to record ${value} as it is, add --force`);
      expect(readFileSync(file, "utf8")).toBe(seedText);
      expect(cli(["record", file, "--year", "2024", "--set", `15=${value}`, "--force"]).status).toBe(0);
      expect(row(file, "15").actuals).toEqual({ 2024: Number(value) });
    },
  );
});

describe("an id the file does not have", () => {
  it("is refused, naming the closest id where one is close (1.5 for 15), and nothing is written", () => {
    const file = copy();
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--set", "1.5=3", "--set", "QQQ=4"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: no indicator “1.5” in this file; did you mean “15”?`);
    expect(r.stderr).toContain(`${file}: no indicator “QQQ” in this file\n`);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });
});

describe("two records at once", () => {
  const ROUNDS = 5;
  const PAIRS = 4;

  it(`${ROUNDS * PAIRS} pairs on different ids: every value is in the file`, async () => {
    const file = copy();
    for (let round = 0; round < ROUNDS; round++) {
      const runs = Array.from({ length: PAIRS }, (_, p) => {
        const year = String(2023 + round * PAIRS + p);
        return [
          start(["record", file, "--year", year, "--set", `1=${20 + round}.${p}`]),
          start(["record", file, "--year", year, "--set", `15=${80 + round}.${p}`]),
        ];
      }).flat();
      for (const r of await Promise.all(runs)) {
        // Years after this one are recorded all the same, with a notice (record.test.ts).
        expect(r.stderr.replace(/^lingling-check: \d{4} has not come yet .*\n/, "")).toBe("");
        expect(r.status).toBe(0);
      }
    }
    const one = row(file, "1").actuals!;
    const fifteen = row(file, "15").actuals!;
    for (let round = 0; round < ROUNDS; round++)
      for (let p = 0; p < PAIRS; p++) {
        const year = 2023 + round * PAIRS + p;
        expect(one[year]).toBe(Number(`${20 + round}.${p}`));
        expect(fifteen[year]).toBe(Number(`${80 + round}.${p}`));
      }
    expect(leftovers(join(file, ".."), ["lingling.yaml"])).toEqual([]);
  }, 120_000);

  it(`${ROUNDS * PAIRS} pairs on the same id and year with two values: one records, the other refuses`, async () => {
    const file = copy();
    for (let round = 0; round < ROUNDS; round++) {
      const years = Array.from({ length: PAIRS }, (_, p) => String(2050 + round * PAIRS + p));
      const runs = years.flatMap((year) => [
        start(["record", file, "--year", year, "--set", "R1=41"]),
        start(["record", file, "--year", year, "--set", "R1=42"]),
      ]);
      const results = await Promise.all(runs);
      years.forEach((year, p) => {
        const pair = results.slice(p * 2, p * 2 + 2);
        const won = pair.filter((r) => r.status === 0);
        expect(won).toHaveLength(1);
        const lost = pair.find((r) => r.status !== 0)!;
        expect(lost.status).toBe(2);
        expect(lost.stderr).toMatch(/already holds 4[12]; 4[12] → 4[12] needs --force/);
        // The run that said it recorded a value is the one whose value is in the file.
        expect(won[0]!.stdout).toBe(`R1 ${year}: ${row(file, "R1").actuals![year]}\n`);
      });
    }
  }, 120_000);

  it("waits for a lock that is let go, and takes over a stale one", async () => {
    const file = copy();
    mkdirSync(`${file}.lock`);
    const waiting = start(["record", file, "--year", "2024", "--set", "1=27"]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(row(file, "1").actuals).toBeUndefined();
    rmSync(`${file}.lock`, { recursive: true });
    expect((await waiting).status).toBe(0);
    expect(row(file, "1").actuals).toEqual({ 2024: 27 });
    // A lock left by a run that was killed, two minutes ago (taken over after one).
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${file}.lock`, old, old);
    const r = cli(["record", file, "--year", "2025", "--set", "1=28"]);
    expect(r.status).toBe(0);
    expect(row(file, "1").actuals).toEqual({ 2024: 27, 2025: 28 });
    expect(leftovers(join(file, ".."), ["lingling.yaml"])).toEqual([]);
  }, 30_000);
});

describe("links, mode and owner", () => {
  it("through a symbolic link: the target is written, the link stays, mode 0664 and the owner are kept", () => {
    const d = dir();
    const target = join(d, "real.yaml");
    writeFileSync(target, seedText);
    chmodSync(target, 0o664);
    if (process.getuid?.() === 0) chownSync(target, 1234, 1234);
    const link = join(d, "link.yaml");
    symlinkSync("real.yaml", link);
    const r = cli(["record", link, "--year", "2024", "--set", "1=27"]);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(row(target, "1").actuals).toEqual({ 2024: 27 });
    const s = statSync(target);
    expect(s.mode & 0o7777).toBe(0o664);
    if (process.getuid?.() === 0) expect([s.uid, s.gid]).toEqual([1234, 1234]);
    expect(leftovers(d, ["real.yaml", "link.yaml"])).toEqual([]);
  });

  it("a hard-linked file is refused with a sentence, both names untouched", () => {
    const d = dir();
    const a = join(d, "a.yaml");
    writeFileSync(a, seedText);
    linkSync(a, join(d, "b.yaml"));
    const r = cli(["record", a, "--year", "2024", "--set", "1=27"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("has 2 names (hard links)");
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(d, "b.yaml"), "utf8")).toBe(seedText);
    expect(statSync(a).nlink).toBe(2);
  });
});

/** `record FILE --year 2024 --set 1=2`, with a time limit, so that a test fails instead of hanging. */
const recordInto = (file: string) =>
  spawnSync(process.execPath, [BIN, "record", file, "--year", "2024", "--set", "1=2"], {
    encoding: "utf8",
    timeout: 20_000,
    env: { ...process.env, LINGLING_LANG: "en" },
  });

describe("what record reads", () => {
  it("/dev/zero is refused with a sentence, at once", () => {
    // It once read on without end.
    const r = recordInto("/dev/zero");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("/dev/zero is not a regular file");
    expect(r.stderr).not.toMatch(STACK);
  });

  it("a file beside which no lock can be made (/proc/self/environ) is refused at the first try, saying so", () => {
    // The lock's folder was asked again and again for ten seconds, then the error named the file as missing.
    const r = recordInto("/proc/self/environ");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: cannot record into /proc/self/environ: its lock, /proc/self/environ.lock, cannot be made beside it (no such file or folder)\n",
    );
  });

  it("a folder and a FIFO are refused", () => {
    const d = dir();
    expect(cli(["record", d, "--year", "2024", "--set", "1=2"]).stderr).toContain("is not a regular file");
    const fifo = join(d, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const r = cli(["record", fifo, "--year", "2024", "--set", "1=2"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a regular file");
  });

  it("a file over the size cap is refused without reading it", () => {
    const file = copy();
    truncateSync(file, 64 * 1024 * 1024);
    const r = cli(["record", file, "--year", "2024", "--set", "1=2"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is 67108864 bytes, over the limit of 10485760/);
  });
});

describe("a full disk", () => {
  let mount: string;
  beforeAll(() => {
    mount = dir();
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]);
  });
  afterAll(() => {
    execFileSync("umount", [mount]);
  });

  it("leaves the original whole and says the disk is full", () => {
    const file = join(mount, "lingling.yaml");
    copyFileSync(SEED, file);
    // Fill the disk, then free two pages: less than the file needs, so a write stops short.
    const filler = join(mount, "filler");
    const chunk = Buffer.alloc(4096, 120);
    writeFileSync(filler, "");
    try {
      for (;;) writeFileSync(filler, chunk, { flag: "a" });
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe("ENOSPC");
    }
    truncateSync(filler, statSync(filler).size - 8192);
    const r = cli(["record", file, "--year", "2024", "--set", "1=27", "--set", "15=87"]);
    expect(r.stderr).toContain(`cannot write ${file}: no space left on the disk; the file is kept as it was`);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(seedText);
    expect(leftovers(mount, ["lingling.yaml", "filler"])).toEqual([]);
    rmSync(filler);
  });
});
