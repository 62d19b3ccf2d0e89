/**
 * A report longer than one string can hold (V8 refuses strings past 2^29 characters: an HTML page
 * of some 200,000 rows) is the input's size, not a fault of the program: a sentence saying what to
 * use instead, exit 2 — never "internal error".
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { failed } from "../../src/cli/main.js";

afterEach(() => vi.restoreAllMocks());

function stderrOf(run: () => Promise<number>): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  return run().then((status) => ({ status, stderr }));
}

describe("a report too long for one string", () => {
  it("is a sentence with what to use instead, in English and in Chinese", async () => {
    const en = await stderrOf(() => failed(new RangeError("Invalid string length"), "en", false));
    expect(en).toEqual({
      status: 2,
      stderr:
        "lingling-check: the report would be longer than one string can hold (some 512 MB of text): use -q or a CI format (-f github, gitlab, sarif), or split the file\n",
    });
    const zh = await stderrOf(() => failed(new RangeError("Invalid string length"), "zh", false));
    expect(zh.stderr).toBe(
      "lingling-check: 报告将超出一个字符串所能容纳的长度（约 512 MB 文本）：请用 -q 或 CI 格式（-f github、gitlab、sarif），或拆分文件\n",
    );
  });

  it("leaves other range errors internal errors, as they are", async () => {
    const other = await stderrOf(() => failed(new RangeError("Maximum call stack size exceeded"), "en", false));
    expect(other.stderr).toMatch(/^lingling-check: internal error: Maximum call stack size exceeded/);
  });
});
