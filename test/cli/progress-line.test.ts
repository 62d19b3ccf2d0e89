/** The batch progress line speaks the report's language. */
import { describe, expect, it } from "vitest";
import { progressText } from "../../src/cli/progress.js";

describe("progress line", () => {
  it("in Chinese under --lang zh, in English otherwise", () => {
    expect(progressText("zh", 12, 2844, 850.4, 3)).toBe("12/2844 · 每秒 850 个 · 剩余 3 秒");
    expect(progressText("en", 12, 2844, 850.4, 3)).toBe("12/2844 · 850/s · 3s left");
  });
});
