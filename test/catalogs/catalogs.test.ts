/**
 * Catalogs users bring: `standard: <path>` relative to the indicator file, validated with located
 * errors by the schema the built-in editions use; `standards --check`; reports name the catalog and
 * flag it when unverified. Run through the built binary, as a user would.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "../../src/standards/catalogFile.js";
import { ROOT, run } from "../cli/run.js";

const fixture = (name: string) => join("test", "catalogs", "fixtures", name);
const opts = { cwd: ROOT };

describe("a catalog file named by standard:", () => {
  it("is read relative to the indicator file, and the report names it, unverified", () => {
    const r = run([fixture("county.yaml"), "--exit-zero", "--lang", "en"], opts);
    expect(r.status).toBe(0);
    const title = r.stdout.split("\n")[0]!;
    expect(title).toContain("standard: ../../../data/catalogs/hunan-2018.yaml — 湖南省生态文明建设示范县指标（试行）");
    expect(title).toContain("unverified");
    // its rows come in, judged by its rules: 9.1 against last year and the county average it is given
    expect(r.stdout).toMatch(/9\.1 .*高于上年和县市区平/);
    expect(r.stdout).toContain("✓ 90.1");
  });

  it("is named in JSON, with verified: false", () => {
    const r = run([fixture("county.yaml"), "--exit-zero", "-f", "json"], opts);
    const json = JSON.parse(r.stdout) as {
      files: Array<{ catalog: { name: string; edition: string; verified: boolean } }>;
    };
    expect(json.files[0]!.catalog).toMatchObject({
      name: "../../../data/catalogs/hunan-2018.yaml",
      edition: "hunan-2018",
      verified: false,
    });
  });

  it("is named on the Markdown title line", () => {
    const r = run([fixture("county.yaml"), "--exit-zero", "-f", "markdown", "--lang", "zh"], opts);
    expect(r.stdout).toMatch(/^### .*标准：.*hunan-2018\.yaml.*未核实/m);
  });

  it("with problems: each located in the catalog, and the indicator file says which catalog (exit 2)", () => {
    const r = run([fixture("uses-broken.yaml"), "--lang", "en"], opts);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(
      /uses-broken\.yaml:3:11: error\[catalog-invalid\]: the catalog “\.\/broken-catalog\.yaml” has 4 problem/,
    );
    expect(r.stderr).toMatch(/broken-catalog\.yaml:1:1: error\[missing-field\]: missing field “verified”/);
    // Located where the rule stops reading (“吧” of “制定实施吧”), without quoting the catalog.
    expect(r.stderr).toMatch(
      /broken-catalog\.yaml:11:19: error\[rule-syntax\]: cannot read this rule from the place shown on/,
    );
    expect(r.stderr).not.toContain("制定实施吧");
    expect(r.stderr).toMatch(
      /broken-catalog\.yaml:16:5: error\[unknown-field\]: unknown field “standrad”; did you mean “standard”\?/,
    );
    // rows that would inherit from it are not blamed for what it lacks
    expect(r.stderr).not.toContain("uses-broken.yaml:7");
    expect(r.stderr).not.toContain("at Object");
  });

  it("that does not exist is an input error naming it", () => {
    const r = run(["-"], {
      ...opts,
      input:
        "region: {name: 某县}\nstandard: ./nowhere.yaml\nplan: {base_year: 2022}\nindicators:\n  - {id: '1', baseline: 1}\n",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nowhere\.yaml:1:1: error\[catalog-unreadable\]/);
  });
});

describe("standards --check", () => {
  it("lists what each rule of a valid catalog reads as", () => {
    const r = run(["standards", "--check", "data/catalogs/hunan-2018.yaml", "--lang", "en"], opts);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/hunan-2018\.yaml: .*18 rows — unverified/);
    expect(r.stdout).toMatch(
      /│ 9\.1 .*│ 高于上年和县市区平均水平 +│ 有所提高，且高于县市区平均水平 +│ increase \+ relative/,
    );
    expect(r.stdout).toMatch(/│ 16 .*│ 未发生 +│ 未发生 +│ event/);
    expect(r.stdout).toMatch(/│ 1 .*│ 制定实施 +│ 制定并实施 +│ status/);
    // In Chinese, the kinds are words of the language too.
    const zh = run(["standards", "--check", "data/catalogs/hunan-2018.yaml", "--lang", "zh"], opts).stdout;
    expect(zh).toMatch(/│ 9\.1 .*│ 高于上年和县市区平均水平 +│ 有所提高，且高于县市区平均水平 +│ 提高 \+ 相对值/);
    expect(zh).toMatch(/│ 1 .*│ 制定实施 +│ 制定并实施 +│ 状态 /);
    expect(zh).not.toMatch(/│ (?:status|threshold|event|target)/);
  });

  it("reports every problem of a broken catalog, located, and exits 2", () => {
    const r = run(["standards", "--check", fixture("broken-catalog.yaml"), "--lang", "en"], opts);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(5);
    expect(r.stderr).toContain("broken-catalog.yaml: 4 problems");
  });
});

describe("one schema for every catalog", () => {
  const dirs = ["data/standards", "data/catalogs"];
  const files = dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join(d, f)),
  );
  it.each(files)("%s validates, and every rule reads", (file) => {
    const r = parseCatalog(readFileSync(join(ROOT, file), "utf8"), file);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
  it("only verified catalogs are built in", () => {
    for (const f of readdirSync(join(ROOT, "data/standards"))) {
      const r = parseCatalog(readFileSync(join(ROOT, "data/standards", f), "utf8"), f);
      expect(r.ok && r.value.verified).toBe(true);
    }
  });
});

describe("a catalog's unknown keys", () => {
  // A path may lead to a file of secrets whose keys are themselves secrets: only a near miss of a
  // field is named; any other key is placed, not quoted.
  it("are named only where they are near misses of a field", () => {
    const r = parseCatalog("edition: x\nghp_PLANTED_KEY: 1\ndocumen: y\nindicators: []\n", "c.yaml");
    if (r.ok) throw new Error("expected errors");
    const unknown = r.errors.filter((e) => e.code === "unknown-field");
    expect(unknown.map((e) => [e.line, e.column, e.message.id])).toEqual([
      [2, 1, "error.unknownField.unquoted"],
      [3, 1, "error.unknownField.suggest"],
    ]);
    expect(JSON.stringify(r.errors)).not.toContain("ghp_");
  });
});

describe("a catalog's ids follow the rules of an indicator file's", () => {
  const catalog = (rows: string) =>
    `edition: x\ntitle: t\ndocument: d\nissued_by: i\nsource: s\nverified: false\nlevel: county\nindicators:\n${rows.replaceAll("name:", "binding: true, name:")}`;
  const errorsOf = (text: string) => {
    const r = parseCatalog(text, "c.yaml");
    if (r.ok) throw new Error("expected errors");
    return r.errors.map((e) => [e.code, e.line, e.column, e.message.id]);
  };
  it('an id with a space around it, or a control character in it, is refused at the id: "1 " beside "1" could not be told apart', () => {
    expect(
      errorsOf(
        catalog(
          `  - {id: "1 ", name: a, standard: "≥1"}\n  - {id: "2\\u0007", name: b, standard: "≥1"}\n  - {id: "3", name: c, standard: "≥1"}\n`,
        ),
      ),
    ).toEqual([
      ["invalid-value", 9, 10, "error.invalidValue.unquoted"],
      ["invalid-value", 10, 10, "error.invalidValue.unquoted"],
    ]);
  });
  it('"１" (full width) after "1" is the same id given twice', () => {
    expect(
      errorsOf(catalog(`  - {id: "1", name: a, standard: "≥1"}\n  - {id: "１", name: b, standard: "≥1"}\n`)),
    ).toEqual([["duplicate-id", 10, 10, "error.duplicateId"]]);
  });
});
