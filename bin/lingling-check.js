#!/usr/bin/env node
import { readFileSync } from "node:fs";

// `--version` alone needs nothing but package.json.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  const loader = new URL("../dist/load.js", import.meta.url);
  let loaded;
  try {
    loaded = await import(loader.href);
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/load.js")) throw error;
    // Installed without being built (the program lives in dist/, which `npm run build` makes).
    const dir = decodeURIComponent(new URL("..", import.meta.url).pathname);
    // The language as src/cli/lang.ts chooses it, which lives in the dist/ that is missing here.
    const env = ["LINGLING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
      .map((name) => process.env[name]?.trim())
      .find(Boolean);
    const zh = /^zh/i.test(env ?? Intl.DateTimeFormat().resolvedOptions().locale);
    process.stderr.write(
      zh
        ? `lingling-check：此安装缺少构建好的程序（dist/）：请在 ${dir} 运行 npm run build，或重新安装本软件包\n`
        : `lingling-check: this installation lacks the built program (dist/): run npm run build in ${dir}, or install the package again\n`,
    );
    process.exit(2);
  }
  const { cli } = loaded.loadCli();
  process.stdout.on("error", (error) => {
    // The reader of our output went away (`lingling-check … | head`): the command drops the rest of
    // its output and runs to its end, so that the exit status is still the verdict's (readerGone.ts).
    if (error.code === "EPIPE") return;
    // Output that cannot be written (a full disk, /dev/full): a sentence, exit 2.
    process.stderr.write(cli.stdoutError(error, args));
    process.exit(2);
  });
  process.exitCode = await cli.main(args);
}
