#!/usr/bin/env node
// npm run build: the command line bundled by esbuild into dist/ — one file to compile at start-up
// instead of hundreds, each command, formatter and the worker a chunk loaded only when used.
// Type checking is tsc's job (npm run typecheck); `yaml` stays outside the bundle and is loaded
// only for files with errors and for `record`.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: "src/cli/main.ts", worker: "src/cli/worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["yaml"],
  // CommonJS dependencies inside an ES module bundle need a `require`.
  banner: { js: "import { createRequire as __lcRequire } from 'node:module'; const require = __lcRequire(import.meta.url);" },
  minify: process.env.LINGLING_DEBUG_BUILD ? false : true,
  logLevel: "warning",
});
