import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { BOT, startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";
import { PROJECT_BOT, startFakeGitLab, type FakeGitLab, type GitLabUser } from "./helpers/fake-gitlab.js";
import { TempRepo } from "./helpers/repo.js";

/** One workload at $0.006 a request (3,000 in x $0.90/1M + 1,000 out x $3.30/1M), budget $15,000. */
function manifest(requestsPerMonth: number): string {
  return `version: 1
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

const MARK = "<!-- tokenbudget:. -->";
const REVIEWER: GitLabUser = { id: 7, username: "reviewer" };
const OTHER_BOT: GitLabUser = { id: 99, username: "project_17_bot_deploy", bot: true };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cwd: string, env: Record<string, string>, ...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: { TOKENBUDGET_RETRY_BASE_MS: "1", ...env },
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-11-28",
  });
  return { code, stdout, stderr };
}

let repo: TempRepo;
/** The head's report and Markdown for a change of 1.0M -> `head` requests a month. */
async function reportFor(head: number, name = "report.json"): Promise<{ markdown: string }> {
  repo.write("ai-workloads.yaml", manifest(head));
  const json = await run(repo.dir, {}, "check", "--base", "HEAD", "--format", "json", "--fail-on", "never");
  expect(json.code).toBe(0);
  writeFileSync(path.join(repo.dir, name), json.stdout);
  const markdown = await run(repo.dir, {}, "check", "--base", "HEAD", "--format", "markdown", "--fail-on", "never");
  return { markdown: markdown.stdout };
}

beforeAll(() => {
  repo = new TempRepo();
  repo.write("ai-workloads.yaml", manifest(1_000_000)).commit("base");
});
afterAll(() => repo.cleanup());

describe("tokenbudget comment gitlab", () => {
  let gl: FakeGitLab | undefined;
  afterEach(async () => {
    await gl?.close();
    gl = undefined;
  });
  const env = (f: FakeGitLab, over: Record<string, string> = {}) => ({
    GITLAB_TOKEN: f.token,
    CI_JOB_TOKEN: "job-token-that-cannot-write-notes",
    CI_API_V4_URL: f.apiUrl,
    CI_PROJECT_ID: f.projectId,
    CI_MERGE_REQUEST_IID: String(f.iid),
    CI_PROJECT_URL: "https://gitlab.example.com/acme/app",
    ...over,
  });
  const notesPath = (f: FakeGitLab) => `/projects/${f.projectId}/merge_requests/${f.iid}/notes`;
  const writes = (f: FakeGitLab) => f.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path} ${r.status}`);

  it("posts the Action's body and marker as a note, leaves a reviewer's quote and another bot's note alone, and keeps one note current", async () => {
    gl = await startFakeGitLab();
    const quote = gl.addNote(`> ${MARK}\n> ## tokenbudget: $1.00/month\n\nwhy so expensive?`, REVIEWER);
    const echo = gl.addNote(`${MARK}\nanother pipeline's bot, same marker`, OTHER_BOT);
    gl.addNote("added 1 commit", REVIEWER, true);
    const { markdown } = await reportFor(1_500_000);

    const first = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(first.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(first.code).toBe(0);
    const note = gl.notes.at(-1)!;
    expect(note.author).toEqual(PROJECT_BOT);
    // The same body as `check --format markdown` and the Action: rendered from the JSON report.
    expect(note.body).toBe(`${MARK}\n${markdown}`);
    expect(note.body).toContain("## tokenbudget: $9,000.00/month, +$3,000.00 (+50.0%) · ✅ pass");
    expect(first.stdout).toBe(`comment created https://gitlab.example.com/acme/app/-/merge_requests/12#note_${note.id}\n`);
    expect(gl.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /user 200",
      `GET ${notesPath(gl)} 200`,
      `POST ${notesPath(gl)} 201`,
    ]);
    expect(gl.requests[1]!.query).toEqual({ per_page: "100", page: "1", sort: "asc", order_by: "created_at" });
    expect(gl.requests[0]!.headers["private-token"]).toBe(gl.token);

    gl.requests.length = 0;
    const again = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(again.stdout).toBe(`comment unchanged https://gitlab.example.com/acme/app/-/merge_requests/12#note_${note.id}\n`);
    expect(writes(gl)).toEqual([]);

    await reportFor(1_600_000);
    const changed = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(changed.code).toBe(0);
    expect(writes(gl)).toEqual([`PUT ${notesPath(gl)}/${note.id} 200`]);
    expect(note.body).toContain("$9,600.00");
    expect(quote.body).toBe(`> ${MARK}\n> ## tokenbudget: $1.00/month\n\nwhy so expensive?`);
    expect(echo.body).toBe(`${MARK}\nanother pipeline's bot, same marker`);
    expect(gl.notes).toHaveLength(4);
  });

  it("pages through the notes (100 a page) and finds the sticky note on page 2", async () => {
    gl = await startFakeGitLab();
    for (let i = 0; i < 130; i++) gl.addNote(`review ${i}`, REVIEWER);
    const sticky = gl.addNote(`${MARK}\nold`, PROJECT_BOT);
    await reportFor(1_500_000);
    const result = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(result.code).toBe(0);
    expect(gl.requests.filter((r) => r.method === "GET" && r.path === notesPath(gl!)).map((r) => r.query.page)).toEqual(["1", "2"]);
    expect(writes(gl)).toEqual([`PUT ${notesPath(gl)}/${sticky.id} 200`]);
  });

  it("hide-and-new deletes our earlier notes (GitLab cannot collapse one) before posting; new always posts", async () => {
    gl = await startFakeGitLab();
    const old = gl.addNote(`${MARK}\nold`, PROJECT_BOT);
    const quote = gl.addNote(`> ${MARK}\nquoted`, REVIEWER);
    await reportFor(1_500_000);
    const hidden = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--mode", "hide-and-new");
    expect(hidden.stdout).toMatch(/^comment hidden-and-created /);
    expect(hidden.stderr).toContain("tokenbudget: 1 earlier tokenbudget comment(s) deleted\n");
    expect(writes(gl)).toEqual([`DELETE ${notesPath(gl)}/${old.id} 204`, `POST ${notesPath(gl)} 201`]);
    expect(gl.notes.map((n) => n.id)).toEqual([quote.id, gl.notes[1]!.id]);

    const again = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--mode", "new");
    expect(again.stdout).toMatch(/^comment created /);
    expect(gl.notes).toHaveLength(3);
  });

  it("retries 429 after Retry-After and a 5xx, then succeeds", async () => {
    gl = await startFakeGitLab();
    await reportFor(1_500_000);
    gl.failNext(
      { method: "POST", path: notesPath(gl) },
      { status: 429, body: { message: "Retry later" }, headers: { "retry-after": "2" } },
    );
    gl.failNext({ method: "GET", path: notesPath(gl) }, { status: 503, body: { message: "503 Service Unavailable" } });
    const result = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(result.code).toBe(0);
    expect(gl.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /user 200",
      `GET ${notesPath(gl)} 503`,
      `GET ${notesPath(gl)} 200`,
      `POST ${notesPath(gl)} 429`,
      `POST ${notesPath(gl)} 201`,
    ]);
    expect(result.stderr).toContain(`GitLab POST /api/v4${notesPath(gl)}: 429 Too Many Requests; retrying in 2 s (1/3)`);
    expect(gl.notes).toHaveLength(1);
  });

  it("exits 2 with GitLab's message on 401, a lasting 5xx and a timeout, never a stack trace", async () => {
    gl = await startFakeGitLab();
    await reportFor(1_500_000);
    const unauthorized = await run(repo.dir, env(gl, { GITLAB_TOKEN: "glpat-revoked" }), "comment", "gitlab", "report.json");
    expect(unauthorized).toEqual({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining("tokenbudget: GitLab API: reading who the token is on 17!12 failed (HTTP 401: 401 Unauthorized)\n"),
    });

    gl.failNext({ method: "POST", path: notesPath(gl) }, { status: 500, body: { message: "500 Internal Server Error" }, times: 4 });
    const broken = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /tokenbudget: GitLab API: creating the comment on 17!12 failed \(HTTP 500: 500 Internal Server Error\)\n$/,
    );
    expect(gl.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([500, 500, 500, 500]);

    gl.failNext({ method: "GET", path: notesPath(gl) }, { hang: true, times: 4 });
    const hung = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--timeout", "1");
    expect(hung.code).toBe(2);
    expect(hung.stderr).toMatch(
      /listing the comments on 17!12 failed \(GitLab GET \/api\/v4\/projects\/17\/merge_requests\/12\/notes\?per_page=100&page=1&sort=asc&order_by=created_at: no answer within 1 s \(4 attempts\)\)\n$/,
    );
    for (const r of [unauthorized, broken, hung]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("says why when GITLAB_TOKEN is missing: CI_JOB_TOKEN cannot write notes", async () => {
    gl = await startFakeGitLab();
    await reportFor(1_500_000);
    const { GITLAB_TOKEN: _, ...rest } = env(gl);
    const result = await run(repo.dir, rest, "comment", "gitlab", "report.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tokenbudget: GITLAB_TOKEN is not set: CI_JOB_TOKEN cannot write merge request notes, .*api scope/);
    expect(gl.requests).toEqual([]);
  });

  it("when GET /user is refused it edits nothing: a new note, and a warning", async () => {
    gl = await startFakeGitLab({ forbidUser: true });
    const old = gl.addNote(`${MARK}\nold`, PROJECT_BOT);
    await reportFor(1_500_000);
    const result = await run(repo.dir, env(gl), "comment", "gitlab", "report.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: tokenbudget could not tell which GitLab account the token belongs to, so it edits and hides no earlier comment; it posts a new one instead/,
    );
    expect(old.body).toBe(`${MARK}\nold`);
    expect(writes(gl)).toEqual([`POST ${notesPath(gl)} 201`]);
  });

  it("--comment-threshold keeps small changes quiet and turns an earlier note into a short one", async () => {
    gl = await startFakeGitLab();
    await reportFor(1_010_000); // +$60.00 (+1%)
    const quiet = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--comment-threshold", "100");
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("comment skipped\n");
    expect(quiet.stderr).toContain("the largest change (the total, +$60.00) is under the comment threshold $100.00");
    expect(writes(gl)).toEqual([]);

    const loud = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--comment-threshold", "0.5%");
    expect(loud.stdout).toMatch(/^comment created/);
    expect(gl.notes[0]!.body).toContain("+$60.00 (+1.0%)");

    const replaced = await run(repo.dir, env(gl), "comment", "gitlab", "report.json", "--comment-threshold", "5%");
    expect(replaced.stdout).toMatch(/^comment updated/);
    expect(gl.notes).toHaveLength(1);
    expect(gl.notes[0]!.body).toBe(
      `${MARK}\n## tokenbudget: $6,060.00/month, +$60.00 (+1.0%) · ✅ pass\n\nNo longer over the comment threshold: the largest change (the total, +$60.00) is under the comment threshold 5%. The job summary and the JSON report have the details.\n`,
    );
  });

  it("refuses a file that is not a report, and bad arguments, with exit 2", async () => {
    repo.write("not-a-report.json", JSON.stringify({ hello: "ghp_secretvalue" }));
    const notReport = await run(repo.dir, {}, "comment", "gitlab", "not-a-report.json");
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/^tokenbudget: not-a-report\.json is not a tokenbudget report \(schemas\/report\.schema\.json\): /);
    expect(notReport.stderr).not.toContain("ghp_secretvalue");
    repo.write("garbage.json", "ghp_secretvalue {");
    expect((await run(repo.dir, {}, "comment", "gitlab", "garbage.json")).stderr).toBe(
      "tokenbudget: garbage.json is not JSON (write it with check --format json)\n",
    );
    expect((await run(repo.dir, {}, "comment", "bitbucket", "report.json")).stderr).toBe(
      'tokenbudget: comment posts to github or gitlab, got "bitbucket"\n',
    );
    expect((await run(repo.dir, {}, "comment", "gitlab", "report.json", "--mode", "sometimes")).code).toBe(2);
    expect((await run(repo.dir, {}, "comment", "gitlab", "report.json", "--comment-threshold", "lots")).stderr).toMatch(
      /--comment-threshold must be an amount in USD \(100\) or a percentage \(5%\)/,
    );
  });
});

describe("tokenbudget comment github", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it("posts the sticky comment on the event's pull request, as the Action would", async () => {
    gh = await startFakeGitHub();
    const { markdown } = await reportFor(1_500_000);
    const eventPath = path.join(repo.dir, "event.json");
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const env = { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: "acme/app", GITHUB_API_URL: gh.url, GITHUB_EVENT_PATH: eventPath };
    const result = await run(repo.dir, env, "comment", "github", "report.json");
    expect(result.code).toBe(0);
    const [comment] = gh.state.comments;
    expect(comment).toMatchObject({ issueNumber: 7, user: BOT, body: `${MARK}\n${markdown}` });
    expect(result.stdout).toBe(`comment created ${comment!.html_url}\n`);

    const other = await run(
      repo.dir,
      { ...env, GITHUB_EVENT_PATH: "" },
      "comment",
      "github",
      "report.json",
      "--pr",
      "8",
      "--working-directory",
      "svc",
    );
    expect(other.code).toBe(0);
    expect(gh.state.comments[1]).toMatchObject({
      issueNumber: 8,
      body: expect.stringMatching(/^<!-- tokenbudget:svc -->\n## tokenbudget: .*\n<sub>Working directory: svc<\/sub>\n$/s),
    });

    const noPr = await run(repo.dir, { ...env, GITHUB_EVENT_PATH: "" }, "comment", "github", "report.json");
    expect(noPr).toMatchObject({ code: 2, stderr: "tokenbudget: no pull request: give --pr N (the event payload has no pull_request)\n" });
    const badToken = await run(repo.dir, { ...env, GITHUB_TOKEN: "ghp_wrong" }, "comment", "github", "report.json");
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toMatch(
      /GitHub API: reading who the token is on acme\/app#7 failed \(HTTP 401: This endpoint requires you to be authenticated/,
    );
  });
});
