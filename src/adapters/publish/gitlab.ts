import { codeHostPolicy, createHttpClient, HttpError, originOf, type HttpClient, type HttpResponse } from "../http.js";
import { PublishError, type Log, type PostedComment, type Publisher } from "./publisher.js";

/** GitLab refuses notes over 1,000,000 characters; leave room for the marker and a margin. */
export const GITLAB_MAX_NOTE_CHARS = 990_000;
/** A page of 100 notes is far below this; an answer over it is not a page of notes. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** 100 notes a page: 100,000 notes. An API that announces pages past that is looping. */
const MAX_NOTE_PAGES = 1000;

export interface GitLabTarget {
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4. */
  apiUrl: string;
  /** CI_PROJECT_ID: the numeric id or the "group/project" path. */
  projectId: string;
  /** CI_MERGE_REQUEST_IID: the merge request's number within the project. */
  mergeRequestIid: number;
  /** A project or personal access token with the api scope (sent as PRIVATE-TOKEN). */
  token: string;
  /** CI_PROJECT_URL, to link the note; empty: no link. */
  projectUrl?: string;
}

export interface GitLabClientOptions {
  log: Log;
  timeoutMs?: number;
  /** Retries of 429, 5xx and timeouts (default 3). */
  retries?: number;
  /** Milliseconds of the first back-off, doubled each retry, and per second of Retry-After (default 1000); tests pass 1. */
  retryBaseMs?: number;
}

interface Note {
  id: number;
  body: string;
  author?: { id?: number; username?: string } | null;
  system?: boolean;
}

/** GitLab says what went wrong as `message` (a string or a field map) or as OAuth's `error_description`. */
function apiMessage(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
    if (typeof body.message === "string") return body.message;
    if (body.message && typeof body.message === "object") {
      return Object.entries(body.message as Record<string, unknown>)
        .map(([field, problems]) => `${field} ${Array.isArray(problems) ? problems.join(", ") : String(problems)}`)
        .join("; ");
    }
    if (typeof body.error_description === "string") return body.error_description;
    if (typeof body.error === "string") return body.error;
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  return `${status}`;
}

type Answer = { data: unknown; headers: Headers };

/** A 2xx answer's JSON; any other status as a PublishError with GitLab's own message (forbidden on 403). */
function answer(response: HttpResponse): Answer {
  const text = new TextDecoder().decode(response.body);
  if (response.status >= 200 && response.status < 300) {
    try {
      return { data: text === "" ? null : (JSON.parse(text) as unknown), headers: response.headers };
    } catch {
      throw new PublishError(`GitLab sent an answer that is not JSON (HTTP ${response.status})`);
    }
  }
  throw new PublishError(`HTTP ${response.status}: ${apiMessage(response.status, text)}`, response.status, response.status === 403);
}

/** The HTTP client's failures (timeouts, exhausted retries, too many pages) as the publisher's. */
function asPublishError(error: unknown): unknown {
  return error instanceof HttpError ? new PublishError(error.message, error.status) : error;
}

/** The one HTTP client set up for GitLab: the token goes to the API's origin only, and is checked before the first request. */
function gitlabHttp(api: string, token: string, options: GitLabClientOptions): HttpClient {
  try {
    return createHttpClient(
      {
        ...codeHostPolicy("GitLab", MAX_RESPONSE_BYTES, {
          timeoutMs: options.timeoutMs,
          retries: options.retries,
          secondMs: options.retryBaseMs,
          log: options.log,
        }),
        maxPages: MAX_NOTE_PAGES,
      },
      { name: "GITLAB_TOKEN", value: token, header: "private-token", origins: [originOf(api)] },
    );
  } catch (error) {
    throw new PublishError((error as Error).message);
  }
}

const HEADERS = { "content-type": "application/json", "user-agent": "tokenbudget" };

/** The REST calls of one merge request's notes. */
function notesApi(target: GitLabTarget, options: GitLabClientOptions) {
  const api = target.apiUrl.replace(/\/+$/, "");
  const notesPath = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequestIid}/notes`;
  const http = gitlabHttp(api, target.token, options);
  const pageUrl = (page: string) => `${api}${notesPath}?per_page=100&page=${encodeURIComponent(page)}&sort=asc&order_by=created_at`;

  async function request(method: string, path: string, body?: unknown): Promise<Answer> {
    try {
      return answer(
        await http.request(`${api}${path}`, { method, headers: HEADERS, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
      );
    } catch (error) {
      throw asPublishError(error);
    }
  }
  /** Every note but GitLab's own system notes, oldest first. */
  async function list(): Promise<Note[]> {
    const notes: Note[] = [];
    const next = (page: HttpResponse) => {
      const n = page.headers.get("x-next-page");
      return n ? pageUrl(n) : undefined;
    };
    try {
      for await (const page of http.paginate(pageUrl("1"), next, { headers: HEADERS })) {
        for (const note of answer(page).data as Note[]) if (!note.system) notes.push(note);
      }
    } catch (error) {
      throw asPublishError(error);
    }
    return notes;
  }
  return { notesPath, request, list };
}

/** The token's user id; null when it cannot be told (bad credentials throw). */
async function userId(request: (method: string, path: string) => Promise<Answer>, log: Log): Promise<string | null> {
  try {
    const { data } = await request("GET", "/user");
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === "number" ? String(id) : null;
  } catch (error) {
    // Bad credentials fail everything after; say so now, with GitLab's words.
    if (error instanceof PublishError && error.status === 401) throw error;
    log(`could not read the token's user from GET /user (${(error as Error).message})`);
    return null;
  }
}

function postedNote(note: Note, target: GitLabTarget): PostedComment {
  const url = target.projectUrl
    ? `${target.projectUrl.replace(/\/+$/, "")}/-/merge_requests/${target.mergeRequestIid}#note_${note.id}`
    : "";
  return { id: String(note.id), body: note.body, author: String(note.author?.id ?? ""), url };
}

/**
 * A merge request's notes through GitLab's REST API (`/projects/:id/merge_requests/:iid/notes`),
 * with a timeout on every request and retries on 429 (after Retry-After), 5xx and timeouts.
 * GitLab cannot collapse a note, so hide-and-new deletes the earlier ones.
 */
export function gitlabPublisher(target: GitLabTarget, options: GitLabClientOptions): Publisher {
  const { notesPath, request, list } = notesApi(target, options);
  const posted = (note: Note) => postedNote(note, target);
  return {
    platform: "GitLab",
    where: `${target.projectId}!${target.mergeRequestIid}`,
    maxBodyChars: GITLAB_MAX_NOTE_CHARS,
    hideVerb: "deleted",
    identity: () => userId(request, options.log),
    list: async () => (await list()).map(posted),
    create: async (body) => posted((await request("POST", notesPath, { body })).data as Note),
    update: async (comment, body) => posted((await request("PUT", `${notesPath}/${comment.id}`, { body })).data as Note),
    async hide(comments) {
      for (const comment of comments) await request("DELETE", `${notesPath}/${comment.id}`);
    },
  };
}
