// The Action's entry point (bundled to dist/index.js); everything else is in main.ts so it can be read without side effects.
import { run } from "./main.js";

await run();
