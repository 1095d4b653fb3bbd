import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Vendored third-party files (the scan corpus) may be named like tests; they are data.
    exclude: [...configDefaults.exclude, "test/fixtures/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Test files share their worker's imported modules instead of each starting a process and
    // importing src/ again: on 2 cores that halves the CPU time of the small files. It holds
    // because no test mocks a module or leaves process-wide state behind (history.test.ts puts
    // back the git date variables it sets); a new test that must do either restores it itself.
    isolate: false,
    // Vitest's default is one worker per core but one, a single worker on a 2-core machine. Many
    // files mostly wait on a child process (the bundled CLI and Action, git, Chromium), so a
    // second worker keeps the other core busy meanwhile. See BENCHMARKS.md, "npm test".
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One Chromium for the whole run, started when a browser test first asks (test/helpers/browser.ts).
    globalSetup: ["./test/helpers/chromium-broker.ts"],
    // Removes the temporary folders a test file made (test/helpers/temp.ts) when it ends.
    setupFiles: ["./test/helpers/cleanup.ts"],
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
  },
});
