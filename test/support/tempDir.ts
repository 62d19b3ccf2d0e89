/**
 * A temporary folder removed after the test file that made it (test/support/useTempRoot.ts calls
 * removeTempDirs in an afterAll), for folders made at a file's top level or inside tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lingling-${prefix}`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
