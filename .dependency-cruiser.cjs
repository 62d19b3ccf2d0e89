/**
 * The layers of lingling-check, checked on every `npm test` (npm run lint:deps) rather than
 * remembered. The README's "How it is built" section explains them to readers.
 *
 *   core        src/{model,load,compile,rules,assess,projects,vetoes,lint,standards,i18n}
 *   formatters  src/report
 *   workbooks   src/record, src/workbook
 *   shell       src/cli
 *   library     src/index.ts
 */
const CORE = "^src/(model|load|compile|rules|assess|projects|vetoes|lint|standards|i18n)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-not-shell-or-formatters",
      comment:
        "The core is a pure function from parsed files to an assessment: it never prints, exits or formats. " +
        "What a command or a formatter needs from it (the exit policy, the findings' levels) is core data they read.",
      severity: "error",
      from: { path: CORE },
      to: { path: "^src/(cli|report)/" },
    },
    {
      name: "formatters-not-shell",
      comment:
        "Formatters only format what the core judged, as pure functions of the result and the options; " +
        "the command layer calls them, never the reverse (the library's report() uses them without any CLI).",
      severity: "error",
      from: { path: "^src/report/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "workbooks-not-shell",
      comment:
        "record, template and import read and write workbooks for the commands, and raise located errors " +
        "(src/load/errors.ts) the command reports; they must not depend on the command layer that calls them.",
      severity: "error",
      from: { path: "^src/(record|workbook)/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "library-not-shell",
      comment:
        "The package's library entry (src/index.ts) must work without the command line: nothing it reaches, " +
        "directly or through other modules, may be in src/cli.",
      severity: "error",
      from: { path: "^src/index\\.ts$" },
      to: { path: "^src/cli/", reachable: true },
    },
    {
      name: "resolvable",
      comment:
        "Every relative import must resolve to a source file: a specifier the tool cannot follow is an " +
        "import whose layer these rules cannot check.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^node:" },
    },
    {
      name: "no-circular",
      comment:
        "A cycle makes load order matter and hides which module owns what. Cycles made only through " +
        "type-only imports are erased at run time and allowed; today these are: src/report/index.ts and " +
        "each formatter (the formatters import FormatOptions/StreamingFormatter from the registry that " +
        "lazily loads them), src/model/types.ts <-> src/rules/context.ts, src/assess/compare.ts <-> " +
        "src/assess/result.ts, and src/record/sources.ts <-> src/record/workbook.ts (a lazy import() one way).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^node_modules" },
    // Type-only imports count: a formatter importing a type from src/cli is still coupled to it.
    tsPreCompilationDeps: true,
    // TypeScript's resolution, so that ESM `./x.js` specifiers resolve to the `./x.ts` sources.
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".js", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
