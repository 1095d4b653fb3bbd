import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
// @ts-expect-error: a plain ESM build script without type declarations
import { generatedFiles } from "../scripts/gen-validators.mjs";

const ROOT = path.join(import.meta.dirname, "..");

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

test("the committed validators and schema types match their schemas (npm run build regenerates them)", async () => {
  const files = (await generatedFiles()) as Map<string, string>;
  expect([...files.keys()]).toContain("src/core/manifest/generated/manifest-types.ts");
  for (const [file, text] of files) expect(readFileSync(path.join(ROOT, file), "utf8"), `${file} is stale: run npm run build`).toBe(text);
});

test("the committed dist/ matches a fresh build of src/ (npm run build)", () => {
  const out = mkdtempSync(path.join(tmpdir(), "tokenbudget-dist-"));
  try {
    execFileSync("node", ["scripts/build.mjs", "--outdir", out], { cwd: ROOT });
    const fresh = listFiles(out).sort();
    expect(listFiles(path.join(ROOT, "dist")).sort(), "dist/ has other files than a fresh build").toEqual(fresh);
    for (const file of fresh) {
      expect(
        readFileSync(path.join(ROOT, "dist", file), "utf8") === readFileSync(path.join(out, file), "utf8"),
        `dist/${file} is stale: run npm run build`,
      ).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("the bundled CLI runs the example from a folder with no node_modules", () => {
  const copy = mkdtempSync(path.join(tmpdir(), "tokenbudget-bundle-"));
  try {
    cpSync(path.join(ROOT, "dist"), copy, { recursive: true });
    const stdout = execFileSync("node", [path.join(copy, "cli.js"), "estimate", "examples/ai-workloads.yaml", "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const report = JSON.parse(stdout);
    expect(report.workloads[0]).toMatchObject({ name: "support-assistant", perRequestCost: 0.006, monthlyCost: 12000 });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

/** The files `node dist/cli.js` loads before any import(): the entry and its static imports. */
function startupFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    for (const [, spec] of text.matchAll(/^import\s*(?:[^"';]*?from\s*)?"(\.[^"]+)"/gm)) visit(path.resolve(path.dirname(file), spec!));
  };
  visit(path.join(ROOT, "dist/cli.js"));
  return files;
}

test("the CLI starts by loading a few files, without the code only some runs need", () => {
  const files = startupFiles();
  // esbuild names each bundled package file in a comment: none of these may load at start-up
  // (the generated validators' 1 KB ajv/dist/runtime helper may).
  const text = [...files.values()].join("\n");
  const lazy = ["yaml/", "ajv/dist/compile/", "@octokit/", "vega/", "vega-lite/", "fast-glob/", "picomatch/", "ignore/"];
  expect(lazy.filter((name) => text.includes(`// node_modules/${name}`))).toEqual([]);
  for (const module of [
    "src/cli/calibrate.ts",
    "src/cli/catalog.ts",
    "src/cli/comment.ts",
    "src/core/plan/bpe.ts",
    "src/core/render/markdown.ts",
    "src/core/review/report-json.ts",
  ]) {
    expect(text.includes(`// ${module}\n`), `${module} is in the start-up bundle`).toBe(false);
  }
  // Each file Node 20's ESM loader resolves and links costs about a millisecond (the lazily
  // loaded CLI modules import main.js to keep the start-up code in one chunk: src/cli/commands.ts).
  expect([...files.keys()].map((f) => path.relative(ROOT, f)).length).toBeLessThanOrEqual(4);
});
