#!/usr/bin/env node
// Quietly stop when the reader of our output goes away (`lingling-check … | head`).
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import("../dist/main.js");
process.exitCode = await main(process.argv.slice(2));
