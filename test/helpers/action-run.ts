import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { tempDir } from "./temp.js";

/**
 * Runs the Action the way the GitHub runner does: INPUT_* variables (every input of action.yml,
 * defaults filled in), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * and the API URLs pointing at the fake server. runAction starts the bundled dist/index.js as a
 * node process; runActionInProcess calls the same code from src/ with that environment passed
 * in (no process-wide state is touched), for the many scenarios that do not need a new process.
 */

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const ACTION_ENTRY = path.join(ROOT, "dist/index.js");

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export function actionYml(): ActionYml {
  return parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as ActionYml;
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_IDENTITY } }).trim();
}

/**
 * Runs a few git commands as one shell script: starting a process from the test worker costs far
 * more than starting one from a shell, and a repository takes a dozen commands. `$1`... are `args`.
 */
function gitScript(cwd: string, script: string, ...args: string[]): string[] {
  return execFileSync("sh", ["-euc", script, "sh", ...args], { cwd, encoding: "utf8", env: { ...process.env, ...GIT_IDENTITY } })
    .trim()
    .split("\n");
}

export { tempDir };

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

export interface PullRequestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
}

/**
 * A repository shaped like actions/checkout leaves it for a pull_request event: HEAD is the
 * merge commit GitHub made of the PR's head into its base, so HEAD^1 is the base.
 */
export function pullRequestRepo(base: Record<string, string>, head: Record<string, string>): PullRequestRepo {
  const dir = tempDir("repo");
  writeFiles(dir, base);
  const [baseSha] = gitScript(
    dir,
    "git init -q -b main; git add -A; git commit -q -m base; git rev-parse HEAD; git checkout -q -b feature",
  );
  writeFiles(dir, head);
  const [headSha, mergeSha] = gitScript(
    dir,
    `git add -A; git commit -q --allow-empty -m "the pull request"; head=$(git rev-parse HEAD); echo "$head"
git checkout -q --detach "$1"; git merge -q --no-ff -m "Merge $head into $1" "$head"; git rev-parse HEAD`,
    baseSha!,
  );
  return { dir, baseSha: baseSha!, headSha: headSha!, mergeSha: mergeSha! };
}

export function pullRequestEvent(pr: { number: number; baseSha: string; headSha: string; owner?: string; repo?: string }): unknown {
  const owner = pr.owner ?? "acme";
  const repo = pr.repo ?? "app";
  const repository = {
    id: 1296269,
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: { login: owner, type: "Organization" },
    default_branch: "main",
  };
  return {
    action: "synchronize",
    number: pr.number,
    before: "0".repeat(40),
    after: pr.headSha,
    pull_request: {
      id: 1_000_000 + pr.number,
      number: pr.number,
      state: "open",
      title: "Raise support-assistant volume",
      user: { login: "alice", type: "User" },
      html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      head: {
        label: "alice:feature",
        ref: "feature",
        sha: pr.headSha,
        repo: { ...repository, full_name: `alice/${repo}`, owner: { login: "alice", type: "User" } },
      },
      base: { label: `${owner}:main`, ref: "main", sha: pr.baseSha, repo: repository },
      merge_commit_sha: null,
    },
    repository,
    sender: { login: "alice", type: "User" },
  };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(block)) outputs[m[1]!] = m[3]!;
  return outputs;
}

export interface RunActionOptions {
  workspace: string;
  apiUrl: string;
  token: string;
  /** `with:` values; the rest take action.yml's defaults, as on the runner. */
  with?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
  entry?: string;
}

interface PreparedRun {
  env: Record<string, string>;
  /** What the step left in GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, read after it ends. */
  results: () => Pick<ActionRun, "outputs" | "summary">;
}

function prepareRun(options: RunActionOptions): PreparedRun {
  const files = tempDir("runner");
  const eventPath = path.join(files, "event.json");
  const outputPath = path.join(files, "output");
  const summaryPath = path.join(files, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  mkdirSync(path.join(files, "temp"));

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = options.with?.[name] ?? (spec.default === "${{ github.token }}" ? options.token : (spec.default ?? ""));
    // The runner's naming: upper case, spaces to underscores, dashes kept.
    inputs[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const apiUrl = options.apiUrl.replace(/\/$/, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "acme/app",
    GITHUB_REPOSITORY_OWNER: "acme",
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: path.join(files, "temp"),
    // Test-only: retry back-off in milliseconds instead of seconds.
    TOKENBUDGET_RETRY_BASE_MS: "1",
    ...inputs,
    ...options.env,
  };
  return {
    env,
    results: () => ({ outputs: parseOutputs(readFileSync(outputPath, "utf8")), summary: readFileSync(summaryPath, "utf8") }),
  };
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { env, results } = prepareRun(options);
  const child = spawn(process.execPath, [options.entry ?? ACTION_ENTRY], {
    cwd: options.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr, ...results() };
}

// Imported when first asked: files that only spawn the bundle or read action.yml do not load the Action's source.
const actionModules = () => Promise.all([import("../../src/action/main.js"), import("../../src/action/runner.js")]);

/**
 * Loads what the Action imports only when it first needs it (the chart libraries, the YAML
 * parser, the code scanner): in a test file's beforeAll, that one-time cost is not charged to the
 * timeout of whichever test runs the Action in-process first.
 */
export async function preloadAction(): Promise<void> {
  await Promise.all([actionModules(), import("vega"), import("vega-lite"), import("yaml"), import("../../src/app/scan.js")]);
}

/**
 * The Action's code from src/ in this process, on the same environment runAction gives the
 * bundle; `code` is the exit code dist/index.js would end with. Nothing the Action writes to
 * stderr can be told apart from the test runner's own here, so a test of stderr uses runAction.
 */
export async function runActionInProcess(options: Omit<RunActionOptions, "entry">): Promise<Omit<ActionRun, "stderr">> {
  const [{ run }, { workflowRunner }] = await actionModules();
  const { env, results } = prepareRun(options);
  let stdout = "";
  const runner = workflowRunner(env, (text) => {
    stdout += text;
  });
  await run(runner);
  return { code: runner.failed ? 1 : 0, stdout, ...results() };
}
