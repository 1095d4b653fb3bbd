// The Action's entry point (bundled to dist/index.js); everything else is in main.ts so it can be read without side effects.
import { run } from "./main.js";
import { workflowRunner } from "./runner.js";

const runner = workflowRunner(process.env, (text) => process.stdout.write(text));
await run(runner);
if (runner.failed) process.exitCode = 1;
