// npm run mutation (not in CI): mutation testing of exact money and the estimation, policy and diff modules.
// Runs only the in-process tests of the core (see stryker.vitest.config.mjs); results in MUTATION.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // related: vitest runs only the listed test files that import a mutated file.
  vitest: { configFile: "stryker.vitest.config.mjs", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/core/money.ts", "src/core/cost/estimate.ts", "src/core/review/evaluate.ts", "src/core/review/diff.ts"],
  // Each mutant runs only the tests that executed its code in the initial run.
  coverageAnalysis: "perTest",
  // The machine is shared: one test process. Run it as `nice -n 15 npm run mutation`.
  concurrency: 1,
  // Added to Stryker's own estimate (initial test time x 1.5); a loaded machine needs the margin.
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // `--incremental` re-tests only mutants whose code or covering tests changed since this file was written.
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
