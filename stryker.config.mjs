// npm run mutation (not in CI): mutation testing of exact money and the estimation, policy and diff modules.
// Runs only the in-process tests of the core (see stryker.vitest.config.mjs); results in MUTATION.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "stryker.vitest.config.mjs" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/core/money.ts", "src/core/cost/estimate.ts", "src/core/review/evaluate.ts", "src/core/review/diff.ts"],
  coverageAnalysis: "perTest",
  // Two cores: one test process each.
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
