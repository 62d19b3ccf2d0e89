/**
 * Standard output for the commands, made safe for a reader that goes away (`lingling-check … |
 * head`): once a write meets EPIPE, the rest of the output is dropped and the command runs to its
 * end, so its exit status is the verdict's — computed whatever became of the output, never the 0
 * of a process that stopped in the middle of writing.
 */
import { Writable } from "node:stream";

export type Stdout = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export function guardStdout(out: NodeJS.WriteStream): Stdout {
  let gone = false;
  out.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") gone = true;
  });
  const guarded = new Writable({
    // No buffering of its own beyond the stream's: standard output already waits for its reader.
    write(chunk: Buffer | string, _encoding, done) {
      if (gone) return done();
      out.write(chunk, (error) => {
        if (error && (error as NodeJS.ErrnoException).code === "EPIPE") gone = true;
        // Every other error is standard output's own to report; this stream never fails a run.
        done();
      });
    },
  });
  // What the formatters ask of a terminal.
  Object.defineProperty(guarded, "isTTY", { get: () => out.isTTY });
  Object.defineProperty(guarded, "columns", { get: () => out.columns });
  return guarded as unknown as Stdout;
}
