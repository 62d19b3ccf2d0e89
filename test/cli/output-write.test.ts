/**
 * Report files (-o) and standard output on the ways a write goes wrong: a full disk, an empty
 * name, one file named twice, a link, Ctrl-C in the middle of a batch.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, SEED, STACK, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

describe("a full disk", () => {
  let mount: string;
  beforeAll(() => {
    mount = tempDir();
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]);
    // Filled to the last page.
    const filler = join(mount, "filler");
    writeFileSync(filler, "");
    try {
      for (;;) writeFileSync(filler, Buffer.alloc(4096, 120), { flag: "a" });
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe("ENOSPC");
    }
  });
  afterAll(() => {
    execFileSync("umount", [mount]);
  });

  it("-o report.json: a sentence, exit 2, no report and no temporary file", () => {
    const report = join(mount, "report.json");
    const r = run([SEED, "-f", "json", "-o", report]);
    expect(r.stderr).toContain(`cannot write ${report}: no space left on the disk`);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(2);
    expect(readdirSync(mount)).toEqual(["filler"]);
  });

  it("over a report that is there (--force): the old report is kept whole", () => {
    const report = join(mount, "old.json");
    truncateSync(join(mount, "filler"), statSync(join(mount, "filler")).size - 4096);
    writeFileSync(report, "{}\n");
    const r = run([SEED, "-f", "json", "-o", report, "--force"]);
    expect(r.stderr).toContain(`cannot write ${report}: no space left on the disk; the file is kept as it was`);
    expect(r.status).toBe(2);
    expect(readFileSync(report, "utf8")).toBe("{}\n");
    expect(readdirSync(mount).sort()).toEqual(["filler", "old.json"]);
  });

  it("standard output on /dev/full: a sentence, not a stack trace", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, SEED, "-f", "json"], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
        env: { ...process.env, LINGLING_LANG: "en" },
        timeout: 30_000,
      });
      expect(r.stderr).toBe("lingling-check: cannot write to standard output: no space left on the disk\n");
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe("a device that takes no bytes (/dev/full) as -o", () => {
  it.each([["xlsx"], ["docx"], ["json"], ["html"]])("-f %s: a sentence and exit 2, whatever the format", (format) => {
    const r = spawnSync(process.execPath, [BIN, SEED, "-f", format, "-o", "/dev/full"], {
      encoding: "utf8",
      env: { ...process.env, LINGLING_LANG: "en" },
      timeout: 60_000,
    });
    expect(r.stderr).toBe("lingling-check: cannot write /dev/full: no space left on the disk\n");
    expect(r.status).toBe(2);
  });
});

describe("naming the output", () => {
  it('-o "" is a usage sentence, and leaves nothing behind', () => {
    const d = tempDir();
    const r = run([SEED, "-f", "json", "-o", ""], { cwd: d });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("-o needs a file name, and found an empty one");
    expect(readdirSync(d)).toEqual([]);
  });

  it("one file under two names is refused: ./r.json, a symbolic link, a hard link", () => {
    const d = tempDir();
    const twice = run([SEED, "-f", "json", "-o", "r.json", "-f", "csv", "-o", "./r.json"], { cwd: d });
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain("r.json and ./r.json are the same file");
    symlinkSync("r.json", join(d, "link.json"));
    const linked = run([SEED, "-f", "json", "-o", "r.json", "-f", "csv", "-o", "link.json"], { cwd: d });
    expect(linked.status).toBe(2);
    expect(linked.stderr).toContain("r.json and link.json are the same file");
    writeFileSync(join(d, "r.json"), "");
    linkSync(join(d, "r.json"), join(d, "hard.json"));
    const hard = run([SEED, "-f", "json", "-o", "r.json", "-f", "csv", "-o", "hard.json", "--force"], { cwd: d });
    expect(hard.status).toBe(2);
    expect(hard.stderr).toContain("r.json and hard.json are the same file");
    expect(readdirSync(d).sort()).toEqual(["hard.json", "link.json", "r.json"]);
  });

  it("through a symbolic link (--force): the target is written, the link stays, mode 0664 and the owner are kept", () => {
    const d = tempDir();
    const target = join(d, "report.json");
    writeFileSync(target, "old");
    chmodSync(target, 0o664);
    if (process.getuid?.() === 0) chownSync(target, 1234, 1234);
    symlinkSync("report.json", join(d, "latest.json"));
    const r = run([SEED, "-f", "json", "-o", join(d, "latest.json"), "--force"]);
    expect(r.stderr).toBe("");
    expect(lstatSync(join(d, "latest.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, "utf8"))).toHaveProperty("files");
    const s = statSync(target);
    expect(s.mode & 0o7777).toBe(0o664);
    if (process.getuid?.() === 0) expect([s.uid, s.gid]).toEqual([1234, 1234]);
    expect(readdirSync(d).sort()).toEqual(["latest.json", "report.json"]);
  });

  it("a hard-linked report (--force) is refused with a sentence, both names kept", () => {
    const d = tempDir();
    writeFileSync(join(d, "a.json"), "old");
    linkSync(join(d, "a.json"), join(d, "b.json"));
    const r = run([SEED, "-f", "json", "-o", join(d, "a.json"), "--force"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("has 2 names (hard links)");
    expect(readFileSync(join(d, "b.json"), "utf8")).toBe("old");
  });
});

describe("Ctrl-C in the middle of a batch", () => {
  let inputs: string;
  beforeAll(() => {
    inputs = tempDir();
    for (let i = 0; i < 400; i++) copyFileSync(SEED, join(inputs, `r${i}.yaml`));
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s: no temporary file is left, exit %i",
    async (signal, status) => {
      const out = join(tempDir(), "out");
      mkdirSync(out);
      const child = spawn(
        process.execPath,
        [BIN, inputs, "-f", "json", "-o", join(out, "report.json"), "-f", "junit", "-o", join(out, "report.xml"), "-q"],
        { stdio: "ignore" },
      );
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      // Once the reports' temporary files are there, the batch is under way.
      for (let waited = 0; readdirSync(out).length < 2 && waited < 20_000; waited += 5)
        await new Promise((resolve) => setTimeout(resolve, 5));
      expect(readdirSync(out).length).toBe(2);
      child.kill(signal);
      expect(await exited).toBe(status);
      expect(readdirSync(out)).toEqual([]);
      expect(existsSync(join(out, "report.json"))).toBe(false);
    },
    60_000,
  );
});
