/**
 * The fix the build applies to js-yaml (scripts/shims/js-yaml.patches.mjs) changes how fast an error
 * is thrown, never which: the patched loader and the one in node_modules read the same texts alike
 * and refuse the same broken texts with the same reason at the same place; only the snippet of the
 * lines around it, which lingling-check never shows, is no longer made.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { patchJsYaml } from "../../scripts/shims/js-yaml.patches.mjs";

type JsYaml = typeof import("js-yaml");

const require = createRequire(import.meta.url);
const source = join(require.resolve("js-yaml/package.json"), "..", "dist", "js-yaml.mjs");
const dir = mkdtempSync(join(tmpdir(), "lingling-js-yaml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const patchedFile = join(dir, "js-yaml.mjs");
// Without its source map comment: the map stays beside the original.
writeFileSync(patchedFile, patchJsYaml(readFileSync(source, "utf8")).replace(/^\/\/# sourceMappingURL=.*$/m, ""));
const pristine = (await import(pathToFileURL(source).href)) as JsYaml;
const patched = (await import(pathToFileURL(patchedFile).href)) as JsYaml;

function outcome(yaml: JsYaml, text: string) {
  try {
    return { value: yaml.load(text) };
  } catch (error) {
    const { reason, mark } = error as { reason: string; mark: { position: number; line: number; column: number } };
    return { reason, position: mark.position, line: mark.line, column: mark.column };
  }
}

// Pieces of indicator files, broken ones among them: bad escapes, unclosed brackets, tabs,
// wrong indentation, aliases, duplicate keys, CJK text.
const piece = fc.constantFrom(
  "region: {name: 某县}\n",
  "indicators:\n",
  "  - {id: 1, name: x, standard: ≥1}\n",
  '  - {id: "2", name: "x\\q"}\n',
  "  - [a, b\n",
  "\tkey: v\n",
  "   bad: indent\n",
  "a: &x 1\nb: *x\n",
  "c: *nope\n",
  "k: 1\nk: 2\n",
  "\n\n\n",
  "- '不闭合\n",
  "plan: {base_year: 2022}\n",
);

describe("js-yaml as the build patches it", () => {
  it("reads and refuses every text as the unpatched loader does, at the same place", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(outcome(patched, text)).toEqual(outcome(pristine, text));
      }),
      { numRuns: 400 },
    );
  });

  it("makes no snippet of the lines around an error", () => {
    const text = `${"\n".repeat(1000)}a: "\\q"\n`;
    const thrown = (yaml: JsYaml) => {
      try {
        yaml.load(text);
      } catch (error) {
        return (error as { mark: { snippet?: string | null } }).mark;
      }
      throw new Error("not refused");
    };
    expect(thrown(pristine).snippet).toContain('a: "\\q"');
    expect(thrown(patched).snippet).toBeUndefined();
  });

  it("refuses a js-yaml whose text is not the one the fix was written for", () => {
    const text = readFileSync(source, "utf8");
    expect(() =>
      patchJsYaml(text.replace("mark.snippet = makeSnippet(mark);", "mark.snippet = snippetOf(mark);")),
    ).toThrow(/js-yaml\/dist\/js-yaml\.mjs: the text to patch is not there exactly once/);
  });
});
