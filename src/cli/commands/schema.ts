/** `lingling-check schema`: the JSON Schema of the indicator file (or a catalog, or the project config), for editors and validators. */
import { catalogJsonSchema, indicatorFileJsonSchema } from "../../model/jsonSchema.js";
import { CliError } from "../errors.js";
import { checkOutputs, emit } from "../sink.js";

export async function runSchema(
  options: { output?: string; force: boolean; catalog?: boolean; projectConfig?: boolean },
  stdout: NodeJS.WritableStream,
): Promise<number> {
  if (options.catalog && options.projectConfig) throw new CliError({ id: "error.schemaWhich" });
  checkOutputs(options.output === undefined ? [] : [options.output], [], options.force);
  const schema = options.projectConfig
    ? (await import("../config.js")).configJsonSchema()
    : options.catalog
      ? catalogJsonSchema()
      : indicatorFileJsonSchema();
  await emit(`${JSON.stringify(schema, null, 2)}\n`, options.output, stdout);
  return 0;
}
