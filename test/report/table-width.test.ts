/**
 * The terminal table fits the terminal (SPEC "Command line"): at 80, 120 and 200 columns no line
 * is longer than the width, in Chinese and English; files and pipes get the full table. Widths are
 * measured by Python's unicodedata (East Asian Width), not by the code under test.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, SEED } from "../cli/run.js";
import { FIXTURE_TEXT, FIXTURE_NAME, assessText, render } from "./shared.js";
import { tempDir } from "../support/tempDir.js";

/** The widest line of a text as a terminal shows it. */
function widest(text: string): number {
  const script =
    "import sys,unicodedata\nw=lambda l: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in l)\nprint(max(w(l) for l in sys.stdin.read().split('\\n')))";
  return Number(
    execFileSync("python3", ["-c", script], { input: text.replace(/\u001b\[[0-9;]*m/g, ""), encoding: "utf8" }).trim(),
  );
}

const seedRun = () => assessText(readFileSync(SEED, "utf8"), "seeds/lingling.yaml");

describe("the table at a terminal's width", () => {
  for (const width of [80, 120, 200]) {
    for (const lang of ["zh", "en"] as const) {
      it(`${width} columns, ${lang}: no line longer, the seed and the every-verdict fixture`, async () => {
        for (const run of [seedRun(), assessText(FIXTURE_TEXT, FIXTURE_NAME)]) {
          const out = await render("table", run, { lang, width });
          expect(widest(out)).toBeLessThanOrEqual(width);
          // Every indicator still has its row, and every problem its reason line.
          for (const f of run.files) for (const a of f.indicators) expect(out).toContain(`│ ${a.indicator.id} `);
        }
      });
    }
  }

  it("without a width (a file, a pipe) the full table is drawn, as before", async () => {
    const full = await render("table", seedRun(), { lang: "zh" });
    expect(widest(full)).toBeGreaterThan(120);
    expect(full).toContain("国家标准");
  });

  it("the built binary on a real terminal of 80 columns fits it; piped, it keeps the full table", () => {
    const dir = tempDir("width-");
    const file = join(dir, "lingling.yaml");
    copyFileSync(SEED, file);
    const onTty = spawnSync("script", ["-qec", `stty cols 80; node ${BIN} --lang zh --no-color ${file}`, "/dev/null"], {
      encoding: "utf8",
    });
    expect(widest(onTty.stdout.replace(/\r/g, ""))).toBeLessThanOrEqual(80);
    const piped = spawnSync("node", [BIN, "--lang", "zh", file], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(widest(piped.stdout)).toBeGreaterThan(120);
  });
});
