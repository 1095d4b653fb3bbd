// Issue 21, items 7 and 8: a credential never reaches an error message, another origin, plain
// http, or a redirect's target, and paging always ends. Real loopback servers; the CLI in-process.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { createOctokit, readFileAtRef } from "../../src/adapters/github.js";
import { createHttpClient, mayCarry } from "../../src/adapters/http.js";
import { TempRepo } from "../helpers/repo.js";

const SECRET = "glpat-SECRETe3b0c44298fc1c149afbf4";
/** Every 6-character window of the secret: none may appear in any output. */
const fragments = (secret: string) => Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6));
const BROKEN = `${SECRET}\nX-Injected: 1`;

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A loopback server answering with `handle`; `host` picks 127.0.0.1 or localhost (another origin, same machine). */
async function serve(
  handle: (path: string, res: import("node:http").ServerResponse) => void,
  host = "127.0.0.1",
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", headers: req.headers });
    handle(req.url ?? "", res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, seen };
}

async function run(cwd: string, env: Record<string, string>, ...args: string[]) {
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

const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  (res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

let repo: TempRepo;
beforeAll(async () => {
  repo = new TempRepo();
  repo
    .write(
      "ai-workloads.yaml",
      "version: 1\nworkloads:\n  - name: a\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    tokens: { input: 10, output: 10 }\n    requests: { per_month: 10 }\n",
    )
    .commit("base");
  const report = await run(repo.dir, {}, "estimate", "--format", "json");
  writeFileSync(path.join(repo.dir, "report.json"), report.stdout);
});
afterAll(() => repo.cleanup());

const gitlabEnv = (api: string, token = SECRET) => ({
  GITLAB_TOKEN: token,
  CI_API_V4_URL: `${api}/api/v4`,
  CI_PROJECT_ID: "17",
  CI_MERGE_REQUEST_IID: "12",
});

describe("secrets in error text (item 7)", () => {
  it("a token with a line break is refused before use, naming only its variable: GITLAB_TOKEN, GITHUB_TOKEN, TOGETHER_API_KEY", async () => {
    const api = await serve((_p, res) => json({ id: 1 })(res));
    const gitlab = await run(repo.dir, gitlabEnv(api.url, BROKEN), "comment", "gitlab", "report.json");
    const github = await run(
      repo.dir,
      { GITHUB_TOKEN: BROKEN, GITHUB_REPOSITORY: "acme/app", GITHUB_API_URL: api.url },
      "comment",
      "github",
      "report.json",
      "--pr",
      "7",
    );
    const together = await run(repo.dir, { TOGETHER_API_KEY: BROKEN }, "catalog", "import", "--from", "together", "--out", "p.json");
    const advice =
      "holds a character an HTTP header cannot carry (a line break, a space or a non-ASCII character); set it to the token alone";
    expect(gitlab).toMatchObject({ code: 2, stdout: "" });
    expect(gitlab.stderr).toContain(`GITLAB_TOKEN ${advice}`);
    expect(github).toMatchObject({ code: 2, stdout: "" });
    expect(github.stderr).toContain(`GITHUB_TOKEN ${advice}`);
    expect(together).toEqual({ code: 2, stdout: "", stderr: `tokenbudget: TOGETHER_API_KEY ${advice}\n` });
    for (const r of [gitlab, github, together]) for (const f of fragments(SECRET)) expect(r.stderr).not.toContain(f);
    // Refused before any request: nothing went out with it.
    expect(api.seen).toEqual([]);
  });
});

describe("credentials beyond their API (item 8)", () => {
  it("catalog import sends the key only to the feed's origin or one named with --key-origin", async () => {
    const feed = await serve((_p, res) => json({ data: [] })(res));
    const unnamed = await run(
      repo.dir,
      { TOGETHER_API_KEY: SECRET },
      "catalog",
      "import",
      "--from",
      "together",
      `${feed.url}/v1/models`,
      "--out",
      "p.json",
    );
    expect(feed.seen[0]?.headers.authorization).toBeUndefined();
    expect(unnamed.code).toBe(2);
    await run(
      repo.dir,
      { TOGETHER_API_KEY: SECRET },
      "catalog",
      "import",
      "--from",
      "together",
      `${feed.url}/v1/models`,
      "--key-origin",
      feed.url,
      "--out",
      "p.json",
    );
    expect(feed.seen[1]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("a 401 from an origin the key was withheld from says how to name it, not the key", async () => {
    const feed = await serve((_p, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end("{}");
    });
    const result = await run(
      repo.dir,
      { TOGETHER_API_KEY: SECRET },
      "catalog",
      "import",
      "--from",
      "together",
      `${feed.url}/v1/models`,
      "--out",
      "p.json",
    );
    expect(result.stderr).toBe(
      `tokenbudget: ${feed.url}/v1/models answered 401 Unauthorized: TOGETHER_API_KEY is sent only to https://api.together.xyz; to send it to ${feed.url}, name it with --key-origin\n`,
    );
  });

  it("https only, loopback excepted: a listed plain-http origin elsewhere still gets no credential", () => {
    const credential = {
      name: "K",
      value: "v",
      header: "authorization",
      origins: ["http://prices.example", "https://prices.example", "http://127.0.0.1:8080"],
    };
    expect(mayCarry(credential, "http://prices.example/v1")).toBe(false);
    expect(mayCarry(credential, "https://prices.example/v1")).toBe(true);
    expect(mayCarry(credential, "http://127.0.0.1:8080/v1")).toBe(true);
    expect(mayCarry(credential, "https://prices.example.evil/v1")).toBe(false);
  });

  it("comment gitlab drops PRIVATE-TOKEN when a redirect leaves the API's origin", async () => {
    const elsewhere = await serve((_p, res) => json({ id: 1 })(res), "localhost");
    const api = await serve((p, res) => {
      res.writeHead(302, { location: `${elsewhere.url}${p}` });
      res.end();
    });
    await run(repo.dir, gitlabEnv(api.url), "comment", "gitlab", "report.json");
    expect(api.seen[0]?.headers["private-token"]).toBe(SECRET);
    expect(elsewhere.seen.length).toBeGreaterThan(0);
    for (const s of elsewhere.seen) expect(s.headers["private-token"]).toBeUndefined();
  });

  it("GitHub's token stays with the API's origin across a redirect", async () => {
    const elsewhere = await serve(
      (_p, res) => json({ type: "file", encoding: "base64", content: Buffer.from("x: 1\n").toString("base64") })(res),
      "localhost",
    );
    const api = await serve((p, res) => {
      res.writeHead(307, { location: `${elsewhere.url}${p}` });
      res.end();
    });
    const octokit = createOctokit({ token: SECRET, apiUrl: api.url, log: () => {}, retryAfterBaseValue: 1 });
    expect(await readFileAtRef(octokit, { owner: "a", repo: "b", path: "x.yaml", ref: "main" })).toBe("x: 1\n");
    expect(api.seen[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(elsewhere.seen[0]?.headers.authorization).toBeUndefined();
  });

  it("comment gitlab stops paging when the API always announces a next page", async () => {
    const api = await serve((p, res) => (p.startsWith("/api/v4/user") ? json({ id: 1 })(res) : json([], { "x-next-page": "2" })(res)));
    const result = await run(repo.dir, gitlabEnv(api.url), "comment", "gitlab", "report.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/still more pages after 1000 pages; stopped \(the API keeps announcing a next page\)/);
    expect(api.seen.filter((s) => s.path.includes("/notes")).length).toBe(1000);
  }, 60_000);

  it("paging is bounded by time as well as by pages", async () => {
    const api = await serve((_p, res) => json([], { "x-next-page": "2" })(res));
    const client = createHttpClient({
      timeoutMs: 5000,
      retries: 0,
      backoffMs: 1,
      maxRetryAfterMs: 1,
      maxBytes: 1000,
      maxPages: 10_000,
      maxPagingMs: 50,
      label: "API",
    });
    const pages: number[] = [];
    await expect(
      (async () => {
        for await (const page of client.paginate(`${api.url}/items`, () => `${api.url}/items?page=2`)) {
          pages.push(page.status);
          // Each page takes a while: the bound is the total time, whatever the page count.
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
      })(),
    ).rejects.toThrow(/^API GET \/items: still more pages after 0.05 s; stopped/);
    // One page took longer than the whole bound: the second is never asked for.
    expect(pages).toEqual([200]);
  });
});
