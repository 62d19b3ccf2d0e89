/** Files the tool writes: whole or not at all (a temporary file, then a rename), never over a user's file without --force. */
import { randomBytes } from "node:crypto";
import { access, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, reasonOf } from "./errors.js";

export async function writeAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  // Replacing a file keeps its permissions.
  const mode = await stat(path).then((s) => s.mode & 0o7777, () => undefined);
  try {
    await writeFile(temp, content, { flag: "wx", ...(mode !== undefined ? { mode } : {}) });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export const exists = (path: string) => access(path).then(() => true, () => false);

/** Refuses an existing file unless forced; call for every output before writing any. */
export async function assertWritable(path: string, force: boolean): Promise<void> {
  if (!force && (await exists(path))) throw new CliError({ id: "error.exists", data: { file: path } });
}

/** Writes to `path` atomically, or to standard output when there is no path. */
export async function emit(text: string, path: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  if (path === undefined) {
    stdout.write(text);
    return;
  }
  await writeAtomic(path, text).catch((e: NodeJS.ErrnoException) => {
    throw new CliError({ id: "error.writeFile", data: { file: path, reason: reasonOf(e) } });
  });
}
