import { describe, expect, it } from "vitest";
import { pairOutputs } from "../../src/cli/pairOutputs.js";

describe("pairOutputs: an -o belongs to the -f just before it", () => {
  it.each([
    [["-f", "table", "-f", "junit", "-o", "r.xml"], [{ format: "table" }, { format: "junit", output: "r.xml" }], 0],
    [["-f", "json", "-o", "a.json", "-f", "table"], [{ format: "json", output: "a.json" }, { format: "table" }], 0],
    [["--format=csv", "--output=x.csv", "-fjson"], [{ format: "csv", output: "x.csv" }, { format: "json" }], 0],
    [["-o", "out.txt", "-f", "markdown"], [{ format: "markdown", output: "out.txt" }], 0],
    [["-o", "out.txt"], [{ format: "table", output: "out.txt" }], 0],
    [["a.yaml"], [{ format: "table" }], 0],
    // Without -f, the file name says the format (a report.json holding a table was a trap).
    [["-o", "report.json"], [{ format: "json", output: "report.json" }], 0],
    [["-o", "report.XML"], [{ format: "junit", output: "report.XML" }], 0],
    [["-o", "r.md"], [{ format: "markdown", output: "r.md" }], 0],
    [["-o", "r.xlsx"], [{ format: "xlsx", output: "r.xlsx" }], 0],
    [["-o", "r.html"], [{ format: "html", output: "r.html" }], 0],
    // SARIF's registered extension (GitHub's upload-sarif looks for *.sarif).
    [["-o", "results.sarif"], [{ format: "sarif", output: "results.sarif" }], 0],
    [["-o", "-"], [{ format: "table", output: "-" }], 0],
    [["-f", "json", "-o", "a", "-o", "b"], [{ format: "json", output: "a" }], 1],
    [["-f", "json", "--", "-o", "x"], [{ format: "json" }], 0],
  ])("%j", (argv, pairs, stray) => {
    expect(pairOutputs(argv)).toEqual({ pairs, strayOutputs: stray });
  });
});
