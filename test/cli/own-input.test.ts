/**
 * No command's output replaces one of its own inputs, --force or not: the check, history, import,
 * template and record --template, however the input is named as an output (the same path, `./`,
 * a symbolic link, a hard link). The refusal names both, exits 2, and the input is left byte for byte.
 */
import { linkSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** A folder with a copy of the seed (a.yaml), a symbolic link to it and a hard link to it. */
function names(name = "a.yaml", bytes: Buffer = readFileSync(SEED)) {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const ext = name.slice(name.lastIndexOf("."));
  symlinkSync(name, join(dir, `link${ext}`));
  return { dir, file, bytes, same: [name, `./${name}`, file, `link${ext}`] };
}

/** Runs `args(output)` for every name of the input, each with --force; each is refused and the file kept. */
function refusedUnderEveryName(setup: ReturnType<typeof names>, args: (output: string) => string[]) {
  const { dir, file, bytes, same } = setup;
  for (const output of same) {
    const r = run([...args(output), "--force", "--lang", "en"], { cwd: dir });
    expect(r.status, `${output}: ${r.stderr}`).toBe(2);
    expect(r.stderr, output).toMatch(
      new RegExp(
        `^lingling-check: the output ${output.replace(/[.]/g, "\\.")} would replace the input \\S+ \\(the same file\\), --force or not: write the output somewhere else\\n$`,
      ),
    );
    expect(readFileSync(file).equals(bytes), output).toBe(true);
  }
  // A hard link, checked last (it makes the file twice linked): the same file, refused as such.
  linkSync(file, join(dir, "hard"));
  const r = run([...args("hard"), "--force", "--lang", "en"], { cwd: dir });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/the output hard would replace the input/);
  expect(readFileSync(file).equals(bytes)).toBe(true);
}

describe("an output that is one of the command's inputs", () => {
  it("the check: -f json -o over the file checked", () => {
    refusedUnderEveryName(names(), (output) => ["a.yaml", "-f", "json", "-o", output]);
  });

  it("the check names the input as it was given: a.yaml", () => {
    const { dir } = names();
    const r = run(["a.yaml", "-f", "json", "-o", "link.yaml", "--force", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toBe(
      "lingling-check: the output link.yaml would replace the input a.yaml (the same file), --force or not: write the output somewhere else\n",
    );
  });

  it("refused without --force too, in words that say why (not that it exists)", () => {
    const { dir } = names();
    const r = run(["a.yaml", "-f", "json", "-o", "a.yaml", "--lang", "en"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would replace the input a\.yaml/);
  });

  it("history -o", () => {
    refusedUnderEveryName(names(), (output) => ["history", "a.yaml", "-o", output]);
  });

  it("template FILE.yaml -o", () => {
    refusedUnderEveryName(names(), (output) => ["template", "a.yaml", "-o", output]);
  });

  it("record --template -o, as CSV and as a workbook name", () => {
    refusedUnderEveryName(names(), (output) => ["record", "a.yaml", "--template", "--year", "2024", "-o", output]);
  });

  it("import F.xlsx -o F.xlsx", () => {
    const made = tempDir();
    const xlsx = join(made, "t.xlsx");
    expect(run(["template", "--name", "零陵区", "--zone", "central", "-o", xlsx]).status).toBe(0);
    refusedUnderEveryName(names("t.xlsx", readFileSync(xlsx)), (output) => ["import", "t.xlsx", "-o", output]);
  });

  it("a different file is still written with --force", () => {
    const { dir, file, bytes } = names();
    writeFileSync(join(dir, "out.yaml"), "old");
    expect(run(["template", "a.yaml", "-o", "t.xlsx"], { cwd: dir }).status).toBe(0);
    expect(run(["import", "t.xlsx", "-o", "out.yaml", "--force"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "out.yaml"), "utf8")).not.toBe("old");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
