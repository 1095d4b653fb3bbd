import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Vendored third-party files (the scan corpus) may be named like tests; they are data.
    exclude: [...configDefaults.exclude, "test/fixtures/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
  },
});
