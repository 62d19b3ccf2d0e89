/** dist/worker.js: a batch's worker thread loads the bundle as the command does, and starts. */
import { loadCli } from "./loadCli.js";

await loadCli().cli.startWorker();
