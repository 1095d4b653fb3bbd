import { readFile } from "node:fs/promises";
import path from "node:path";
import { createOctokit } from "../adapters/github.js";
import { DEFAULT_TIMEOUT_MS } from "../adapters/http.js";
import { githubPublisher } from "../adapters/publish/github.js";
import { gitlabPublisher } from "../adapters/publish/gitlab.js";
import { PublishError, publishSticky, type Publisher } from "../adapters/publish/publisher.js";
import { renderBelowThreshold, renderComment } from "../core/render/markdown.js";
import { parseReportJson } from "../core/review/report-json.js";
import { commentDecision, parseThreshold } from "../core/review/threshold.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import { didYouMean } from "../core/suggest.js";
import type { Values } from "./command.js";
import type { COMMENT_OPTIONS } from "./commands.js";

function required(env: Io["env"], name: string, hint = ""): string {
  const value = env[name];
  if (!value) throw new UsageError(`${name} is not set${hint}`);
  return value;
}

async function pullRequestFromEvent(env: Io["env"]): Promise<number | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let payload: { pull_request?: { number?: unknown }; number?: unknown };
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as typeof payload;
  } catch {
    throw new UsageError(`cannot read the event payload GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}); give the pull request with --pr N`);
  }
  const n = payload.pull_request?.number;
  return typeof n === "number" ? n : undefined;
}

async function publisherFor(platform: "github" | "gitlab", pr: number | undefined, io: Io, timeoutMs: number): Promise<Publisher> {
  const log = (message: string) => io.stderr.write(`tokenbudget: ${message}\n`);
  // Test-only: the tests shorten retry back-off; unset in real runs.
  const retryBase = io.env.TOKENBUDGET_RETRY_BASE_MS ? Number(io.env.TOKENBUDGET_RETRY_BASE_MS) : undefined;
  if (platform === "github") {
    const token = required(io.env, "GITHUB_TOKEN", " (pass the workflow's token: env: GITHUB_TOKEN: ${{ github.token }})");
    const [owner, repo] = required(io.env, "GITHUB_REPOSITORY").split("/");
    if (!owner || !repo) throw new UsageError("GITHUB_REPOSITORY must be owner/name");
    const issueNumber = pr ?? (await pullRequestFromEvent(io.env));
    if (issueNumber === undefined) throw new UsageError("no pull request: give --pr N (the event payload has no pull_request)");
    const octokit = createOctokit({
      token,
      apiUrl: io.env.GITHUB_API_URL || "https://api.github.com",
      log,
      timeoutMs,
      ...(retryBase === undefined ? {} : { retryAfterBaseValue: retryBase }),
    });
    return githubPublisher(octokit, { owner, repo, issueNumber }, log);
  }
  const token = required(
    io.env,
    "GITLAB_TOKEN",
    ": CI_JOB_TOKEN cannot write merge request notes, so give a project or personal access token with the api scope in a masked CI/CD variable GITLAB_TOKEN",
  );
  const iid = pr ?? positiveInt("pr", required(io.env, "CI_MERGE_REQUEST_IID", " (run in a merge request pipeline, or give --pr N)"), 0);
  return gitlabPublisher(
    {
      apiUrl: required(io.env, "CI_API_V4_URL"),
      projectId: required(io.env, "CI_PROJECT_ID"),
      mergeRequestIid: iid,
      token,
      ...(io.env.CI_PROJECT_URL ? { projectUrl: io.env.CI_PROJECT_URL } : {}),
    },
    { log, timeoutMs, ...(retryBase === undefined ? {} : { retryBaseMs: retryBase }) },
  );
}

export async function comment(values: Values<typeof COMMENT_OPTIONS>, positionals: string[], io: Io): Promise<number> {
  const [platformName, reportFile, ...rest] = positionals;
  if (platformName === undefined || reportFile === undefined || rest.length > 0)
    throw new UsageError("usage: tokenbudget comment github|gitlab REPORT.json [--mode update|new|hide-and-new|off] [--pr N]");
  if (platformName !== "github" && platformName !== "gitlab")
    throw new UsageError(`comment posts to github or gitlab, got "${platformName}"${didYouMean(platformName, ["github", "gitlab"])}`);
  const platform = platformName;
  const mode = values.mode;
  const pr = values.pr === undefined ? undefined : positiveInt("pr", values.pr, 0);
  const timeoutMs = positiveInt("timeout", values.timeout, DEFAULT_TIMEOUT_MS / 1000) * 1000;
  const threshold = values["comment-threshold"] === undefined ? undefined : parseThreshold(values["comment-threshold"]);
  if (threshold === null)
    throw new UsageError(`--comment-threshold must be an amount in USD (100) or a percentage (5%), got "${values["comment-threshold"]}"`);
  const workingDirectory = values["working-directory"];

  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, reportFile), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${reportFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseReportJson(text);
  if ("error" in parsed) throw new UsageError(`${reportFile} ${parsed.error}`);
  const { report } = parsed;
  if (mode === "off") {
    io.stdout.write("comment: off\n");
    return 0;
  }

  const publisher = await publisherFor(platform, pr, io, timeoutMs);
  const decision = commentDecision(report, threshold);
  io.stderr.write(`tokenbudget: comment: ${decision.reason}\n`);
  const comment = { workingDirectory };
  const result = await publishSticky(publisher, {
    marker: workingDirectory,
    mode,
    render: (maxChars) => renderComment(report, { ...comment, maxChars }),
    worthAComment: decision.worth,
    ...(threshold ? { renderQuiet: () => renderBelowThreshold(report, decision.reason, comment) } : {}),
    log: (message) => io.stderr.write(`tokenbudget: ${message}\n`),
  });
  if (result.action === "forbidden") throw new PublishError(result.warning ?? "the token may not write the comment");
  if (result.warning) io.stderr.write(`tokenbudget: warning: ${result.warning}\n`);
  io.stdout.write(`comment ${result.action}${result.url ? ` ${result.url}` : ""}\n`);
  return 0;
}
