/**
 * A pull request that adds one YAML file must not be able to publish what the CI runner holds.
 * A secret is planted in the environment and in files the tool can be pointed at (a catalog path
 * to /proc/self/environ, a relative path climbing to a secret file, a non-YAML file, a YAML file
 * that is no catalog, YAML that does not parse, a catalog whose title holds it but is invalid, a .yaml link to the
 * environment); every command and every format runs on them, and the secret is nowhere: not on
 * standard output, not on standard error, not in any file written (workbooks unzipped).
 * Terminal control characters in a catalog one brings are shown visibly wherever it is shown.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/report/index.js";
import { ROOT, removeTempDirs, run, tempDir, type RunResult } from "./run.js";

afterAll(removeTempDirs);

const SECRET = "ghp_Pl4nt3dT0k3nXyZ0123456789abcdefAB";
/** What may never appear: the secret, any part of it, or the variable's name. */
const LEAK = /ghp_|Pl4nt3d|LL_SECRET/;
const env = { LL_SECRET: SECRET, LINGLING_LANG: "en" };

const indicatorFile = (standard: string) =>
  `region: {name: 某县, level: county, zone: central}\nstandard: ${JSON.stringify(standard)}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n  - {id: "1", name: 规划, binding: true, standard: "≥20", baseline: 25, actuals: {2024: 26}}\n`;

let root: string;
let files: string;
/** Every indicator file that points somewhere it should not, by name. */
const pointers: Record<string, string> = {};
/** Every file a path may be climbed to: what `standards --check`, `import`, `record --from` are given. */
let targets: string[];

beforeAll(() => {
  root = tempDir();
  writeFileSync(join(root, "secret.yaml"), `TOKEN=${SECRET}\n`);
  writeFileSync(join(root, "secret.txt"), `${SECRET}\n`);
  writeFileSync(join(root, "secret.csv"), `${SECRET},${SECRET}\n${SECRET},1\n`);
  writeFileSync(join(root, "hosts.yml"), `github.com:\n  oauth_token: ${SECRET}\n  user: ci\n`);
  writeFileSync(join(root, "title-secret.yaml"), `edition: x\ntitle: ${SECRET}\nindicators: 5\n`);
  writeFileSync(
    join(root, "title-list.yaml"),
    `edition: x\ntitle: [${SECRET}]\ndocument: {a: ${SECRET}}\nlevel: ${SECRET}\nverified: ${SECRET}\nindicators:\n  - {id: "1", name: ${SECRET}, binding: ${SECRET}, standard: "≥20"}\n`,
  );
  // YAML that does not parse, the secret where the parser's sentence would quote it.
  writeFileSync(join(root, "syntax.yaml"), `- a\nb: ${SECRET}\n`);
  writeFileSync(join(root, "tag.yaml"), `key: !${SECRET} value\n`);
  // Tags the parser resolves or decodes before it names them, and escapes it quotes the rest of.
  writeFileSync(join(root, "tag-core.yaml"), `key: !!${SECRET} value\n`);
  writeFileSync(join(root, "tag-verbatim.yaml"), `key: !<${SECRET}> value\n`);
  writeFileSync(join(root, "tag-handle.yaml"), `%TAG !e! tag:${SECRET},2000:\n---\nkey: !e!x value\n`);
  writeFileSync(join(root, "tag-percent.yaml"), `key: !!${SECRET.replace("P", "%50")} value\n`);
  writeFileSync(join(root, "escape.yaml"), `key: "\\U${SECRET}"\nother: "\\x${SECRET}"\n`);
  // A catalog whose rule holds the secret where a rule's error would quote it.
  writeFileSync(
    join(root, "rule-catalog.yaml"),
    `edition: x\ntitle: t\ndocument: d\nlevel: county\nverified: true\nindicators:\n  - {id: "1", name: n, binding: true, standard: "${SECRET}≥20"}\n`,
  );
  symlinkSync("/proc/self/environ", join(root, "environ.yaml"));
  files = join(root, "a", "b");
  mkdirSync(files, { recursive: true });
  const climb = "../".repeat(root.split("/").length + 3);
  Object.assign(pointers, {
    "environ.yaml": `${climb}proc/self/environ`,
    "climb.yaml": "../../secret.yaml",
    "txt.yaml": "../../secret.txt",
    "hosts.yaml": "../../hosts.yml",
    "title.yaml": "../../title-secret.yaml",
    "title-list.yaml": "../../title-list.yaml",
    "link.yaml": "../../environ.yaml",
    "absolute.yaml": join(root, "secret.yaml"),
    "syntax.yaml": "../../syntax.yaml",
    "tag.yaml": "../../tag.yaml",
    "tag-core.yaml": "../../tag-core.yaml",
    "tag-verbatim.yaml": "../../tag-verbatim.yaml",
    "tag-handle.yaml": "../../tag-handle.yaml",
    "tag-percent.yaml": "../../tag-percent.yaml",
    "escape.yaml": "../../escape.yaml",
    "rule-catalog.yaml": "../../rule-catalog.yaml",
  });
  for (const [name, standard] of Object.entries(pointers)) writeFileSync(join(files, name), indicatorFile(standard));
  // A key written twice: the error is located, and the key (the secret) is not quoted.
  writeFileSync(
    join(files, "dupkey.yaml"),
    indicatorFile("county-2024")
      .replace('standard: "county-2024"\n', "")
      .replace('binding: true, standard: "≥20"', `binding: true, ${SECRET}: 1, standard: "≥20", ${SECRET}: 2`),
  );
  writeFileSync(
    join(root, "dupkey-block.yaml"),
    `region:\n  name: x\n  ${SECRET}: 1\n  ${SECRET}: 2\nplan: {base_year: 2022}\n`,
  );
  // And one good file beside them, so that every report has something to say.
  writeFileSync(join(files, "good.yaml"), indicatorFile("county-2024").replace('standard: "county-2024"\n', ""));
  // Indicator files that are links to what they should not be, in a folder a CI job checks.
  symlinkSync("/proc/self/environ", join(files, "is-environ.yaml"));
  symlinkSync(join(root, "hosts.yml"), join(files, "is-hosts.yaml"));
  symlinkSync(join(root, "secret.yaml"), join(files, "is-secret.yaml"));
  symlinkSync(join(root, "syntax.yaml"), join(files, "is-syntax.yaml"));
  symlinkSync(join(root, "tag.yaml"), join(files, "is-tag.yaml"));
  for (const name of ["tag-core", "tag-verbatim", "tag-handle", "tag-percent", "escape"])
    symlinkSync(join(root, `${name}.yaml`), join(files, `is-${name}.yaml`));
  // A standard's catalog holding the secret as its values, given as the indicator file itself.
  symlinkSync(join(root, "title-list.yaml"), join(files, "is-catalog.yaml"));
  targets = [
    "syntax.yaml",
    "tag.yaml",
    "tag-core.yaml",
    "tag-verbatim.yaml",
    "tag-handle.yaml",
    "tag-percent.yaml",
    "escape.yaml",
    "rule-catalog.yaml",
    "secret.yaml",
    "secret.txt",
    "secret.csv",
    "hosts.yml",
    "title-secret.yaml",
    "title-list.yaml",
    "environ.yaml",
  ]
    .map((f) => join(root, f))
    .concat("/proc/self/environ");
});

/** Every text a run produced: its output, its errors, and every file it wrote below `out` (zips opened). */
function everything(r: RunResult, out?: string): string {
  const texts = [r.stdout, r.stderr];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(xlsx|docx)$/.test(name))
        texts.push(spawnSync("unzip", ["-p", path], { encoding: "latin1", maxBuffer: 1 << 28 }).stdout);
      else texts.push(readFileSync(path, "latin1"), readFileSync(path, "utf8"));
    }
  };
  if (out) walk(out);
  return texts.join("\n");
}

/** Every format the command line offers, so a new one is held to this too. */
const FORMATS = FORMAT_NAMES;
/** Written to a file (a workbook is not text; a batch's HTML is a folder); the others to standard output, where a run with input errors still writes its report. */
const TO_FILE = ["xlsx", "docx", "html"];

describe("a planted secret reaches no output, error or report", () => {
  it.each(FORMATS)(
    "check -f %s of a folder of hostile files",
    (format) => {
      const out = tempDir();
      const batch = run(
        ["-f", format, ...(TO_FILE.includes(format) ? ["-o", join(out, `batch.${format}`)] : []), files],
        { env },
      );
      expect(batch.status).toBe(2);
      expect(everything(batch, out)).not.toMatch(LEAK);
    },
    60_000,
  );

  it("check of each hostile file on its own, its errors as annotations and on standard error", () => {
    for (const name of [
      ...Object.keys(pointers),
      "is-environ.yaml",
      "is-hosts.yaml",
      "is-secret.yaml",
      "is-syntax.yaml",
      "is-tag.yaml",
      "is-catalog.yaml",
      "dupkey.yaml",
    ]) {
      const r = run(["-f", "github", join(files, name)], { env });
      expect(r.status, `${name}: ${r.stderr}`).toBe(2);
      expect(everything(r), name).not.toMatch(LEAK);
    }
  }, 120_000);

  it("standard input holding the secret: every format for a key written twice, two for the rest", () => {
    // What the folder's links lead to (is-*.yaml), and keys written twice, piped instead of named.
    const inputs = [
      "secret.yaml",
      "secret.txt",
      "secret.csv",
      "hosts.yml",
      "syntax.yaml",
      "tag.yaml",
      "title-list.yaml",
      "dupkey-block.yaml",
    ]
      .map((f) => join(root, f))
      .concat(join(files, "dupkey.yaml"));
    for (const target of inputs) {
      const input = readFileSync(target, "utf8");
      const formats = /dupkey/.test(target) ? FORMATS.filter((f) => !TO_FILE.includes(f)) : ["github", "json"];
      for (const format of formats) {
        const r = run(["-f", format, "-"], { env, input });
        expect(r.status, `${target} -f ${format}: ${r.stderr}`).toBe(2);
        expect(everything(r), `${target} -f ${format}`).not.toMatch(LEAK);
      }
    }
    // And the error is there, located at the second use.
    const r = run(["-"], { env, input: readFileSync(join(root, "dupkey-block.yaml"), "utf8") });
    expect(r.stderr).toMatch(/^<stdin>:4:3: error\[duplicate-key\]: .*line 3, column 3/);
    // A catalog piped as the indicator file is named as one, its values unquoted.
    const catalog = run(["-"], { env, input: readFileSync(join(root, "title-list.yaml"), "utf8") });
    expect(catalog.stderr).toMatch(/^<stdin>:1:1: error\[catalog-given\]: this file is a standard's catalog/);
  }, 180_000);

  it("--config naming a file with the secret (the environment, a secret file): an error that quotes nothing", () => {
    for (const target of targets) {
      const r = run(["--config", target, join(files, "is-secret.yaml")], { env });
      expect(r.status, target).toBe(2);
      expect(everything(r), target).not.toMatch(LEAK);
    }
  }, 60_000);

  it("standards --check of every file a catalog path may lead to", () => {
    for (const target of targets) {
      const r = run(["standards", "--check", target], { env });
      expect(r.status, target).toBe(2);
      expect(everything(r), target).not.toMatch(LEAK);
    }
  }, 60_000);

  it("explain, template and record of each hostile file; lint and history of their folder", () => {
    for (const name of [
      ...Object.keys(pointers),
      "is-environ.yaml",
      "is-hosts.yaml",
      "is-secret.yaml",
      "is-syntax.yaml",
      "is-tag.yaml",
    ]) {
      const file = join(files, name);
      const out = tempDir();
      const runs = [
        run(["explain", "1", file], { env }),
        run(["template", file, "-o", join(out, "t.xlsx")], { env }),
        run(["record", file, "--year", "2024", "--set", "1=30"], { env }),
      ];
      for (const r of runs) {
        expect(r.status, `${name}: ${r.stderr}`).not.toBe(0);
        expect(everything(r, out), name).not.toMatch(LEAK);
      }
    }
    for (const r of [run(["lint", files], { env }), run(["history", files], { env })])
      expect(everything(r)).not.toMatch(LEAK);
  }, 300_000);

  it("import and record --from each file a path may lead to", () => {
    const good = join(tempDir(), "good.yaml");
    writeFileSync(good, indicatorFile("county-2024").replace('standard: "county-2024"\n', ""));
    for (const target of targets) {
      const out = tempDir();
      const runs = [
        run(["import", target, "-o", join(out, "i.yaml")], { env }),
        run(["record", good, "--year", "2024", "--from", target], { env }),
      ];
      for (const r of runs) {
        expect(r.status, `${target}: ${r.stderr}`).toBe(2);
        expect(everything(r, out), target).not.toMatch(LEAK);
      }
    }
  }, 120_000);

  it("schema, init and the editions list hold nothing of the environment", () => {
    const out = tempDir();
    const runs = [
      run(["schema"], { env }),
      run(["schema", "--catalog"], { env }),
      run(["standards"], { env }),
      run(["init", "--name", "某县", "--zone", "central", "-o", join(out, "init.yaml")], { env }),
      run(["template", "--name", "某县", "--zone", "central", "-o", join(out, "t.xlsx")], { env }),
    ];
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(0);
      expect(everything(r, out)).not.toMatch(LEAK);
    }
  }, 60_000);
});

describe("a catalog path", () => {
  it("is refused before it is read unless it is a regular .yaml/.yml file: a device, a FIFO, a text file", () => {
    const dir = tempDir();
    spawnSync("mkfifo", [join(dir, "fifo.yaml")]);
    writeFileSync(join(dir, "notes.txt"), "edition: x\n");
    for (const [standard, code] of [
      ["/dev/zero", "not-regular"],
      ["fifo.yaml", "not-regular"],
      ["./notes.txt", "wrong-kind"],
      ["/proc/self/environ", "wrong-kind"],
    ] as const) {
      writeFileSync(join(dir, "x.yaml"), indicatorFile(standard));
      const started = Date.now();
      const r = run(["--lang", "en", join(dir, "x.yaml")], { env: { LINGLING_FIFO_TIMEOUT: "30" } });
      expect(Date.now() - started, standard).toBeLessThan(10_000);
      expect(r.status, standard).toBe(2);
      expect(r.stderr, standard).toContain(`error[${code}]`);
    }
    for (const target of ["/dev/zero", join(dir, "fifo.yaml")]) {
      const started = Date.now();
      const r = run(["standards", "--check", target, "--lang", "en"], { env: { LINGLING_FIFO_TIMEOUT: "30" } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${target}:1:1: error[not-regular]: ${target} is not a regular file`);
    }
  }, 60_000);

  it("that is absolute is read as given, not below the indicator file's folder", () => {
    const dir = tempDir();
    const catalog = join(ROOT, "data", "catalogs", "hunan-2018.yaml");
    writeFileSync(
      join(dir, "x.yaml"),
      indicatorFile(catalog)
        .replace('standard: "≥20", ', "")
        .replace("zone: central}", "zone: central, terrain: hill, lake_district: false}"),
    );
    const r = run(["--lang", "en", "-f", "json", join(dir, "x.yaml")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).files[0].catalog.name).toBe(catalog);
  });
});

describe("a catalog's control characters", () => {
  it("are shown visibly by standards --check, explain ID FILE and every human format", () => {
    const dir = tempDir();
    const hostile = "零陵\u001b]0;PWNED\u0007\u001b[2J\r";
    writeFileSync(
      join(dir, "cat.yaml"),
      `edition: esc\ntitle: "${hostile.replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}"\ndocument: "文\\x07号"\nissued_by: x\nsource: x\nverified: false\nlevel: county\nindicators:\n  - {id: "1", name: "规\\x1b[31m划", binding: true, standard: "≥20"}\n`,
    );
    writeFileSync(
      join(dir, "x.yaml"),
      `region: {name: 某县}\nstandard: ./cat.yaml\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", baseline: 25}\n`,
    );
    const runs = [
      run(["standards", "--check", join(dir, "cat.yaml"), "--lang", "en"]),
      run(["explain", "1", join(dir, "x.yaml"), "--lang", "en"]),
      ...["table", "markdown", "github"].map((f) => run(["-f", f, join(dir, "x.yaml"), "--lang", "en"])),
    ];
    for (const r of runs) {
      expect(r.stderr).toBe("");
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0007\u001b\r]/);
    }
    expect(runs[0]!.stdout).toContain("\\x1b]0;PWNED\\x07");
    expect(runs[0]!.stdout).toContain("规\\x1b[31m划");
    expect(runs[1]!.stdout).toContain("\\x1b]0;PWNED\\x07");
  }, 60_000);
});
