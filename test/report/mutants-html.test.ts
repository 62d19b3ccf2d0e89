/**
 * A batch's html folder (src/report/html.ts): its index of regions, worst first, with the batch's
 * totals, and a region's page made from its part. Hand-written entries; every expectation is
 * written out here.
 */
import { describe, expect, it } from "vitest";
import type { Counts } from "../../src/assess/result.js";
import { indexPage, pageOf, type RegionEntry } from "../../src/report/html.js";

const counts = (some: Partial<Counts>): Counts => ({
  total: 0,
  PASS: 0,
  FAIL: 0,
  WARN: 0,
  "N/A": 0,
  MISSING: 0,
  REVIEW: 0,
  ...some,
});
const ENTRIES: Array<RegionEntry & { href: string }> = [
  {
    anchor: "a",
    title: "甲县 · 2024 assessment",
    region: "甲县",
    file: "a.yaml",
    question: "2024 assessment",
    overall: "PASS",
    binding: counts({ total: 2, PASS: 2 }),
    reference: counts({ total: 1, PASS: 1 }),
    gaps: [],
    href: "甲县 a.html",
  },
  {
    anchor: "b",
    title: "乙县 · 2024 assessment",
    region: "乙<县>",
    file: "b.yaml",
    question: "2024 assessment",
    overall: "INCOMPLETE",
    binding: counts({ total: 2, PASS: 1, MISSING: 1 }),
    reference: counts({}),
    gaps: ["3", "5.1"],
    href: "b.html",
  },
  {
    anchor: "c",
    title: "丙县",
    region: "丙县",
    file: "c.yaml",
    question: "plan review",
    overall: "FAIL",
    binding: counts({ total: 1, FAIL: 1 }),
    reference: counts({ total: 1, REVIEW: 1 }),
    gaps: [],
    href: "c.html",
  },
];

describe("indexPage", () => {
  it("lists the regions worst first, each linked, with its counts and gaps, then the batch's totals", () => {
    const page = indexPage(ENTRIES, { lang: "en", color: false, quiet: false });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n/);
    expect(page).toContain("<title>3 regions · lingling-check</title>");
    const body = page.slice(page.indexOf("<header>")).replace(/<(tr|div|footer|tfoot)/g, "\n<$1");
    expect(body.split("\n")).toEqual([
      '<header><h1>3 regions · lingling-check</h1><p class="sub">Totals: 1 FAIL · 1 INCOMPLETE · 1 PASS</p></header>',
      '<div class="scroll"><table class="index"><thead>',
      "<tr><th>Region</th><th>File</th><th>Question</th><th>Overall</th><th>binding</th><th>reference</th><th>Rows without a value</th></tr></thead><tbody>",
      '<tr data-overall="FAIL"><td><a href="c.html">丙县</a></td><td>c.yaml</td><td>plan review</td><td><span class="v v-FAIL">FAIL</span></td><td>1: 1 fail</td><td>1: 1 review</td><td>none</td></tr>',
      '<tr data-overall="INCOMPLETE"><td><a href="b.html">乙&lt;县&gt;</a></td><td>b.yaml</td><td>2024 assessment</td><td><span class="v v-INCOMPLETE">INCOMPLETE</span></td><td>2: 1 pass · 1 missing</td><td>0: none</td><td>3, 5.1</td></tr>',
      '<tr data-overall="PASS"><td><a href="%E7%94%B2%E5%8E%BF%20a.html">甲县</a></td><td>a.yaml</td><td>2024 assessment</td><td><span class="v v-PASS">PASS</span></td><td>2: 2 pass</td><td>1: 1 pass</td><td>none</td></tr></tbody>',
      "<tfoot>",
      '<tr><th colspan="4">Totals</th><td>5: 3 pass · 1 fail · 1 missing</td><td>2: 1 pass · 1 review</td><td>2</td></tr></tfoot></table></div>',
      "<footer>Made by lingling-check; opens offline, prints on A4 landscape.</footer>",
      "</div>",
      "</body>",
      "</html>",
      "",
    ]);
  });
});

describe("pageOf", () => {
  it("is the section under a head titled by the entry, in the report's language", () => {
    const part = `${JSON.stringify(ENTRIES[1])}\n<section>乙</section>\n`;
    const { entry, page } = pageOf(part, { lang: "zh", color: false, quiet: false });
    expect(entry.region).toBe("乙<县>");
    const text = page.toString("utf8");
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">\n/);
    expect(text).toContain("<title>乙县 · 2024 assessment</title>");
    expect(text).toContain('<div class="page">\n<section>乙</section>\n<footer>');
    expect(text).toMatch(/<\/html>\n$/);
    expect(
      pageOf(Buffer.from(part, "utf8"), { lang: "en", color: false, quiet: false }).page.toString("utf8"),
    ).toContain('<html lang="en">');
  });
});
