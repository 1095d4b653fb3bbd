// The tests Stryker runs against each mutant: in-process tests that exercise the core.
// Tests that spawn dist/cli.js or a fake GitHub server cannot see a mutant and only cost time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/money.test.ts",
      "test/money-edges.test.ts",
      "test/estimate.test.ts",
      "test/cost-rules.test.ts",
      "test/diff.test.ts",
      "test/validate.test.ts",
      "test/check.test.ts",
      "test/cli.test.ts",
      "test/golden.test.ts",
      "test/compare.test.ts",
      "test/properties.test.ts",
      "test/mutation-kills.test.ts",
    ],
    testTimeout: 60_000,
  },
});
