/** explain ID FILE: the row as the file's region is judged, and where its rule comes from. */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const ROOT = resolve(new URL("../..", import.meta.url).pathname);

describe("explain ID FILE", () => {
  it("names the by_region case the region takes: Lingling (central, urban district) is judged ≥60 for R1", () => {
    const r = cli(["explain", "R1", join(ROOT, "seeds/lingling.yaml"), "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}≥60$/m);
    expect(r.stdout).toMatch(/chosen for the region by zone: central \/ west, urban_district: true/);
  });

  it("names the catalog a row inherits from, and says a brought catalog is unverified", () => {
    const dir = tempDir("explain-");
    copyFileSync(join(ROOT, "data/catalogs/hunan-2018.yaml"), join(dir, "hunan-2018.yaml"));
    writeFileSync(
      join(dir, "county.yaml"),
      'region: {name: 某县, level: county, zone: central, urban_district: false, terrain: hill, lake_district: false}\nstandard: ./hunan-2018.yaml\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", baseline: 25}\n',
    );
    const r = cli(["explain", "1", join(dir, "county.yaml"), "--lang", "en"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("from 湖南省生态文明建设示范县指标（试行）");
    expect(r.stdout).toContain("not verified against its source");
  });

  it("an id the file lacks is a sentence with a suggestion, exit 2; a broken file gives its located errors", () => {
    const r = cli(["explain", "99", join(ROOT, "seeds/lingling.yaml"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("did you mean “9”?");
    const dir = tempDir("explain-bad-");
    writeFileSync(
      join(dir, "bad.yaml"),
      "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: '1', name: a, standard: '≥≥2'}\n",
    );
    const bad = cli(["explain", "1", join(dir, "bad.yaml"), "--lang", "en"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:4:\d+: error\[rule-syntax\]/);
  });
});

describe("an id typed full width", () => {
  it("explain １ names row 1, and record --set １=30 records into it, as a file's １ is its 1", () => {
    const r = cli(["explain", "１", join(ROOT, "seeds/lingling.yaml"), "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("1 生态文明建设工作占党政实绩考核的比例");
    const dir = tempDir("fullwidth-");
    const file = join(dir, "l.yaml");
    copyFileSync(join(ROOT, "seeds/lingling.yaml"), file);
    const recorded = cli(["record", file, "--year", "2024", "--set", "１=30", "--lang", "en"]);
    expect([recorded.status, recorded.stdout]).toEqual([0, "1 2024: 30\n"]);
    expect(readFileSync(file, "utf8")).toContain("actuals: {2024: 30}");
  });
});
