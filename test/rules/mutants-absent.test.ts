/**
 * 无黑臭水体 (src/rules/kinds/absent.ts) sets no level on the value. Found by mutation testing
 * (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { rule } from "./helpers.js";

describe("absent: no level on the value", () => {
  it("无黑臭水体 sets none: it is a presence, not a level", () => {
    expect(levels(rule("无黑臭水体"), "higher")).toEqual([]);
  });
});
