/** Runs the built `lingling-check` binary as a user would, and a few helpers for reading its output. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runInProcess } from "./inProcess.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root, found from this file, never from the current directory. */
export const ROOT = resolve(here, "..", "..");
export const BIN = join(ROOT, "bin", "lingling-check.js");
export const SEED = join(ROOT, "seeds", "lingling.yaml");
const FIXTURES = join(here, "fixtures");

export const fixture = (name: string): string => join(FIXTURES, name);
export const read = (path: string): string => readFileSync(path, "utf8");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Text for standard input. */
  input?: string;
  /** Overrides of the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Start the binary as a process, as a user's shell does, rather than run it in this process. */
  spawn?: boolean;
}

/**
 * Run the binary: in this process (test/cli/inProcess.ts) unless it reads standard input or
 * `spawn` asks for a process. The environment is the parent's with NO_COLOR=1, and without the variables that
 * would make output depend on the machine (FORCE_COLOR, LINGLING_LANG), unless `env` says otherwise.
 */
export function run(args: readonly string[], options: RunOptions = {}): RunResult {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: undefined,
    LINGLING_LANG: undefined,
    ...options.env,
  };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) env[key] = value;
  const cwd = options.cwd ?? tmpdir();
  // Standard input is a process's: a run that reads it starts the binary.
  if (options.input === undefined && !options.spawn && !args.includes("-"))
    return runInProcess(ROOT, args, env, cwd, 120_000);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env,
    input: options.input ?? "",
    cwd,
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A fresh, empty directory for files a test writes; removed by `removeTempDirs`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "lingling-check-cli-"));
  made.push(dir);
  return dir;
}

/** Removes every directory `tempDir` made in this test file (call it from `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Matches a printed stack frame ("    at foo (file:1:2)"). */
export const STACK = /\n\s+at /;

/** ANSI escape sequences (colour). */
export const ANSI = /\u001b\[/;

/**
 * The 1-based line and column of `token` on the first line (after `after`, if given) that contains
 * `lineText`. Columns count UTF-16 code units, as JavaScript strings and the YAML parser do.
 */
export function position(
  text: string,
  lineText: string,
  token = lineText,
  after = 0,
): { line: number; column: number } {
  const lines = text.split("\n");
  for (let i = after; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes(lineText)) {
      const at = line.indexOf(token, line.indexOf(lineText));
      if (at < 0) throw new Error(`token ${token} not on line ${i + 1}: ${line}`);
      return { line: i + 1, column: at + 1 };
    }
  }
  throw new Error(`no line contains ${lineText}`);
}
