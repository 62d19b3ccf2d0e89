/**
 * `-f junit` as the CI servers read it: valid against the schema Jenkins' xunit plugin validates
 * with (junit-10.xsd, checked by xmllint), read by junit2json as GitLab-like readers do, and the
 * README's Jenkins recipe run as written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type TestSuite } from "junit2json";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, SEED, fixture, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const XSD = join(ROOT, "test", "ci", "fixtures", "jenkins-xunit-junit-10.xsd");
const PROJECTS = join(ROOT, "test", "projects", "fixtures", "progress.yaml");

/** xmllint's verdict on a report: the schema's errors, or nothing. */
function validate(xml: string): { status: number | null; errors: string } {
  const dir = tempDir();
  const file = join(dir, "report.xml");
  writeFileSync(file, xml);
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8", timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, errors: r.stderr.replace(`${file} validates\n`, "") };
}

describe("-f junit and Jenkins' JUnit schema", () => {
  const dir = tempDir();
  for (const f of [fixture("fail.yaml"), fixture("errors/bad-indent.yaml"), PROJECTS])
    copyFileSync(f, join(dir, f.split("/").at(-1)!));
  // Findings, input errors, key projects and their suite, hostile text in a file name.
  const hostile = 'a&b <"c"> &#1; \u001b.yaml';
  copyFileSync(fixture("fail.yaml"), join(dir, hostile));
  const r = run(["-f", "junit", "--fail-on", "projects", "fail.yaml", "bad-indent.yaml", "progress.yaml", hostile], {
    cwd: dir,
  });

  it("is valid, with failures, errors and the projects suite in it", () => {
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("<failure ");
    expect(r.stdout).toContain('<error type="input-error"');
    expect(validate(r.stdout)).toEqual({ status: 0, errors: "" });
  });

  it("the schema refuses what GitLab alone reads (a testcase's file and line): the check is real", () => {
    const withFile = r.stdout.replace("<testcase ", '<testcase file="fail.yaml" line="1" ');
    const result = validate(withFile);
    expect(result.status).not.toBe(0);
    expect(result.errors).toMatch(/attribute 'file': The attribute 'file' is not allowed/);
  });

  it("is read by junit2json: each suite names its file, each testcase says where it is", async () => {
    const parsed = await parse(r.stdout);
    if (!parsed || !("testsuite" in parsed)) throw new Error("no <testsuites>");
    const suites = parsed.testsuite as Array<TestSuite & { file?: string }>;
    expect(suites.map((s) => [s.name, s.file])).toEqual([
      ["fail.yaml — 测试区", "fail.yaml"],
      ["bad-indent.yaml", "bad-indent.yaml"],
      ["progress.yaml — 永州市零陵区", "progress.yaml"],
      ["progress.yaml — projects", "progress.yaml"],
      [`${hostile.replace("\u001b", "\\x1b")} — 测试区`, hostile.replace("\u001b", "\\x1b")],
    ]);
    const failing = suites[0]!.testcase!.find((tc) => tc.failure);
    expect(failing?.name).toBe("8 受污染耕地安全利用率 — baseline");
    expect(failing?.["system-out"]?.[0]).toMatch(/^fail\.yaml:21\nFAIL: /);
    const project = suites[3]!.testcase!.find((tc) => tc.name?.startsWith("4 "));
    expect(project?.["system-out"]?.[0]).toMatch(/^progress\.yaml:9\nWARN: /);
    expect(project?.failure?.[0]?.message).toMatch(/^project 4 河西（鹿坪）污水处理厂: overdue/);
  });
});

describe("the README's Jenkins recipe", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const jenkinsfile = /```groovy\n(\/\/ Jenkinsfile[\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const command = /sh '(npx lingling-check [^']*)'/.exec(jenkinsfile)?.[1];
  const report = /junit '([^']+)'/.exec(jenkinsfile)?.[1] ?? /xunit[^\n]*pattern: '([^']+)'/.exec(jenkinsfile)?.[1];

  it("writes the report its post step reads, valid for Jenkins' schema, in every build of a kept workspace", () => {
    expect(command).toBeDefined();
    expect(report).toBeDefined();
    const dir = tempDir();
    mkdirSync(join(dir, "indicators"));
    copyFileSync(SEED, join(dir, "indicators", "lingling.yaml"));
    const line = command!.replace(/^npx lingling-check/, `"${process.execPath}" "${BIN}"`);
    // Jenkins keeps the workspace between builds: the second build finds the first one's report.
    for (const build of [1, 2]) {
      const r = spawnSync("bash", ["-c", line], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" },
        timeout: 60_000,
      });
      expect([build, r.status, r.stderr]).toEqual([build, 1, ""]);
      expect(validate(readFileSync(join(dir, report!), "utf8"))).toEqual({ status: 0, errors: "" });
    }
  });
});

describe("line breaks and tabs in names survive an XML reader", () => {
  it("a region or indicator name with LF, CR LF and a tab comes back from Python's ElementTree as written", () => {
    const dir = tempDir();
    const text = readFileSync(SEED, "utf8")
      .replace("name: 永州市零陵区", 'name: "永州\\n零陵区"')
      .replace("name: 农膜回收率", 'name: "农膜\\r\\n回收率\\t甲"');
    writeFileSync(join(dir, "s.yaml"), text);
    const r = run(["-f", "junit", "-o", "r.xml", "s.yaml"], { cwd: dir });
    expect(r.status).toBe(1);
    const py = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        `import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suite = root.find("testsuite")
names = [c.get("name") for c in suite.iter("testcase") if c.get("name").startswith("15 ")]
print(json.dumps({"suite": suite.get("name"), "case": names[0], "out": suite.find("testcase/system-out").text[:12]}, ensure_ascii=False))`,
        join(dir, "r.xml"),
      ],
      { encoding: "utf8" },
    );
    expect(py.stderr).toBe("");
    const read = JSON.parse(py.stdout) as { suite: string; case: string };
    expect(read.suite).toBe("s.yaml — 永州\n零陵区");
    expect(read.case.startsWith("15 农膜\r\n回收率\t甲 — ")).toBe(true);
  });
});
