/** What the bundled command line (dist/cli.cjs) offers its loader: the program, and a batch's worker. */
export { main } from "./main.js";
export { startWorker } from "./worker.js";
export { stdoutError } from "./stdoutError.js";
