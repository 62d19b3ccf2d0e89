// Mutation testing of the core's logic: `npm run mutate` (not in CI: it takes hours on a small
// machine). One directory at a time gives scores early, e.g.
//   nice -n 10 npm run mutate -- --mutate 'src/model/**/*.ts'
// StrykerJS 9.6 (10 needs Node 22; the project supports 20).
// Results, survivors and the equivalent mutants: docs/mutation.md.

// The e2e tests run the bundled dist/, which no mutant of src/ reaches: load the unit project only.
process.env.LINGLING_TEST_PROJECT = "unit";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", related: true },
  // Each mutant runs only the tests that executed it in the first (dry) run.
  coverageAnalysis: "perTest",
  // A mutant of module-level code (constant tables) can only be tested by re-running every test
  // file; that costs more than the whole rest of a run here. Those tables are pinned by literal
  // tests instead (test/model/severity-order.test.ts and the formatter fixtures).
  ignoreStatic: true,
  mutate: [
    "src/rules/**/*.ts",
    "src/assess/**/*.ts",
    "src/model/**/*.ts",
    "src/report/**/*.ts",
    // Declarations, not logic: types only, zod/JSON schemas (their behaviour is the loader's tests'
    // business), and the formatter registry's lazy imports.
    "!src/**/types.ts",
    "!src/rules/ast.ts",
    "!src/model/schema.ts",
    "!src/model/projectSchema.ts",
    "!src/model/vetoSchema.ts",
    "!src/model/jsonSchema.ts",
    "!src/report/index.ts",
  ],
  // The machine is small and shared: one test process, and re-run only what changed since the
  // last run (the file is a local cache under reports/, not committed: src/ moves too fast for a
  // shared one to stay valid).
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  timeoutMS: 20_000,
  // The first run (every test once, recording which tests reach which mutant) took over 5 minutes
  // on the loaded 2-core machine, Stryker's default limit.
  dryRunTimeoutMinutes: 60,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
