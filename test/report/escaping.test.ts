/** User text with line breaks and markup survives every format as written. */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { loadFormatter } from "../../src/report/index.js";
import { xmlEscape } from "../../src/report/xmlEscape.js";

const text = `region: {name: 测试区}
plan: {base_year: 2022}
indicators:
  - id: "1"
    name: 'A|B <b>粗体</b> *星*'
    standard: 建立
    baseline: "第一行\\n第二行"
`;
const loaded = loadIndicatorFile(text, "t.yaml");
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const run = summarizeRun([assess(loaded.value)]);
const options = { lang: "en" as const, color: false, quiet: false };

describe("escaping", () => {
  it("a reason is one line even when the value has a line break", async () => {
    const table = (await loadFormatter("table"))(run, options);
    expect(table).toContain("“第一行 第二行”");
  });

  it("XML attributes keep line breaks and tabs as character references", () => {
    expect(xmlEscape('a\nb\tc\r"<&')).toBe("a&#10;b&#9;c&#13;&quot;&lt;&amp;");
  });

  it("markdown shows names as written, not as markup, with backslash escapes rather than entities", async () => {
    const md = (await loadFormatter("markdown"))(run, options);
    expect(md).toContain("A\\|B \\<b>粗体\\</b> \\*星\\*");
  });

  it("github prints only the run's verdict when nothing else needs saying", async () => {
    const pass = loadIndicatorFile(text.replace('"第一行\\n第二行"', "已建立"), "t.yaml");
    if (!pass.ok) throw new Error();
    expect((await loadFormatter("github"))(summarizeRun([assess(pass.value)]), options)).toMatch(
      /^::notice title=lingling-check::[^\n]*PASS\n$/,
    );
  });
});
