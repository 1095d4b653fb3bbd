import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ACTION_ENTRY,
  actionYml,
  git,
  pullRequestEvent,
  preloadAction,
  pullRequestRepo,
  runAction,
  runActionInProcess,
  tempDir,
  writeFiles,
  type PullRequestRepo,
  type RunActionOptions,
} from "./helpers/action-run.js";
import { BOT, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeUser } from "./helpers/fake-github.js";

/** One workload at $0.006 a request (3,000 in x $0.90/1M + 1,000 out x $3.30/1M), budget $15,000. */
function manifest(requestsPerMonth: number): string {
  return `version: 1
defaults: { provider: together, mode: serverless }
prices:
  - model: arcee-ai/maestro-reasoning
    input: 0.90
    output: 3.30
workloads:
  - name: support-assistant
    model: arcee-ai/maestro-reasoning
    tokens: { input: 3000, output: 1000 }
    requests: { per_month: ${requestsPerMonth} }
    budget: { monthly: 15000 }
`;
}

const PR = 7;
const COMMENTS = `/repos/acme/app/issues/${PR}/comments`;
const MARK = "<!-- tokenbudget:. -->";
const ALICE: FakeUser = { login: "alice", type: "User" };

let gh: FakeGitHub | undefined;
const cleanup: string[] = [];
afterEach(async () => {
  await gh?.close();
  gh = undefined;
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY)) throw new Error("dist/index.js is missing: run npm run build");
  await preloadAction();
});

const pullRequest = (head: number) =>
  pullRequestRepo({ "ai-workloads.yaml": manifest(1_000_000), "README.md": "# app\n" }, { "ai-workloads.yaml": manifest(head) });

/** One repository per head value, made when first asked, for the tests that only read it (the Action writes its reports elsewhere). */
const shared = new Map<number, PullRequestRepo>();
afterAll(() => {
  for (const repo of shared.values()) rmSync(repo.dir, { recursive: true, force: true });
});

/**
 * A pull request raising support-assistant from 1.0M to 1.5M requests a month: $6,000 -> $9,000.
 * `act` runs the Action in this process; a test that edits the repository asks for its own (`writes`).
 */
async function setup(head = 1_500_000, fake: FakeGitHubOptions = {}, { writes = false } = {}) {
  gh = await startFakeGitHub(fake);
  let repo = shared.get(head);
  if (writes || !repo) {
    repo = pullRequest(head);
    if (writes) cleanup.push(repo.dir);
    else shared.set(head, repo);
  }
  const server = gh;
  const options = {
    workspace: repo.dir,
    apiUrl: server.url,
    token: server.token,
    event: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
  };
  const act = (over: Partial<RunActionOptions> = {}) => runActionInProcess({ ...options, ...over });
  return { gh: server, repo, act, options };
}

const comments = (f: FakeGitHub) => f.state.comments.filter((c) => c.issueNumber === PR);
const writes = (f: FakeGitHub) =>
  f.requests
    .filter((r) => r.method === "POST" || r.method === "PATCH")
    .filter((r) => !(r.path === "/graphql" && !JSON.stringify(r.body).includes("mutation")));
const calls = (f: FakeGitHub) => f.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

describe("the Action on a pull_request", () => {
  it("diffs against the merge commit's first parent when the base branch moved after the event's base.sha", async () => {
    gh = await startFakeGitHub();
    const repo = pullRequestRepo({ "ai-workloads.yaml": manifest(1_000_000) }, { "ai-workloads.yaml": manifest(1_500_000) });
    cleanup.push(repo.dir);
    // The base branch gains a file after the event recorded base.sha; GitHub merges into the newer base.
    git(repo.dir, "checkout", "-q", "--detach", repo.baseSha);
    writeFiles(repo.dir, { "svc/ai-workloads.yaml": manifest(10) });
    git(repo.dir, "add", "-A");
    git(repo.dir, "commit", "-q", "-m", "base moves on");
    const movedBase = git(repo.dir, "rev-parse", "HEAD");
    git(repo.dir, "merge", "-q", "--no-ff", "-m", "merge", repo.headSha);
    const run = await runActionInProcess({
      workspace: repo.dir,
      apiUrl: gh.url,
      token: gh.token,
      event: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`base ${movedBase}: read from git`);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.workloads.map((w: { file: string; change: string }) => `${w.file}:${w.change}`)).toEqual([
      "ai-workloads.yaml:changed",
      "svc/ai-workloads.yaml:unchanged",
    ]);
    expect(run.outputs["diff-monthly-cost"]).toBe("3000");
  });

  it("first run, by the bundle alone (no node_modules beside it), creates the sticky comment; outputs, JSON report and job summary carry the diff", async () => {
    const { gh, repo, options } = await setup();
    const copy = tempDir("dist-only");
    cleanup.push(copy);
    execFileSync("cp", ["-r", path.dirname(ACTION_ENTRY), copy]);
    const run = await runAction({ ...options, entry: path.join(copy, "dist/index.js") });

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`base ${repo.baseSha}: read from git`);
    expect(comments(gh)).toHaveLength(1);
    const [comment] = comments(gh);
    expect(comment!.user).toEqual(BOT);
    expect(calls(gh)).toEqual(["POST /graphql 200", `GET ${COMMENTS} 200`, `POST ${COMMENTS} 201`]);

    expect(run.outputs).toEqual({
      "monthly-cost": "9000",
      "base-monthly-cost": "6000",
      "diff-monthly-cost": "3000",
      status: "pass",
      complete: "true",
      report: expect.stringMatching(/report\.json$/),
      "report-html": path.join(path.dirname(run.outputs.report!), "report.html"),
      "comment-url": comment!.html_url,
    });
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(actionYml().outputs).sort());
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.base).toEqual({ ref: repo.baseSha, trust: "head" });
    expect(report.summary).toMatchObject({
      monthlyCost: 9000,
      baseMonthlyCost: 6000,
      diffMonthlyCost: 3000,
      diffPercent: 50,
      status: "pass",
    });
    const html = readFileSync(run.outputs["report-html"]!, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h1>tokenbudget: $9,000.00/month, +$3,000.00 (+50.0%)</h1>");
    expect(html).toContain('<figure id="chart-waterfall"');

    // The summary is the comment's Markdown, without the marker.
    expect(run.summary).toContain("## tokenbudget: $9,000.00/month, +$3,000.00 (+50.0%) · ✅ pass");
    expect(run.summary).toContain("$6,000.00 → **$9,000.00**");
    expect(comment!.body).toBe(`${MARK}\n${run.summary.replace(/\n+$/, "\n")}`);
  });

  it("comment-threshold: a change under it posts nothing; over it, a comment; back under, the comment becomes a short note", async () => {
    const { gh, repo, act } = await setup(1_010_000, {}, { writes: true }); // +$60.00 a month, +1.0%
    const quiet = await act({ with: { "comment-threshold": "100" } });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain("comment: the largest change (the total, +$60.00) is under the comment threshold $100.00");
    expect(writes(gh)).toEqual([]);
    expect(quiet.outputs["comment-url"]).toBe("");
    // The job summary is always written.
    expect(quiet.summary).toContain("## tokenbudget: $6,060.00/month, +$60.00 (+1.0%)");

    const loud = await act({ with: { "comment-threshold": "1%" } });
    expect(loud.stdout).toContain("comment: the total changes by +$60.00, reaching the comment threshold 1%");
    expect(comments(gh)).toHaveLength(1);
    expect(comments(gh)[0]!.body).toBe(`${MARK}\n${loud.summary.replace(/\n+$/, "\n")}`);

    writeFileSync(path.join(repo.dir, "ai-workloads.yaml"), manifest(1_001_000));
    const back = await act({ with: { "comment-threshold": "1%" } });
    expect(back.code).toBe(0);
    expect(comments(gh)).toHaveLength(1);
    expect(comments(gh)[0]!.body).toBe(
      `${MARK}\n## tokenbudget: $6,006.00/month, +$6.00 (+0.1%) · ✅ pass\n\nNo longer over the comment threshold: the largest change (the total, +$6.00) is under the comment threshold 1%. The job summary and the JSON report have the details.\n`,
    );
    expect(back.outputs["comment-url"]).toBe(comments(gh)[0]!.html_url);

    const bad = await act({ with: { "comment-threshold": "ten dollars" } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^::error::tokenbudget: input comment-threshold must be an amount in USD \(100\) or a percentage \(5%25\), got "ten dollars"$/m,
    );
  });

  it("a warning reaches a comment whatever the threshold", async () => {
    const { gh, act } = await setup(2_000_000); // 80% of the budget: budget.workload.near
    const run = await act({ with: { "comment-threshold": "1000000" } });
    expect(run.stdout).toContain("comment: 0 error(s) and 1 warning(s)");
    expect(comments(gh)).toHaveLength(1);
  });

  it("when the token's identity cannot be read, it edits no earlier comment and says so", async () => {
    const { gh, act } = await setup(1_500_000, { comments: [{ issueNumber: PR, body: `${MARK}\nanother workflow's comment`, user: BOT }] });
    gh.failNext({ method: "POST", path: "/graphql" }, { status: 502, body: { message: "Server Error" }, times: 4 });
    const run = await act();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning::tokenbudget could not tell which GitHub account the token belongs to, so it edits and hides no earlier comment; it posts a new one instead\.$/m,
    );
    expect(comments(gh).map((c) => c.body.split("\n")[1])).toEqual([
      "another workflow's comment",
      "## tokenbudget: $9,000.00/month, +$3,000.00 (+50.0%) · ✅ pass",
    ]);
    expect(gh.requests.filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("a hung comments API times out; the summary, annotations and outputs are already written", async () => {
    const { gh, act } = await setup(3_000_000);
    gh.failNext({ method: "GET", path: COMMENTS }, { status: 200, hang: true, times: 10 });
    const run = await act({ env: { TOKENBUDGET_HTTP_TIMEOUT_MS: "300" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::tokenbudget: GitHub API: listing the comments on acme\/app#7 failed \(GitHub GET \/repos\/acme\/app\/issues\/7\/comments\?per_page=100: no answer within 0\.3 s \(4 attempts\)\)/,
    );
    expect(run.summary).toContain("## tokenbudget: $18,000.00/month");
    expect(run.stdout).toMatch(/^::error title=tokenbudget budget\.workload\.exceeded,file=ai-workloads\.yaml/m);
    expect(run.outputs).toMatchObject({ status: "fail", "monthly-cost": "18000", "diff-monthly-cost": "12000", "comment-url": "" });
  });

  it("a second run with the same result makes no write; a changed manifest edits the same comment", async () => {
    const { gh, repo, act } = await setup(1_500_000, {}, { writes: true });
    await act();
    const id = comments(gh)[0]!.id;
    gh.requests.length = 0;

    const again = await act();
    expect(again.code).toBe(0);
    expect(writes(gh)).toEqual([]);
    expect(again.stdout).toContain("pull request comment: unchanged");
    expect(again.outputs["comment-url"]).toBe(comments(gh)[0]!.html_url);

    writeFileSync(path.join(repo.dir, "ai-workloads.yaml"), manifest(1_600_000));
    const changed = await act();
    expect(changed.outputs["diff-monthly-cost"]).toBe("3600");
    expect(writes(gh).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/app/issues/comments/${id}`]);
    expect(comments(gh)).toHaveLength(1);
    expect(comments(gh)[0]!.body).toContain("$9,600.00");
  });

  it("leaves alone another user's comment that quotes the marker", async () => {
    const quoted = `> ${MARK}\n> ## tokenbudget: $1.00/month\n\nwhy so expensive?`;
    const { gh, act } = await setup(1_500_000, { comments: [{ issueNumber: PR, body: quoted, user: ALICE }] });
    const run = await act();
    expect(run.code).toBe(0);
    expect(gh.requests.filter((r) => r.method === "PATCH")).toEqual([]);
    expect(comments(gh).map((c) => [c.user.login, c.body.startsWith(MARK)])).toEqual([
      ["alice", false],
      [BOT.login, true],
    ]);
    expect(comments(gh)[0]!.body).toBe(quoted);
  });

  it("hide-and-new minimizes the earlier comment as outdated and posts a new one", async () => {
    const { gh, act } = await setup(1_500_000, { comments: [{ issueNumber: PR, body: `${MARK}\nold run`, user: BOT }] });
    const run = await act({ with: { comment: "hide-and-new" } });
    expect(run.code).toBe(0);
    const [old, fresh] = comments(gh);
    expect(old!.minimizedReason).toBe("outdated");
    expect(fresh!.minimizedReason).toBeNull();
    expect(fresh!.body).toContain("$9,000.00");
    expect(run.outputs["comment-url"]).toBe(fresh!.html_url);
  });

  it("a read-only token (fork pull request) degrades to a warning; the summary and outputs are still written", async () => {
    const { gh, act } = await setup(3_000_000, { readOnly: true });
    const run = await act({ with: { "fail-on": "never" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::tokenbudget could not write the pull request comment: .*\(403\).*forks/m);
    expect(comments(gh)).toEqual([]);
    expect(run.summary).toContain("## tokenbudget: $18,000.00/month");
    expect(run.outputs).toMatchObject({ status: "fail", "comment-url": "", "monthly-cost": "18000" });

    // The check result is unchanged by the refused comment: fail-on error still fails an exceeded budget.
    const failing = await act();
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/::warning::tokenbudget could not write/);
    expect(failing.stdout).toMatch(/::error::tokenbudget: status fail .* meets fail-on: error/);
  });

  it("retries a 502 from the API and still comments", async () => {
    const { gh, act } = await setup();
    gh.failNext({ method: "POST", path: COMMENTS }, { status: 502, body: { message: "Server Error" } });
    const run = await act();
    expect(run.code).toBe(0);
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS).map((r) => r.status)).toEqual([502, 201]);
    expect(comments(gh)).toHaveLength(1);
  });

  it("fails the step when the comment cannot be written for another reason, after writing the summary", async () => {
    const { gh, act } = await setup();
    gh.failNext({ method: "POST", path: COMMENTS }, { status: 500, body: { message: "Server Error" }, times: 10 });
    const run = await act();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::tokenbudget: GitHub API: creating the comment on acme\/app#7 failed \(HTTP 500/);
    expect(run.summary).toContain("$9,000.00");
    expect(run.outputs.status).toBe("pass");
  });

  it.each([
    { head: 2_000_000, failOn: "error", code: 0, status: "warn" },
    { head: 2_000_000, failOn: "warning", code: 1, status: "warn" },
    { head: 3_000_000, failOn: "error", code: 1, status: "fail" },
    { head: 3_000_000, failOn: "never", code: 0, status: "fail" },
  ])("a $status result with fail-on: $failOn exits $code", async ({ head, failOn, code, status }) => {
    const { act } = await setup(head);
    const run = await act({ with: { "fail-on": failOn, comment: "off" } });
    expect(run.code).toBe(code);
    expect(run.outputs.status).toBe(status);
    expect(run.stdout.match(/^::error::/gm) ?? []).toHaveLength(code);
    // The finding is annotated on the manifest line that set the budget.
    expect(run.stdout).toMatch(
      new RegExp(
        `^::${status === "fail" ? "error" : "warning"} title=tokenbudget budget\\.workload\\.\\w+,file=ai-workloads\\.yaml,line=12,col=13::workload support-assistant`,
        "m",
      ),
    );
  });

  // Through the bundle: the step's exit code and the annotation's escaping as the runner sees them.
  it("an invalid manifest fails the step even with fail-on: never, with the error annotated and escaped", async () => {
    const { options, repo } = await setup(1_500_000, {}, { writes: true });
    writeFileSync(
      path.join(repo.dir, "ai-workloads.yaml"),
      manifest(1_000_000).replace("support-assistant", "x\u202e\r\n@team").replace("per_month: 1000000", "per_month: many"),
    );
    const run = await runAction({ ...options, with: { "fail-on": "never", comment: "off" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=tokenbudget [\w.-]+,file=ai-workloads\.yaml,line=\d+,col=\d+::/m);
    expect(run.stdout).not.toContain("\u202e");
    expect(run.stdout).toMatch(/^::error::tokenbudget: \d+ error\(s\) in the manifests or inputs/m);
  });

  it("a problem of a whole file is annotated on the file, with no line (never a 1:1 placeholder)", async () => {
    const { act } = await setup();
    const run = await act({ with: { catalog: "prices/missing.json", comment: "off" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error title=tokenbudget input\.not-found,file=prices\/missing\.json::price catalog prices\/missing\.json no such file or directory$/m,
    );
  });

  it("does not start a comment when the pull request changes no cost and there is no finding", async () => {
    const { gh, act } = await setup(1_000_000);
    const run = await act();
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "diff-monthly-cost": "0", "comment-url": "", status: "pass" });
    expect(writes(gh)).toEqual([]);
    expect(run.summary).toContain("No workload's projected cost changed.");
  });

  it("fetches the base commit when the clone is shallow (fetch-depth: 1)", async () => {
    const { gh, repo } = await setup();
    const clone = tempDir("shallow");
    cleanup.push(clone);
    execFileSync("git", ["clone", "-q", "--depth=1", `file://${repo.dir}`, clone]);
    expect(() => git(clone, "cat-file", "-e", `${repo.baseSha}^{commit}`)).toThrow();

    const run = await runActionInProcess({
      workspace: clone,
      apiUrl: gh.url,
      token: gh.token,
      with: { comment: "off" },
      event: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`base ${repo.baseSha}: fetched ${repo.baseSha}`);
    expect(run.outputs).toMatchObject({ "monthly-cost": "9000", "base-monthly-cost": "6000", "diff-monthly-cost": "3000" });
    expect(gh.requests).toEqual([]);
  });

  it("reads the base through the contents API when the clone has neither the base nor a way to fetch it", async () => {
    const { repo } = await setup();
    await gh!.close();
    gh = await startFakeGitHub({
      files: {
        [repo.baseSha]: { "ai-workloads.yaml": manifest(1_000_000), "README.md": "# app\n", "docs/ai-workloads.yaml.md": "not a manifest" },
      },
    });
    const clone = tempDir("no-base");
    cleanup.push(clone);
    execFileSync("git", ["clone", "-q", "--depth=1", `file://${repo.dir}`, clone]);
    git(clone, "remote", "remove", "origin");

    const run = await runActionInProcess({
      workspace: clone,
      apiUrl: gh.url,
      token: gh.token,
      with: { comment: "off" },
      event: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("reading it through the GitHub API");
    expect(run.outputs).toMatchObject({ "monthly-cost": "9000", "base-monthly-cost": "6000", "diff-monthly-cost": "3000" });
    expect(calls(gh)).toEqual([`GET /repos/acme/app/git/trees/${repo.baseSha} 200`, "GET /repos/acme/app/contents/ai-workloads.yaml 200"]);
    expect(gh.requests[1]!.query).toEqual({ ref: repo.baseSha });
  });

  it("without .git, in a working-directory: reads that directory's base through the API and keeps its own sticky comment", async () => {
    const base = "1".repeat(40);
    gh = await startFakeGitHub({
      files: { [base]: { "svc/ai-workloads.yaml": manifest(1_000_000), "ai-workloads.yaml": manifest(5) } },
      comments: [{ issueNumber: PR, body: `${MARK}\nthe root instance's comment`, user: BOT }],
    });
    const workspace = tempDir("tarball");
    cleanup.push(workspace);
    writeFiles(workspace, { "svc/ai-workloads.yaml": manifest(1_500_000), "ai-workloads.yaml": manifest(5) });

    const run = await runAction({
      workspace,
      apiUrl: gh.url,
      token: gh.token,
      with: { "working-directory": "svc" },
      event: pullRequestEvent({ number: PR, baseSha: base, headSha: "2".repeat(40) }),
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "monthly-cost": "9000", "base-monthly-cost": "6000", "diff-monthly-cost": "3000" });
    expect(gh.requests.filter((r) => r.path.includes("/contents/")).map((r) => decodeURIComponent(r.path))).toEqual([
      "/repos/acme/app/contents/svc/ai-workloads.yaml",
    ]);
    const [root, svc] = comments(gh);
    expect(root!.body).toBe(`${MARK}\nthe root instance's comment`);
    expect(svc!.body).toMatch(/^<!-- tokenbudget:svc -->\n## tokenbudget: \$9,000\.00/);
    expect(svc!.body).toContain("Working directory: svc");
  });

  it("a push event estimates without a diff and makes no API request", async () => {
    const { gh, repo, act } = await setup();
    const run = await act({
      eventName: "push",
      event: { ref: "refs/heads/main", before: repo.baseSha, after: repo.mergeSha, repository: { full_name: "acme/app" } },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("not a pull request and no base-ref");
    expect(run.outputs).toMatchObject({
      "monthly-cost": "9000",
      "base-monthly-cost": "",
      "diff-monthly-cost": "",
      status: "pass",
      "comment-url": "",
    });
    expect(run.summary).toContain("## tokenbudget: $9,000.00/month · ✅ pass");
    expect(gh.requests).toEqual([]);
  });

  it("refuses a bad input value with a clear message and no analysis", async () => {
    const { gh, act } = await setup();
    const run = await act({ with: { comment: "sometimes" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::tokenbudget: input comment must be one of update, new, hide-and-new, off, got "sometimes"$/m);
    expect(run.outputs).toEqual({});
    expect(gh.requests).toEqual([]);
  });
});
