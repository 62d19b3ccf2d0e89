// Loaded with `node --import` by the benchmark: reports the process's peak memory (all threads) at exit.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `maxRSS=${process.resourceUsage().maxRSS}\n`));
