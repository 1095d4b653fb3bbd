import { afterAll } from "vitest";
import { removeTempDirs } from "./temp.js";

// A setup file (vitest.config.ts): runs with every test file, so each one's folders go when it ends.
afterAll(removeTempDirs);
