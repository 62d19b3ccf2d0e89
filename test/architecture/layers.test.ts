/**
 * The layer rules in .dependency-cruiser.cjs fail when broken: each planted import below breaks
 * one rule, in a copy of the configuration run by dependency-cruiser itself (the oracle). That the
 * real sources pass is `npm run lint:deps`, part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const depcruise = join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string): Violation[] {
  const run = spawnSync(
    process.execPath,
    [depcruise, "src", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
    { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const temp = mkdtempSync(join(tmpdir(), "lingling-layers-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("layer rules", () => {
  it("fail on each planted import, naming the rule it breaks", () => {
    const files: Record<string, string> = {
      "src/cli/errors.ts": "export const EXIT = 2;\n",
      "src/assess/planted.ts": 'import { EXIT } from "../cli/errors.js";\nexport const a = EXIT;\n',
      "src/lint/planted.ts": 'import type { Report } from "../report/json.js";\nexport type L = Report;\n',
      "src/report/json.ts": "export type Report = { ok: boolean };\n",
      "src/report/planted.ts": 'import { EXIT } from "../cli/errors.js";\nexport const r = EXIT;\n',
      "src/record/planted.ts": 'import { EXIT } from "../cli/errors.js";\nexport const c = EXIT;\n',
      "src/workbook/planted.ts": 'import { EXIT } from "../cli/errors.js";\nexport const w = EXIT;\n',
      // The library reaches the command layer only through another module.
      "src/index.ts": 'export { v } from "./model/via.js";\n',
      "src/model/via.ts": 'import { EXIT } from "../cli/errors.js";\nexport const v = EXIT;\n',
      "src/rules/one.ts": 'import { two } from "./two.js";\nexport const one = () => two();\n',
      "src/rules/two.ts": 'import { one } from "./one.js";\nexport const two = (): number => one();\n',
      // A cycle through a type-only import is erased at run time, and allowed.
      "src/rules/three.ts": 'import type { F } from "./four.js";\nexport const three: F = 3;\n',
      "src/rules/four.ts": 'import { three } from "./three.js";\nexport type F = number;\nexport const four = three;\n',
      "src/vetoes/planted.ts": 'import { gone } from "./nowhere.js";\nexport const g = gone;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(temp, path)), { recursive: true });
      writeFileSync(join(temp, path), text);
    }
    copyFileSync(join(root, ".dependency-cruiser.cjs"), join(temp, ".dependency-cruiser.cjs"));
    copyFileSync(join(root, "tsconfig.json"), join(temp, "tsconfig.json"));
    const found = cruise(temp)
      .map((v) => `${v.rule.name} ${v.from} -> ${v.to}`)
      .sort();
    expect(found).toEqual([
      "core-not-shell-or-formatters src/assess/planted.ts -> src/cli/errors.ts",
      "core-not-shell-or-formatters src/lint/planted.ts -> src/report/json.ts",
      "core-not-shell-or-formatters src/model/via.ts -> src/cli/errors.ts",
      "formatters-not-shell src/report/planted.ts -> src/cli/errors.ts",
      "library-not-shell src/index.ts -> src/cli/errors.ts",
      "no-circular src/rules/one.ts -> src/rules/two.ts",
      "resolvable src/vetoes/planted.ts -> ./nowhere.js",
      "workbooks-not-shell src/record/planted.ts -> src/cli/errors.ts",
      "workbooks-not-shell src/workbook/planted.ts -> src/cli/errors.ts",
    ]);
  });
});
