#!/usr/bin/env node
import { readFileSync } from "node:fs";

// `--version` alone needs nothing but package.json.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  const { loadCli } = await import("../dist/load.js");
  const { cli } = loadCli();
  process.stdout.on("error", (error) => {
    // Quietly stop when the reader of our output goes away (`lingling-check … | head`).
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // Output that cannot be written (a full disk, /dev/full): a sentence, exit 2.
    process.stderr.write(cli.stdoutError(error, args));
    process.exit(2);
  });
  process.exitCode = await cli.main(args);
}
