import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TempRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = (id: string) => hooks.find((h) => h.id === id)!;

/** pre-commit's clone of this repository, as `language: script` sees it: the committed files, nothing installed. */
let hookRepo: string;
beforeAll(() => {
  hookRepo = mkdtempSync(path.join(tmpdir(), "tokenbudget-hook-repo-"));
  cpSync(path.join(ROOT, "dist"), path.join(hookRepo, "dist"), { recursive: true });
  cpSync(path.join(ROOT, ".pre-commit-hooks.yaml"), path.join(hookRepo, ".pre-commit-hooks.yaml"));
});
afterAll(() => rmSync(hookRepo, { recursive: true, force: true }));

/**
 * Runs a hook as pre-commit does: the staged files whose path matches `files` (a Python
 * re.search, which a JS RegExp matches the same way for this pattern), appended to `entry`
 * split on spaces, whose first word is a file of the hook's repository executed as it is
 * (`language: script`), with no node_modules anywhere near it.
 */
function runHook(id: string, repo: TempRepo): { code: number | null; stdout: string; stderr: string; files: string[] } {
  const h = hook(id);
  const staged = execFileSync("git", ["diff", "--cached", "--name-only", "-z"], { cwd: repo.dir, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  const files = staged.filter((f) => new RegExp(h.files).test(f));
  const [script, ...args] = h.entry.split(" ");
  const run = spawnSync(path.join(hookRepo, script!), [...args, ...files], {
    cwd: repo.dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, files };
}

const workload = (name: string, perDay: number, budget = 1000) => `  - name: ${name}
    model: openai/gpt-oss-20b
    tokens: { input: 1000, output: 200 }
    requests: { per_day: ${perDay} }
    budget: { monthly: ${budget} }
`;

describe(".pre-commit-hooks.yaml", () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  it("declares tokenbudget-validate and tokenbudget-check as script hooks on ai-workloads manifests: nothing to install", () => {
    // language: node would run `npm install` on this repository (the dev toolchain, ~270 MB, online);
    // language: script runs the committed bundle as it is.
    expect(hooks.map((h) => [h.id, h.entry, h.language, h.files])).toEqual([
      ["tokenbudget-validate", "dist/cli.js validate", "script", "ai-workloads\\.ya?ml$"],
      ["tokenbudget-check", "dist/cli.js check", "script", "ai-workloads\\.ya?ml$"],
    ]);
    expect(readFileSync(path.join(ROOT, "dist/cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(execFileSync("git", ["ls-files", "--stage", "dist/cli.js"], { cwd: ROOT, encoding: "utf8" })).toMatch(/^100755 /);
    expect(existsSync(path.join(hookRepo, "node_modules"))).toBe(false);
  });

  it("tokenbudget-validate gets the changed manifests' names and fails on an invalid one, offline", () => {
    repo = new TempRepo();
    repo.write("README.md", "# app\n");
    repo.write("svc/api/ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", 100)}`);
    repo.write("docs/ai-workloads.yaml.md", "not a manifest\n");
    repo.write("jobs/ai-workloads.yml", `version: 1\nworkloads:\n${workload("summaries", 100).replace("per_day: 100", "per_day: lots")}`);
    repo.git("add", "-A");

    const bad = runHook("tokenbudget-validate", repo);
    expect(bad.files).toEqual(["jobs/ai-workloads.yml", "svc/api/ai-workloads.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^jobs\/ai-workloads\.yml:6:26: error: workloads\[0\]\.requests\.per_day must be a number or a range \{ low, expected, high \}, got "lots"/m,
    );

    repo.write("jobs/ai-workloads.yml", `version: 1\nworkloads:\n${workload("summaries", 100)}`);
    repo.git("add", "-A");
    const good = runHook("tokenbudget-validate", repo);
    expect(good).toMatchObject({ code: 0, stdout: "2 file(s), 2 workload(s): valid\n", stderr: "" });

    // Only staged manifests are passed: a commit touching neither runs on nothing (pre-commit then skips the hook).
    repo.commit("manifests");
    repo.write("README.md", "# app, edited\n");
    repo.git("add", "-A");
    expect(runHook("tokenbudget-validate", repo).files).toEqual([]);
  });

  it("tokenbudget-check fails the commit when a changed manifest breaks its budget", () => {
    repo = new TempRepo();
    // openai/gpt-oss-20b: 1,000 in + 200 out tokens; 100,000 a day is far over $10 a month.
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", 100_000, 10)}`);
    repo.git("add", "-A");
    const over = runHook("tokenbudget-check", repo);
    expect(over.files).toEqual(["ai-workloads.yaml"]);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("chat");
    expect(over.stdout).toMatch(/exceeds budget \$10\.00\/mo/);

    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", 10, 1000)}`);
    repo.git("add", "-A");
    expect(runHook("tokenbudget-check", repo).code).toBe(0);
  });
});
