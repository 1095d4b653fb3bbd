import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");
const MAX_INSTALL_BYTES = 15 * 1024 * 1024;

function treeBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = path.join(dir, e.name);
    return sum + (e.isDirectory() ? treeBytes(full) : e.isFile() ? statSync(full).size : 0);
  }, 0);
}

describe("the npm package (npm pack, then an offline install of the tarball)", () => {
  let dir: string;
  let packed: { files: Array<{ path: string; size: number }>; unpackedSize: number; filename: string };
  // npm would read the user's cache and config; keep the install self-contained and offline.
  const npmEnv = {
    ...process.env,
    npm_config_cache: "",
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-pack-"));
    npmEnv.npm_config_cache = path.join(dir, "cache");
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: ROOT, env: npmEnv, encoding: "utf8" });
    packed = JSON.parse(out)[0];
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("has no runtime dependencies: dist/ bundles them", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  test("ships only the CLI bundle and its chunks, the tokenizer table, the third-party notices, schemas, the catalog, README and LICENSE", () => {
    const files = packed.files.map((f) => f.path).sort();
    const allowed =
      /^(dist\/cli\.js|dist\/THIRD_PARTY_NOTICES|dist\/chunks\/[\w.-]+\.js|dist\/chunks\/o200k_base\.bin|schemas\/[\w.-]+\.json|catalog\/builtin\.json|catalog\/README\.md|README\.md|LICENSE|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const needed of [
      "dist/cli.js",
      "dist/THIRD_PARTY_NOTICES",
      "dist/chunks/o200k_base.bin",
      "schemas/ai-workloads.schema.json",
      "catalog/builtin.json",
      "README.md",
      "LICENSE",
    ])
      expect(files).toContain(needed);
    // Every chunk the CLI imports is in the package.
    const cli = readFileSync(path.join(ROOT, "dist/cli.js"), "utf8");
    for (const [, chunk] of cli.matchAll(/["']\.\/(chunks\/[\w.-]+\.js)["']/g)) expect(files).toContain(`dist/${chunk}`);
  });

  test("installs offline from the tarball under 15 MB, with no warnings, and runs", () => {
    const app = path.join(dir, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
    const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", path.join(dir, packed.filename)], {
      cwd: app,
      env: npmEnv,
      encoding: "utf8",
    });
    expect(install.status, install.stderr).toBe(0);
    // An engine mismatch (EBADENGINE) or a deprecated dependency would print here.
    expect(install.stderr).toBe("");
    expect(readdirSync(path.join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["tokenbudget"]);
    const installed = treeBytes(path.join(app, "node_modules"));
    expect(installed).toBeLessThan(MAX_INSTALL_BYTES);
    // The README's "about N MB installed" stays within a megabyte of the truth.
    const stated = Number(/about (\d+) MB installed/.exec(readFileSync(path.join(ROOT, "README.md"), "utf8"))?.[1]);
    expect(
      Math.abs(installed / 1e6 - stated),
      `README says about ${stated} MB, the install is ${(installed / 1e6).toFixed(1)} MB`,
    ).toBeLessThanOrEqual(1);
    const bin = path.join(app, "node_modules/.bin/tokenbudget");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" })).toMatch(/^tokenbudget \d+\.\d+\.\d+\n$/);
    const estimate = spawnSync(bin, ["estimate", path.join(ROOT, "examples/ai-workloads.yaml"), "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(JSON.parse(estimate.stdout).summary.workloads).toBe(4);
  }, 120_000);
});
