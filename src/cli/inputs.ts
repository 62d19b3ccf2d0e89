/** Command-line inputs → named texts: files, directories (every .yaml/.yml below), `-` for stdin. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError } from "./errors.js";

export interface Input {
  name: string;
  /** Empty when the file is larger than the limit: it is refused by its size, unread. */
  bytes: Uint8Array;
  size: number;
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

/** Standard input, read no further than one byte past the limit (the loader then refuses it). */
async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(buffer);
    if ((size += buffer.length) > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

export async function readInputs(args: readonly string[], stdin: NodeJS.ReadableStream, maxBytes: number, stdinName = "<stdin>"): Promise<Input[]> {
  if (args.length === 0) throw new CliError({ id: "error.noInput" });
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      const bytes = await readStdin(stdin, maxBytes);
      inputs.push({ name: stdinName, bytes, size: bytes.length });
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
      const size = (await stat(file)).size;
      // An oversized file is not read at all: the loader refuses it by its size.
      const bytes = size > maxBytes ? new Uint8Array() : await readFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new CliError({ id: "error.readFile", data: { file, reason: e.code ?? e.message } });
      });
      inputs.push({ name: file, bytes, size });
    }
  }
  return inputs;
}
