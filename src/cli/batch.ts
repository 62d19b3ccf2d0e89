/**
 * Runs every file of a check, in order: on the main thread for a few files, on worker threads
 * (one per core) for a batch. Results reach `deliver` in input order, one at a time, so output
 * streams and memory holds only the files that finished ahead of their turn.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadStreamingFormatter } from "../report/index.js";
import type { Job } from "./inputs.js";
import { processFile, type FileResult, type RunSettings } from "./processFile.js";

/** Below this many files a worker costs more to start than it saves. */
const WORKER_THRESHOLD = 24;
/** Files sent to a worker at a time: enough to keep it busy, few enough to keep results in order. */
const CHUNK = 8;

export async function runFiles(
  jobs: readonly Job[],
  settings: RunSettings,
  deliver: (r: FileResult) => Promise<void>,
): Promise<void> {
  // LINGLING_WORKERS=0 runs everything on the main thread (for measuring); the default is one per core.
  const onDisk = jobs.every((j) => "path" in j);
  const cores =
    process.env.LINGLING_WORKERS === undefined ? availableParallelism() : Number(process.env.LINGLING_WORKERS) || 1;
  const parallel = jobs.length >= WORKER_THRESHOLD && onDisk ? cores : 1;
  if (parallel < 2) {
    const formatters = await Promise.all(settings.formats.map(loadStreamingFormatter));
    for (const [index, job] of jobs.entries()) await deliver(processFile(job, index, settings, formatters));
    return;
  }
  // A main thread that encodes a workbook keeps a core busy itself: the workers get the others,
  // but never fewer than two. The main thread waits for results a third of such a run, so on two
  // cores a single worker would leave one idle that long (measured: two workers 8-10 % faster).
  const workers = settings.encodesOnMainThread ? Math.max(2, parallel - 1) : parallel;
  await runOnWorkers(jobs, settings, Math.min(workers, Math.ceil(jobs.length / CHUNK)), deliver);
}

/** Results held while waiting for an earlier file: bounds memory when one worker runs ahead. */
const MAX_WAITING = 256;

async function runOnWorkers(
  jobs: readonly Job[],
  settings: RunSettings,
  count: number,
  deliver: (r: FileResult) => Promise<void>,
): Promise<void> {
  const waiting = new Map<number, FileResult>();
  const idle = new Set<Worker>();
  let next = 0; // next index to deliver
  let sent = 0; // next index to send
  let inFlight = 0;
  let delivering = Promise.resolve();
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL("./worker.js", import.meta.url), { workerData: settings }),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (sent >= jobs.length || waiting.size >= MAX_WAITING) return idle.add(worker);
        idle.delete(worker);
        const batch = jobs.slice(sent, sent + CHUNK).map((job, i) => ({ job, index: sent + i }));
        sent += batch.length;
        inFlight++;
        worker.postMessage(batch);
      };
      const flush = async () => {
        for (let r = waiting.get(next); r; r = waiting.get(next)) {
          waiting.delete(next++);
          await deliver(r);
        }
        for (const worker of [...idle]) send(worker);
        if (next >= jobs.length && inFlight === 0) resolve();
      };
      for (const worker of workers) {
        worker.on("error", reject);
        worker.on("message", (results: FileResult[]) => {
          inFlight--;
          for (const r of results) waiting.set(r.index, r);
          // More work at once, so the workers never wait for the writing; results go out in order.
          send(worker);
          delivering = delivering.then(flush).catch(reject);
        });
        // Two chunks in flight per worker keep it busy between messages.
        send(worker);
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
