import { defineConfig } from "vitest/config";

// https://vitest.dev/config/
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Removes each file's temporary folders when it ends (a full run made 1,500 of them, 2 GB).
    setupFiles: ["tests/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser suites each start heavy work; two cores are enough for two files at once.
    maxWorkers: 2,
  },
});
