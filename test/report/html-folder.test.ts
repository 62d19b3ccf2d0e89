/**
 * `-f html` of several files writes a folder: index.html and a page per region, named from the
 * inputs (unique, safe), never over a user's file without --force; a batch to standard output or
 * to one .html page is refused (exit 2); a single file stays one page.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, STACK, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const PASS = join(import.meta.dirname, "fixtures", "pass.yaml");
const WARN = join(import.meta.dirname, "fixtures", "warn.yaml");

describe("a batch as HTML", () => {
  it("writes DIR/index.html and a page per region, the names unique and safe, the worst region first", () => {
    const dir = tempDir();
    // Two inputs of the same name in different folders, one named like the index, one with spaces and markup.
    for (const sub of ["a", "b"]) mkdirSync(join(dir, sub));
    copyFileSync(PASS, join(dir, "a", "county.yaml"));
    copyFileSync(WARN, join(dir, "b", "county.yaml"));
    copyFileSync(SEED, join(dir, "index.yaml"));
    copyFileSync(PASS, join(dir, "my <county> #1.yml"));
    const out = join(dir, "report");
    const r = run(
      ["--lang", "en", "a/county.yaml", "b/county.yaml", "index.yaml", "my <county> #1.yml", "-f", "html", "-o", out],
      { cwd: dir },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      "county-2.html",
      "county.html",
      "index-2.html",
      "index.html",
      "my_county_1.html",
    ]);
    const index = readFileSync(join(out, "index.html"), "utf8");
    const rows = [
      ...index.matchAll(/<tr data-overall="(\w+)"><td><a href="([^"]+)">[^<]*<\/a><\/td><td>([^<]*)<\/td>/g),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ["INCOMPLETE", "index-2.html", "index.yaml"],
      ["WARN", "county-2.html", "b/county.yaml"],
      ["PASS", "county.html", "a/county.yaml"],
      ["PASS", "my_county_1.html", "my &lt;county&gt; #1.yml"],
    ]);
    expect(index).toContain("Totals: 1 INCOMPLETE · 1 WARN · 2 PASS");
    // The totals row: the binding rows of the four files, as -f json counts them.
    const json = run(["a/county.yaml", "b/county.yaml", "index.yaml", "my <county> #1.yml", "-f", "json"], {
      cwd: dir,
    });
    const binding = (
      JSON.parse(json.stdout) as { files: Array<{ summary: { binding: { total: number } } }> }
    ).files.reduce((n, f) => n + f.summary.binding.total, 0);
    expect(binding).toBeGreaterThan(25);
    expect(index).toMatch(new RegExp(`<tfoot><tr><th colspan="4">Totals</th><td>${binding}: `));
    // Each page is its own region's, whole.
    for (const name of ["county.html", "county-2.html", "index-2.html", "my_county_1.html"]) {
      const page = readFileSync(join(out, name), "utf8");
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).toMatch(/<\/html>\n$/);
      expect(page.match(/<section class="region"/g)).toHaveLength(1);
    }
    expect(readFileSync(join(out, "index-2.html"), "utf8")).toContain(
      "<title>永州市零陵区 · plan review (2022–2030)</title>",
    );
  });

  it("replaces no file of the folder without --force, and with it does", () => {
    const dir = tempDir();
    const out = join(dir, "report");
    mkdirSync(out);
    writeFileSync(join(out, "pass.html"), "mine");
    const r = run([PASS, WARN, "-f", "html", "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("pass.html exists: use --force to overwrite it");
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(out)).toEqual(["pass.html"]);
    expect(readFileSync(join(out, "pass.html"), "utf8")).toBe("mine");
    expect(run([PASS, WARN, "-f", "html", "-o", out, "--force"]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["index.html", "pass.html", "warn.html"]);
    expect(readFileSync(join(out, "pass.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("to standard output, or to one .html page: an error that says to give a folder, exit 2, nothing written", () => {
    const dir = tempDir();
    const stdout = run([PASS, WARN, "-f", "html"]);
    expect(stdout.status).toBe(2);
    expect(stdout.stdout).toBe("");
    expect(stdout.stderr).toContain(
      "2 files as HTML make a folder (index.html and a page per region), never one page: give -o DIR",
    );
    const page = run([PASS, WARN, "-f", "html", "-o", join(dir, "all.html")]);
    expect(page.status).toBe(2);
    expect(page.stderr).toContain("give -o DIR (a folder), not ");
    expect(readdirSync(dir)).toEqual([]);
    const zh = run(["--lang", "zh", PASS, WARN, "-f", "html"]);
    expect(zh.stderr).toContain("2 个文件的 HTML 报告是一个文件夹");
  });

  it("a folder path that is a file is refused", () => {
    const dir = tempDir();
    const file = join(dir, "report");
    writeFileSync(file, "mine");
    const r = run([PASS, WARN, "-f", "html", "-o", `${file}/`]);
    expect(r.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });
});

describe("a single file as HTML", () => {
  it("is one page, to a file or to standard output; -o DIR/ makes it a folder of one region", () => {
    const dir = tempDir();
    const one = run([PASS, "-f", "html"]);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(one.stdout.match(/<section class="region"/g)).toHaveLength(1);
    expect(run([PASS, "-f", "html", "-o", join(dir, "folder/")]).status).toBe(0);
    expect(readdirSync(join(dir, "folder")).sort()).toEqual(["index.html", "pass.html"]);
  });
});
