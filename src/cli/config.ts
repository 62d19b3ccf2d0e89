/**
 * The project config, `lingling.config.yaml`: defaults for a repository's runs, so CI jobs and
 * people share them instead of repeating options (like `.spectral.yaml` or `biome.json`). Found
 * upward from the working folder; `--config FILE` names one, `--no-config` ignores any. Options
 * given on the command line win. Validated like every input: each problem at its file:line:column.
 */
import { dirname, resolve } from "node:path";
import * as z from "zod/mini";
import { CHECKS } from "../assess/result.js";
import { errorAt, schemaErrors } from "../compile/schemaErrors.js";
import { decode, encodingError } from "../load/decode.js";
import type { InputError, LoadResult } from "../load/errors.js";
import { parseYaml } from "../load/parse.js";
import { fifoTimeout, readInput } from "../load/readInput.js";
import { DEFAULT_MAX_BYTES } from "../read.js";
import { FORMAT_NAMES } from "../report/index.js";
import { described } from "../model/describe.js";

/** One word or a list of them: a list. */
const list = <T extends z.core.$ZodType>(item: T) =>
  z.pipe(
    z.union([item, z.array(item).check(z.minLength(1, { error: "expected.someValue" }))]),
    z.transform((v) => [v].flat() as Array<z.infer<T>>),
  );

export const ConfigSchema = z.strictObject({
  lang: described(
    z.optional(z.enum(["zh", "en"], { error: "expected.lang" })),
    "报告语言：zh 或 en。",
    "The report language: zh or en.",
  ),
  fail_on: described(
    z.optional(list(z.enum(["warn", "projects"], { error: "expected.failOn" }))),
    "另外哪些情形使运行失败：warn、projects，或两者。",
    "What else fails a run: warn, projects, or both.",
  ),
  allow_incomplete: described(
    z.optional(z.boolean({ error: "expected.boolean" })),
    "true：不完整（INCOMPLETE）不使运行失败。",
    "true: an INCOMPLETE file does not fail the run.",
  ),
  force: described(
    z.optional(z.boolean({ error: "expected.boolean" })),
    "true：报告可替换已有的同名文件（同 --force）。",
    "true: reports may replace files already there (as --force).",
  ),
  assess: described(
    z.optional(z.enum(["plan", "year"], { error: "expected.assess" })),
    "回答的问题：plan（规划评审）或 year（年度评估）。",
    "The question: plan (plan review) or year (a year assessment).",
  ),
  checks: described(
    z.optional(list(z.enum(CHECKS, { error: "expected.check" }))),
    "运行哪些检查。",
    "Which checks run.",
  ),
  project_margin: described(
    z.optional(
      z
        .number({ error: "expected.margin" })
        .check(z.gte(0, { error: "expected.margin" }), z.lte(100, { error: "expected.margin" })),
    ),
    "重点工程累计投资可落后于实施期已过比例的百分点，超过即为滞后。",
    "Percentage points a key project's cumulative investment may lag the share of its period elapsed before it is 滞后.",
  ),
  catalogs: described(
    z.optional(list(z.string({ error: "expected.text" }).check(z.minLength(1, { error: "expected.text" })))),
    "存放标准目录（版本）文件的文件夹，相对本配置文件所在文件夹：指标文件的 standard: hunan-2018 在其中查找 hunan-2018.yaml。",
    "Folders of standard catalogs (editions), relative to this config's folder: an indicator file's standard: hunan-2018 is looked up there as hunan-2018.yaml.",
  ),
  outputs: described(
    z.optional(
      z
        .array(
          z.strictObject({
            format: described(
              z.enum(FORMAT_NAMES as [string, ...string[]], { error: "expected.format" }),
              "输出格式。",
              "An output format.",
            ),
            output: described(
              z.optional(z.string({ error: "expected.text" }).check(z.minLength(1, { error: "expected.text" }))),
              "输出文件，相对本配置文件所在文件夹；省略则输出到标准输出。",
              "A file, relative to this config's folder; none: standard output.",
            ),
          }),
          { error: "expected.outputs" },
        )
        .check(z.minLength(1, { error: "expected.outputs" })),
    ),
    "命令行未指定 -f/-o 时写出的报告。",
    "The reports a run writes when the command line names none (-f/-o).",
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  file: string;
  config: Config;
}

const FIELDS = Object.keys(ConfigSchema.shape);

/** Config text → a validated config, or every problem with its place. */
export function parseConfig(text: string, file: string): LoadResult<Config> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  // Not a mapping (a path led to some other file): said so, and nothing of it quoted.
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, code: "not-a-config", message: { id: "error.notAConfig" } }],
    };
  }
  // An empty file is a config with no defaults.
  const valid = ConfigSchema.safeParse(data ?? {});
  if (valid.success) return { ok: true, value: valid.data };
  const error = errorAt(file, (path, where) => locator.locate(path, where));
  const fieldsAt = (path: readonly unknown[]) =>
    path.length === 0 ? FIELDS : path[0] === "outputs" ? ["format", "output"] : [];
  const errors: InputError[] = valid.error.issues.flatMap((issue) =>
    schemaErrors(issue, [], data, error, fieldsAt, "near misses"),
  );
  return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** Reads the config at `path` (shown as `shown`), its output paths resolved against its folder. */
export function loadConfig(path: string, shown = path): LoadResult<LoadedConfig> {
  const at = { file: shown, line: 1, column: 1 };
  // Through the reader every input goes through (size cap, a FIFO waited on as any is, what is not a file refused).
  const read = readInput(path, shown, { maxBytes: DEFAULT_MAX_BYTES, fifoSeconds: fifoTimeout(process.env) });
  if (!read.ok) return { ok: false, errors: [read.error] };
  const decoded = decode(read.bytes);
  if (!decoded.ok) return { ok: false, errors: [encodingError(at.file, decoded)] };
  const parsed = parseConfig(decoded.text.replace(/^\uFEFF/, ""), shown);
  if (!parsed.ok) return parsed;
  const folder = dirname(resolve(path));
  const config = parsed.value;
  if (config.catalogs) config.catalogs = config.catalogs.map((kept) => resolve(folder, kept));
  if (config.outputs)
    config.outputs = config.outputs.map((o) =>
      o.output === undefined || o.output === "-" ? o : { ...o, output: resolve(folder, o.output) },
    );
  return { ok: true, value: { file: shown, config } };
}

/** The published JSON Schema of the project config, from the zod schema that validates it. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ConfigSchema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>),
    title: "lingling-check project config (lingling.config.yaml)",
    description:
      "本仓库运行 lingling-check 的默认设置；命令行选项优先。\n\nDefaults for lingling-check runs in this repository; command-line options win.",
  };
}
