/**
 * What the tool reads: pipes and process substitutions to their end (under the size cap), a FIFO
 * with no writer only until a timeout, devices without end refused at the cap, CR line ends.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, SEED, STACK, fixture, read, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** Runs a bash line in which $BIN is the tool and $SEED the Lingling seed. */
function bash(line: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${line}`], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", BIN: `${process.execPath} ${BIN}`, SEED, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

describe("pipes and FIFOs are read to their end", () => {
  it.each([
    ["a process substitution", `$BIN -q <(cat "$SEED")`],
    ["a pipe named /dev/stdin", `cat "$SEED" | $BIN -q /dev/stdin`],
    [
      "a FIFO with a writer",
      `d=$(mktemp -d); mkfifo "$d/f.yaml"; (cat "$SEED" > "$d/f.yaml" &); $BIN -q "$d/f.yaml"; s=$?; rm -r "$d"; exit $s`,
    ],
  ])("%s", (_, line) => {
    const r = bash(line);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
  });

  it("a FIFO nobody writes to times out with a sentence, not a hang", () => {
    const r = bash(`d=$(mktemp -d); mkfifo "$d/f.yaml"; $BIN "$d/f.yaml"; s=$?; rm -r "$d"; exit $s`, {
      LINGLING_FIFO_TIMEOUT: "0.5",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/f\.yaml:1:1: error\[read-timeout\]: nothing was written to .*f\.yaml within 0\.5 s/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.ms).toBeLessThan(10_000);
  });

  it("a device without end is refused at the size cap, not read as empty", () => {
    const r = bash(`$BIN --max-file-size 1MB /dev/zero`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero:1:1: error\[file-too-large\]: more than 1048576 bytes/);
    expect(r.stderr).not.toMatch(/empty/);
  });

  it("a cap larger than a file can be held as text is refused before anything is read", () => {
    const r = bash(`$BIN --max-file-size 3GB /dev/zero`);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: --max-file-size is at most 512MB: a larger file cannot be held as text; found 3GB\n",
    );
  });

  it.each(["0", "0.5", "0k"])("a cap under one byte (%s) is refused: it would refuse every file", (size) => {
    const r = run(["--max-file-size", size, SEED, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `lingling-check: --max-file-size is at least one byte: a smaller cap refuses every file; found ${size}\n`,
    );
  });

  it("standard input past the cap says so without claiming a size it did not read", () => {
    const r = bash(`head -c 3000000 /dev/zero | $BIN --max-file-size 1MB -`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:1:1: error\[file-too-large\]: more than 1048576 bytes/);
  });
});

describe("a FIFO as -o is written once a program reads it", () => {
  it("no reader: a sentence once LINGLING_FIFO_TIMEOUT has passed, not a hang", () => {
    const r = bash(`d=$(mktemp -d); mkfifo "$d/out"; $BIN "$SEED" -f json -o "$d/out"; s=$?; rm -r "$d"; exit $s`, {
      LINGLING_FIFO_TIMEOUT: "1",
    });
    expect(r.stderr).toMatch(
      /^lingling-check: cannot write \S+\/out: no program opened this FIFO for reading within 1 s \(LINGLING_FIFO_TIMEOUT sets the wait\)\n$/,
    );
    expect(r.status).toBe(2);
  });

  it("a reader that comes a moment later gets the whole report", () => {
    const r = bash(
      `d=$(mktemp -d); mkfifo "$d/out"; (sleep 0.5; cat "$d/out" > "$d/got") & $BIN "$SEED" -f json -o "$d/out"; s=$?; wait; head -c 30 "$d/got"; rm -r "$d"; exit $s`,
    );
    expect(r.stdout).toBe('{\n  "format": "lingling-check/');
    expect(r.status).toBe(1);
  });
});

describe("standard input is read like a file", () => {
  it("a file redirected to it, over the cap, is refused by its size before it is read, as the file would be", () => {
    const dir = tempDir();
    const big = join(dir, "big.yaml");
    writeFileSync(big, Buffer.alloc(3_000_000, 0x20));
    const piped = bash(`$BIN --max-file-size 1MB - < "${big}"`);
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain(
      "<stdin>:1:1: error[file-too-large]: the file is 3000000 bytes, over the limit of 1048576 (--max-file-size)",
    );
  });

  it("a stream without end is refused at the default cap, quickly", () => {
    const r = bash(`head -c 20000000 /dev/zero | $BIN -`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^<stdin>:1:1: error\[file-too-large\]: more than 10485760 bytes were read/);
    expect(r.ms).toBeLessThan(20_000);
  });

  it("a folder given as standard input is an error that says so, not a crash", () => {
    const dir = tempDir();
    const fd = openSync(dir, "r");
    try {
      const r = spawnSync(process.execPath, [BIN, "--lang", "en", "-"], {
        stdio: [fd, "pipe", "pipe"],
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("<stdin>:1:1: error[read-error]: cannot read <stdin>: it is a folder\n");
    } finally {
      closeSync(fd);
    }
  });

  it("UTF-16 with a byte-order mark reads as the same file does", () => {
    const dir = tempDir();
    const file = join(dir, "u16.yaml");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(SEED), "utf16le")]));
    const piped = bash(`$BIN -f json --stdin-filepath u16.yaml - < "${file}"`);
    const named = bash(`cd "${dir}" && $BIN -f json u16.yaml`);
    expect(piped.stderr).toBe("");
    expect(piped.status).toBe(1);
    expect(piped.stdout).toBe(named.stdout);
  });

  it.each([
    ["utf16le", [0xff, 0xfe]],
    ["utf16be", [0xfe, 0xff]],
  ])("UTF-16 (%s) holding half a character is refused as UTF-16, where the half stands", (encoding, bom) => {
    const dir = tempDir();
    // A lone high surrogate after 比 on line 2, column 9.
    const units = Buffer.from("region: {name: x}\nplan: {比\ud800: 1}\n", "utf16le");
    if (encoding === "utf16be") units.swap16();
    writeFileSync(join(dir, "u.yaml"), Buffer.concat([Buffer.from(bom), units]));
    const r = run(["u.yaml", "--lang", "en"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "u.yaml:2:9: error[encoding]: the file is UTF-16 (its byte-order mark says so), but here it holds what UTF-16 cannot (half of a character): save it again as UTF-8\n",
    );
  });

  it("empty, it says what was expected", () => {
    const r = bash(`$BIN - < /dev/null`);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("<stdin>:1:1: error[empty-file]: the file is empty: expected region, plan and indicators\n");
  });
});

describe("line ends", () => {
  it("a file of CR line ends with one LF is read line by line, not as one comment", () => {
    const dir = tempDir();
    const file = join(dir, "cr.yaml");
    writeFileSync(
      file,
      `# 零陵\rregion: {name: x}\rplan: {base_year: 2022}\rindicators:\r  - {id: "1", name: x, standard: "≥1", baseline: 2}\n`,
    );
    const r = run(["--lang", "en", "-q", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall PASS/);
    expect(r.status).toBe(0);
  });
});

describe("folders: links are followed, names that are not UTF-8 are read", () => {
  const pass = read(fixture("pass.yaml"));
  const fail = read(fixture("fail.yaml"));
  /** The files a run reported on, by their headings. */
  const checked = (stdout: string) => [...stdout.matchAll(/^(\S+\.yaml)/gm)].map((m) => m[1]);

  it("a linked .yaml file inside a folder is checked", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.yaml"), pass);
    writeFileSync(join(dir, "elsewhere.yaml"), fail);
    symlinkSync(join(dir, "elsewhere.yaml"), join(dir, "in", "b.yaml"));
    const r = run(["--lang", "en", "-q", "in"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(checked(r.stdout)).toEqual(["in/a.yaml", "in/b.yaml"]);
    expect(r.status).toBe(1);
  });

  it("a link to a folder is followed once; a link back to a folder around it is named as a loop", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "in", "sub", "a.yaml"), pass);
    writeFileSync(join(dir, "other", "o.yaml"), pass);
    symlinkSync(join(dir, "other"), join(dir, "in", "l1"));
    symlinkSync(join(dir, "other"), join(dir, "in", "l2"));
    symlinkSync(join(dir, "in"), join(dir, "in", "sub", "up"));
    const r = run(["--lang", "en", "-q", "in"], { cwd: dir });
    expect(checked(r.stdout)).toEqual(["in/l1/o.yaml", "in/sub/a.yaml"]);
    expect(r.stderr).toMatch(/^in\/sub\/up:1:1: error\[link-loop\]: .*loop/m);
    expect(r.status).toBe(2);
  });

  it("a .yaml link in a circle of links says so in words", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    symlinkSync("b.yaml", join(dir, "in", "a.yaml"));
    symlinkSync("a.yaml", join(dir, "in", "b.yaml"));
    const r = run(["--lang", "en", "in/a.yaml"], { cwd: dir });
    expect(r.stderr).toMatch(/symbolic links/);
    expect(r.stderr).not.toMatch(/ELOOP/);
    const folder = run(["--lang", "en", "in"], { cwd: dir });
    expect(folder.stderr).toMatch(/^in\/a\.yaml:1:1: error\[read-error\]: .*symbolic links/m);
    expect(folder.stderr).not.toMatch(/ELOOP/);
    expect(folder.status).toBe(2);
  });

  it("a file whose name is not UTF-8 is read, and named with the odd bytes escaped", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, "in", "z")), Buffer.from([0xff, 0xfe]), Buffer.from(".yaml")]),
      fail,
    );
    const r = run(["--lang", "en", "-q", "in"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(checked(r.stdout)).toEqual(["in/z\\xff\\xfe.yaml"]);
    expect(r.status).toBe(1);
  });
});

describe("an input that cannot be read is said alike by every command: at its place, the batch going on", () => {
  const said = "nope.yaml:1:1: error[read-error]: cannot read nope.yaml: no such file or folder";
  it.each([
    ["the check", ["nope.yaml"]],
    ["lint", ["lint", "nope.yaml"]],
    ["history", ["history", "nope.yaml"]],
    ["explain", ["explain", "1", "nope.yaml"]],
    ["record", ["record", "nope.yaml", "--year", "2024", "--set", "1=2"]],
    ["template", ["template", "nope.yaml", "-o", "t.xlsx"]],
  ])("%s", (_name, args) => {
    const r = run([...args, "--lang", "en"], { cwd: tempDir() });
    expect(r.stderr.split("\n")[0]).toBe(said);
    expect(r.status).toBe(2);
  });

  it("a folder that cannot be read inside the folder checked: said at its place, the files beside it checked", () => {
    const dir = tempDir();
    for (const sub of ["sub", "locked"]) mkdirSync(join(dir, sub));
    for (const file of ["a.yaml", "sub/b.yaml", "locked/c.yaml"]) writeFileSync(join(dir, file), read(SEED));
    chmodSync(join(dir, "locked"), 0o000);
    // Root reads any folder: the walk is run as nobody (a folder of mode 000 is then unreadable).
    const asNobody = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    for (const p of [dir, join(dir, "sub"), join(dir, "a.yaml"), join(dir, "sub", "b.yaml")]) chmodSync(p, 0o755);
    const [command, ...args] = [...asNobody, process.execPath, BIN, ".", "-q", "--lang", "en"];
    const r = spawnSync(command!, args, { cwd: dir, encoding: "utf8" });
    chmodSync(join(dir, "locked"), 0o755);
    expect(r.stderr).toBe("locked:1:1: error[read-error]: cannot read locked: permission denied\n");
    expect(r.stdout).toMatch(/^a\.yaml — 永州市零陵区\n/);
    expect(r.stdout).toMatch(/\nsub\/b\.yaml — 永州市零陵区\n/);
    expect(r.stdout).toMatch(/3 files: .*1 not checked \(input errors above\)/);
    expect(r.status).toBe(2);
  });

  it("a folder that cannot be read on a quoted glob's way: said at its place, the files the glob matches checked", () => {
    const dir = tempDir();
    for (const sub of ["r/sub", "r/locked"]) mkdirSync(join(dir, sub), { recursive: true });
    for (const file of ["r/a.yaml", "r/sub/b.yaml", "r/locked/c.yaml"]) writeFileSync(join(dir, file), read(SEED));
    for (const p of [
      dir,
      join(dir, "r"),
      join(dir, "r", "sub"),
      join(dir, "r", "a.yaml"),
      join(dir, "r", "sub", "b.yaml"),
    ])
      chmodSync(p, 0o755);
    chmodSync(join(dir, "r", "locked"), 0o000);
    // The glob library walks by absolute paths: the folders around (the run's own, mode 700) must let nobody pass.
    const around: Array<[string, number]> = [];
    for (let p = dirname(dir); p !== dirname(p); p = dirname(p))
      if ((statSync(p).mode & 0o001) === 0) around.push([p, statSync(p).mode & 0o7777]);
    for (const [p, mode] of around) chmodSync(p, mode | 0o001);
    const asNobody = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    const [command, ...args] = [...asNobody, process.execPath, BIN, "r/**/*.yaml", "-q", "--lang", "en"];
    const r = spawnSync(command!, args, { cwd: dir, encoding: "utf8" });
    for (const [p, mode] of around) chmodSync(p, mode);
    chmodSync(join(dir, "r", "locked"), 0o755);
    expect(r.stderr).toBe("r/locked:1:1: error[read-error]: cannot read r/locked: permission denied\n");
    expect(r.stdout).toMatch(/^r\/a\.yaml — 永州市零陵区\n/);
    expect(r.stdout).toMatch(/\nr\/sub\/b\.yaml — 永州市零陵区\n/);
    expect(r.stdout).toMatch(/3 files: .*1 not checked \(input errors above\)/);
    expect(r.status).toBe(2);
  });

  it("a missing file named beside others: they are checked, and the report lists it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), read(SEED));
    const r = run(["nope.yaml", "a.yaml", "-f", "json", "--lang", "en"], { cwd: dir });
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["a.yaml"]);
    expect(report.errors).toEqual([
      {
        file: "nope.yaml",
        line: 1,
        column: 1,
        code: "read-error",
        message: "cannot read nope.yaml: no such file or folder",
      },
    ]);
  });
});
