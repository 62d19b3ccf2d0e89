/**
 * A file of another program given to the check (the filled-in workbook itself, a PDF of the plan,
 * an old .xls) is named for what it is, with the command that reads it, not refused for its
 * bytes' encoding ("neither UTF-8 nor GB18030", "UTF-16 without a byte-order mark").
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, STACK, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const dir = tempDir();

describe("the check given a file of another program", () => {
  it("a workbook (a zip, as template writes it): import or record --from reads it", () => {
    const book = join(dir, "填报.xlsx");
    expect(run(["template", SEED, "-o", book]).status).toBe(0);
    const r = run([book]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${book}:1:1: error[not-text]: the file is a zip archive, as an Excel workbook (.xlsx) or another Office document is, not an indicator file (YAML text): a filled-in template is read with \`lingling-check import <workbook> -o <file>.yaml\`, a year's values with \`lingling-check record <file>.yaml --from <workbook>\`\n`,
    );
  });

  it("the same workbook on standard input, in Chinese", () => {
    const book = join(dir, "stdin.xlsx");
    expect(run(["template", SEED, "-o", book]).status).toBe(0);
    const r = run(["-", "--lang", "zh"], { input: readFileSync(book, "latin1"), spawn: true });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain(
      "error[not-text]: 文件是 zip 压缩包（Excel 工作簿 .xlsx 及其他 Office 文档均为此格式），不是指标文件（YAML 文本）",
    );
  });

  it("an Excel 97–2003 workbook (.xls): save it as .xlsx first", () => {
    const xls = join(dir, "old.xls");
    writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const r = run([xls]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${xls}:1:1: error[not-text]: the file is an Excel 97–2003 workbook (.xls) or another older Office document, not an indicator file (YAML text): save it as .xlsx, then read it with \`lingling-check import\`\n`,
    );
  });

  it("a PDF (the plan itself): the indicators are written in a YAML file", () => {
    const pdf = join(dir, "plan.pdf");
    writeFileSync(
      pdf,
      Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"), Buffer.alloc(200, 0x80)]),
    );
    const r = run([pdf]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${pdf}:1:1: error[not-text]: the file is a PDF document, not an indicator file (YAML text): the indicators are written in a YAML file, which \`lingling-check init\` starts\n`,
    );
  });
});

describe("import and record --from given a file that is no workbook", () => {
  const docx = join(dir, "报告.docx");
  const seed = join(dir, "seed.yaml");
  writeFileSync(seed, readFileSync(SEED));

  it("a Word document is named as one, by import and by record --from", () => {
    expect(run([SEED, "-f", "docx", "-o", docx]).status).toBe(1);
    const imported = run(["import", docx, "-o", join(dir, "from-docx.yaml")]);
    expect(imported.status).toBe(2);
    expect(imported.stderr).toBe(
      `${docx}:1:1: error[unreadable-workbook]: ${docx} is a Word document (.docx), not a workbook: the values are read from a workbook (.xlsx), as template writes it, or from a CSV table\n`,
    );
    const recorded = run(["record", seed, "--from", docx, "--year", "2024"]);
    expect(recorded.status).toBe(2);
    expect(recorded.stderr).toContain(`${docx} is a Word document (.docx), not a workbook`);
  });

  it("a zip holding no workbook says so", async () => {
    const zip = join(dir, "photos.xlsx");
    const JSZip = (await import("jszip")).default;
    const archive = new JSZip();
    archive.file("photo.txt", "not a workbook");
    writeFileSync(zip, await archive.generateAsync({ type: "nodebuffer" }));
    const r = run(["import", zip, "-o", join(dir, "from-zip.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${zip}:1:1: error[unreadable-workbook]: ${zip} is a zip archive with no Excel workbook in it (no xl/workbook.xml): expected an .xlsx file, as template writes it\n`,
    );
  });

  it("record --from a PDF: a workbook or a CSV table is what it reads", () => {
    const pdf = join(dir, "values.pdf");
    writeFileSync(pdf, "%PDF-1.4\n%%EOF\n");
    const r = run(["record", seed, "--from", pdf, "--year", "2024"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${pdf}:1:1: error[not-text]: ${pdf} is a PDF document: --from reads a workbook (.xlsx) or a CSV table\n`,
    );
  });
});
