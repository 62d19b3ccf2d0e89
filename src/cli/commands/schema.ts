/** `lingling-check schema`: the JSON Schema of the indicator file, for editors and validators. */
import { indicatorFileJsonSchema } from "../../model/jsonSchema.js";
import { assertWritable, emit } from "../sink.js";

export async function runSchema(options: { output?: string; force: boolean }, stdout: NodeJS.WritableStream): Promise<number> {
  if (options.output !== undefined) assertWritable(options.output, options.force);
  await emit(`${JSON.stringify(indicatorFileJsonSchema(), null, 2)}\n`, options.output, stdout);
  return 0;
}
