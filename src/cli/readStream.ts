/**
 * Inputs that are not regular files — pipes, process substitutions (`<(…)`), FIFOs, devices —
 * have no size to trust (fstat says 0): they are read to their end, and no further than one byte
 * past the size cap, so a device without end (/dev/zero) is refused at the cap. A FIFO that no
 * program opens for writing would block an ordinary open for ever; it is opened without
 * blocking and given up on after a timeout.
 */
import { closeSync, constants, openSync, readSync, realpathSync, statSync } from "node:fs";

export type StreamRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "timeout"; seconds: number };

/** Seconds to wait for a writer to a FIFO: LINGLING_FIFO_TIMEOUT, or 10. */
export function fifoTimeout(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.LINGLING_FIFO_TIMEOUT);
  return env.LINGLING_FIFO_TIMEOUT !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : 10;
}

const CHUNK = 64 * 1024;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A FIFO with a name, which a writer may open later. A pipe reached through /dev/fd (a process
 * substitution, /dev/stdin) is not: its writer is there from the start, so an end read is its end.
 */
function namedFifo(path: string | Buffer): boolean {
  try {
    return statSync(realpathSync(path)).isFIFO();
  } catch {
    return false;
  }
}

/** Reads `path` to its end or to `maxBytes + 1` bytes; throws what open and read throw, but EAGAIN. */
export async function readStream(path: string | Buffer, maxBytes: number, timeoutSeconds: number): Promise<StreamRead> {
  const waitForWriter = namedFifo(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    // A FIFO opened without blocking reads as ended (0 bytes) until a writer has opened it.
    let writerSeen = false;
    const started = Date.now();
    let idle = 0;
    while (size <= maxBytes) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - size));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
        // A writer is there and has nothing more yet: wait a little longer each time, up to 20 ms.
        writerSeen = true;
        await pause(Math.min(20, ++idle));
        continue;
      }
      idle = 0;
      if (n === 0) {
        if (writerSeen || !waitForWriter) break;
        if (Date.now() - started >= timeoutSeconds * 1000) return { ok: false, reason: "timeout", seconds: timeoutSeconds };
        await pause(10);
        continue;
      }
      writerSeen = true;
      chunks.push(buffer.subarray(0, n));
      size += n;
    }
    return { ok: true, bytes: Buffer.concat(chunks, size) };
  } finally {
    closeSync(fd);
  }
}
