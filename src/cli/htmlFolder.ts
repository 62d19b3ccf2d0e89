/**
 * `-f html` of a batch: a folder, never one page. DIR/index.html lists every region (the worst
 * first) and links to each region's own page, DIR/<input name>.html. The page names come from the
 * input files' names before anything is written, so that no user file is replaced without --force
 * (checkOutputs); each page is written whole as its region comes (a batch is never held in memory),
 * the index last. A run that fails removes the pages it wrote.
 */
import { statSync, unlinkSync } from "node:fs";
import { basename, join } from "node:path";
import type { FormatOptions } from "../report/index.js";
import type { RegionEntry } from "../report/html.js";
import { CliError, reasonOf } from "./errors.js";
import type { Job } from "./inputs.js";
import { fileSink, makeFolders, type Sink } from "./sink.js";

/** Names Windows keeps for devices: no page may be called so, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A page's name from an input's: its base name without .yaml, only letters, digits, . _ -. */
function stem(name: string): string {
  const base = basename(name.replace(/\\/g, "/")).replace(/\.ya?ml$/i, "");
  const safe = base
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/^[._]+/, "")
    .slice(0, 100);
  return safe === "" || RESERVED.test(safe) ? `region_${safe}` : safe;
}

/** Each input's page, unique however the inputs are named (case folded, index.html kept for the index). */
export function pageNames(jobs: readonly Job[]): string[] {
  const used = new Set(["index"]);
  return jobs.map((job) => {
    const s = stem(job.name);
    let name = s;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${s}-${n}`;
    used.add(name.toLowerCase());
    return `${name}.html`;
  });
}

/**
 * Whether the HTML output is a folder: several inputs, a path ending in a slash, or a folder that
 * exists. Several inputs to standard output or to a single .html page are refused: a page per
 * county in one file is hundreds of megabytes no browser opens.
 */
export function htmlFolder(output: string | undefined, inputs: number): boolean {
  if (output === undefined) {
    if (inputs > 1) throw new CliError({ id: "page.error.toStdout", data: { count: inputs } });
    return false;
  }
  let existing: ReturnType<typeof statSync>;
  try {
    existing = statSync(output, { throwIfNoEntry: false });
  } catch (e) {
    throw new CliError({ id: "error.writeFile", data: { file: output, reason: reasonOf(e) } });
  }
  const folder = output.endsWith("/") || existing?.isDirectory() === true || (inputs > 1 && !/\.html?$/i.test(output));
  if (!folder && inputs > 1) throw new CliError({ id: "page.error.toPage", data: { count: inputs, file: output } });
  if (folder && existing && !existing.isDirectory())
    throw new CliError({ id: "page.error.notFolder", data: { file: output } });
  return folder;
}

/** Every file the folder will hold, for checkOutputs before anything is written. */
export const folderFiles = (dir: string, names: readonly string[]) => [
  join(dir, "index.html"),
  ...names.map((n) => join(dir, n)),
];

/** The folder as a sink of the HTML format's parts: each part its page, the index on commit. */
export async function folderSink(
  dir: string,
  jobs: readonly Job[],
  names: readonly string[],
  options: FormatOptions,
): Promise<Sink> {
  const { pageOf, indexPage } = await import("../report/html.js");
  const byInput = new Map<string, string[]>();
  for (const [i, job] of jobs.entries()) byInput.set(job.name, [...(byInput.get(job.name) ?? []), names[i]!]);
  const entries: Array<RegionEntry & { href: string }> = [];
  const written: string[] = [];
  let made = false;
  const put = async (name: string, bytes: string | Uint8Array) => {
    if (!made) {
      makeFolders(dir, dir);
      made = true;
    }
    const path = join(dir, name);
    const sink = fileSink(path);
    try {
      await sink.write(bytes);
      await sink.commit();
    } catch (e) {
      sink.discard();
      throw e;
    }
    written.push(path);
  };
  return {
    async write(part) {
      if (part.length === 0) return;
      const { entry, page } = pageOf(part, options);
      // Each region's file is named as its input is (checkOutputs has seen every such name): a
      // part's file is its job's name, and a job makes one part at most.
      const name = byInput.get(entry.file)!.shift()!;
      entries.push({ ...entry, href: name });
      await put(name, page);
    },
    async commit() {
      await put("index.html", indexPage(entries, options));
    },
    discard() {
      for (const path of written.splice(0))
        try {
          unlinkSync(path);
        } catch {
          // Gone already.
        }
    },
  };
}
