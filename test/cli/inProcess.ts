/**
 * The built command line run inside the test's own process, for the many tests where what is
 * tested is what the command says and does, not the process around it: starting `node` for every
 * run was most of the end-to-end tests' time on a 2-core machine. The runs go to one worker thread
 * (test/cli/inProcessWorker.mjs) that loads dist/ as bin/lingling-check.js does and keeps it; the
 * test waits for each answer, so a run stays synchronous, and the test's thread moves into the
 * run's folder for the run (a worker thread cannot). What only a process has (standard input, the
 * binary's own start, signals, a closed pipe) is still tested by spawning it.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { RunResult } from "./run.js";

interface Runner {
  worker: Worker;
  done: Int32Array;
}

let runner: Runner | undefined;

function start(root: string): Runner {
  const shared = new SharedArrayBuffer(4);
  const worker = new Worker(new URL("./inProcessWorker.mjs", import.meta.url), {
    workerData: { loader: pathToFileURL(join(root, "dist", "load.js")).href, done: shared },
  });
  worker.unref();
  return { worker, done: new Int32Array(shared) };
}

/** Runs `lingling-check args` with exactly `env` as its environment, in the folder `cwd`. */
export function runInProcess(
  root: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): RunResult {
  runner ??= start(root);
  const { worker, done } = runner;
  const { port1, port2 } = new MessageChannel();
  Atomics.store(done, 0, 0);
  const before = process.cwd();
  process.chdir(cwd);
  try {
    worker.postMessage({ args: [...args], env, cwd: process.cwd(), port: port2 }, [port2]);
    if (Atomics.wait(done, 0, 0, timeoutMs) === "timed-out") {
      void worker.terminate();
      runner = undefined;
      throw new Error(`lingling-check ${args.join(" ")} did not finish in ${timeoutMs / 1000} s`);
    }
  } finally {
    process.chdir(before);
  }
  // The answer was posted before the run said it was done; should it still be on its way, it is waited for briefly.
  let received = receiveMessageOnPort(port1);
  for (let waited = 0; received === undefined && waited < 5000; waited += 10) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    received = receiveMessageOnPort(port1);
  }
  const answer = received?.message as (RunResult & { error?: string }) | undefined;
  port1.close();
  if (!answer || answer.error !== undefined) throw new Error(`lingling-check ${args.join(" ")}: ${answer?.error}`);
  return { status: answer.status, stdout: answer.stdout, stderr: answer.stderr };
}
