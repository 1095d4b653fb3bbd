import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import os from "node:os";
import path from "node:path";
import { neutralizeCommands } from "../core/render/workflow-commands.js";
import { toPosix } from "../adapters/fs.js";
import { createOctokit, type GitHubClient } from "../adapters/github.js";
import { githubPublisher } from "../adapters/publish/github.js";
import { publishSticky } from "../adapters/publish/publisher.js";
import { reportHtml } from "../app/html.js";
import { run as runTokenbudget, type BaseSource, type RunResult } from "../app/run.js";
import { Decimal } from "../core/money.js";
import { sanitizePlain } from "../core/render/escape.js";
import { reportJsonChunks } from "../core/render/json.js";
import { renderBelowThreshold, renderComment } from "../core/render/markdown.js";
import { commentDecision } from "../core/review/threshold.js";
import type { Finding } from "../core/manifest/types.js";
import { TOOL_VERSION } from "../version.js";
import { mergeCommitBase, resolveBase } from "./base.js";
import { InputError, readInputs, type ActionInputs } from "./inputs.js";
import type { Runner } from "./runner.js";

/** GitHub shows at most this many annotations of each kind per step; the rest are in the summary. */
const MAX_ANNOTATIONS = 10;

interface PullRequest {
  number: number;
  baseSha: string;
  headSha?: string;
}

/** The pull request this run is for, from the event payload; null outside pull requests. */
async function pullRequestOf(eventPath: string | undefined): Promise<PullRequest | null> {
  if (!eventPath) return null;
  const payload = JSON.parse(await readFile(eventPath, "utf8")) as {
    pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
  };
  const pr = payload.pull_request;
  if (!pr) return null;
  const baseSha = pr.base?.sha;
  if (typeof pr.number !== "number" || typeof baseSha !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseSha)) {
    throw new Error(`the event payload at ${eventPath} has no usable pull_request.number and pull_request.base.sha`);
  }
  const headSha = pr.head?.sha;
  return { number: pr.number, baseSha, ...(typeof headSha === "string" ? { headSha } : {}) };
}

function repository(env: Runner["env"]): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set to owner/name");
  return { owner, repo };
}

/** Outputs are plain numbers a workflow can compare with fromJSON(); same rounding as the JSON report. */
function amount(value: Decimal | undefined): string {
  return value === undefined ? "" : value.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed();
}

function annotate(runner: Runner, findings: readonly Finding[], severity: "error" | "warning", cwd: string, workspace: string): void {
  const selected = findings.filter((f) => f.severity === severity);
  for (const f of selected.slice(0, MAX_ANNOTATIONS)) {
    // Annotation paths are relative to the repository root; findings are relative to the working directory.
    const file = toPosix(path.relative(workspace, path.resolve(cwd, f.file)));
    const inside = !file.startsWith("../") && !path.isAbsolute(file);
    // A finding without a position annotates its whole file: `::error file=X::`, no line.
    const position = f.line === undefined ? {} : { startLine: f.line, startColumn: f.col };
    const properties = { title: `tokenbudget ${f.rule}`, ...(inside ? { file, ...position } : {}) };
    const message = sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`);
    if (severity === "error") runner.error(message, properties);
    else runner.warning(message, properties);
  }
  if (selected.length > MAX_ANNOTATIONS)
    runner.info(`${selected.length - MAX_ANNOTATIONS} more ${severity}s are listed in the job summary`);
}

function statusFails(result: RunResult, failOn: ActionInputs["failOn"]): string | null {
  const s = result.report.summary;
  if (result.inputErrors) return `tokenbudget: ${s.errors} error(s) in the manifests or inputs; see the annotations and the job summary`;
  if (failOn === "never") return null;
  if (s.status === "fail" || (failOn === "warning" && s.status === "warn")) {
    return `tokenbudget: status ${s.status} (${s.errors} error(s), ${s.warnings} warning(s)) meets fail-on: ${failOn}`;
  }
  return null;
}

/**
 * The JSON and HTML reports, for a workflow to upload: each is optional, so a failure to write
 * one is a warning (its output empty) and never costs the summary, the outputs or the verdict.
 */
async function writeArtifacts(report: RunResult["report"], runner: Runner): Promise<void> {
  const folder = await mkdtemp(path.join(runner.env.RUNNER_TEMP ?? os.tmpdir(), "tokenbudget-"));
  const artifacts: Array<[output: string, file: string, write: (file: string) => Promise<void>]> = [
    // In pieces: a monorepo's report does not fit in one string.
    ["report", "report.json", (file) => writeFile(file, Readable.from(reportJsonChunks(report)))],
    ["report-html", "report.html", async (file) => writeFile(file, await reportHtml(report))],
  ];
  for (const [output, name, write] of artifacts) {
    const file = path.join(folder, name);
    try {
      await write(file);
      runner.setOutput(output, file);
    } catch (error) {
      runner.setOutput(output, "");
      runner.warning(
        `tokenbudget: could not write the ${name} artifact (${sanitizePlain(error instanceof Error ? error.message : String(error))}); the summary and outputs are written`,
      );
    }
  }
}

/** What every step of a run shares: the inputs, where the repository is, and the log. */
interface ActionContext {
  runner: Runner;
  inputs: ActionInputs;
  workspace: string;
  repo: { owner: string; repo: string };
  log: (message: string) => void;
  /** The API client, built on first use: a run that neither comments nor reads the base through the API makes no request. */
  github: () => GitHubClient;
}

function lazyGitHubClient(token: string, env: Runner["env"], log: (message: string) => void): () => GitHubClient {
  let octokit: GitHubClient | undefined;
  return () =>
    (octokit ??= createOctokit({
      token,
      tokenName: "the token input",
      apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
      log,
      // Test-only: the end-to-end tests shorten retry back-off and the request timeout; unset in real runs.
      ...(env.TOKENBUDGET_RETRY_BASE_MS ? { retryAfterBaseValue: Number(env.TOKENBUDGET_RETRY_BASE_MS) } : {}),
      ...(env.TOKENBUDGET_HTTP_TIMEOUT_MS ? { timeoutMs: Number(env.TOKENBUDGET_HTTP_TIMEOUT_MS) } : {}),
    }));
}

/** The revision to diff against: the base-ref input, else the merge commit's first parent, else the event's base sha. */
async function baseOf(context: ActionContext, pr: PullRequest | null): Promise<BaseSource | undefined> {
  const { inputs, log } = context;
  const merged = pr?.headSha && !inputs.baseRef ? await mergeCommitBase(inputs.cwd, pr.headSha) : null;
  const ref = inputs.baseRef || merged || pr?.baseSha;
  if (!ref) {
    log("not a pull request and no base-ref: estimating without a diff");
    return undefined;
  }
  // The merge commit's parent is in the clone: git listed it.
  const inClone = ref === merged;
  return resolveBase({ cwd: inputs.cwd, workspace: context.workspace, ref, inClone, repo: context.repo, octokit: context.github, log });
}

function analyse(inputs: ActionInputs, base: BaseSource | undefined): Promise<RunResult> {
  return runTokenbudget({
    cwd: inputs.cwd,
    paths: inputs.paths,
    ...(base ? { base } : {}),
    trust: inputs.trust,
    catalogFiles: inputs.catalogFiles,
    today: new Date().toISOString().slice(0, 10),
    toolVersion: TOOL_VERSION,
  });
}

function noManifestsFailure(result: RunResult, inputs: ActionInputs): string | null {
  const { report } = result;
  if (result.files.length > 0 || report.workloads.length > 0 || report.findings.length > 0) return null;
  return `tokenbudget: no manifests found in ${inputs.workingDirectory} (path: ${inputs.paths.join(", ") || "**/ai-workloads.{yaml,yml}"})`;
}

/** The job summary, the annotations and the cost outputs: what a run always leaves, whatever fails after. */
async function summarise(report: RunResult["report"], context: ActionContext): Promise<void> {
  const { runner, inputs, workspace } = context;
  const summary = renderComment(report, { workingDirectory: inputs.workingDirectory });
  // The summary is Markdown with HTML allowed; the Markdown renderer has escaped every manifest string already.
  await runner.appendSummary(summary);
  annotate(runner, report.findings, "error", inputs.cwd, workspace);
  annotate(runner, report.findings, "warning", inputs.cwd, workspace);
  const s = report.summary;
  runner.setOutput("monthly-cost", amount(s.monthlyCost));
  runner.setOutput("base-monthly-cost", amount(s.baseMonthlyCost));
  runner.setOutput("diff-monthly-cost", amount(s.diffMonthlyCost));
  runner.setOutput("status", s.status);
  runner.setOutput("complete", String(s.complete));
}

/** The sticky pull request comment: its URL ("" when none was written), or why writing it failed, which fails the step. */
async function comment(report: RunResult["report"], pr: PullRequest, context: ActionContext): Promise<{ url: string; failure?: string }> {
  const { inputs, log } = context;
  const decision = commentDecision(report, inputs.commentThreshold);
  log(`comment: ${decision.reason}`);
  const options = { workingDirectory: inputs.workingDirectory };
  try {
    const published = await publishSticky(githubPublisher(context.github(), { ...context.repo, issueNumber: pr.number }, log), {
      marker: inputs.workingDirectory,
      mode: inputs.comment,
      render: (maxChars) => renderComment(report, { ...options, maxChars }),
      worthAComment: decision.worth,
      ...(inputs.commentThreshold ? { renderQuiet: () => renderBelowThreshold(report, decision.reason, options) } : {}),
      log,
    });
    log(`pull request comment: ${published.action}${published.url ? ` ${published.url}` : ""}`);
    if (published.warning) context.runner.warning(published.warning);
    return { url: published.url ?? "" };
  } catch (error) {
    return { url: "", failure: `tokenbudget: ${(error as Error).message}` };
  }
}

/** Inputs and the event in, the shared engine, then report, summary, annotations, comment, outputs and the verdict. */
async function runAction(runner: Runner): Promise<void> {
  const { env } = runner;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const inputs = readInputs(runner, workspace);
  const pr = await pullRequestOf(env.GITHUB_EVENT_PATH);
  // Log lines can carry names from the API or the repository: never let them read as workflow commands.
  const log = (message: string) => {
    runner.info(neutralizeCommands(message));
  };
  const github = lazyGitHubClient(inputs.token, env, log);
  const context: ActionContext = { runner, inputs, workspace, repo: repository(env), log, github };

  const result = await analyse(inputs, await baseOf(context, pr));
  // The summary, annotations and outputs come first: no artifact written after them can lose them.
  await summarise(result.report, context);
  await writeArtifacts(result.report, runner);
  const commented = pr && inputs.comment !== "off" ? await comment(result.report, pr, context) : { url: "" };
  runner.setOutput("comment-url", commented.url);

  const failures = [noManifestsFailure(result, inputs), commented.failure, statusFails(result, inputs.failOn)].filter(
    (f) => typeof f === "string",
  );
  if (failures.length > 0) runner.setFailed(failures.join("\n"));
}

/**
 * The Action, on the runner's environment and log (src/action/runner.ts). Every failure ends as
 * one setFailed with a message, never an unhandled rejection.
 */
export async function run(runner: Runner): Promise<void> {
  try {
    await runAction(runner);
  } catch (error) {
    if (!(error instanceof InputError)) runner.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    runner.setFailed(`tokenbudget: ${error instanceof Error ? error.message : String(error)}`);
  }
}
