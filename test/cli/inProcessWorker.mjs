// The other half of test/cli/inProcess.ts: a worker thread that loads the built command line
// (dist/, as bin/lingling-check.js does) once, then runs one command line per message, with the
// message's environment, its standard output and error captured, and answers on the message's port.
// The test's thread waits for the answer (Atomics), having moved into the run's folder itself (a
// worker thread cannot change the folder, and relative paths resolve against the process's).
import { Writable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";

const { loadCli } = await import(workerData.loader);
const { cli } = loadCli();
const done = new Int32Array(workerData.done);

/** A stream that keeps what is written, as a pipe to spawnSync would. */
function capture() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, encoding, callback) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

function swap(name, value) {
  const before = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, enumerable: true, get: () => value });
  return () => Object.defineProperty(process, name, before);
}

parentPort.on("message", async ({ args, env, cwd, port }) => {
  const out = capture();
  const err = capture();
  const restore = [swap("stdout", out.stream), swap("stderr", err.stream)];
  // A worker thread keeps the folder it saw last, whatever the process moved to since: the run's
  // folder is told (path.resolve asks process.cwd()); the test's thread has moved there for the
  // paths handed to the system as they are.
  const ownCwd = process.cwd;
  process.cwd = () => cwd;
  restore.push(() => {
    process.cwd = ownCwd;
  });
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  let answer;
  try {
    const status = await cli.main(args);
    // Let the streams take what was written last.
    await new Promise((resolve) => setImmediate(resolve));
    answer = { status, stdout: out.text(), stderr: err.text() };
  } catch (error) {
    answer = { error: String(error?.stack ?? error) };
  } finally {
    for (const undo of restore) undo();
  }
  // Not closed here: a port closed right after posting can drop the message on its way (the test's
  // thread closes its end once the answer is in).
  port.postMessage(answer);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
