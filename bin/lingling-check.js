#!/usr/bin/env node
import { readFileSync } from "node:fs";

// `--version` alone needs nothing but package.json.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  // The reader of our output went away (`lingling-check … | head`): the command drops the rest of
  // its output and runs to its end, so that the exit status is still the verdict's (readerGone.ts).
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const { loadCli } = await import("../dist/load.js");
  process.exitCode = await loadCli().cli.main(args);
}
