/**
 * `-f docx`, the Word chapter: LibreOffice Writer opens the document and prints it to PDF (so it is
 * a document Word's second-best reader takes without complaint), and Poppler reads the pages back.
 * 表1's verdicts are the JSON report's, row by row; the summary's counts are the JSON report's; the
 * tables stand on A4 landscape pages; under --lang zh no verdict is written in English.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { VERDICT_MARK, t } from "../../src/i18n/translate.js";
import { VERDICTS, type Verdict } from "../../src/model/verdict.js";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { pages, pdfInfo, toPdf } from "./pdf.js";

afterAll(removeTempDirs);

type Counts = Record<"total" | Verdict, number>;
interface Json {
  files: Array<{
    summary: { binding: Counts; reference: Counts };
    indicators: Array<{ id: string; checks: Record<string, { verdict: Verdict }> }>;
  }>;
}

const CHECK_ORDER = ["baseline", "near_term", "long_term", "progress", "override"];

function chapter(lang: "zh" | "en", args: string[] = []) {
  const dir = tempDir();
  const docx = join(dir, "chapter.docx");
  const r = run(["--lang", lang, SEED, ...args, "-o", docx]);
  expect(r.status, r.stderr).toBe(1);
  const pdf = toPdf(docx, dir);
  return { pdf, text: pages(pdf) };
}

/** Each page's size, as pdfinfo gives it ("841.89 x 595.304 pts (A4)"). */
function pageSizes(pdf: string, count: number): string[] {
  const r = spawnSync("pdfinfo", ["-f", "1", "-l", String(count), pdf], { encoding: "utf8", timeout: 120_000 });
  return [...r.stdout.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]!);
}

const report = (): Json => JSON.parse(run([SEED, "-f", "json", "--exit-zero"]).stdout) as Json;

describe("the Word chapter of the Lingling seed (-o chapter.docx), printed by LibreOffice", () => {
  const { pdf, text } = chapter("zh");
  const all = text.join("\n");
  const json = report();

  it("opens the chapter with its title on a portrait page, and puts the tables on A4 landscape pages", () => {
    expect(all).toContain("永州市零陵区 · 规划评审");
    const sizes = pageSizes(pdf, Number(pdfInfo(pdf).Pages));
    expect(sizes[0]).toMatch(/^595\.\d+ x 841\.89 pts/);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes.slice(1)) expect(size).toMatch(/^841\.89 x 595\.\d+ pts/);
  });

  it("has in 表1 the verdicts of the JSON report, row by row", () => {
    // From caption to caption (the summary refers to 表2 before either).
    const table1 = all.slice(all.search(/表\s*1\s+永州市零陵区/), all.search(/表\s*2\s+需关注/));
    const label = (v: Verdict) => `${VERDICT_MARK[v]} ${t("zh", `verdict.${v}`)}`;
    const byLabel = new Map(VERDICTS.map((v) => [label(v), v]));
    const pattern = new RegExp(
      [...byLabel.keys()].map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"),
      "g",
    );
    const shown = [...table1.matchAll(pattern)].map((m) => byLabel.get(m[0]));
    const expected = json.files[0]!.indicators.flatMap((i) =>
      CHECK_ORDER.filter((c) => i.checks[c]).map((c) => i.checks[c]!.verdict),
    );
    expect(expected.length).toBeGreaterThan(60);
    expect(shown).toEqual(expected);
  });

  it("keeps each row's id, unit and kind on one line in 表1: 5.1 is not broken into “5.” and “1”", () => {
    const table1 = all.slice(all.search(/表\s*1\s+永州市零陵区/), all.search(/表\s*2\s+需关注/));
    const ids = json.files[0]!.indicators.map((i) => i.id).filter((id) => id.includes("."));
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(table1, id).toMatch(new RegExp(`^\\s*${id.replace(".", "\\.")}\\s`, "m"));
    expect(table1).toContain("μg/m³");
    expect(table1).not.toMatch(/约束\s*$/m);
  });

  it("says in its summary the overall verdict and each kind's counts, as the JSON report counts them", () => {
    const flat = all.replace(/\s+/g, "");
    expect(flat).toContain("永州市零陵区规划评审总体结论：不完整。");
    const words: Record<Verdict, string> = {
      PASS: "达标",
      FAIL: "未达标",
      WARN: "警示",
      MISSING: "缺数据",
      REVIEW: "待审核",
      "N/A": "不涉及",
    };
    for (const [kind, counts] of [
      ["约束性", json.files[0]!.summary.binding],
      ["参考性", json.files[0]!.summary.reference],
    ] as const) {
      const sentence = new RegExp(`${kind}指标(\\d+)项，其中([^。]*)。`).exec(flat);
      expect(sentence, kind).not.toBeNull();
      expect(Number(sentence![1])).toBe(counts.total);
      const said = Object.fromEntries(
        sentence![2]!.split("、").map((part) => {
          const m = /^(\D+?)(\d+)项$/.exec(part)!;
          return [m[1], Number(m[2])];
        }),
      );
      const expected = Object.fromEntries(
        (Object.keys(words) as Verdict[]).filter((v) => counts[v] > 0).map((v) => [words[v], counts[v]]),
      );
      expect(said).toEqual(expected);
    }
  });

  it("lists the checks that need attention with their reasons, failures first, and the key projects", () => {
    const attention = all.slice(all.search(/表\s*2\s+需关注/), all.search(/表\s*3\s+永州市零陵区/));
    expect(attention).toContain("需关注的检查");
    expect(attention.replace(/\s+/g, "")).toContain("2022年：33.3%不满足≥60");
    expect(attention.indexOf("未达标")).toBe(-1); // the seed fails no check
    expect(all.slice(all.search(/表\s*3\s+永州市零陵区/))).toMatch(/重点工程[\s\S]*合计/);
  });

  it("writes no verdict in English under --lang zh", () => {
    expect(all).not.toMatch(/\b(PASS|FAIL|WARN|MISSING|REVIEW|N\/A|INCOMPLETE)\b/);
  });
}, 300_000);

describe("the Word chapter in English (-f docx --lang en)", () => {
  const { text } = chapter("en", ["-f", "docx"]);
  const all = text.join("\n");

  it("has the English title, summary and table captions", () => {
    expect(all).toContain("plan review");
    expect(all).toMatch(/Table\s+1/);
    expect(all.replace(/\s+/g, " ")).toMatch(/25 binding indicators: 20 \S+/);
  });
}, 300_000);

describe("-f docx on a terminal", () => {
  it("is refused with a sentence (a Word document goes to a file, -o), and nothing is left behind", () => {
    const dir = tempDir();
    const bin = join(import.meta.dirname, "..", "..", "bin", "lingling-check.js");
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --lang en ${JSON.stringify(SEED)} -f docx`;
    // `script` gives the command a terminal as its standard output.
    const tty = spawnSync("script", ["-qec", script, "/dev/null"], {
      encoding: "utf8",
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 120_000,
    });
    expect(tty.status).toBe(2);
    expect(tty.stdout).toContain("docx is a binary format");
    expect(readdirSync(dir)).toEqual([]);
  });
});
