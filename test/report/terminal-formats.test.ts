/**
 * A machine format shown on a terminal: what a file's text holds that would act on the terminal
 * (an escape sequence, BEL, a C1 control, a bidirectional override) is shown as an escape. JSON
 * with escapes of its own, so that it stays JSON and holds the same text. To a pipe or a file the
 * text goes as it is: the data a program reads is the file's.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../cli/run.js";
import { tempDir } from "../support/tempDir.js";

const REGION = "x\u001b]0;pwned\u0007";
const NAME = "a\u001b[2Jb\u202ec\u009bd";
const ACTING = /[\u001b\u0007\u009b\u202e]/;

function fileWithHostileText(): string {
  const file = join(tempDir("terminal-"), "t.yaml");
  const yamlText = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
  writeFileSync(
    file,
    `region: {name: ${yamlText(REGION)}}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: ${yamlText(NAME)}, standard: "≥20", baseline: 10}\n`,
  );
  return file;
}

/** What the command prints on a terminal (script(1) gives it one), as the terminal receives it. */
function onTerminal(args: string[]): string {
  const quoted = args.map((a) => `'${a}'`).join(" ");
  const r = spawnSync("script", ["-qec", `node ${BIN} --no-color --lang en ${quoted}`, "/dev/null"], {
    encoding: "utf8",
  });
  return r.stdout.replaceAll("\r\n", "\n");
}

describe("a machine format on a terminal", () => {
  const file = fileWithHostileText();
  it.each(["csv", "json", "junit", "github", "markdown", "sarif", "gitlab"])(
    "-f %s: nothing in it acts on the terminal",
    (format) => {
      const shown = onTerminal([file, "-f", format]);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).not.toMatch(ACTING);
    },
  );

  it("JSON stays JSON, with the file's own text in it", () => {
    const report = JSON.parse(onTerminal([file, "-f", "json"])) as {
      files: Array<{ region: { name: string }; indicators: Array<{ name: string }> }>;
    };
    expect(report.files[0]!.region.name).toBe(REGION);
    expect(report.files[0]!.indicators[0]!.name).toBe(NAME);
  });

  it("CSV shows each as an escape", () => {
    expect(onTerminal([file, "-f", "csv"])).toContain("a\\x1b[2Jb\\u{202e}c\\x9bd");
  });

  it("record --template's CSV too", () => {
    const shown = onTerminal(["record", file, "--template", "--year", "2024"]);
    expect(shown).not.toMatch(ACTING);
    expect(shown).toContain("a\\x1b[2Jb\\u{202e}c\\x9bd");
  });

  it("history -f json too", () => {
    const shown = onTerminal(["history", file, "-f", "json"]);
    expect(shown).not.toMatch(ACTING);
    expect(shown).toContain("\\u202e");
  });

  it("to a pipe, CSV holds the text as the file has it", () => {
    const piped = spawnSync(process.execPath, [BIN, file, "-f", "csv"], { encoding: "utf8" });
    expect(piped.stdout).toContain(NAME);
  });
});
