import { defineConfig } from "vitest/config";

// https://vitest.dev/config/
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser suites each start heavy work; two cores are enough for two files at once.
    maxWorkers: 2,
  },
});
