// What a fresh clone promises before anything runs: every locked package installs on the Node
// versions package.json promises (no EBADENGINE from `npm ci`), the CLI entry is committed
// executable (`npm link`, `bin`), the bundled packages' licenses ship next to the bundles, and every
// snippet to paste names the same home.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";

const ROOT = path.join(import.meta.dirname, "..");
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });

describe("Node versions", () => {
  const promised: string = json("package.json").engines.node;
  const lock = json("package-lock.json") as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

  test("package.json promises Node 20, and the lockfile's root says the same", () => {
    expect(semver.minVersion(promised)?.major).toBe(20);
    expect(lock.packages[""]?.engines).toEqual({ node: promised });
  });

  test("every package in package-lock.json accepts every Node version package.json promises", () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== "")
      .flatMap(([name, pkg]) => {
        const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
        return range && !semver.subset(promised, range) ? [`${name}@${pkg.version}: node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });

  test("the project's CI runs .ci/run on the lowest promised Node, on each promised major, and on the Action's runtime", () => {
    const workflow = parseYaml(readFileSync(path.join(ROOT, ".github/workflows/ci.yml"), "utf8")) as {
      jobs: { test: { strategy: { matrix: { node: string[] } }; steps: Array<{ run?: string }> } };
    };
    const versions = workflow.jobs.test.strategy.matrix.node;
    const lowest = semver.minVersion(promised)?.version;
    expect(versions).toContain(lowest);
    for (const v of versions) expect(semver.intersects(v, promised), v).toBe(true);
    const action = /^\s+using: node(\d+)$/m.exec(readFileSync(path.join(ROOT, "action.yml"), "utf8"))?.[1];
    expect(versions).toContain(action);
    expect(versions.map((v) => semver.coerce(v)?.major)).toEqual([20, 22, 24]);
    expect(workflow.jobs.test.steps.map((s) => s.run).filter(Boolean)).toEqual([".ci/run"]);
  });

  test("this run is on a promised version", () => {
    expect(semver.satisfies(process.version, promised), process.version).toBe(true);
  });
});

describe("dist/", () => {
  test("dist/cli.js is committed executable (mode 100755) and is executable here", () => {
    expect(git("ls-files", "--stage", "dist/cli.js")).toMatch(/^100755 /);
    expect(statSync(path.join(ROOT, "dist/cli.js")).mode & 0o111).toBe(0o111);
    expect(execFileSync(path.join(ROOT, "dist/cli.js"), ["--version"], { encoding: "utf8" })).toMatch(/^tokenbudget \d+\.\d+\.\d+\n$/);
  });

  test("THIRD_PARTY_NOTICES is committed beside the bundles and names every bundled package with its license text", () => {
    expect(git("ls-files", "dist/THIRD_PARTY_NOTICES").trim()).toBe("dist/THIRD_PARTY_NOTICES");
    const notices = readFileSync(path.join(ROOT, "dist/THIRD_PARTY_NOTICES"), "utf8");
    const entries = [...notices.matchAll(/^={72}\n(\S+) (\S+) \((.+)\)\n={72}\n\n([\s\S]*?)(?=\n={72}\n|(?![\s\S]))/gm)].map((m) => ({
      name: m[1]!,
      version: m[2]!,
      license: m[3]!,
      text: m[4]!,
    }));
    const names = entries.map((e) => e.name);
    // The bundles' own dependencies, from the Action (octokit) to the HTML report's charts (vega).
    for (const name of ["@octokit/rest", "ajv", "yaml", "vega", "vega-lite", "gpt-tokenizer", "picomatch"]) expect(names).toContain(name);
    // Nothing that only builds or tests (esbuild, vitest, typescript) is listed.
    for (const name of ["esbuild", "vitest", "typescript", "playwright-core"]) expect(names).not.toContain(name);
    const vega = entries.find((e) => e.name === "vega")!;
    expect(vega.license).toBe("BSD-3-Clause");
    expect(vega.text).toContain("Redistribution and use in source and binary forms");
    // Each entry's version is the installed one, and carries the license's words, not just its id.
    for (const entry of entries) {
      expect(entry.text.length, entry.name).toBeGreaterThan(40);
      expect(semver.valid(entry.version), entry.name).not.toBeNull();
    }
    expect(entries.find((e) => e.name === "vega-lite")!.version).toBe(json("node_modules/vega-lite/package.json").version);
  });
});

describe("one canonical home: github.com/tokenbudget/tokenbudget", () => {
  const HOME = "tokenbudget/tokenbudget";
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  test("no placeholder owner is left where a committed file names tokenbudget's repository", () => {
    // `<owner>__<repo>` naming other people's repositories (test fixtures) is a pattern, not a home.
    const placeholder = ["<", "owner>/tokenbudget"].join("");
    // git grep exits 1 when nothing matches.
    const grep = spawnSync("git", ["grep", "-l", "-F", placeholder], { cwd: ROOT, encoding: "utf8" });
    expect(grep.stdout).toBe("");
    expect(grep.status).toBe(1);
  });

  test("the Action reference, npm install, pre-commit repo, package.json, schema $id and SARIF's tool URI agree", async () => {
    const uses = [...readme.matchAll(/uses: ([\w.-]+\/tokenbudget)@/g)].map((m) => m[1]);
    const installs = [...readme.matchAll(/github:([\w.-]+\/tokenbudget)#/g)].map((m) => m[1]);
    const repos = [...readme.matchAll(/repo: https:\/\/github\.com\/([\w.-]+\/tokenbudget)\b/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(installs.length).toBeGreaterThan(0);
    expect(repos.length).toBeGreaterThan(0);
    expect(new Set([...uses, ...installs, ...repos])).toEqual(new Set([HOME]));

    const pkg = json("package.json");
    expect(pkg.repository).toEqual({ type: "git", url: `git+https://github.com/${HOME}.git` });
    for (const schema of ["ai-workloads.schema.json", "report.schema.json"])
      expect(json(`schemas/${schema}`).$id).toBe(`https://github.com/${HOME}/schemas/${schema}`);

    const sarif = await cli(path.join(ROOT, "examples"), "estimate", "ai-workloads.yaml", "--format", "sarif");
    expect(JSON.parse(sarif.stdout).runs[0].tool.driver.informationUri).toBe(`https://github.com/${HOME}`);
  });
});
