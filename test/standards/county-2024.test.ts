import { describe, expect, it } from "vitest";
import { parseRule } from "../../src/rules/parse.js";
import { edition, editionNames } from "../../src/standards/editions.js";

const catalog = edition("county-2024")!;

const rulesOf = (standard: (typeof catalog.indicators)[number]["standard"]): string[] =>
  typeof standard === "object" && "by_region" in standard
    ? standard.by_region.map((c) => String(c.rule))
    : [typeof standard === "object" ? String(standard.rule) : String(standard)];

describe("the county-2024 edition", () => {
  it("ships and is listed", () => {
    expect(editionNames()).toContain("county-2024");
    expect(catalog.document).toBe("环办生态〔2024〕4号");
  });

  it("has the 31 rows of 表1 with SPEC's ids: 25 binding, 6 reference", () => {
    expect(catalog.indicators.map((i) => i.id)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "6.1",
      "6.2",
      "6.3",
      "7.1",
      "7.2",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "R1",
      "R2",
      "R3",
      "R4",
      "R5",
      "R6",
    ]);
    expect(catalog.indicators.filter((i) => i.binding)).toHaveLength(25);
  });

  it.each(catalog.indicators.flatMap((i) => rulesOf(i.standard).map((text) => [i.id, text] as const)))(
    "%s: the grammar reads its rule %s",
    (_id, text) => {
      const parsed = parseRule(text);
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    },
  );

  it("corrects the units 表1 misprints", () => {
    const unit = (id: string) => catalog.indicators.find((i) => i.id === id)!.unit ?? "";
    expect(unit("14")).toBe(""); // a coefficient, printed as %
    expect(unit("16")).toBe("%"); // a utilisation rate, printed as -
    expect(unit("6.1")).toBe(""); // an index change, printed as %
  });

  it("lets only forest cover, grassland cover and contaminated farmland be declared 不涉及", () => {
    expect(catalog.indicators.filter((i) => i.may_be_not_applicable).map((i) => i.id)).toEqual(["7.1", "7.2", "8"]);
  });

  it("gives every row an English name", () => {
    for (const i of catalog.indicators) expect(i.name_en?.length).toBeGreaterThan(3);
  });
});
