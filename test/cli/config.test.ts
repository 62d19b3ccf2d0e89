/**
 * The project config (lingling.config.yaml): found upward from the working folder like
 * .spectral.yaml, --config FILE and --no-config, validated with located errors, command-line options
 * winning. Each case runs the built binary in a scratch repository.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fileURLToPath } from "node:url";
import { fixture, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

const WARN = readFileSync(fixture("warn.yaml"), "utf8");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A repository with a config at its root, the indicator file in regions/, and a sub-folder to run from. */
function repo(config: string): { root: string; sub: string } {
  const root = tempDir();
  writeFileSync(join(root, "lingling.config.yaml"), config);
  mkdirSync(join(root, "regions", "deep"), { recursive: true });
  writeFileSync(join(root, "regions", "w.yaml"), WARN);
  return { root, sub: join(root, "regions", "deep") };
}

const ENV = { LANG: "C.UTF-8", LC_ALL: undefined, LINGLING_LANG: undefined };

describe("lingling.config.yaml", () => {
  it("is found upward from the working folder: its fail_on makes a WARN file fail; --no-config ignores it", () => {
    const { sub } = repo("fail_on: warn\n");
    expect(run(["../w.yaml"], { cwd: sub, env: ENV }).status).toBe(1);
    expect(run(["--no-config", "../w.yaml"], { cwd: sub, env: ENV }).status).toBe(0);
    const bare = tempDir();
    writeFileSync(join(bare, "w.yaml"), WARN);
    expect(run(["w.yaml"], { cwd: bare, env: ENV }).status).toBe(0);
  });

  it("its assess: plan is a default: a --year on the command line asks for that year, --assess plan beside it is refused", () => {
    const { root } = repo("assess: plan\n");
    expect(run(["-q", "--lang", "en", "regions/w.yaml"], { cwd: root, env: ENV }).stdout).toMatch(/^plan review —/m);
    expect(run(["-q", "--lang", "en", "--year", "2023", "regions/w.yaml"], { cwd: root, env: ENV }).stdout).toMatch(
      /^2023 assessment —/m,
    );
    expect(
      run(["-q", "--lang", "en", "--assess", "plan", "--year", "2023", "regions/w.yaml"], { cwd: root, env: ENV })
        .status,
    ).toBe(2);
  });

  it("its checks: that leave out progress, with --year, are named as the config's, not as a --checks nobody typed", () => {
    const { root } = repo("checks: [baseline]\n");
    const r = run(["--lang", "en", "--year", "2023", "regions/w.yaml"], { cwd: root, env: ENV });
    expect([r.status, r.stderr]).toEqual([
      2,
      "lingling-check: --year 2023 asks for a year, judged by its progress check, which the project config's checks: [baseline] leaves out: add progress, or leave out --year\n",
    ]);
    const typed = run(["--lang", "en", "--year", "2023", "--checks", "near_term", "regions/w.yaml"], {
      cwd: root,
      env: ENV,
    });
    expect(typed.stderr).toBe(
      "lingling-check: --year 2023 asks for a year, judged by its progress check, which --checks near_term leaves out: add progress, or leave out --year\n",
    );
  });

  it("gives the language, and --lang on the command line wins", () => {
    const { root } = repo("lang: zh\n");
    expect(run(["-q", "regions/w.yaml"], { cwd: root, env: ENV }).stdout).toMatch(/总体/);
    expect(run(["-q", "--lang", "en", "regions/w.yaml"], { cwd: root, env: ENV }).stdout).toMatch(/overall WARN/);
  });

  it("lists the reports a run writes, their paths relative to the config's folder, unless the command line names its own", () => {
    const { root, sub } = repo("outputs:\n  - format: json\n    output: out/report.json\n  - format: github\n");
    mkdirSync(join(root, "out"));
    const r = run(["--force", "../w.yaml"], { cwd: sub, env: ENV });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::notice title=lingling-check::1 file: 1 WARN — overall WARN$/m);
    const report = JSON.parse(readFileSync(join(root, "out", "report.json"), "utf8")) as {
      summary: { overall: string };
    };
    expect(report.summary.overall).toBe("WARN");
    const own = run(["-f", "markdown", "../w.yaml"], { cwd: sub, env: ENV });
    expect(own.stdout).toMatch(/^#/m);
    expect(own.stdout).not.toMatch(/^::notice/m);
  });

  it("the README's config, as written, runs in a fresh folder and again: its reports' folder is made, force: true replaces them", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const config = /```yaml\n(# lingling\.config\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(config).toBeDefined();
    const root = tempDir();
    writeFileSync(join(root, "lingling.config.yaml"), config!);
    mkdirSync(join(root, "indicators"));
    mkdirSync(join(root, "standards"));
    writeFileSync(join(root, "indicators", "lingling.yaml"), readFileSync(join(ROOT, "seeds", "lingling.yaml")));
    for (const run_ of [1, 2]) {
      const r = run(["indicators/"], { cwd: root, env: ENV });
      expect([run_, r.status, r.stderr]).toEqual([run_, 1, ""]);
      expect(JSON.parse(readFileSync(join(root, "reports", "lingling.sarif"), "utf8"))).toMatchObject({
        version: "2.1.0",
      });
    }
  });

  it("without force: true, an existing report stays and the run says so; a report's missing folder is made", () => {
    const { root, sub } = repo("outputs:\n  - format: json\n    output: out/deeper/report.json\n");
    expect(run(["../w.yaml"], { cwd: sub, env: ENV }).status).toBe(0);
    expect(existsSync(join(root, "out", "deeper", "report.json"))).toBe(true);
    const again = run(["../w.yaml"], { cwd: sub, env: ENV });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/report\.json exists: use --force to overwrite it/);
  });

  it("--config names another file; a missing one is an input error", () => {
    const { root } = repo("fail_on: warn\n");
    writeFileSync(join(root, "lenient.yaml"), "allow_incomplete: true\n");
    expect(run(["--config", "lenient.yaml", "regions/w.yaml"], { cwd: root, env: ENV }).status).toBe(0);
    const missing = run(["--config", "nowhere.yaml", "regions/w.yaml"], { cwd: root, env: ENV });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /nowhere\.yaml:1:1: error\[read-error\]: cannot read .*nowhere\.yaml: no such file or folder/,
    );
  });

  it("refuses a bad config with every problem at its line and column, and runs nothing", () => {
    const { root } = repo("lang: fr\nfail_on: [warn, errors]\nfailon: warn\noutputs:\n  - format: pdf\n");
    const r = run(["regions/w.yaml"], { cwd: root, env: ENV });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^lingling\.config\.yaml:1:7: .*zh or en/);
    expect(lines[1]).toMatch(/^lingling\.config\.yaml:2:17: .*warn or projects/);
    expect(lines[2]).toMatch(/^lingling\.config\.yaml:3:1: .*failon.*fail_on/);
    expect(lines[3]).toMatch(/^lingling\.config\.yaml:5:13: .*an output format/);
    expect(lines).toHaveLength(4);
  });

  it("quotes none of a bad config's values (a config may be a file a path led to, holding a token), and still suggests the word meant", () => {
    const token = "ghp_SECRETSECRET123";
    const { root } = repo(`lang: ${token}
fail_on: wran
outputs:
  - {format: ${token}, output: r.json}
`);
    const r = run(["regions/w.yaml"], { cwd: root, env: ENV });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("SECRET");
    expect(r.stderr.trim().split("\n")).toEqual([
      "lingling.config.yaml:1:7: error[invalid-value]: “lang”: expected zh or en",
      "lingling.config.yaml:2:10: error[invalid-value]: “fail_on”: expected warn or projects (or a list of both) — did you mean warn?",
      "lingling.config.yaml:4:14: error[invalid-value]: “format”: expected an output format: table, json, markdown, junit, github, csv, xlsx, docx, html, sarif or gitlab",
    ]);
  });

  it("an empty list where one value or a list is expected is said in words, in both languages, not the schema library's", () => {
    const { root } = repo("checks: []\nfail_on: []\ncatalogs: []\n");
    const en = run(["regions/w.yaml"], { cwd: root, env: ENV });
    expect(en.status).toBe(2);
    expect(en.stderr.trim().split("\n")).toEqual([
      "lingling.config.yaml:1:9: error[invalid-value]: “checks”: expected one value or a list of them, not an empty list",
      "lingling.config.yaml:2:10: error[invalid-value]: “fail_on”: expected one value or a list of them, not an empty list",
      "lingling.config.yaml:3:11: error[invalid-value]: “catalogs”: expected one value or a list of them, not an empty list",
    ]);
    const zh = run(["regions/w.yaml", "--lang", "zh"], { cwd: root, env: ENV });
    expect(zh.stderr).toContain("“checks”：应为一个值或若干值的列表，不能是空列表");
  });

  it("names folders of editions (catalogs:, relative to its folder) where a file's standard: is looked up, on workers too", () => {
    const { root, sub } = repo("catalogs: [editions, more]\n");
    mkdirSync(join(root, "editions"));
    // An edition of the user's own: the county edition renamed, one rule made stricter (≥30 for 1).
    const county = readFileSync(join(ROOT, "data", "standards", "county-2024.yaml"), "utf8");
    const own = county
      .replace(/^edition: county-2024$/m, "edition: hunan-2018")
      .replace('standard: "≥20"', 'standard: "≥30"');
    writeFileSync(join(root, "editions", "hunan-2018.yaml"), own);
    const file =
      'region: {name: 某县, level: county, zone: central, urban_district: false}\nstandard: hunan-2018\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n  - {id: "1", baseline: 25}\n';
    writeFileSync(join(root, "regions", "own.yaml"), file);
    const r = run(["-f", "json", "../own.yaml"], { cwd: sub, env: ENV });
    const report = JSON.parse(r.stdout) as {
      files: Array<{ indicators: Array<{ id: string; checks: { baseline: { verdict: string; rule: string } } }> }>;
    };
    const row1 = report.files[0]!.indicators.find((i) => i.id === "1")!;
    expect(row1.checks.baseline).toMatchObject({ verdict: "FAIL", rule: "≥30" });
    // Without the config the name is unknown: an input error that lists the built-in editions.
    const bare = run(["--no-config", "../own.yaml"], { cwd: sub, env: ENV });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/unknown standard edition “hunan-2018”/);
    // A batch large enough for worker threads judges every copy by the folder's edition.
    for (let i = 0; i < 40; i++) writeFileSync(join(root, "regions", "deep", `c${i}.yaml`), file);
    const batch = run(["-f", "json", "."], { cwd: sub, env: ENV });
    const files = (JSON.parse(batch.stdout) as typeof report).files;
    expect(files).toHaveLength(40);
    for (const f of files) expect(f.indicators.find((i) => i.id === "1")!.checks.baseline.verdict).toBe("FAIL");
  });

  it("has a published JSON Schema that accepts a good config and refuses a bad one", () => {
    const dir = tempDir();
    const r = run(["schema", "--project-config"], { cwd: dir, env: ENV });
    expect(r.status).toBe(0);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(r.stdout) as object);
    expect(
      validate(parse("lang: zh\nfail_on: [warn, projects]\noutputs:\n  - {format: sarif, output: r.sarif}\n")),
    ).toBe(true);
    expect(validate(parse("lang: fr\n"))).toBe(false);
    expect(validate(parse("failon: warn\n"))).toBe(false);
    expect(
      (JSON.parse(r.stdout) as { properties: { fail_on: { description: string } } }).properties.fail_on.description,
    ).toMatch(/warn.*projects/);
    expect(existsSync(join(dir, "lingling.config.yaml"))).toBe(false);
  });
});
