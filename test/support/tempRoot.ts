/**
 * Global setup: the whole run writes its temporary files under one fresh folder, handed to every
 * test file (test/support/useTempRoot.ts gives each file a folder of its own in it and points TMPDIR
 * there, so spawned programs use it too; a file that leaves something fails). At the end the folder
 * is removed, so a run never litters the machine's temporary folder, even when a test forgets to
 * clean up; what was left is named (Vitest reports an error at teardown without failing the run).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    tempRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "lingling-vitest-"));
  project.provide("tempRoot", root);
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(
        `tests left ${left.length} temporary folder(s) behind (remove them in afterAll/finally, or make them with test/support/tempDir.ts): ${left.join(", ")}`,
      );
    }
  };
}
