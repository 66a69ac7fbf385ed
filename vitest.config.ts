import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // vitest leaves one core free by default: on a 2-core machine that is one worker, and the
    // crash-recovery test (≈ 2.5 min alone) would run before everything else, not beside it.
    maxWorkers: 2,
    reporters: ["default", "./tests/summary-reporter.ts"],
  },
});
