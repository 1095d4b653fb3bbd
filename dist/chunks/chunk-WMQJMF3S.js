import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// package.json
var package_default = {
  name: "tokenbudget",
  version: "0.1.0",
  description: "Cost policy for LLM inference, as code: validate ai-workloads.yaml, project monthly spend, diff pull requests and enforce budgets.",
  type: "module",
  license: "MIT",
  bin: {
    tokenbudget: "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist/cli.js",
    "dist/chunks",
    "schemas",
    "catalog/builtin.json",
    "catalog/README.md"
  ],
  scripts: {
    build: "node scripts/gen-validators.mjs && node scripts/gen-tokenizer.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    "test:update": "UPDATE_GOLDEN=1 vitest run",
    bench: "node scripts/bench.mjs",
    mutation: "stryker run"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@stryker-mutator/core": "~9.6",
    "@stryker-mutator/vitest-runner": "~9.6",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-glob": "^3.3.3",
    "gpt-tokenizer": "^3.4.0",
    ignore: "^7.0.17",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.1",
    typescript: "~5.9.3",
    vega: "^6.4.0",
    "vega-lite": "^6.5.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

export {
  TOOL_VERSION
};
