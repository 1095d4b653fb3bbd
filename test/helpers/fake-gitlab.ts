import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server speaking the slice of GitLab's REST API v4 that `comment gitlab` uses
 * (GET /user, merge request notes: list with offset pagination, create, edit, delete), with
 * GitLab's status codes, error bodies (`{"message": ...}`), PRIVATE-TOKEN authentication and
 * its 1,000,000-character note limit.
 */

export interface GitLabUser {
  id: number;
  username: string;
  bot?: boolean;
}

export interface FakeNote {
  id: number;
  body: string;
  author: GitLabUser;
  system: boolean;
  created_at: string;
  updated_at: string;
}

export interface GitLabRequest {
  method: string;
  /** Path after /api/v4, without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

export interface GitLabFault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  /** Never answer (the connection stays open). */
  hang?: boolean;
}

export interface FakeGitLab {
  /** What CI_API_V4_URL holds. */
  apiUrl: string;
  token: string;
  projectId: string;
  iid: number;
  me: GitLabUser;
  notes: FakeNote[];
  requests: GitLabRequest[];
  addNote(body: string, author: GitLabUser, system?: boolean): FakeNote;
  failNext(match: { method?: string; path: string | RegExp }, fault: GitLabFault): void;
  close(): Promise<void>;
}

export const PROJECT_BOT: GitLabUser = { id: 4242, username: "project_17_bot_5c3a", bot: true };

export async function startFakeGitLab(
  options: { token?: string; projectId?: string; iid?: number; me?: GitLabUser; forbidUser?: boolean } = {},
): Promise<FakeGitLab> {
  const token = options.token ?? "glpat-fakeProjectToken";
  const projectId = options.projectId ?? "17";
  const iid = options.iid ?? 12;
  const me = options.me ?? PROJECT_BOT;
  const notes: FakeNote[] = [];
  const requests: GitLabRequest[] = [];
  const faults: Array<{ match: { method?: string; path: string | RegExp }; fault: GitLabFault; left: number }> = [];
  const hung: ServerResponse[] = [];
  let nextId = 900_001;

  const addNote = (body: string, author: GitLabUser, system = false): FakeNote => {
    const now = new Date().toISOString();
    const note = { id: nextId++, body, author, system, created_at: now, updated_at: now };
    notes.push(note);
    return note;
  };
  const apiNote = (n: FakeNote) => ({
    id: n.id,
    type: null,
    body: n.body,
    author: { id: n.author.id, username: n.author.username, name: n.author.username, state: "active", bot: n.author.bot ?? false },
    created_at: n.created_at,
    updated_at: n.updated_at,
    system: n.system,
    noteable_id: 77,
    noteable_type: "MergeRequest",
    noteable_iid: iid,
    resolvable: false,
  });

  class ApiError extends Error {
    constructor(
      readonly status: number,
      readonly body: unknown,
    ) {
      super(String(status));
    }
  }

  function noteBody(body: unknown): string {
    const text = (body as { body?: unknown } | null)?.body;
    if (typeof text !== "string" || text === "") throw new ApiError(400, { error: "body is missing" });
    if (text.length > 1_000_000) throw new ApiError(400, { message: { note: ["is too long (maximum is 1000000 characters)"] } });
    return text;
  }

  function route(
    method: string,
    path: string,
    url: URL,
    body: unknown,
  ): { status?: number; body: unknown; headers?: Record<string, string> } {
    if (path === "/user" && method === "GET") return { body: { id: me.id, username: me.username, bot: me.bot ?? false, state: "active" } };
    const prefix = `/projects/${encodeURIComponent(projectId)}/merge_requests/`;
    if (!path.startsWith(prefix)) throw new ApiError(404, { message: "404 Project Not Found" });
    const m = /^(\d+)\/notes(?:\/(\d+))?$/.exec(path.slice(prefix.length));
    if (!m || Number(m[1]) !== iid) throw new ApiError(404, { message: "404 Not found" });
    const noteId = m[2] === undefined ? undefined : Number(m[2]);
    if (noteId === undefined && method === "GET") {
      const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page") ?? 20) || 20, 1), 100);
      const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
      // GitLab's default is newest first; sort=asc gives the order they were written in.
      const ordered = url.searchParams.get("sort") === "asc" ? [...notes] : [...notes].reverse();
      const pages = Math.max(Math.ceil(ordered.length / perPage), 1);
      return {
        body: ordered.slice((page - 1) * perPage, page * perPage).map(apiNote),
        headers: {
          "x-page": String(page),
          "x-per-page": String(perPage),
          "x-total": String(ordered.length),
          "x-total-pages": String(pages),
          "x-next-page": page < pages ? String(page + 1) : "",
          "x-prev-page": page > 1 ? String(page - 1) : "",
        },
      };
    }
    if (noteId === undefined && method === "POST") return { status: 201, body: apiNote(addNote(noteBody(body), me)) };
    const note = notes.find((n) => n.id === noteId);
    if (noteId === undefined || note === undefined) throw new ApiError(404, { message: "404 Not found" });
    if (note.author.id !== me.id && method !== "GET") throw new ApiError(403, { message: "403 Forbidden" });
    if (method === "PUT") {
      note.body = noteBody(body);
      note.updated_at = new Date().toISOString();
      return { body: apiNote(note) };
    }
    if (method === "DELETE") {
      notes.splice(notes.indexOf(note), 1);
      return { status: 204, body: undefined };
    }
    if (method === "GET") return { body: apiNote(note) };
    throw new ApiError(405, { message: "405 Method Not Allowed" });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/^\/api\/v4/, "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const record: GitLabRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
      status: 0,
      headers: req.headers,
    };
    requests.push(record);
    let status = 200;
    let payload: unknown;
    const headers: Record<string, string> = { "content-type": "application/json" };
    try {
      if (req.headers["private-token"] !== token) throw new ApiError(401, { message: "401 Unauthorized" });
      const i = faults.findIndex(
        ({ match }) =>
          (match.method === undefined || match.method === method) &&
          (typeof match.path === "string" ? match.path === path : match.path.test(path)),
      );
      if (i >= 0) {
        const entry = faults[i]!;
        if (--entry.left <= 0) faults.splice(i, 1);
        if (entry.fault.hang) {
          record.status = -1;
          hung.push(res);
          return;
        }
        status = entry.fault.status ?? 500;
        payload = entry.fault.body ?? { message: `${status}` };
        Object.assign(headers, entry.fault.headers);
      } else {
        if (path === "/user" && options.forbidUser) throw new ApiError(403, { message: "403 Forbidden" });
        const out = route(method, path, url, record.body);
        status = out.status ?? 200;
        payload = out.body;
        Object.assign(headers, out.headers);
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status = error.status;
      payload = error.body;
    }
    record.status = status;
    res.writeHead(status, headers);
    res.end(payload === undefined ? "" : JSON.stringify(payload));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `fake GitLab crashed: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${origin}/api/v4`,
    token,
    projectId,
    iid,
    me,
    notes,
    requests,
    addNote,
    failNext(match, fault) {
      faults.push({ match, fault, left: fault.times ?? 1 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
