import { createHash } from "node:crypto";
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server speaking the slice of the GitHub REST and GraphQL
 * APIs the adapter uses, with GitHub's status codes, error bodies, pagination
 * Link headers and token semantics, so tests exercise the real Octokit stack
 * (plugins included) instead of mocks.
 */

export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}

export interface FakeComment {
  id: number;
  node_id: string;
  issueNumber: number;
  body: string;
  html_url: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  minimizedReason: string | null;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  /** Account behind the accepted token; a Bot is an app installation (GET /user → 403). */
  viewer: FakeUser;
  comments: FakeComment[];
  /** ref (branch name or sha) → path → UTF-8 content. */
  files: Record<string, Record<string, string>>;
  /** Make tree listings come back truncated, as GitHub does for huge repositories. */
  truncatedTrees: boolean;
  /** Behave like the read-only GITHUB_TOKEN of a fork PR: every write is refused. */
  readOnly: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without query and without the GHES /api/v3 prefix; GraphQL is "/graphql". */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface Fault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many consecutive matching calls fail (default 1). */
  times?: number;
  /** Never answer: the connection stays open until the client gives up. */
  hang?: boolean;
}

export interface FaultMatch {
  method?: string;
  /** Exact path (as recorded) or a pattern. */
  path: string | RegExp;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The only token accepted; anything else is 401 Bad credentials. */
  token?: string;
  viewer?: FakeUser;
  comments?: Array<{ issueNumber?: number; body: string; user: FakeUser; minimized?: boolean }>;
  files?: Record<string, Record<string, string>>;
  readOnly?: boolean;
  /** Serve like GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql. */
  enterprise?: boolean;
}

export interface FakeGitHub {
  /** REST base URL, i.e. what GITHUB_API_URL would hold. */
  url: string;
  token: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  addComment(issueNumber: number, body: string, user: FakeUser): FakeComment;
  failNext(match: FaultMatch, fault: Fault): void;
  close(): Promise<void>;
}

export const BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };
/** GitHub's payloads only hold files up to 1 MB inline. */
const CONTENTS_INLINE_LIMIT = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly docs = "https://docs.github.com/rest",
  ) {
    super(message);
  }
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? "ghs_fakeInstallationToken";
  const restPrefix = options.enterprise ? "/api/v3" : "";
  const graphqlPath = options.enterprise ? "/api/graphql" : "/graphql";
  const state: FakeGitHubState = {
    owner: options.owner ?? "acme",
    repo: options.repo ?? "app",
    viewer: options.viewer ?? BOT,
    comments: [],
    files: options.files ?? {},
    truncatedTrees: false,
    readOnly: options.readOnly ?? false,
  };
  const requests: RecordedRequest[] = [];
  const faults: Array<{ match: FaultMatch; fault: Fault; left: number }> = [];
  let nextId = 1_000_001;
  let origin = "";

  const addComment = (issueNumber: number, body: string, user: FakeUser): FakeComment => {
    const id = nextId++;
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(`IssueComment:${id}`).toString("base64url")}`,
      issueNumber,
      body,
      html_url: `https://github.com/${state.owner}/${state.repo}/pull/${issueNumber}#issuecomment-${id}`,
      user,
      created_at: now,
      updated_at: now,
      minimizedReason: null,
    };
    state.comments.push(comment);
    return comment;
  };
  for (const seed of options.comments ?? []) {
    const c = addComment(seed.issueNumber ?? 1, seed.body, seed.user);
    if (seed.minimized) c.minimizedReason = "outdated";
  }

  const restComment = (c: FakeComment) => ({
    id: c.id,
    node_id: c.node_id,
    url: `${origin}${restPrefix}/repos/${state.owner}/${state.repo}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${origin}${restPrefix}/repos/${state.owner}/${state.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user.login, id: Number.parseInt(sha1(c.user.login).slice(0, 7), 16), type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
  });

  function listComments(issueNumber: number, url: URL): { body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page") ?? 30) || 30, 1), 100);
    const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
    const all = state.comments.filter((c) => c.issueNumber === issueNumber);
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const pageUrl = (p: number) => {
      const u = new URL(url.href);
      u.searchParams.set("per_page", String(perPage));
      u.searchParams.set("page", String(p));
      return u.href;
    };
    // RFC 5988 links exactly as GitHub sends them: next/last ahead, prev/first behind.
    const links: string[] = [];
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
    return {
      body: all.slice((page - 1) * perPage, page * perPage).map(restComment),
      headers: links.length > 0 ? { link: links.join(", ") } : {},
    };
  }

  function requireBody(body: unknown): string {
    const text = (body as { body?: unknown } | null)?.body;
    if (typeof text !== "string") throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    if (text.length > 65536) throw new HttpError(422, "Validation Failed: body is too long (maximum is 65536 characters)");
    return text;
  }

  function treeAt(ref: string): Record<string, string> {
    const files = state.files[ref];
    if (files === undefined) throw new HttpError(404, `No commit found for the ref ${ref}`);
    return files;
  }

  function getContents(path: string, ref: string, accept: string): { body: unknown; raw?: string } {
    const files = treeAt(ref);
    const docs = "https://docs.github.com/rest/repos/contents#get-repository-content";
    const content = files[path];
    if (content === undefined) {
      const children = Object.keys(files).filter((p) => p.startsWith(`${path}/`));
      if (children.length === 0) throw new HttpError(404, "Not Found", docs);
      const names = [...new Set(children.map((p) => p.slice(path.length + 1).split("/")[0]!))].sort();
      return {
        body: names.map((name) => {
          const full = `${path}/${name}`;
          const isFile = files[full] !== undefined;
          return { type: isFile ? "file" : "dir", name, path: full, sha: sha1(full), size: isFile ? files[full]!.length : 0 };
        }),
      };
    }
    if (accept.includes("raw")) return { body: null, raw: content };
    const size = Buffer.byteLength(content);
    const inline = size <= CONTENTS_INLINE_LIMIT;
    return {
      body: {
        type: "file",
        name: path.split("/").at(-1),
        path,
        sha: sha1(content),
        size,
        // GitHub wraps base64 at 60 columns and omits content beyond 1 MB.
        encoding: inline ? "base64" : "none",
        content: inline
          ? (
              Buffer.from(content)
                .toString("base64")
                .match(/.{1,60}/g) ?? []
            ).join("\n")
          : "",
      },
    };
  }

  function getTree(sha: string, recursive: boolean): unknown {
    const files = treeAt(sha);
    const entries = new Map<string, { type: "blob" | "tree"; size?: number }>();
    for (const [path, content] of Object.entries(files)) {
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++) entries.set(parts.slice(0, i).join("/"), { type: "tree" });
      entries.set(path, { type: "blob", size: Buffer.byteLength(content) });
    }
    const tree = [...entries]
      .filter(([path]) => recursive || !path.includes("/"))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, e]) => ({
        path,
        mode: e.type === "blob" ? "100644" : "040000",
        type: e.type,
        sha: sha1(e.type === "blob" ? files[path]! : path),
        ...(e.size === undefined ? {} : { size: e.size }),
      }));
    return { sha: sha1(sha), tree, truncated: state.truncatedTrees };
  }

  function graphql(body: unknown): unknown {
    const { query, variables = {} } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== "string") throw new HttpError(400, "Problems parsing JSON");
    const isMutation = /^\s*mutation\b/.test(query);
    if (isMutation && state.readOnly) {
      // GitHub answers GraphQL permission errors with HTTP 200.
      return { data: null, errors: [{ type: "FORBIDDEN", path: [], message: "Resource not accessible by integration" }] };
    }
    if (isMutation && query.includes("minimizeComment")) {
      const input = (variables.input ?? {}) as { subjectId?: unknown; classifier?: unknown };
      const comment = state.comments.find((c) => c.node_id === input.subjectId);
      if (comment === undefined) {
        return {
          data: { minimizeComment: null },
          errors: [
            {
              type: "NOT_FOUND",
              path: ["minimizeComment"],
              message: `Could not resolve to a node with the global id of '${String(input.subjectId)}'`,
            },
          ],
        };
      }
      const classifiers = ["SPAM", "ABUSE", "OFF_TOPIC", "OUTDATED", "DUPLICATE", "RESOLVED"];
      if (typeof input.classifier !== "string" || !classifiers.includes(input.classifier)) {
        return { errors: [{ message: `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value` }] };
      }
      comment.minimizedReason = input.classifier.toLowerCase();
      return { data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: comment.minimizedReason } } } };
    }
    if (/\bnodes\s*\(\s*ids:/.test(query)) {
      const ids = Array.isArray(variables.ids) ? variables.ids : [];
      return {
        data: {
          nodes: ids.map((id) => {
            const c = state.comments.find((x) => x.node_id === id);
            return c === undefined ? null : { id: c.node_id, isMinimized: c.minimizedReason !== null };
          }),
        },
      };
    }
    if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return { data: { viewer: { login: state.viewer.login } } };
    return { errors: [{ message: "fake GitHub: unsupported GraphQL document", locations: [{ line: 1, column: 1 }] }] };
  }

  async function route(req: IncomingMessage, url: URL, path: string, body: unknown) {
    const method = req.method ?? "GET";
    if (path === "/graphql" && method === "POST") return { body: graphql(body) };
    if (path === "/user" && method === "GET") {
      if (state.viewer.type === "Bot") {
        throw new HttpError(
          403,
          "Resource not accessible by integration",
          "https://docs.github.com/rest/users/users#get-the-authenticated-user",
        );
      }
      return { body: { login: state.viewer.login, type: state.viewer.type } };
    }
    if (state.readOnly && method !== "GET") throw new HttpError(403, "Resource not accessible by integration");
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (repoMatch === null || repoMatch[1] !== state.owner || repoMatch[2] !== state.repo) throw new HttpError(404, "Not Found");
    const rest = repoMatch[3]!;
    let m: RegExpExecArray | null;
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issueNumber = Number(m[1]);
      if (method === "GET") return listComments(issueNumber, url);
      if (method === "POST") return { status: 201, body: restComment(addComment(issueNumber, requireBody(body), state.viewer)) };
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === "PATCH") {
      const comment = state.comments.find((c) => c.id === Number(m![1]));
      if (comment === undefined) throw new HttpError(404, "Not Found");
      comment.body = requireBody(body);
      comment.updated_at = new Date().toISOString();
      return { body: restComment(comment) };
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === "GET") {
      return getContents(decodeURIComponent(m[1]!), url.searchParams.get("ref") ?? "main", req.headers.accept ?? "");
    }
    if ((m = /^\/git\/trees\/(.+)$/.exec(rest)) && method === "GET") {
      const recursive = url.searchParams.has("recursive") && url.searchParams.get("recursive") !== "0";
      return { body: getTree(decodeURIComponent(m[1]!), recursive) };
    }
    throw new HttpError(404, "Not Found");
  }

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, "Problems parsing JSON");
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", origin);
    const method = req.method ?? "GET";
    let path = url.pathname;
    if (path === graphqlPath) path = "/graphql";
    else if (restPrefix !== "" && path.startsWith(`${restPrefix}/`)) path = path.slice(restPrefix.length);
    const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 };
    requests.push(record);

    let status = 200;
    let payload: unknown;
    let raw: string | undefined;
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "x-github-request-id": `FAKE:${requests.length}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-resource": path === "/graphql" ? "graphql" : "core",
    };
    try {
      record.body = await readJson(req);
      const auth = req.headers.authorization ?? "";
      if (auth !== `token ${token}` && auth !== `bearer ${token}` && auth !== `Bearer ${token}`) {
        throw new HttpError(401, path === "/graphql" ? "This endpoint requires you to be authenticated." : "Bad credentials");
      }
      const i = faults.findIndex(
        ({ match }) =>
          (match.method === undefined || match.method.toUpperCase() === method) &&
          (typeof match.path === "string" ? match.path === path : match.path.test(path)),
      );
      if (i >= 0) {
        const entry = faults[i]!;
        if (--entry.left <= 0) faults.splice(i, 1);
        if (entry.fault.hang) {
          record.status = -1;
          return;
        }
        status = entry.fault.status;
        payload = entry.fault.body ?? { message: STATUS_CODES[status] ?? "Error" };
        Object.assign(headers, entry.fault.headers);
      } else {
        const out = await route(req, url, path, record.body);
        status = "status" in out && typeof out.status === "number" ? out.status : 200;
        payload = out.body;
        if ("headers" in out) Object.assign(headers, out.headers);
        if ("raw" in out && out.raw !== undefined) raw = out.raw;
      }
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      status = err.status;
      payload = { message: err.message, documentation_url: err.docs, status: String(err.status) };
    }
    record.status = status;
    if (raw !== undefined) headers["content-type"] = "text/plain; charset=utf-8";
    res.writeHead(status, headers);
    res.end(raw ?? JSON.stringify(payload));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ message: `fake GitHub crashed: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}${restPrefix}`,
    token,
    state,
    requests,
    addComment,
    failNext(match, fault) {
      faults.push({ match, fault, left: fault.times ?? 1 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
