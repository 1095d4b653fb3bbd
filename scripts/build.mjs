// Builds the committed bundles: dist/cli.js (the CLI) and dist/index.js (the GitHub Action).
// Each is an ESM entry with its dependencies inlined, so it runs on a fresh clone with no
// install; code that only some runs need (other commands, formats, yaml, the tokenizer) is in
// chunks under dist/chunks/, imported when needed, so every run compiles little more than it
// uses. The tokenizer's rank table is a binary file there, read only when a manifest uses
// `tokens.input_from`. dist/THIRD_PARTY_NOTICES carries the licenses of the bundled packages
// (esbuild strips their comments), and dist/cli.js is executable for `npm link` and `bin`.
import { build } from "esbuild";
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { thirdPartyNotices } from "./notices.mjs";

// --outdir lets the freshness test build elsewhere and compare with the committed dist/.
const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" } } });

// Some dependencies are CommonJS and call require(); give the ESM bundle one.
const requireShim = 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);';
const bundles = [{ entry: "src/cli/index.ts", name: "cli", startup: "src/cli/main.ts" }];
if (existsSync("src/action/index.ts")) bundles.push({ entry: "src/action/index.ts", name: "index" });

/**
 * esbuild puts a module in the chunk of the exact set of entry points that reach it, and every
 * `import()` is an entry point. The CLI's commands other than estimate, check, diff and validate
 * are imported when they run (src/cli/commands.ts), and each shares a different part of the
 * start-up code, which would split it into a dozen chunks that Node 20 resolves and links one by
 * one (~1 ms each) on every run. So in the bundle, not in the source, each module the CLI imports
 * lazily also imports the start-up module: reached from every entry, the start-up code is one chunk.
 */
function oneStartupChunk(startup) {
  const cliDir = path.resolve("src/cli");
  const lazy = new Set();
  return {
    name: "one-startup-chunk",
    setup(b) {
      b.onResolve({ filter: /^\.\/[^/]+\.js$/ }, (args) => {
        if (args.kind === "dynamic-import" && path.dirname(args.importer) === cliDir)
          lazy.add(path.join(cliDir, args.path.replace(/\.js$/, ".ts")));
        return undefined;
      });
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!lazy.has(args.path)) return undefined;
        return {
          contents: `${await readFile(args.path, "utf8")}\nimport ${JSON.stringify(path.resolve(startup))};\n`,
          loader: "ts",
          resolveDir: cliDir,
        };
      });
    },
  };
}

/**
 * The built-in price catalog (~0.5 MB) as `JSON.parse("...")`: V8 scans a string literal and
 * parses JSON several times faster than it compiles the same data as an object literal, and
 * every estimate loads it at start-up.
 */
const catalogAsJsonParse = {
  name: "catalog-json-parse",
  setup(build) {
    build.onLoad({ filter: /[\\/]catalog[\\/]builtin\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))))});`,
      loader: "js",
    }));
  },
};

/**
 * The project's package.json as its version alone: src/version.ts reads nothing else, and a
 * change to a script or a dev dependency must not change the bundles.
 */
const packageVersionOnly = {
  name: "package-version-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) =>
      args.path === path.resolve("package.json")
        ? { contents: JSON.stringify({ version: JSON.parse(readFileSync(args.path, "utf8")).version }), loader: "json" }
        : undefined,
    );
  },
};

rmSync(values.outdir, { recursive: true, force: true });
const bundledInputs = [];
// One build per entry: a shared chunk between the CLI and the Action would make neither one file.
for (const bundle of bundles) {
  const { metafile } = await build({
    entryPoints: { [bundle.name]: bundle.entry },
    outdir: values.outdir,
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    target: "node20",
    format: "esm",
    legalComments: "none",
    banner: { js: requireShim },
    logLevel: "warning",
    metafile: true,
    plugins: [catalogAsJsonParse, packageVersionOnly, ...(bundle.startup ? [oneStartupChunk(bundle.startup)] : [])],
  });
  bundledInputs.push(...Object.keys(metafile.inputs));
}
// The rank table is not an esbuild input: it comes from gpt-tokenizer's data (scripts/gen-tokenizer.mjs).
writeFileSync(
  path.join(values.outdir, "THIRD_PARTY_NOTICES"),
  thirdPartyNotices([...bundledInputs, "node_modules/gpt-tokenizer/package.json"]),
);

// The o200k_base rank table, read from beside the chunk of src/adapters/o200k.ts.
copyFileSync("src/adapters/o200k_base.bin", path.join(values.outdir, "chunks/o200k_base.bin"));

// The shebang goes on the CLI entry alone (for `npm link` / `bin`), so the two builds' identical
// chunks get identical names and are stored once.
const cli = path.join(values.outdir, "cli.js");
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, "utf8")}`);
chmodSync(cli, 0o755);
