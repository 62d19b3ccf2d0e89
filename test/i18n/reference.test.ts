/** A message reference is a value of its own type: no text, whatever it holds, is read as one. */
import { describe, expect, it } from "vitest";
import { ref } from "../../src/i18n/message.js";
import { t } from "../../src/i18n/translate.js";

describe("message references", () => {
  it("a reference is translated in the sentence's language", () => {
    expect(t("en", "report.runSummary", { files: 1, counts: "1 pass", overall: ref("overall.PASS") })).toContain(
      "PASS",
    );
    expect(t("zh", "value.missing", { year: ref("overall.INCOMPLETE") })).toContain(t("zh", "overall.INCOMPLETE"));
  });
  it("a list of references reads as a list", () => {
    expect(
      t("en", "rule.status.pass", {
        year: 2022,
        text: "x",
        status: [ref("status.established"), ref("status.implemented")],
      }),
    ).toContain(`${t("en", "status.established")}${t("en", "list.and")}${t("en", "status.implemented")}`);
  });
  it("a reference carries its detail", () => {
    expect(t("en", "errno.other", { detail: "EXYZ" })).toContain("EXYZ");
    expect(t("en", "error.readFile", { file: "f", reason: ref("errno.other", "EXYZ") })).toContain("EXYZ");
  });
  it("text that looks like a marked reference stays text", () => {
    // The old marker was a control character before the id: text holding it was read as a message.
    for (const marked of ["\u0001overall.PASS", "@overall.PASS"]) {
      expect(t("en", "value.text", { year: 2022, text: marked })).toContain("overall.PASS");
    }
  });
});
