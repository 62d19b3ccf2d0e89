/**
 * import ∘ template is the identity on the checked model: any file the loader accepts, made into
 * the fill-in workbook and read back, loads to the same model (less where things stand), in
 * either language. The loader on the source is the oracle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { modelOf, roundTrip } from "../workbook/roundTrip.js";
import { params, timeoutFor } from "./budget.js";
import { indicatorFileArb } from "./fileArbitraries.js";

describe("template → import", () => {
  it(
    "gives back every file the loader accepts, field for field",
    async () => {
      let loaded = 0;
      await fc.assert(
        fc.asyncProperty(indicatorFileArb, fc.constantFrom("zh" as const, "en" as const), async (file, lang) => {
          const text = stringify(file);
          const source = modelOf(text);
          if (source === undefined) return;
          loaded++;
          const result = await roundTrip(text, lang);
          expect(result.ok ? "" : JSON.stringify(result.errors), text).toBe("");
          if (result.ok) expect(modelOf(result.text), `${text}\n--- imported ---\n${result.text}`).toEqual(source);
        }),
        params("templateRoundTrip"),
      );
      console.log(
        `fuzz: template round trip: ${loaded} of ${params("templateRoundTrip").numRuns} generated files loaded and came back whole`,
      );
      expect(loaded).toBeGreaterThan(params("templateRoundTrip").numRuns! / 4);
    },
    timeoutFor("templateRoundTrip", 300),
  );
});
