/**
 * Per test file: temporary files go to a folder of the file's own under the run's (see
 * tempRoot.ts), spawned programs included. Once the file's tests are done, folders made with
 * tempDir() are removed, and a lingling-* entry a test left there fails the file, named. What
 * other programs leave (LibreOffice's lu*.tmp, Chromium's profiles) is removed with the folder.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { removeTempDirs } from "./tempDir.js";

const own = mkdtempSync(join(inject("tempRoot"), "file-"));
process.env.TMPDIR = own;
process.env.TMP = own;
process.env.TEMP = own;

afterAll(() => {
  removeTempDirs();
  const left = readdirSync(own).filter((name) => name.startsWith("lingling-"));
  rmSync(own, { recursive: true, force: true });
  if (left.length > 0)
    throw new Error(
      `this test file left ${left.join(", ")} in the temporary folder: remove it in afterAll/finally, or make it with test/support/tempDir.ts`,
    );
});
