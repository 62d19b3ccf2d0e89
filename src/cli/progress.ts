/** A progress line on standard error for a batch on a terminal: files done, rate, time left. */
export interface Progress {
  tick(): void;
  done(): void;
}

const QUIET: Progress = { tick() {}, done() {} };

export function progress(total: number, stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 2) return QUIET;
  const start = Date.now();
  let done = 0;
  let shown = 0;
  const draw = () => {
    const elapsed = (Date.now() - start) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const width = 24;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total} · ${Math.round(rate)}/s · ${left}s left `);
  };
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - shown >= 100 || done === total) {
        shown = now;
        draw();
      }
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}
