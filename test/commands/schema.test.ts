/** The published JSON Schema, checked with a real validator, as an editor would use it. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";

const schema = JSON.parse(cli(["schema"]).stdout) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const seed = parse(readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8")) as Record<string, unknown>;

describe("lingling-check schema", () => {
  it("accepts the Lingling seed", () => {
    expect(validate(seed), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts what init writes, blank values and all", () => {
    const written = parse(cli(["init", "--name", "某县", "--zone", "west"]).stdout) as Record<string, unknown>;
    expect(validate(written), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("accepts region words written in Chinese, as the loader does (西部, 县, 否)", () => {
    const chinese = structuredClone(seed) as { region: Record<string, unknown> };
    Object.assign(chinese.region, { zone: "西部", level: "县", urban_district: "否" });
    expect(validate(chinese), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("rejects a broken file: an unknown field, a wrong type, a bad zone", () => {
    const broken = structuredClone(seed) as { region: Record<string, unknown>; plan: Record<string, unknown>; indicators: Array<Record<string, unknown>> };
    broken.indicators[0]!.baselin = 25.5;
    broken.plan.base_year = "twenty";
    broken.region.zone = "south";
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/indicators/0", "/plan/base_year", "/region/zone"]));
  });
});

describe("lingling-check schema --catalog", () => {
  const catalogSchema = JSON.parse(cli(["schema", "--catalog"]).stdout) as object;
  const validateCatalog = new Ajv2020({ strict: false, allErrors: true }).compile(catalogSchema);
  const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as Record<string, unknown>;

  it("accepts the built-in edition and the example provincial catalog", () => {
    for (const path of ["data/standards/county-2024.yaml", "data/catalogs/hunan-2018.yaml"]) {
      expect(validateCatalog(read(path)), `${path}: ${JSON.stringify(validateCatalog.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("rejects a catalog without its verified flag or with an unknown field", () => {
    const broken = structuredClone(read("data/catalogs/hunan-2018.yaml"));
    delete broken.verified;
    broken.editon = "x";
    expect(validateCatalog(broken)).toBe(false);
  });
});
