/**
 * Region attributes as users write them (src/model/regionWords.ts): 东部/中部/西部/东北 for `zone`,
 * 县/区/市 for `level`, 是/否 for booleans, in the region and in a `by_region` case, read through the
 * loader. Found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/index.js";

const text = (region: string, standard = '"≥20"') => `region: ${region}
plan: {base_year: 2022}
indicators:
  - {id: "1", name: 森林覆盖率, unit: "%", standard: ${standard}, baseline: 25}
`;

const load = (t: string) => {
  const loaded = loadIndicatorFile(t, "region.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

describe("a region's attributes in Chinese", () => {
  it("are read as the schema's words; the name stays as written, though it is 是", () => {
    const file = load(
      text('{name: 是, zone: " 东北地区 ", level: 县, urban_district: 否, lake_district: 是, code: 431102}'),
    );
    expect(file.region).toEqual({
      name: "是",
      zone: "northeast",
      level: "county",
      urban_district: false,
      lake_district: true,
      code: 431102,
    });
  });

  it.each([
    ["西部", "市", "west", "city"],
    ["中部地区", "区", "central", "county"],
    ["东部", "地级市", "east", "city"],
  ])("zone %s, level %s", (zone, level, zoneWord, levelWord) => {
    const file = load(text(`{name: 某县, zone: ${zone}, level: ${level}, urban_district: 是}`));
    expect(file.region).toEqual({ name: "某县", zone: zoneWord, level: levelWord, urban_district: true });
  });

  it("in the schema's own words, they are kept", () => {
    const file = load(text("{name: 某县, zone: west, level: city, urban_district: false}"));
    expect(file.region).toEqual({ name: "某县", zone: "west", level: "city", urban_district: false });
  });

  it.each([
    // A word of another attribute, or of none, is left as written, and the schema refuses it.
    ["{name: 某县, level: 东部}", "level", '"东部"'],
    ["{name: 某县, zone: 县}", "zone", '"县"'],
    ["{name: 某县, zone: 南部}", "zone", '"南部"'],
    // 是 is a boolean's word for any attribute, and no zone.
    ["{name: 某县, zone: 是}", "zone", "true"],
  ])("%s is refused", (region, field, found) => {
    const loaded = loadIndicatorFile(text(region), "region.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => [e.line, e.message.id, e.message.data?.field, e.message.data?.found])).toEqual([
      [1, "error.invalidValue", field, found],
    ]);
  });
});

describe("a region the words cannot apply to, or all of whose attributes they change", () => {
  it.each([
    ["", [[1, "error.invalidValue", "region", "null"]]],
    ["[是]", [[1, "error.invalidValue", "region", '["是"]']]],
    // Its one attribute read as west: only the missing name is wrong.
    ["{zone: 西部}", [[1, "error.missingField", "region.name", undefined]]],
  ])("region: %s", (region, errors) => {
    const loaded = loadIndicatorFile(text(region), "region.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => [e.line, e.message.id, e.message.data?.field, e.message.data?.found])).toEqual(
      errors,
    );
  });
});

describe("a by_region case in Chinese", () => {
  const standard =
    '{by_region: [{when: {zone: [东部, 东北]}, rule: "≥60"}, {when: {zone: 西部, urban_district: 是}, rule: "≥50"}, {when: {zone: west}, rule: "≥40"}]}';

  it.each([
    ["{name: 某县, zone: east}", "≥60"],
    ["{name: 某县, zone: 东北}", "≥60"],
    ["{name: 某县, zone: west, urban_district: true}", "≥50"],
    ["{name: 某县, zone: 西部, urban_district: 否}", "≥40"],
  ])("%s is judged against %s", (region, rule) => {
    expect(load(text(region, standard)).indicators[0]!.standard?.text).toBe(rule);
  });
});
