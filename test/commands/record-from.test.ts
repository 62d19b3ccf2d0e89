/**
 * `record --from`: the values of a year, from where analysts keep them — a CSV saved by Excel
 * (UTF-8 with or without BOM, GBK on Chinese Windows) or a workbook — and every bad cell named by
 * its file, sheet, line and column.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const seedText = readFileSync(SEED, "utf8");

function workdir(): { dir: string; file: string } {
  const dir = tempDir("from-");
  const file = join(dir, "lingling.yaml");
  copyFileSync(SEED, file);
  return { dir, file };
}

type Row = { id: string; actuals?: Record<string, unknown> };
const rows = (file: string) => (parse(readFileSync(file, "utf8")) as { indicators: Row[] }).indicators;
const actual = (file: string, id: string, year = 2023) => rows(file).find((i) => i.id === id)!.actuals?.[year];

/** GBK bytes from a hex dump (Node has no GBK encoder); the test checks the dump decodes to what it claims. */
function gbk(hex: string, expected: string): Buffer {
  const bytes = Buffer.from(hex.replace(/\s+/g, ""), "hex");
  expect(new TextDecoder("gbk").decode(bytes)).toBe(expected);
  return bytes;
}

describe("record --from a CSV", () => {
  it("reads a GBK CSV saved by Excel on Chinese Windows, with Chinese headers, and says it read GBK", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values-2023.csv");
    // 序号,数值,备注\r\n1,26,\r\n15,87.5,统计年报\r\n
    const text = "序号,数值,备注\r\n1,26,\r\n15,87.5,统计年报\r\n";
    const hex = "d0f2bac5 2c cafdd6b5 2c b1b8d7a2 0d0a 31 2c 3236 2c 0d0a 3135 2c 38372e35 2c cdb3bcc6c4eab1a8 0d0a";
    writeFileSync(csv, gbk(hex, text));
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.stderr).toContain(`${csv} is not UTF-8; read it as GB18030 (GBK)`);
    expect(r.status).toBe(0);
    expect(actual(file, "1")).toBe(26);
    expect(actual(file, "15")).toEqual({ value: 87.5, note: "统计年报" });
  });

  it("refuses a CSV in no encoding it knows, in one sentence about the encoding", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(
      csv,
      Buffer.concat([Buffer.from("id,value\r\n1,"), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from("\r\n")]),
    );
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    // At the first byte UTF-8 cannot read: line 2, after "1,".
    expect(r.stderr).toBe(`${csv}:2:3: error[encoding]: the file is neither UTF-8 nor GB18030/GBK: save it as UTF-8\n`);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("takes Chinese headers with spaces, full-width parentheses and a year, and a note per row", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(
      csv,
      "\uFEFF 指标编号 ,指标名称,实际值（2023年）,说明\r\n1,生态文明建设工作占党政实绩考核的比例,26.1,\r\nR1,农村生活污水治理(管控率),36,抽样核查\r\n",
    );
    const r = cli(["record", file, "--year", "2023", "--from", csv]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(actual(file, "1")).toBe(26.1);
    expect(actual(file, "R1")).toEqual({ value: 36, note: "抽样核查" });
  });

  it("finds the header below a title row, and skips empty lines", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, "表1 2023年指标值,,\r\n,,\r\nid,name,value\r\n\r\n15,农膜回收率,87\r\n,,\r\n");
    expect(cli(["record", file, "--year", "2023", "--from", csv]).status).toBe(0);
    expect(actual(file, "15")).toBe(87);
  });

  it("refuses a value column headed for another year than --year", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, "序号,数值（2024年）\r\n1,26\r\n");
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("“数值（2024年）” is for 2024, but --year is 2023");
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("refuses a table without an id or a value column, naming the headers it takes", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, "指标,数量\r\n1,26\r\n");
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/序号.*数值/);
  });

  it("refuses an id whose name is another row's, naming both, and writes nothing", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(
      csv,
      "序号,指标名称,数值\r\n1,生态文明建设工作占党政实绩考核的比例,26\r\n15,一般工业固体废物综合利用率,87\r\n",
    );
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${csv}:3: indicator 15 is “农膜回收率” in ${file}, but this row names “一般工业固体废物综合利用率”`,
    );
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("names every bad cell by the CSV's file and line, not the YAML file", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values-2024.csv");
    writeFileSync(csv, ["id,value", "1,26", "2,已建立", "15,八十", "X9,3", "17,", "4,33", "4,34", ""].join("\r\n"));
    const r = cli(["record", file, "--year", "2024", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")).toEqual([
      `${csv}: the rows without a value are left out (indicators 17); the completeness list of a check says what is still missing`,
      `${csv}:4: indicator 15: “八十” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)`,
      `${csv}:5: no indicator “X9” in ${file}`,
      `${csv}:8: indicator 4 is given again (first on ${csv}:7)`,
      `${file} is unchanged.`,
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("counts lines right after a note that spans lines (CRLF inside quotes)", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, 'id,value,note\r\n1,26,"first\r\nsecond\r\nthird"\r\n15,"a\nb",\r\n2,八十,\r\n');
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${csv}:5: indicator 15: “a b”`);
    expect(r.stderr).toContain(`${csv}:7: indicator 2: “八十”`);
  });

  it("--set and --from together: a --set problem is named by the indicator file", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, "id,value\r\n1,26\r\n");
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--set", "X9=1", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: no indicator “X9” in this file`);
  });
});

describe("record --from names every problem in one run", () => {
  it("a fraction's hint does not hide the bad cells, unknown ids and names beside it", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(
      csv,
      [
        "id,name,value",
        "1,,26.1",
        "15,,八十",
        "X9,,3",
        "2,县城污水处理率,已建立",
        "17,,0.935",
        "4,,33",
        "4,,34",
        "",
      ].join("\r\n"),
    );
    const r = cli(["record", file, "--year", "2023", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")).toEqual([
      `${csv}:3: indicator 15: “八十” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)`,
      `${csv}:4: no indicator “X9” in ${file}`,
      `${csv}:5: indicator 2 is “党政领导干部生态环境损害责任追究制度” in ${file}, but this row names “县城污水处理率”: check the row`,
      `${csv}:6: indicator 17: 2023: 0.935 looks like a fraction where the unit is %: if it means 93.5 %, write 93.5 (against ≥90); to record 0.935 as it is, add --force`,
      `${csv}:8: indicator 4 is given again (first on ${csv}:7)`,
      `${file} is unchanged.`,
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });
});

describe("a table of values is bounded as a file's errors are", () => {
  it("a CSV of more than 20,000 rows is refused at its start, unread (5 million blank rows took 44 s and 4 GB)", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, `id,value\n1,26\n${",\n".repeat(20_000)}`);
    const r = cli(["record", file, "--year", "2024", "--from", csv]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([
      2,
      `${csv}:1:1: error[too-many-rows]: ${csv} has more than 20000 rows; a table of values has far fewer: delete what lies below the table`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("a cell's value and an unknown id are quoted by their first 60 characters; the first 1,000 problems listed, then how many more", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    const unknown = Array.from({ length: 1_200 }, (_, i) => `Q${i},1\n`).join("");
    writeFileSync(csv, `id,value\n1,${"9".repeat(5_000)}\n${"X".repeat(5_000)},2\n${unknown}`);
    const r = cli(["record", file, "--year", "2024", "--from", csv]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(r.status).toBe(2);
    expect(lines.slice(0, 2)).toEqual([
      `${csv}:2: indicator 1: “${"9".repeat(57)}…” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)`,
      `${csv}:3: no indicator “${"X".repeat(57)}…” in ${file}`,
    ]);
    expect(lines.slice(-2)).toEqual(["… and 202 more problems: the first 1000 are listed", `${file} is unchanged.`]);
    expect(lines).toHaveLength(1002);
  });
});

describe("a CSV that breaks CSV's rules", () => {
  it("is refused at the line it breaks them on, as every reader places what it cannot read, quoting nothing of it", () => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, 'id,value\n1,"26\n2,ghp_SECRET\n');
    const r = cli(["record", file, "--year", "2024", "--from", csv]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `${csv}:3:1: error[csv-syntax]: cannot read ${csv} as CSV at line 3: a quote opens or closes a field where CSV allows none (quote the whole field, and double each quote inside it)\n`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it.each([
    ["LibreOffice's, quoted", '"id";"value (2024)"\n"1";"26,1"\n'],
    ["Excel's, with its sep=; line", "\ufeffsep=;\r\nid;value (2024)\r\n1;26,1\r\n"],
    ["with a title row above its header", "2024年指标数值,\nid;value (2024)\n1;26,1\n"],
  ])("separated by ; (%s) is named so, with what to do, not read with 26,1 as 261", (_kind, text) => {
    const { dir, file } = workdir();
    const csv = join(dir, "values.csv");
    writeFileSync(csv, text);
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--from", csv]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `${csv}:1:1: error[csv-syntax]: ${csv} separates its fields with “;”, as Excel and LibreOffice save CSV where a comma is the decimal mark: save it as CSV with commas (“CSV UTF-8”) or as .xlsx\n`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });
});
