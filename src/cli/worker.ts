/** A worker thread of a batch run: it checks the files it is sent and posts back their results. */
import { parentPort, workerData } from "node:worker_threads";
import { loadStreamingFormatter } from "../report/index.js";
import type { Job } from "./inputs.js";
import { inPieces, processFile, type FileResult, type RunSettings } from "./processFile.js";

export async function startWorker(): Promise<void> {
  const settings = workerData as RunSettings;
  const formatters = await Promise.all(settings.formats.map(loadStreamingFormatter));
  const encoder = new TextEncoder();
  // Messages sent before this listener exists wait on the port.
  parentPort!.on("message", (batch: Array<{ job: Job; index: number }>) => {
    const results: FileResult[] = batch.map(({ job, index }) => processFile(job, index, settings, formatters));
    // A text part leaves as its UTF-8 bytes, handed over rather than copied: the main thread, which
    // writes every file's parts, neither copies the texts out of the message nor encodes them.
    const transfer: ArrayBuffer[] = [];
    for (const r of results) {
      r.parts = r.parts?.map((part, i) => {
        // A part in pieces is made whole here: the pieces of a batch's files are small.
        const text = inPieces(part) ? [...part.pieces].join("") : part;
        if (formatters[i]!.binary || typeof text !== "string") return text;
        const bytes = encoder.encode(text);
        transfer.push(bytes.buffer as ArrayBuffer);
        return bytes;
      });
    }
    parentPort!.postMessage(results, transfer);
  });
}
