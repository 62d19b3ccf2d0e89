/** Why a file could not be read, in words: no bare errno or Node error code reaches the user. */
import { describe, expect, it } from "vitest";
import { reasonOf } from "../../src/cli/errors.js";
import { LANGS } from "../../src/i18n/lang.js";
import { message } from "../../src/i18n/translate.js";

const sentence = (lang: (typeof LANGS)[number], code: string) =>
  message(lang, {
    id: "error.readFile",
    data: { file: "a.yaml", reason: reasonOf(Object.assign(new Error(code), { code })) },
  });

describe("reasonOf", () => {
  it.each(LANGS)("%s: the codes users meet are sentences without the code", (lang) => {
    for (const code of ["ELOOP", "ERR_OUT_OF_RANGE", "ENAMETOOLONG", "EMFILE", "EIO", "ENXIO", "ENOENT"]) {
      const text = sentence(lang, code);
      expect(text, code).not.toContain(code);
      expect(text, code).toMatch(/^(cannot read a\.yaml: |无法读取 a\.yaml：)\S/);
    }
  });

  it.each(LANGS)("%s: any other code is named inside a sentence, never alone", (lang) => {
    const text = sentence(lang, "EXDEV");
    expect(text).toContain("EXDEV");
    expect(text).not.toMatch(/: EXDEV$|：EXDEV$/);
  });
});
