import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Headroom for a loaded 2-core machine (a shared CI runner): a test that spawns the binary a
    // dozen times took 20-30 s there. Speed targets live in the bench, never in a timeout.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
