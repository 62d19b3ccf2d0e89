/**
 * The formats CI systems read, checked by programs that are not ours: SARIF by Microsoft's SARIF
 * validator (`sarif-multitool validate`, the one GitHub's documentation points to), GitLab Code
 * Quality against the report format GitLab documents (transcribed as a JSON Schema in
 * fixtures/gitlab-code-quality.schema.json, since GitLab ships it in no package).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SEED, fixture, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);
const temp = { make: tempDir };

const FAIL = fixture("fail.yaml");
const PROJECTS = join(ROOT, "test", "projects", "fixtures", "progress.yaml");
const MULTITOOL = join(ROOT, "node_modules", ".bin", "sarif-multitool");

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
  }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string } }>;
      };
    };
    results: SarifResult[];
    invocations: Array<{
      executionSuccessful: boolean;
      toolExecutionNotifications: Array<{
        level: string;
        message: { text: string };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      }>;
    }>;
  }>;
}

/** Runs in `cwd`, so the reports name the files relative to it, as a CI job in its checkout does. */
function report(
  format: "sarif" | "gitlab",
  files: string[],
  cwd: string,
  extra: string[] = [],
): { status: number | null; text: string } {
  const out = join(cwd, `report.${format}.json`);
  const r = run(["--lang", "en", "-f", format, "-o", out, "--force", ...extra, ...files], { cwd });
  return { status: r.status, text: readFileSync(out, "utf8") };
}

/** A checkout with the seed, a failing file, one with key projects, and a file that cannot be read. */
function checkout(): string {
  const dir = temp.make();
  writeFileSync(join(dir, "lingling.yaml"), readFileSync(SEED, "utf8"));
  writeFileSync(join(dir, "fail.yaml"), readFileSync(FAIL, "utf8"));
  writeFileSync(join(dir, "projects.yaml"), readFileSync(PROJECTS, "utf8"));
  writeFileSync(join(dir, "broken.yaml"), "region: [unclosed\n");
  return dir;
}

describe("-f sarif", () => {
  const dir = checkout();
  const { status, text } = report("sarif", ["lingling.yaml", "fail.yaml", "projects.yaml", "broken.yaml"], dir);
  const log = JSON.parse(text) as SarifLog;
  const [sarifRun] = log.runs;

  it("is valid SARIF 2.1.0 for Microsoft's validator: no error, no warning", () => {
    expect(status).toBe(2); // broken.yaml
    const file = join(dir, "report.sarif.json");
    const validated = join(dir, "validation.sarif");
    const v = spawnSync(MULTITOOL, ["validate", file, "-o", validated, "--log", "ForceOverwrite"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const findings =
      (
        JSON.parse(readFileSync(validated, "utf8")) as {
          runs: Array<{
            results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }>;
          }>;
        }
      ).runs[0]!.results ?? [];
    const serious = findings.filter((f) => f.level === "error" || f.level === undefined || f.level === "warning");
    expect(serious.map((f) => `${f.ruleId} ${JSON.stringify(f.message)}`)).toEqual([]);
  }, 180_000);

  it("is valid against the official SARIF 2.1.0 JSON Schema (the one the validator ships)", () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json"), "utf8"),
    ) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it("is one run of lingling-check whose rules are the checks, each with help", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(sarifRun!.tool.driver.name).toBe("lingling-check");
    const ids = sarifRun!.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, 6)).toEqual(["baseline", "near_term", "long_term", "progress", "override", "veto"]);
    expect(ids).toContain("project.lagging");
    for (const r of sarifRun!.tool.driver.rules) expect(r.help.text.length, r.id).toBeGreaterThan(20);
  });

  it("puts fail.yaml's failing baseline at its row, as an error, with a fingerprint", () => {
    const failing = sarifRun!.results.filter(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === "fail.yaml" && r.level === "error",
    );
    expect(failing.map((r) => r.ruleId)).toContain("baseline");
    const baseline = failing.find((r) => r.ruleId === "baseline")!;
    expect(baseline.message.text).toMatch(/^8 受污染耕地安全利用率 — baseline FAIL: /);
    expect(baseline.locations[0]!.physicalLocation.region).toEqual({
      startLine: 21,
      startColumn: 5,
      endLine: 29,
      endColumn: 21,
    });
    expect(sarifRun!.tool.driver.rules[baseline.ruleIndex]!.id).toBe("baseline");
    expect(Object.values(baseline.partialFingerprints)[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the key projects' findings as warnings of their own rules", () => {
    const projects = sarifRun!.results.filter(
      (r) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri === "projects.yaml" && r.ruleId.startsWith("project."),
    );
    expect(projects.length).toBeGreaterThan(0);
    expect(new Set(projects.map((r) => r.level))).toEqual(new Set(["warning"]));
    expect(projects.map((r) => r.ruleId)).toContain("project.total-mismatch");
  });

  it("names the file that could not be read as a notification of the invocation, at its place", () => {
    const [invocation] = sarifRun!.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    const [n] = invocation!.toolExecutionNotifications;
    expect(n!.level).toBe("error");
    expect(n!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("broken.yaml");
    expect(n!.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(sarifRun!.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === "broken.yaml")).toBe(
      false,
    );
  });

  it("keeps each finding's fingerprint when rows move (a comment added above them)", () => {
    const moved = temp.make();
    writeFileSync(join(moved, "fail.yaml"), `# a comment\n# and another\n${readFileSync(FAIL, "utf8")}`);
    const before = JSON.parse(report("sarif", ["fail.yaml"], dir).text) as SarifLog;
    const after = JSON.parse(report("sarif", ["fail.yaml"], moved).text) as SarifLog;
    const prints = (l: SarifLog) =>
      l.runs[0]!.results.map((r) => `${r.ruleId} ${Object.values(r.partialFingerprints)[0]}`);
    expect(prints(after)).toEqual(prints(before));
    expect(after.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine).toBe(
      before.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine + 2,
    );
  });

  it("is an empty list of results, and still valid JSON, for a file where nothing needs saying", () => {
    const clean = temp.make();
    writeFileSync(join(clean, "pass.yaml"), readFileSync(fixture("pass.yaml"), "utf8"));
    const r = report("sarif", ["pass.yaml", "pass.yaml"], clean, ["--allow-incomplete"]);
    const l = JSON.parse(r.text) as SarifLog;
    expect(l.runs[0]!.results.filter((x) => x.level === "error")).toEqual([]);
  });
});

describe("-f gitlab", () => {
  const dir = checkout();
  const { status, text } = report("gitlab", ["lingling.yaml", "fail.yaml", "projects.yaml", "broken.yaml"], dir);
  const issues = JSON.parse(text) as Array<{
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
  }>;

  it("is valid against GitLab's documented Code Quality format", () => {
    expect(status).toBe(2);
    const schema = JSON.parse(
      readFileSync(join(ROOT, "test", "report", "fixtures", "gitlab-code-quality.schema.json"), "utf8"),
    ) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.length).toBeGreaterThan(10);
  });

  it("gives every finding its own fingerprint (GitLab drops repeated ones)", () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("puts fail.yaml's failing baseline at its row as a critical issue, the unreadable file as a blocker", () => {
    const baseline = issues.find(
      (i) => i.location.path === "fail.yaml" && i.check_name === "lingling-check/baseline" && i.severity === "critical",
    );
    expect(baseline?.location.lines).toEqual({ begin: 21, end: 29 });
    expect(baseline?.description).toMatch(/^8 受污染耕地安全利用率 — baseline FAIL: /);
    const broken = issues.filter((i) => i.location.path === "broken.yaml");
    expect(broken.map((i) => i.severity)).toEqual(["blocker"]);
  });

  it("keeps fingerprints stable across runs and when rows move", () => {
    const again = JSON.parse(
      report("gitlab", ["lingling.yaml", "fail.yaml", "projects.yaml", "broken.yaml"], dir).text,
    ) as typeof issues;
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const moved = temp.make();
    writeFileSync(join(moved, "fail.yaml"), `# moved down\n${readFileSync(FAIL, "utf8")}`);
    const shifted = JSON.parse(report("gitlab", ["fail.yaml"], moved).text) as typeof issues;
    const ours = issues.filter((i) => i.location.path === "fail.yaml");
    expect(shifted.map((i) => i.fingerprint)).toEqual(ours.map((i) => i.fingerprint));
    expect(shifted.map((i) => i.location.lines.begin)).toEqual(ours.map((i) => i.location.lines.begin + 1));
  });

  it("is an empty array for a run with nothing to say", () => {
    const clean = temp.make();
    writeFileSync(join(clean, "pass.yaml"), readFileSync(fixture("pass.yaml"), "utf8"));
    const r = report("gitlab", ["pass.yaml"], clean);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.text)).toEqual([]);
  });
});

describe("paths and places other programs must match", () => {
  it("a SARIF uri is a valid URI reference for any file name: ':' in the first segment, '#', '?', '%', spaces", () => {
    const dir = temp.make();
    const names = ["2024:final.yaml", "a#b?c.yaml", "dir, with: 100% odd/a b,c:d%25.yaml"];
    for (const name of names) {
      if (name.includes("/")) spawnSync("mkdir", ["-p", join(dir, name, "..")]);
      writeFileSync(join(dir, name), readFileSync(FAIL, "utf8"));
    }
    const { text } = report("sarif", names, dir);
    const uris = [
      ...new Set(
        (JSON.parse(text) as SarifLog).runs[0]!.results.map(
          (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
        ),
      ),
    ];
    expect(uris).toEqual([
      "2024%3Afinal.yaml",
      "a%23b%3Fc.yaml",
      "dir%2C%20with%3A%20100%25%20odd/a%20b%2Cc%3Ad%2525.yaml",
    ]);
    const validated = join(dir, "validation.sarif");
    const v = spawnSync(
      MULTITOOL,
      ["validate", join(dir, "report.sarif.json"), "-o", validated, "--log", "ForceOverwrite"],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const results =
      (JSON.parse(readFileSync(validated, "utf8")) as { runs: Array<{ results?: Array<{ ruleId: string }> }> }).runs[0]!
        .results ?? [];
    expect(results.map((r) => r.ruleId).filter((id) => id === "SARIF1002")).toEqual([]);
  }, 180_000);

  it("a backslash in a file's name (a character of it, outside Windows) is no folder", () => {
    const dir = temp.make();
    writeFileSync(join(dir, "a\\b.yaml"), readFileSync(FAIL, "utf8"));
    const gitlab = JSON.parse(report("gitlab", ["a\\b.yaml"], dir).text) as Array<{ location: { path: string } }>;
    expect([...new Set(gitlab.map((i) => i.location.path))]).toEqual(["a\\b.yaml"]);
    const sarif = JSON.parse(report("sarif", ["a\\b.yaml"], dir).text) as SarifLog;
    expect([
      ...new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)),
    ]).toEqual(["a%5Cb.yaml"]);
  });

  it("two input errors at one place have fingerprints of their own in GitLab's report", () => {
    const dir = temp.make();
    // A tab typed into one row's indentation: yaml reports two errors at 21:10.
    const lines = readFileSync(SEED, "utf8").split("\n");
    lines[20] = lines[20]!.replace(/^ {4}/, "  \t");
    writeFileSync(join(dir, "tab.yaml"), lines.join("\n"));
    const issues = JSON.parse(report("gitlab", ["tab.yaml"], dir).text) as Array<{
      fingerprint: string;
      location: { lines: { begin: number } };
    }>;
    expect(issues.filter((i) => i.location.lines.begin === 21).length).toBeGreaterThan(1);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("GitLab's and GitHub's paths are relative to the working folder and normalised, however the file was named", () => {
    const dir = temp.make();
    spawnSync("mkdir", ["-p", join(dir, "ind")]);
    writeFileSync(join(dir, "ind", "a.yaml"), readFileSync(FAIL, "utf8"));
    for (const named of [join(dir, "ind", "a.yaml"), "./ind//a.yaml", "ind/../ind/a.yaml"]) {
      const gitlab = JSON.parse(report("gitlab", [named], dir).text) as Array<{ location: { path: string } }>;
      expect([named, [...new Set(gitlab.map((i) => i.location.path))]]).toEqual([named, ["ind/a.yaml"]]);
      const github = run(["--lang", "en", "-f", "github", named], { cwd: dir });
      expect([named, [...new Set([...github.stdout.matchAll(/ file=([^,]*),/g)].map((m) => m[1]))]]).toEqual([
        named,
        ["ind/a.yaml"],
      ]);
    }
  });
});
