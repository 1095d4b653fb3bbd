import { DEFAULT_TIMEOUT_MS, fetchWithTimeout } from "../http.js";
import { PublishError, type Log, type PostedComment, type Publisher } from "./publisher.js";

/** GitLab refuses notes over 1,000,000 characters; leave room for the marker and a margin. */
export const GITLAB_MAX_NOTE_CHARS = 990_000;

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
  /** Milliseconds of the first back-off, doubled each retry (default 1000); tests pass 1. */
  retryBaseMs?: number;
}

interface Note {
  id: number;
  body: string;
  author?: { id?: number; username?: string } | null;
  system?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

/**
 * A merge request's notes through GitLab's REST API (`/projects/:id/merge_requests/:iid/notes`),
 * with a timeout on every request and retries on 429 (after Retry-After), 5xx and timeouts.
 * GitLab cannot collapse a note, so hide-and-new deletes the earlier ones.
 */
export function gitlabPublisher(target: GitLabTarget, options: GitLabClientOptions): Publisher {
  const api = target.apiUrl.replace(/\/+$/, "");
  const notesPath = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequestIid}/notes`;
  const retries = options.retries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const fetchTimed = fetchWithTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  async function request(method: string, path: string, body?: unknown): Promise<{ data: unknown; headers: Headers }> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetchTimed(`${api}${path}`, {
          method,
          headers: { "PRIVATE-TOKEN": target.token, "content-type": "application/json", "user-agent": "tokenbudget" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        // fetch's own TypeError says only "fetch failed"; the reason is its cause.
        const message = error instanceof TypeError && error.cause instanceof Error ? error.cause.message : (error as Error).message;
        if (attempt < retries) {
          options.log(`GitLab ${method} ${path}: ${message}; retrying (${attempt + 1}/${retries})`);
          await sleep(retryBaseMs * 2 ** attempt);
          continue;
        }
        throw new PublishError(message);
      }
      const text = await response.text();
      if (response.ok) return { data: text === "" ? null : (JSON.parse(text) as unknown), headers: response.headers };
      const message = apiMessage(response.status, text);
      if ((response.status === 429 || response.status >= 500) && attempt < retries) {
        const after = Number(response.headers.get("retry-after"));
        const wait = Number.isFinite(after) && after > 0 ? Math.min(after, 60) * retryBaseMs : retryBaseMs * 2 ** attempt;
        options.log(`GitLab ${method} ${path}: HTTP ${response.status} ${message}; retrying in ${wait} ms (${attempt + 1}/${retries})`);
        await sleep(wait);
        continue;
      }
      throw new PublishError(`HTTP ${response.status}: ${message}`, response.status, response.status === 403);
    }
  }

  const url = (id: number) => (target.projectUrl ? `${target.projectUrl.replace(/\/+$/, "")}/-/merge_requests/${target.mergeRequestIid}#note_${id}` : "");
  const posted = (note: Note): PostedComment => ({ id: String(note.id), body: note.body, author: String(note.author?.id ?? ""), url: url(note.id) });

  return {
    platform: "GitLab",
    where: `${target.projectId}!${target.mergeRequestIid}`,
    maxBodyChars: GITLAB_MAX_NOTE_CHARS,
    hideVerb: "deleted",
    async identity() {
      try {
        const { data } = await request("GET", "/user");
        const id = (data as { id?: unknown } | null)?.id;
        return typeof id === "number" ? String(id) : null;
      } catch (error) {
        // Bad credentials fail everything after; say so now, with GitLab's words.
        if (error instanceof PublishError && error.status === 401) throw error;
        options.log(`could not read the token's user from GET /user (${(error as Error).message})`);
        return null;
      }
    },
    async list() {
      const notes: PostedComment[] = [];
      for (let page = "1"; page !== ""; ) {
        const { data, headers } = await request("GET", `${notesPath}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
        for (const note of data as Note[]) if (!note.system) notes.push(posted(note));
        page = headers.get("x-next-page") ?? "";
      }
      return notes;
    },
    create: async (body) => posted((await request("POST", notesPath, { body })).data as Note),
    update: async (comment, body) => posted((await request("PUT", `${notesPath}/${comment.id}`, { body })).data as Note),
    async hide(comments) {
      for (const comment of comments) await request("DELETE", `${notesPath}/${comment.id}`);
    },
  };
}
