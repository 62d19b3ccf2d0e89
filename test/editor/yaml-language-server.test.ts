/**
 * The published JSON Schema as editors use it: in the real yaml-language-server (VS Code's YAML
 * extension, JetBrains and Neovim run it), through the `$schema` modeline. Files the product ships
 * or writes show no problem; real mistakes are flagged at their lines; a hover explains a field.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, SEED } from "../cli/run.js";
import { YamlLanguageServer, type Diagnostic } from "./yamlLanguageServer.js";
import { tempDir } from "../support/tempDir.js";

/** The schema the package ships, where `init`'s modeline and the README point. */
const SCHEMA = join(ROOT, "schemas", "indicator-file.schema.json");

let server: YamlLanguageServer;
beforeAll(async () => {
  server = await YamlLanguageServer.start();
});
afterAll(async () => {
  await server?.stop();
});

const dir = tempDir("editor-");
/** `text` with a modeline naming the shipped schema, as a user adds it to a file of their own. */
const withModeline = (path: string, text: string) =>
  `# yaml-language-server: $schema=${relative(join(path, ".."), SCHEMA)}\n${text}`;
const shown = (text: string, found: Diagnostic[]) =>
  found.map((d) => `${d.range.start.line + 1}: ${d.message} | ${text.split("\n")[d.range.start.line]}`).join("\n");
const lineOf = (text: string, fragment: string) => text.split("\n").findIndex((l) => l.includes(fragment));

describe("yaml-language-server with the shipped schema", () => {
  it("shows no problem in the Lingling seed (year keys written as YAML integers)", async () => {
    const path = join(dir, "seed.yaml");
    const text = withModeline(path, readFileSync(SEED, "utf8"));
    const found = await server.diagnostics(path, text);
    expect(shown(text, found)).toBe("");
  });

  it("shows no problem in a file record has written a year into", async () => {
    const path = join(dir, "recorded.yaml");
    copyFileSync(SEED, path);
    const r = run(["record", path, "--year", "2024", "--set", "1=26.3", "--set", "R1=35"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const written = readFileSync(path, "utf8");
    expect(written).toMatch(/2024: 26\.3/);
    const text = withModeline(path, written);
    expect(shown(text, await server.diagnostics(path, text))).toBe("");
  });

  it("shows no problem in what init writes, whose modeline finds the schema by itself", async () => {
    const path = join(mkdtempSync(join(dir, "init-")), "county.yaml");
    expect(run(["init", "--name", "某县", "--zone", "west", "-o", path]).status).toBe(0);
    const text = readFileSync(path, "utf8");
    // It names the schema of the installed package, which an upgrade keeps current, not a copy left beside the file.
    expect(readdirSync(join(path, ".."))).toEqual(["county.yaml"]);
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline && resolve(join(path, ".."), modeline[1]!)).toBe(SCHEMA);
    expect(shown(text, await server.diagnostics(path, text))).toBe("");
    // The schema was found: a hover on a field explains it.
    expect(await server.hover(path, text, lineOf(text, "base_year:"), 4)).toContain("基准年");
  });

  it("flags a misspelt field, text where a number belongs and an unknown zone, each at its line", async () => {
    const path = join(dir, "mistakes.yaml");
    const text = withModeline(path, readFileSync(SEED, "utf8"))
      .replace("    baseline: 25.5\n", "    basline: 25.5\n")
      .replace("  base_year: 2022\n", "  base_year: twenty\n")
      .replace("  zone: central ", "  zone: south   ");
    const found = await server.diagnostics(path, text);
    const lines = [...new Set(found.map((d) => d.range.start.line))].sort((a, b) => a - b);
    expect(lines, shown(text, found)).toEqual([
      lineOf(text, "zone: south"),
      lineOf(text, "base_year: twenty"),
      lineOf(text, "basline:"),
    ]);
  });

  it("explains a field on hover, in Chinese and English", async () => {
    const path = join(dir, "hover.yaml");
    const text = withModeline(path, readFileSync(SEED, "utf8"));
    const hover = await server.hover(path, text, lineOf(text, "    baseline: 25.5"), 6);
    expect(hover).toContain("基准年的值");
    expect(hover).toContain("value in the plan's base year");
    const zone = await server.hover(path, text, lineOf(text, "  zone: central"), 3);
    expect(zone).toContain("东北");
    expect(zone).toContain("The region of China it lies in");
  });
});

describe("the harness around the server", () => {
  // CI once failed a green run on "Cannot call write after a stream was destroyed": a message the
  // library wrote after the server's input had closed rejected where nothing awaited it.
  it("drops a message to a server whose input has closed, and still stops", async () => {
    const gone = await YamlLanguageServer.start();
    gone.closeInputForTest();
    void gone.diagnostics(join(dir, "late.yaml"), "a: 1\n").catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await gone.stop();
  });
});
