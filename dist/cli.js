#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  main,
  neutralizeCommands
} from "./chunks/chunk-2REODJWC.js";
import "./chunks/chunk-2IK5AYSC.js";
import "./chunks/chunk-LZQXQOPJ.js";

// src/cli/index.ts
var say = (text) => process.stderr.write(process.env.GITHUB_ACTIONS === "true" ? neutralizeCommands(text) : text);
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") {
    say(`tokenbudget: cannot write the output (${error.code ?? error.message}); it is incomplete
`);
    process.exit(2);
  }
  process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
  now: (/* @__PURE__ */ new Date()).toISOString()
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    say(`tokenbudget: internal error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    process.exitCode = 3;
  }
);
