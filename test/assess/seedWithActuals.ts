/** The Lingling seed with `actuals` added to some rows, as `record` would add them: for the assessment's tests. */
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { loadIndicatorFile } from "../../src/read.js";

export const seed = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");

export function withActuals(actuals: Record<string, Record<number, number | string>>) {
  const doc = parseDocument(seed);
  for (const item of (
    doc.get("indicators") as { items: Array<{ get(k: string): unknown; set(k: string, v: unknown): void }> }
  ).items) {
    const values = actuals[String(item.get("id"))];
    if (values) item.set("actuals", doc.createNode(values));
  }
  const result = loadIndicatorFile(doc.toString(), "lingling.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
