// The tests Stryker runs against each mutant: the in-process unit tests of money, estimation,
// policy and diff. The end-to-end tests (check, cli, golden, compare) run real git repositories
// and the whole CLI: seconds a mutant on a shared 2-core machine, which a run of 2,400 mutants cannot pay.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/money.test.ts",
      "test/estimate.test.ts",
      "test/cost-rules.test.ts",
      "test/diff.test.ts",
      "test/validate.test.ts",
      "test/mutation-kills.test.ts",
      "test/mutation-kills-money.test.ts",
      "test/mutation-kills-estimate.test.ts",
      "test/mutation-kills-diff.test.ts",
    ],
    testTimeout: 60_000,
    // One worker reused across mutants: re-importing the modules for each of them cost more than the tests.
    isolate: false,
  },
});
