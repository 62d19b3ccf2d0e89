#!/usr/bin/env node
// The parse-only floor of the benchmark: read and parse every .yaml file in a directory with
// js-yaml, single-threaded, and do nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";

const dir = process.argv[2];
let rows = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".yaml")) continue;
  const data = jsYaml.load(readFileSync(join(dir, name), "utf8"), { schema: jsYaml.CORE_SCHEMA });
  rows += data.indicators.length;
}
if (rows === 0) process.exit(3);
