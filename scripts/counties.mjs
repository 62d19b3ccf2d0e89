// Synthetic county files shaped like the Lingling seed (31 rows, baseline, targets, actuals for
// 2023–2030, varied values), for the benchmark and the batch test. Deterministic: the same
// counties every time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";

function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Writes `count` county files into `dir` (emptied first); returns their paths. With
 * `{ projects: false }` the files have no key projects (重点工程), as most counties' files have not.
 */
export function generateCounties(dir, count, seedFile, { projects = true } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seed = jsYaml.load(readFileSync(seedFile, "utf8"), { schema: jsYaml.CORE_SCHEMA });
  if (!projects) delete seed.projects;
  const rand = random(2844);
  const zones = ["east", "central", "west", "northeast"];
  const paths = [];
  for (let k = 0; k < count; k++) {
    const county = structuredClone(seed);
    county.region = {
      name: `示范县${String(k + 1).padStart(4, "0")}`,
      code: String(110101 + k),
      level: "county",
      zone: zones[k % 4],
      urban_district: rand() < 0.3,
    };
    for (const row of county.indicators) {
      if (typeof row.baseline !== "number") continue;
      const step = (v) => (row.unit === "%" ? Math.min(100, v) : v);
      row.baseline = Number(step(row.baseline * (0.9 + rand() * 0.2)).toFixed(2));
      row.actuals = {};
      let v = row.baseline;
      for (let year = 2023; year <= 2030; year++) {
        v = step(v * (0.98 + rand() * 0.05));
        row.actuals[year] = Number(v.toFixed(2));
      }
    }
    const path = join(dir, `county-${String(k + 1).padStart(4, "0")}.yaml`);
    writeFileSync(path, jsYaml.dump(county, { lineWidth: -1 }));
    paths.push(path);
  }
  return paths;
}
