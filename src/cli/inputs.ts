/** Command-line inputs → named texts: files, directories (every .yaml/.yml below), `-` for stdin. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError } from "./errors.js";

export interface Input {
  name: string;
  text: string;
}

const YAML_FILE = /\.ya?ml$/i;

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(async (e) => (e.isDirectory() ? yamlFilesIn(join(dir, e.name)) : e.isFile() && YAML_FILE.test(e.name) ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

export async function readInputs(args: readonly string[], stdin: NodeJS.ReadableStream, stdinName = "<stdin>"): Promise<Input[]> {
  if (args.length === 0) throw new CliError({ id: "error.noInput" });
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ name: stdinName, text: await readStdin(stdin) });
      continue;
    }
    const files = await stat(arg)
      .then(async (s) => (s.isDirectory() ? yamlFilesIn(arg) : [arg]))
      .catch(async (e: NodeJS.ErrnoException) => {
        // A quoted glob (the shell did not expand it): "regions/**/*.yaml".
        if (e.code === "ENOENT" && isDynamicPattern(arg)) return (await glob(arg, { onlyFiles: true })).sort();
        throw new CliError({ id: "error.readFile", data: { file: arg, reason: e.code ?? e.message } });
      });
    if (files.length === 0) throw new CliError({ id: "error.noYaml", data: { dir: arg } });
    for (const file of files) {
      const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
        throw new CliError({ id: "error.readFile", data: { file, reason: e.code ?? e.message } });
      });
      inputs.push({ name: file, text });
    }
  }
  return inputs;
}
