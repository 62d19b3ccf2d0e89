/**
 * The package as users get it, installed by the current npm (12: dependency install scripts
 * blocked, git dependencies only with --allow-git): from the tarball npm pack makes, and from a git
 * URL, which has no dist/ until the clone's own install builds it (`preprepare`, a root-only
 * script that npm 12 neither blocks nor reports). Each install runs the tool on the seed it ships.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/tempDir.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Removed, with everything installed in them, after the file's tests (test/support/tempDir.ts): a
// synchronous removal, so no hook timeout can cut it short on a loaded machine.
const temp = (name: string) => tempDir(`${name}-`);

function sh(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" },
    timeout: 600_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** npm 12, the current major, as users have it; the machine's own npm where that is not needed. */
const NPM12 = ["npx", ["-y", "npm@12"]] as const;
const INSTALL = ["install", "--no-audit", "--no-fund", "--prefer-offline"];
// Every package the tarball installs runs on the Node the suite runs on (20 at least), by its own
// word. (Not for a git URL: the clone's own install needs the dev tools, some of which want Node 22.)
const STRICT = "--engine-strict";

let tarball: string | undefined;
/** The tarball npm pack makes (dist/ is built already: the tests run after npm run build). */
function packed(): string {
  if (tarball) return tarball;
  const out = temp("pack");
  const pack = sh("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", out], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  return (tarball = join(out, readdirSync(out).find((n) => n.endsWith(".tgz"))!));
}

/** A fresh project that installs `spec` with npm 12, then the installed tool run on the seed it ships. */
function installAndRun(...spec: string[]) {
  const project = temp("project");
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "user-project", version: "1.0.0", private: true }),
  );
  const install = sh(NPM12[0], [...NPM12[1], ...INSTALL, ...spec], project);
  expect(install.status, install.stderr).toBe(0);
  // npm 12 warns of every dependency script it blocks (`npm warn install-scripts …`): none here.
  expect(install.stderr.split("\n").filter((l) => /install-scripts|blocked/i.test(l))).toEqual([]);
  const pkg = join(project, "node_modules", "lingling-check");
  return {
    pkg,
    ...sh(
      join(project, "node_modules", ".bin", "lingling-check"),
      ["-q", join(pkg, "seeds", "lingling.yaml")],
      project,
    ),
  };
}

describe("installed", () => {
  it("from the tarball npm pack makes, with npm 12: no install script, the schemas and the licence inside", () => {
    const r = installAndRun(STRICT, packed());
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
    expect(readFileSync(join(r.pkg, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    // The schema init's first line names, as `lingling-check schema` prints it.
    const schema = readFileSync(join(r.pkg, "schemas", "indicator-file.schema.json"), "utf8");
    expect(schema).toBe(sh(join(r.pkg, "..", ".bin", "lingling-check"), ["schema"], r.pkg).stdout);
    // Only what the bundle leaves outside it is installed beside the package.
    const manifest = JSON.parse(readFileSync(join(r.pkg, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // docx is in the build (dist/vendor): its nanoid declares Node 22.
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      "exceljs",
      "jszip",
      "proper-lockfile",
      "saxes",
      "write-file-atomic",
      "yaml",
      "yauzl",
      "zod",
    ]);
  }, 600_000);

  it("as a library: the packed package imported from another folder, its types resolved", () => {
    const project = temp("library-user");
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "platform", version: "1.0.0", private: true, type: "module" }),
    );
    const install = sh("npm", [...INSTALL, STRICT, "--loglevel", "error", packed()], project);
    expect(install.status, install.stderr).toBe(0);
    // The README's example, on the seed the package ships.
    const script = [
      'import { readFileSync } from "node:fs";',
      'import { createRequire } from "node:module";',
      'import { loadIndicatorFile, assess, summarizeRun, format } from "lingling-check";',
      'const seed = createRequire(import.meta.url).resolve("lingling-check/package.json").replace("package.json", "seeds/lingling.yaml");',
      'const loaded = loadIndicatorFile(readFileSync(seed, "utf8"), "lingling.yaml");',
      "if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));",
      'const run = summarizeRun([assess(loaded.value, { mode: "plan" })]);',
      'const report = JSON.parse(await format("json", run, { lang: "en" }));',
      "console.log(run.overall, report.format, report.files[0].indicators.length);",
    ].join("\n");
    writeFileSync(join(project, "check.mjs"), script);
    const ran = sh(process.execPath, ["check.mjs"], project);
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trim()).toMatch(/^(PASS|WARN|INCOMPLETE|FAIL) lingling-check\/v1 \d+$/);
    // A TypeScript user's view: the same calls type-check against the package's own declarations.
    writeFileSync(
      join(project, "check.ts"),
      [
        'import { loadIndicatorFile, assess, type FileAssessment, type Verdict } from "lingling-check";',
        'const loaded = loadIndicatorFile("region: {name: x}\\nplan: {base_year: 2022}\\nindicators: []\\n", "x.yaml");',
        "if (loaded.ok) { const a: FileAssessment = assess(loaded.value); const v: Verdict | undefined = a.indicators[0]?.verdict; console.log(a.summary.overall, v); }",
        "// @ts-expect-error: assess takes a compiled file, not text",
        'assess("region: x");',
      ].join("\n"),
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: true,
        },
        files: ["check.ts"],
      }),
    );
    const tsc = sh(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", project], project);
    expect(tsc.stdout + tsc.stderr, "tsc on a user's file").toBe("");
    expect(tsc.status).toBe(0);
  }, 600_000);

  it("from a git URL, as the README says (npm 12 with --allow-git=all), which the clone's install builds", () => {
    const r = installAndRun("--allow-git=all", `git+file://${ROOT}`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
  }, 600_000);

  it("without its dist/, says so in a sentence, not a stack trace", () => {
    const copy = temp("nodist");
    cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    const r = sh(process.execPath, [join(copy, "bin", "lingling-check.js"), "x.yaml"], copy);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^lingling-check: this installation lacks the built program \(dist\/\): run npm run build in .*, or install the package again\n$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
