import { afterEach, describe, expect, it } from "vitest";
import { createOctokit, listFilesAtRef, readFileAtRef, type CreateOctokitOptions } from "../src/adapters/github.js";
import { githubPublisher } from "../src/adapters/publish/github.js";
import { publishSticky, type CommentMode } from "../src/adapters/publish/publisher.js";
import { BOT, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeUser } from "./helpers/fake-github.js";

const ALICE: FakeUser = { login: "alice", type: "User" };
const COMMENTS_PATH = "/repos/acme/app/issues/7/comments";
const MARK = "<!-- tokenbudget:root -->";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function setup(options: FakeGitHubOptions = {}, client: Partial<CreateOctokitOptions> = {}) {
  gh = await startFakeGitHub(options);
  const logs: string[] = [];
  const log = (msg: string) => logs.push(msg);
  const octokit = createOctokit({ token: gh.token, apiUrl: gh.url, log, retryAfterBaseValue: 1, ...client });
  const publish = (over: { body?: string; marker?: string; mode?: CommentMode; worthAComment?: boolean } = {}) =>
    publishSticky(githubPublisher(octokit, { owner: "acme", repo: "app", issueNumber: 7 }, log), {
      marker: over.marker ?? "root",
      mode: over.mode ?? "update",
      render: () => over.body ?? "cost: $10",
      worthAComment: over.worthAComment ?? true,
      log,
    });
  return { gh, octokit, publish, logs };
}

const writes = (f: FakeGitHub) =>
  f.requests.filter(
    (r) => r.method !== "GET" && !(r.path === "/graphql" && !String((r.body as { query: string }).query).includes("mutation")),
  );
const commentsOn = (f: FakeGitHub, issue = 7) => f.state.comments.filter((c) => c.issueNumber === issue);

describe("publishComment", () => {
  it("creates the sticky comment on first publish, identifying itself via GraphQL viewer (never GET /user)", async () => {
    const { gh, publish } = await setup();
    const result = await publish();

    const [comment] = commentsOn(gh);
    expect(commentsOn(gh)).toHaveLength(1);
    expect(comment!.body).toBe(`${MARK}\ncost: $10`);
    expect(comment!.user).toEqual(BOT);
    expect(result).toEqual({ action: "created", url: comment!.html_url });
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /graphql 200",
      `GET ${COMMENTS_PATH} 200`,
      `POST ${COMMENTS_PATH} 201`,
    ]);
    expect(gh.requests[1]!.query).toMatchObject({ per_page: "100" });
    expect(gh.requests[2]!.body).toEqual({ body: `${MARK}\ncost: $10` });
  });

  it("makes no write when the body is byte-identical, and edits the same comment in place when it changes", async () => {
    const { gh, publish } = await setup();
    await publish();
    const id = commentsOn(gh)[0]!.id;

    const again = await publish();
    expect(again).toEqual({ action: "unchanged", url: commentsOn(gh)[0]!.html_url });
    expect(writes(gh)).toHaveLength(1);

    const changed = await publish({ body: "cost: $12" });
    expect(changed.action).toBe("updated");
    const patches = gh.requests.filter((r) => r.method === "PATCH");
    expect(patches).toEqual([
      { method: "PATCH", path: `/repos/acme/app/issues/comments/${id}`, query: {}, body: { body: `${MARK}\ncost: $12` }, status: 200 },
    ]);
    expect(commentsOn(gh)).toHaveLength(1);
    expect(commentsOn(gh)[0]).toMatchObject({ id, body: `${MARK}\ncost: $12` });
    expect(changed.url).toBe(commentsOn(gh)[0]!.html_url);
  });

  it("leaves alone a comment by another user that quotes the marker", async () => {
    const quoted = `> ${MARK}\n> cost: $1\n\nWhy did this go up?`;
    const { gh, publish } = await setup({ comments: [{ issueNumber: 7, body: quoted, user: ALICE }] });
    const result = await publish();

    expect(result.action).toBe("created");
    expect(gh.requests.filter((r) => r.method === "PATCH")).toHaveLength(0);
    expect(commentsOn(gh).map((c) => [c.user.login, c.body])).toEqual([
      ["alice", quoted],
      ["github-actions[bot]", `${MARK}\ncost: $10`],
    ]);
  });

  it("keeps instances with different markers apart", async () => {
    const other = `<!-- tokenbudget:services/api -->\nold`;
    const { gh, publish } = await setup({ comments: [{ issueNumber: 7, body: other, user: BOT }] });
    expect((await publish()).action).toBe("created");
    expect((await publish({ marker: "services/api", body: "new" })).action).toBe("updated");
    expect(commentsOn(gh).map((c) => c.body)).toEqual([`<!-- tokenbudget:services/api -->\nnew`, `${MARK}\ncost: $10`]);
  });

  it("paginates over >100 comments and finds the sticky comment on page 2", async () => {
    const { gh, publish } = await setup();
    for (let i = 0; i < 120; i++) gh.addComment(7, `comment ${i}`, ALICE);
    const sticky = gh.addComment(7, `${MARK}\nold`, BOT);
    for (let i = 0; i < 10; i++) gh.addComment(7, `later ${i}`, ALICE);

    const result = await publish();

    expect(result.action).toBe("updated");
    const listings = gh.requests.filter((r) => r.method === "GET" && r.path === COMMENTS_PATH);
    expect(listings.map((r) => r.query)).toEqual([{ per_page: "100" }, { per_page: "100", page: "2" }]);
    expect(gh.requests.filter((r) => r.method === "PATCH").map((r) => r.path)).toEqual([`/repos/acme/app/issues/comments/${sticky.id}`]);
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS_PATH)).toHaveLength(0);
    expect(sticky.body).toBe(`${MARK}\ncost: $10`);
  });

  it("hide-and-new minimizes our visible earlier comments as OUTDATED, then posts a new one", async () => {
    const { gh, publish } = await setup({
      comments: [
        { issueNumber: 7, body: `${MARK}\nrun 1`, user: BOT, minimized: true },
        { issueNumber: 7, body: `${MARK}\nrun 2`, user: BOT },
        { issueNumber: 7, body: `> ${MARK}\nquoted`, user: ALICE },
        { issueNumber: 7, body: `<!-- tokenbudget:other -->\nother dir`, user: BOT },
      ],
    });
    const [run1, run2, quote, otherDir] = commentsOn(gh);

    const result = await publish({ mode: "hide-and-new", body: "run 3" });

    const newest = commentsOn(gh).at(-1)!;
    expect(result).toEqual({ action: "hidden-and-created", url: newest.html_url });
    expect(newest.body).toBe(`${MARK}\nrun 3`);
    const mutations = gh.requests.filter((r) => r.path === "/graphql" && JSON.stringify(r.body).includes("minimizeComment"));
    // run 1 was already minimized: it is checked, not minimized again.
    expect(mutations.map((r) => (r.body as { variables: unknown }).variables)).toEqual([
      { input: { subjectId: run2!.node_id, classifier: "OUTDATED" } },
    ]);
    expect(run2!.minimizedReason).toBe("outdated");
    expect([run1, quote, otherDir].map((c) => c!.minimizedReason)).toEqual(["outdated", null, null]);
    // Mutation before creation, so a refused minimize never leaves two visible comments.
    const order = gh.requests.map((r) => r.method + (JSON.stringify(r.body ?? "").includes("minimizeComment") ? " minimize" : ""));
    expect(order.indexOf("POST minimize")).toBeLessThan(order.lastIndexOf("POST"));
  });

  it("'new' always posts another comment; 'off' makes no request at all", async () => {
    const { gh, publish } = await setup();
    await publish({ mode: "new" });
    const second = await publish({ mode: "new" });
    expect(second.action).toBe("created");
    expect(commentsOn(gh).map((c) => c.body)).toEqual([`${MARK}\ncost: $10`, `${MARK}\ncost: $10`]);

    const before = gh.requests.length;
    expect(await publish({ mode: "off" })).toEqual({ action: "skipped" });
    expect(gh.requests).toHaveLength(before);
  });

  it("worthAComment=false posts nothing without an earlier comment, but still updates an existing one", async () => {
    const { gh, publish, logs } = await setup();
    expect(await publish({ worthAComment: false })).toEqual({ action: "skipped" });
    expect(writes(gh)).toHaveLength(0);
    expect(commentsOn(gh)).toHaveLength(0);
    expect(logs.join("\n")).toMatch(/not commenting/);

    const sticky = gh.addComment(7, `${MARK}\nold`, BOT);
    expect((await publish({ worthAComment: false })).action).toBe("updated");
    expect(sticky.body).toBe(`${MARK}\ncost: $10`);
  });

  it("a 403 on create (read-only fork token) yields 'forbidden' with a warning instead of throwing", async () => {
    const { gh, publish, logs } = await setup();
    gh.failNext(
      { method: "POST", path: COMMENTS_PATH },
      { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" } },
    );
    const result = await publish();

    expect(result.action).toBe("forbidden");
    expect(result.warning).toMatch(/fork/);
    expect(result.warning).toMatch(/pull-requests: write/);
    expect(result.url).toBeUndefined();
    // Not retried: a permission error does not go away.
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS_PATH).map((r) => r.status)).toEqual([403]);
    expect(commentsOn(gh)).toHaveLength(0);
    expect(logs.join("\n")).toMatch(/Resource not accessible by integration/);
  });

  it("a 403 on update and a GraphQL FORBIDDEN on minimize are also 'forbidden'", async () => {
    const { gh, publish } = await setup({ comments: [{ issueNumber: 7, body: `${MARK}\nold`, user: BOT }] });
    gh.failNext(
      { method: "PATCH", path: /^\/repos\/acme\/app\/issues\/comments\// },
      { status: 403, body: { message: "Resource not accessible by integration" } },
    );
    expect((await publish()).action).toBe("forbidden");
    expect(commentsOn(gh)[0]!.body).toBe(`${MARK}\nold`);

    // A fork PR's read-only token: GraphQL refuses the mutation (as HTTP 200 + errors[].type FORBIDDEN).
    gh.requests.length = 0;
    gh.state.readOnly = true;
    expect((await publish({ mode: "hide-and-new" })).action).toBe("forbidden");
    expect(commentsOn(gh)).toHaveLength(1);
    const minimize = gh.requests.find((r) => JSON.stringify(r.body ?? null).includes("minimizeComment"));
    expect(minimize?.status).toBe(200);
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS_PATH)).toHaveLength(0);
    expect(commentsOn(gh)[0]!.minimizedReason).toBeNull();
  });

  it("retries a single 502 and succeeds", async () => {
    const { gh, publish } = await setup();
    gh.failNext({ method: "POST", path: COMMENTS_PATH }, { status: 502, body: { message: "Server Error" } });
    const result = await publish();

    expect(result.action).toBe("created");
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS_PATH).map((r) => r.status)).toEqual([502, 201]);
    expect(commentsOn(gh)).toHaveLength(1);
  });

  it("other errors propagate with a clear message", async () => {
    const { gh, publish } = await setup({}, { retries: 1 });
    gh.failNext({ method: "POST", path: COMMENTS_PATH }, { status: 500, body: { message: "Server Error" }, times: 2 });
    await expect(publish()).rejects.toThrow(/GitHub API: creating the comment on acme\/app#7 failed \(HTTP 500: Server Error/);
    expect(gh.requests.filter((r) => r.method === "POST" && r.path === COMMENTS_PATH)).toHaveLength(2);

    await expect(publish({ body: "x".repeat(70_000) })).rejects.toThrow(/HTTP 422: .*too long/);
    await expect(publish({ marker: "a --> b" })).rejects.toThrow(/invalid comment marker/);
  });

  it("when the viewer query fails it edits and minimizes nothing: it posts a new comment, or none, and says so", async () => {
    const { gh, octokit, publish, logs } = await setup({ comments: [{ issueNumber: 7, body: `${MARK}\nold`, user: BOT }] });
    // Why GET /user is no option: like GitHub, the fake refuses it for an installation token.
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    const viewerFails = () =>
      gh.failNext({ method: "POST", path: "/graphql" }, { status: 403, body: { message: "Resource not accessible by integration" } });

    viewerFails();
    const posted = await publish({ mode: "hide-and-new" });
    expect(posted.action).toBe("created");
    expect(posted.warning).toMatch(
      /could not tell which GitHub account the token belongs to, so it edits and hides no earlier comment; it posts a new one instead/,
    );
    expect(commentsOn(gh).map((c) => [c.body, c.minimizedReason])).toEqual([
      [`${MARK}\nold`, null],
      [`${MARK}\ncost: $10`, null],
    ]);
    expect(gh.requests.filter((r) => r.method === "PATCH" || JSON.stringify(r.body ?? null).includes("minimizeComment"))).toEqual([]);
    expect(logs.join("\n")).toMatch(/could not resolve the token's login via GraphQL viewer \(HTTP 403/);

    viewerFails();
    const quiet = await publish({ worthAComment: false });
    expect(quiet.action).toBe("skipped");
    expect(quiet.warning).toMatch(/nothing is worth a new one, so it posts none/);
    expect(commentsOn(gh)).toHaveLength(2);
  });

  it("leaves alone another workflow's bot comment that echoes the marker inside its body", async () => {
    const echo = `Deploy preview ready.\n\n${MARK}\n(copied from the cost report)`;
    const { gh, publish } = await setup({ comments: [{ issueNumber: 7, body: echo, user: BOT }] });
    expect((await publish()).action).toBe("created");
    expect((await publish({ mode: "hide-and-new", body: "again" })).action).toBe("hidden-and-created");
    const [other, first, second] = commentsOn(gh);
    expect(other).toMatchObject({ body: echo, minimizedReason: null });
    expect(first).toMatchObject({ body: `${MARK}\ncost: $10`, minimizedReason: "outdated" });
    expect(second).toMatchObject({ body: `${MARK}\nagain`, minimizedReason: null });
  });

  it("with a personal token, own comments are the user's (case-insensitive), not the bot's", async () => {
    const octocat: FakeUser = { login: "OctoCat", type: "User" };
    const { gh, publish } = await setup({
      token: "ghp_personal",
      viewer: octocat,
      comments: [
        { issueNumber: 7, body: `${MARK}\nbot's`, user: BOT },
        { issueNumber: 7, body: `${MARK}\nmine`, user: { login: "octocat", type: "User" } },
      ],
    });
    expect((await publish()).action).toBe("updated");
    expect(commentsOn(gh).map((c) => c.body)).toEqual([`${MARK}\nbot's`, `${MARK}\ncost: $10`]);
  });

  it("works against a GitHub Enterprise Server layout (REST /api/v3, GraphQL /api/graphql)", async () => {
    const { gh, publish } = await setup({ enterprise: true });
    expect(gh.url).toMatch(/\/api\/v3$/);
    expect((await publish()).action).toBe("created");
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /graphql 200",
      `GET ${COMMENTS_PATH} 200`,
      `POST ${COMMENTS_PATH} 201`,
    ]);
  });
});

describe("createOctokit rate limiting", () => {
  const rateLimited = () => ({
    status: 403,
    body: { message: "API rate limit exceeded for installation ID 1.", documentation_url: "https://docs.github.com/rest" },
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)) },
  });

  it("retries a rate-limited request (the client's one policy: 3 retries), logging through the injected log", async () => {
    const { gh, octokit, logs } = await setup({ files: { main: { "a.yaml": "x: 1\n" } } });
    gh.failNext({ path: "/repos/acme/app/contents/a.yaml" }, { ...rateLimited(), times: 2 });
    expect(await readFileAtRef(octokit, { owner: "acme", repo: "app", path: "a.yaml", ref: "main" })).toBe("x: 1\n");
    expect(gh.requests.map((r) => r.status)).toEqual([403, 403, 200]);
    expect(
      logs.filter((l) =>
        /^GitHub GET \/repos\/acme\/app\/contents\/a\.yaml\?ref=main: 403 Forbidden; retrying in \d+ s \([12]\/3\)$/.test(l),
      ),
    ).toHaveLength(2);

    gh.requests.length = 0;
    gh.failNext({ path: "/repos/acme/app/contents/a.yaml" }, { ...rateLimited(), times: 4 });
    await expect(readFileAtRef(octokit, { owner: "acme", repo: "app", path: "a.yaml", ref: "main" })).rejects.toThrow(
      /HTTP 403: API rate limit exceeded/,
    );
    expect(gh.requests.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(logs.at(-1)).toBe("GitHub GET /repos/acme/app/contents/a.yaml?ref=main: 403 Forbidden 4 times; giving up");
  });

  it("a rate-limited write is not mistaken for a permission problem", async () => {
    const { gh, publish } = await setup({}, { retries: 0 });
    gh.failNext({ method: "POST", path: COMMENTS_PATH }, rateLimited());
    await expect(publish()).rejects.toThrow(/creating the comment .*HTTP 403: API rate limit exceeded/);
  });
});

describe("files at a ref", () => {
  const files = {
    main: { "ai-workloads.yaml": "workloads: []\n", "svc/api/ai-workloads.yaml": "name: café ☕\n", "README.md": "# hi\n" },
    "feature/x": { "ai-workloads.yaml": "workloads: [a]\n", "big.yaml": "a".repeat(1024 * 1024 + 10) },
  };
  const at = (ref: string, path: string) => ({ owner: "acme", repo: "app", ref, path });

  it("readFileAtRef returns the UTF-8 text at that ref, or null on 404", async () => {
    const { gh, octokit } = await setup({ files });
    expect(await readFileAtRef(octokit, at("main", "svc/api/ai-workloads.yaml"))).toBe("name: café ☕\n");
    expect(await readFileAtRef(octokit, at("feature/x", "ai-workloads.yaml"))).toBe("workloads: [a]\n");
    expect(gh.requests[1]).toMatchObject({ path: "/repos/acme/app/contents/ai-workloads.yaml", query: { ref: "feature/x" } });
    expect(await readFileAtRef(octokit, at("main", "missing.yaml"))).toBeNull();
    expect(await readFileAtRef(octokit, at("no-such-branch", "ai-workloads.yaml"))).toBeNull();
    expect(gh.requests.slice(2).map((r) => r.status)).toEqual([404, 404]);
  });

  it("readFileAtRef fetches files over 1 MB raw and refuses directories", async () => {
    const { gh, octokit } = await setup({ files });
    const big = await readFileAtRef(octokit, at("feature/x", "big.yaml"));
    expect(big).toHaveLength(1024 * 1024 + 10);
    expect(gh.requests.filter((r) => r.path === "/repos/acme/app/contents/big.yaml")).toHaveLength(2);
    await expect(readFileAtRef(octokit, at("main", "svc"))).rejects.toThrow(/svc at main .*not a file \(dir\)/);
  });

  it("listFilesAtRef lists blob paths recursively via the trees API", async () => {
    const { gh, octokit } = await setup({ files });
    expect(await listFilesAtRef(octokit, { owner: "acme", repo: "app", ref: "main" })).toEqual([
      "README.md",
      "ai-workloads.yaml",
      "svc/api/ai-workloads.yaml",
    ]);
    expect(gh.requests[0]).toMatchObject({ method: "GET", path: "/repos/acme/app/git/trees/main", query: { recursive: "1" } });

    gh.state.truncatedTrees = true;
    await expect(listFilesAtRef(octokit, { owner: "acme", repo: "app", ref: "main" })).rejects.toThrow(/truncated/);
    await expect(listFilesAtRef(octokit, { owner: "acme", repo: "app", ref: "nope" })).rejects.toThrow(
      /listing files at nope in acme\/app failed \(HTTP 404: No commit found for the ref nope/,
    );
  });
});
