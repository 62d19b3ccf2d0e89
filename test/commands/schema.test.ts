/** The published JSON Schema, checked with a real validator, as an editor would use it. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";

const schema = JSON.parse(cli(["schema"]).stdout) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const seed = parse(readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;

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
    const broken = structuredClone(seed) as {
      region: Record<string, unknown>;
      plan: Record<string, unknown>;
      indicators: Array<Record<string, unknown>>;
    };
    broken.indicators[0]!.baselin = 25.5;
    broken.plan.base_year = "twenty";
    broken.region.zone = "south";
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/indicators/0", "/plan/base_year", "/region/zone"]));
  });
});

describe("the schemas the package ships (schemas/, written by the build)", () => {
  for (const [file, args] of [
    ["indicator-file.schema.json", []],
    ["catalog.schema.json", ["--catalog"]],
  ] as const) {
    it(`schemas/${file} is what lingling-check schema ${args.join(" ")} prints`, () => {
      expect(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), "utf8")).toBe(
        cli(["schema", ...args]).stdout,
      );
    });
  }

  it.each([
    ["the indicator file", schema],
    ["a catalog", JSON.parse(cli(["schema", "--catalog"]).stdout) as object],
  ])("every field of %s says what it is, in Chinese and in English", (_, schema) => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== "object") return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [name, field] of Object.entries(properties ?? {})) {
        const words = field.description ?? "";
        if (!/[\u4e00-\u9fff]/.test(words.split("\n\n")[0]!) || !/^[A-Za-z(]/.test(words.split("\n\n")[1] ?? ""))
          missing.push(`${path}/${name}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    walk(schema, "");
    expect(missing).toEqual([]);
  });
});

describe("lingling-check schema --catalog", () => {
  const catalogSchema = JSON.parse(cli(["schema", "--catalog"]).stdout) as object;
  const validateCatalog = new Ajv2020({ strict: false, allErrors: true }).compile(catalogSchema);
  const read = (path: string) =>
    parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as Record<string, unknown>;

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

describe("lingling-check schema --catalog --project-config", () => {
  it("asks for two schemas at once: refused in words, nothing printed", () => {
    const r = cli(["--lang", "en", "schema", "--catalog", "--project-config"]);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      "",
      "lingling-check: --catalog and --project-config each ask for a schema of its own: give one of them\n",
    ]);
  });
});
