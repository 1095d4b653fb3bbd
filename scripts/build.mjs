// Builds the committed bundles: dist/cli.js (the CLI) and dist/index.js (the GitHub Action).
// ESM, dependencies inlined, so both run on a fresh clone with no install. The only other
// files are chunks loaded on demand (the tokenizer's megabytes of tables): start-up stays fast.
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";

// --outdir lets the freshness test build elsewhere and compare with the committed dist/.
const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" } } });

const entryPoints = { cli: "src/cli/index.ts" };
if (existsSync("src/action/index.ts")) entryPoints.index = "src/action/index.ts";

rmSync(values.outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: values.outdir,
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
