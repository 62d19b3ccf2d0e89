/**
 * Per test file: temporary files go under the run's own folder (see tempRoot.ts), spawned programs
 * included; folders made with tempDir() are removed once the file's tests are done.
 */
import { afterAll, inject } from "vitest";
import { removeTempDirs } from "./tempDir.js";

const root = inject("tempRoot");
process.env.TMPDIR = root;
process.env.TMP = root;
process.env.TEMP = root;

afterAll(removeTempDirs);
