/** A progress line on standard error for a batch on a terminal: files done, rate, time left. */
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
export interface Progress {
  tick(): void;
  done(): void;
}

const QUIET: Progress = { tick() {}, done() {} };

/** The progress line in the report's language: "12/2844 · 850/s · 3s left", "12/2844 · 850 个/秒 · 剩余 3 秒". */
export function progressText(lang: Lang, done: number, total: number, rate: number, left: number): string {
  return t(lang, "progress.line", { done, total, rate: Math.round(rate), left });
}

export function progress(
  total: number,
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  enabled: boolean,
  lang: Lang = "en",
): Progress {
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
    stream.write(
      `\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${progressText(lang, done, total, rate, left)} `,
    );
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
