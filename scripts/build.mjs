#!/usr/bin/env node
// npm run build: the command line bundled by esbuild into one CommonJS file, dist/cli.cjs, plus a
// V8 code cache for it made by running a few checks of the Lingling seed (dist/cli.cjs.cache), and
// the bundle's checksum beside it (dist/cli.cjs.cache.key), to which the cache is keyed; then the
// JSON Schemas for editors in schemas/.
// bin/lingling-check.js and each batch worker load the bundle through dist/load.js, which hands V8
// the cache: a check then starts with its functions already compiled. Commands and formatters
// stay lazily initialised inside the bundle, so --help runs none of them; --version reads only
// package.json. Type checking is tsc's job (npm run typecheck); `yaml` stays outside the bundle
// and is loaded only for files with errors and for `record`.
import { devNull } from "node:os";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { patchCliTable3 } from "./shims/cli-table3.patches.mjs";
import { patchJsYaml } from "./shims/js-yaml.patches.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: !process.env.LINGLING_DEBUG_BUILD,
  logLevel: "warning",
  absWorkingDir: root,
};

/**
 * Packages wrapped, where the importer matches, by a shim under scripts/shims/ (each says why):
 * inside cli-table3, string-width answers are kept and ansi-regex's and emoji-regex's expressions
 * made once; inside commander, node:child_process is required only when used; for src/report/wrap.ts,
 * string-width 8 and linebreak are loaded when first called. The libraries themselves are the ones
 * the importers depend on, resolved from where they stand. cli-table3's own sources are bundled
 * with the fixes listed (and explained) in scripts/shims/cli-table3.patches.mjs, js-yaml's loader with
 * those in scripts/shims/js-yaml.patches.mjs.
 */
const SHIMS = [
  { module: "node:child_process", shim: "lazy-child-process.cjs", importer: /node_modules[\\/]commander[\\/]/ },
  { module: "string-width", shim: "string-width.cjs", importer: /node_modules[\\/]cli-table3[\\/]src[\\/]/ },
  { module: "string-width", shim: "lazy-default.cjs", importer: /src[\\/]report[\\/]wrap\.ts$/ },
  { module: "linebreak", shim: "lazy-default.cjs", importer: /src[\\/]report[\\/]wrap\.ts$/ },
  // cli-table3's own copies only (string-width 4, strip-ansi 6): string-width 8, which the workbook
  // and the terminal's wrapping measure with, and its ESM dependencies export differently.
  {
    module: "ansi-regex",
    shim: "shared-regex.cjs",
    importer: /node_modules[\\/]cli-table3[\\/]node_modules[\\/](string-width|strip-ansi)[\\/]/,
  },
  {
    module: "emoji-regex",
    shim: "shared-regex.cjs",
    importer: /node_modules[\\/]cli-table3[\\/]node_modules[\\/]string-width[\\/]/,
  },
];
/** The packages some importer has a shim for. */
const SHIMMED = new RegExp(`^(${[...new Set(SHIMS.map((s) => s.module))].join("|")})$`);
const dependencyShims = {
  name: "dependency-shims",
  setup(b) {
    b.onResolve({ filter: SHIMMED }, (args) => {
      if (args.namespace === "shim") return undefined;
      const entry = SHIMS.find((s) => s.module === args.path && s.importer.test(args.importer));
      // One module per shim and package: the path names both.
      return entry && { path: `${entry.shim}:${args.path}`, namespace: "shim", pluginData: args.resolveDir };
    });
    // cli-table3's own files, with the fixes in scripts/shims/cli-table3.patches.mjs.
    b.onLoad({ filter: /node_modules[\\/]cli-table3[\\/]src[\\/][^\\/]+\.js$/ }, (args) => ({
      contents: patchCliTable3(basename(args.path), readFileSync(args.path, "utf8")),
      loader: "js",
    }));
    // js-yaml's loader, with the fixes in scripts/shims/js-yaml.patches.mjs.
    b.onLoad({ filter: /node_modules[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/ }, (args) => ({
      contents: patchJsYaml(readFileSync(args.path, "utf8")),
      loader: "js",
    }));
    b.onLoad({ filter: /.*/, namespace: "shim" }, (args) => {
      const [shim, module] = args.path.split(/:(.*)/s);
      return {
        contents: readFileSync(join(root, "scripts", "shims", shim), "utf8").replace(
          "__SHIM_TARGET__",
          JSON.stringify(module),
        ),
        resolveDir: args.pluginData,
        loader: "js",
      };
    });
  },
};

// The docx package with what it needs (nanoid, fflate) in one file of the build's own: its nanoid
// declares Node 22, so an installation that depended on docx was refused on Node 20 under
// engine-strict (and warned otherwise), though the code runs there. Loaded only by -f docx.
await build({
  ...common,
  entryPoints: { "vendor/docx": createRequire(import.meta.url).resolve("docx") },
  outdir: dist,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
});
/** Where the bundles load docx from: the file above, beside them. */
const VENDORED = { __DOCX_MODULE__: JSON.stringify("./vendor/docx.cjs") };

await build({
  ...common,
  plugins: [dependencyShims],
  entryPoints: { cli: "src/cli/entry.ts" },
  outdir: dist,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // Loaded only by the commands that need them (record, workbooks, -f docx), never at start-up.
  external: ["yaml", "exceljs", "docx", "jszip", "yauzl", "saxes", "proper-lockfile", "write-file-atomic"],
  // The sources are ES modules; in the bundle, import.meta.url is the bundle's own URL.
  define: { "import.meta.url": "__bundleUrl", ...VENDORED },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: { load: "src/cli/loadCli.ts", worker: "src/cli/workerEntry.ts" },
  outdir: dist,
  format: "esm",
});

// The library (package.json "exports"): the same pipeline as an ES module, and its types. Bundled
// CommonJS packages inside call require(), which an ES module is given here.
await build({
  ...common,
  plugins: [dependencyShims],
  entryPoints: { index: "src/index.ts" },
  outdir: dist,
  format: "esm",
  // A library's classes keep their names: an error is an ArgumentError to its catcher, not the minified "me".
  keepNames: true,
  external: ["yaml", "exceljs", "docx", "jszip", "yauzl", "saxes", "proper-lockfile", "write-file-atomic"],
  define: VENDORED,
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
const types = spawnSync(
  process.execPath,
  [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.lib.json")],
  { stdio: "inherit" },
);
if (types.status !== 0) process.exit(types.status ?? 1);

// The code cache: what a check compiles, recorded after running checks as users run them.
const { loadCli, CODE_CACHE, CODE_CACHE_KEY, bundleHash } = await import(join(dist, "load.js"));
const { cli, script } = loadCli(dist);
const seed = join(root, "seeds", "lingling.yaml");
for (const argv of [
  [seed, "-o", devNull],
  [seed, "--quiet", "-o", devNull],
  [seed, "-f", "json", "-o", devNull],
])
  await cli.main(["--lang", "en", ...argv]);
writeFileSync(join(dist, CODE_CACHE), script.createCachedData());
// The cache is for this bundle only: the loader ignores it once the bundle's content differs.
writeFileSync(join(dist, CODE_CACHE_KEY), `${bundleHash(readFileSync(join(dist, "cli.cjs")))}\n`);

// The JSON Schemas editors use (package.json "files" and "exports"; init's first line names the
// first), written by the command users have, after the cache so that they do not change it.
mkdirSync(join(root, "schemas"), { recursive: true });
for (const [file, args] of [
  ["indicator-file.schema.json", []],
  ["catalog.schema.json", ["--catalog"]],
  ["config.schema.json", ["--project-config"]],
]) {
  const status = await cli.main(["schema", ...args, "--force", "-o", join(root, "schemas", file)]);
  if (status !== 0) process.exit(status);
}

// The JSON report's published schema, generated from the zod schemas json.ts builds to
// (src/report/reportSchema.ts) so that the contract cannot drift from the code. Bundled in memory
// and run once; the file is committed, and a test checks it equals what this writes.
const reportSchema = await build({
  ...common,
  entryPoints: ["src/report/reportSchema.ts"],
  format: "esm",
  minify: false,
  write: false,
});
const { reportJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(reportSchema.outputFiles[0].contents).toString("base64")}`
);
writeFileSync(join(root, "docs", "report-v1.schema.json"), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
