/** A worker thread of a batch run: it checks the files it is sent and posts back their results. */
import { parentPort, workerData } from "node:worker_threads";
import { loadStreamingFormatter } from "../report/index.js";
import type { Job } from "./inputs.js";
import { processFile, type RunSettings } from "./processFile.js";

export async function startWorker(): Promise<void> {
  const settings = workerData as RunSettings;
  const formatters = await Promise.all(settings.formats.map(loadStreamingFormatter));
  // Messages sent before this listener exists wait on the port.
  parentPort!.on("message", (batch: Array<{ job: Job; index: number }>) => {
    parentPort!.postMessage(batch.map(({ job, index }) => processFile(job, index, settings, formatters)));
  });
}
