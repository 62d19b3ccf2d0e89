/** Each format's own escaping, case by case: what the property in hostile-text.test.ts explores at random. */
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseJunit } from "junit2json";
import MarkdownIt from "markdown-it";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, run, tempDir } from "../cli/run.js";
import { visible } from "../../src/report/visible.js";
import { xmlEscape } from "../../src/report/xmlEscape.js";
import { escapeHtml } from "../../src/report/htmlEscape.js";
import { assessText, render } from "./shared.js";

afterAll(removeTempDirs);

const file = (region: string, name: string, rule = "≥1") => `region: {name: ${JSON.stringify(region)}}
plan: {base_year: 2022}
indicators:
  - {id: "1", name: ${JSON.stringify(name)}, standard: ${JSON.stringify(rule)}, baseline: 0}
`;

describe("visible", () => {
  it("shows escape sequences, CR, NUL, BEL, DEL, C1 and bidi overrides as escapes, and leaves text alone", () => {
    expect(visible("a\u001b[2Jb\r\u0000\u0007\u007f\u009b\u202e零陵 ΔEQI>-1")).toBe(
      "a\\x1b[2Jb\\r\\x00\\x07\\x7f\\x9b\\u{202e}零陵 ΔEQI>-1",
    );
    expect(visible("\ud83c\udf32 tree")).toBe("\ud83c\udf32 tree");
  });

  it("shows exactly the characters it names, each as its escape, and keeps every other", () => {
    // The rule, character by character (a surrogate is hidden unless it is half of a pair).
    const hidden = (c: number) =>
      c <= 0x1f ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x61c ||
      c === 0x200e ||
      c === 0x200f ||
      (c >= 0x2028 && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff ||
      c === 0xfffe ||
      c === 0xffff;
    const expected = (text: string) => {
      let out = "";
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const pair =
          c >= 0xd800 &&
          c <= 0xdbff &&
          i + 1 < text.length &&
          text.charCodeAt(i + 1) >= 0xdc00 &&
          text.charCodeAt(i + 1) <= 0xdfff;
        if (pair) {
          out += text.slice(i, i + 2);
          i++;
        } else if (hidden(c) || (c >= 0xd800 && c <= 0xdfff))
          out +=
            ({ 10: "\\n", 13: "\\r", 9: "\\t" } as Record<number, string>)[c] ??
            (c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u{${c.toString(16)}}`);
        else out += text[i];
      }
      return out;
    };
    const unit = fc.constantFrom(
      "a",
      "零",
      " ",
      "\n",
      "\r",
      "\t",
      "\u0000",
      "\u001b",
      "\u007f",
      "\u009b",
      "\u00a0",
      "\u061c",
      "\u200d",
      "\u200e",
      "\u2028",
      "\u202e",
      "\u2066",
      "\u2070",
      "\ufeff",
      "\ufffd",
      "\ufffe",
      "\ud83c",
      "\udf32",
      "\ud83c\udf32",
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 16 }).map((u) => u.join("")),
        (text) => {
          expect(visible(text)).toBe(expected(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("JUnit", () => {
  it("U+FFFE, U+FFFF and lone surrogates never reach the XML; they are shown visibly", async () => {
    expect(xmlEscape("a\ufffeb\uffffc\ud800d")).toBe("a\\u{fffe}b\\u{ffff}c\\u{d800}d");
    const xml = await render("junit", assessText(file("区\ufffe", "名\uffff\ud800"), "f.yaml"), { lang: "en" });
    expect(xml).not.toMatch(/[\ufffe\uffff]|[\ud800-\udfff]/);
    const parsed = await parseJunit(xml);
    expect(parsed && "testsuite" in parsed ? parsed.testsuite?.[0]?.name : undefined).toBe("f.yaml — 区\\u{fffe}");
  });
});

describe("xmlEscape", () => {
  it("leaves no markup character or raw line break, and decodes back to the text", () => {
    const ENTITIES: Record<string, string> = {
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&quot;": '"',
      "&apos;": "'",
      "&#13;": "\r",
      "&#10;": "\n",
      "&#9;": "\t",
    };
    const unit = fc.constantFrom("a", "零", " ", "&", "<", ">", '"', "'", "\r", "\n", "\t", ";", "#", "\ud83c\udf32");
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 20 }).map((u) => u.join("")),
        (text) => {
          const escaped = xmlEscape(text);
          expect(escaped).not.toMatch(/[<>"'\r\n\t]/);
          expect(escaped.replace(/&(?:amp|lt|gt|quot|apos|#13|#10|#9);/g, "")).not.toContain("&");
          expect(escaped.replace(/&(?:amp|lt|gt|quot|apos|#13|#10|#9);/g, (e) => ENTITIES[e]!)).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("escapeHtml", () => {
  it("leaves no markup character, and decodes back to the text", () => {
    const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
    const unit = fc.constantFrom("a", "零", " ", "&", "<", ">", '"', "'", ";", "#", "\n", "\ud83c\udf32");
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 20 }).map((u) => u.join("")),
        (text) => {
          const escaped = escapeHtml(text);
          expect(escaped).not.toMatch(/[<>"']/);
          expect(escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
          expect(escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
    expect(escapeHtml("a\u0007b")).toBe("a\\x07b");
  });
  it("shows the noncharacters HTML calls a parse error (U+FFFE, U+FFFF, U+FDD0) as escapes", () => {
    expect(escapeHtml("a\ufffeb\uffffc\ufdd0d")).toBe("a\\u{fffe}b\\u{ffff}c\\u{fdd0}d");
  });
});

describe("markdown", () => {
  const md = new MarkdownIt();
  it("a region's <script> in the heading is text, not HTML, even where HTML is rendered", async () => {
    const out = await render("markdown", assessText(file("<script>alert(1)</script>", "x"), "f.yaml"), { lang: "en" });
    const html = new MarkdownIt({ html: true }).render(out);
    expect(html).not.toContain("<script>");
    expect(html).toContain("<h3>f.yaml — &lt;script&gt;alert(1)&lt;/script&gt;</h3>");
  });

  it("a lone CR in a name does not split the table", async () => {
    const out = await render("markdown", assessText(file("x", "前\r后"), "f.yaml"), { lang: "en" });
    const rows = md.parse(out, {}).filter((t) => t.type === "tr_open");
    expect(rows).toHaveLength(2);
    expect(out).not.toMatch(/\r/);
  });

  it("ΔEQI>-1 reads as ΔEQI>-1, rendered and pasted as text", async () => {
    const out = await render("markdown", assessText(file("x", "EQI", "ΔEQI>-1"), "f.yaml"), { lang: "en" });
    expect(out).toContain("| ΔEQI>-1 |");
    expect(md.render(out)).toContain("<td>ΔEQI&gt;-1</td>");
  });
});

describe("standard error and GitHub annotations", () => {
  it("a file name with a line break and ::error never starts a line of its own", () => {
    const dir = tempDir();
    const name = "a\n::error file=evil.yaml,line=1::owned\u001b[2J.yaml";
    writeFileSync(join(dir, name), "region: [unclosed\n");
    for (const format of ["table", "github"]) {
      const r = run(["--lang", "en", "-f", format, name], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(/\u001b/);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines.every((l) => l.startsWith("a\\n::error file=evil.yaml,line=1::owned\\x1b[2J.yaml:"))).toBe(true);
      if (format === "github") {
        const annotations = r.stdout
          .trimEnd()
          .split("\n")
          .filter((l) => !l.startsWith("::notice title=lingling-check::"));
        expect(annotations.length).toBeGreaterThan(0);
        for (const a of annotations)
          expect(a).toMatch(
            /^::error file=a\\n%3A%3Aerror file=evil.yaml%2Cline=1%3A%3Aowned\\x1b\[2J.yaml,line=\d+,(?:col=\d+,endLine=\d+,endColumn=\d+|endLine=\d+),title=[^:,]*::/,
          );
      }
    }
  });

  it("the table shows a name's escape sequences, BEL and CR visibly", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "f.yaml"), file("区\u001b]0;title\u0007", "名\u001b[2J\r覆盖"));
    const r = run(["--lang", "en", "f.yaml"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain("区\\x1b]0;title\\x07");
    expect(r.stdout).toContain("名\\x1b[2J\\r覆盖");
  });
});
