import { Octokit } from "@octokit/rest";
import { checkCredential, codeHostPolicy, createHttpClient, HttpError, originOf } from "./http.js";

/**
 * GitHub API adapter: Octokit over the one HTTP client (adapters/http.ts), so GitHub gets the
 * same timeouts, retries and Retry-After handling as every other API, and the token goes only
 * to the API's origin; plus reading files at a ref. The sticky comment is in publish/github.ts.
 */

export type Log = (msg: string) => void;

export type GitHubClient = Octokit;

export interface CreateOctokitOptions {
  token: string;
  /** Where the token came from, named in errors (never the token): GITHUB_TOKEN or the token input. */
  tokenName?: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server (https://host/api/v3) works too. */
  apiUrl: string;
  log: Log;
  /** Milliseconds per second of Retry-After and of the first back-off (default 1000); tests pass 1. */
  retryAfterBaseValue?: number;
  /** Retries of 429, 5xx, rate-limit 403s and transport failures (default 3). */
  retries?: number;
  /** Milliseconds before one attempt is abandoned (and retried like a 5xx); default 30 s. */
  timeoutMs?: number;
}

/** GitHub's answers (a page of 100 comments, a file of up to 100 MB raw) stay under this. */
const MAX_RESPONSE_BYTES = 128 * 1024 * 1024;
/** Pages of 100 comments one listing may take: 100,000 comments. */
export const MAX_PAGES = 1000;

export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const name = options.tokenName ?? "GITHUB_TOKEN";
  checkCredential(name, options.token);
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  const http = createHttpClient(
    codeHostPolicy("GitHub", MAX_RESPONSE_BYTES, {
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      secondMs: options.retryAfterBaseValue,
      log: options.log,
    }),
    // Octokit writes the header itself; the client strips it from any request to another origin.
    { name, value: options.token, header: "authorization", prefix: "Bearer ", origins: [originOf(baseUrl)] },
  );
  return new Octokit({
    auth: options.token,
    baseUrl,
    userAgent: "tokenbudget",
    request: { fetch: http.fetch },
    // Octokit logs warnings to the console by default; route them through the
    // injected logger and drop its per-request info/error chatter (failures
    // surface as thrown errors or explicit results instead).
    log: {
      debug: () => {},
      info: () => {},
      warn: (msg: string) => {
        options.log(msg);
      },
      error: () => {},
    },
  });
}

// ---------------------------------------------------------------------------
// Errors. RequestError / GraphqlResponseError live in transitive packages we
// do not depend on directly, so they are recognised structurally.

interface HttpErrorLike {
  status: number;
  message: string;
}

export function httpStatus(err: unknown): number | undefined {
  const status = (err as Partial<HttpErrorLike> | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** GraphQL reports permission problems as HTTP 200 with errors[].type FORBIDDEN. */
function isGraphqlForbidden(err: unknown): boolean {
  const errors = (err as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => (e as { type?: unknown } | null)?.type === "FORBIDDEN");
}

/**
 * A write refused because the token lacks permission (e.g. the read-only
 * token of a fork PR). A 403 that is an exhausted rate limit is not that.
 */
export function isWriteForbidden(err: unknown): boolean {
  if (isGraphqlForbidden(err)) return true;
  const message = (err as Partial<HttpErrorLike> | null)?.message;
  return httpStatus(err) === 403 && !(typeof message === "string" && /rate limit/i.test(message));
}

/** The client's own error under Octokit's wrapping: no answer is no HTTP status, whatever Octokit says. */
function transportError(err: unknown): HttpError | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) if (e instanceof HttpError) return e;
  return undefined;
}

export function describe(err: unknown): string {
  const transport = transportError(err);
  if (transport) return transport.message;
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

function wrap(what: string, err: unknown): Error {
  return new Error(`GitHub API: ${what} failed (${describe(err)})`, { cause: err });
}

// ---------------------------------------------------------------------------
// Files at a ref (fallback when the checkout has no usable git history)

export interface RefLocation {
  owner: string;
  repo: string;
  ref: string;
}

/** UTF-8 text of `path` at `ref`, or null when the file (or ref) does not exist. */
export async function readFileAtRef(octokit: GitHubClient, loc: RefLocation & { path: string }): Promise<string | null> {
  const what = `reading ${loc.path} at ${loc.ref} in ${loc.owner}/${loc.repo}`;
  const params = { owner: loc.owner, repo: loc.repo, path: loc.path, ref: loc.ref };
  let data;
  try {
    ({ data } = await octokit.rest.repos.getContent(params));
  } catch (err) {
    if (httpStatus(err) === 404) return null;
    throw wrap(what, err);
  }
  if (Array.isArray(data) || data.type !== "file") {
    throw new Error(`GitHub API: ${what}: not a file (${Array.isArray(data) ? "dir" : data.type})`);
  }
  if (data.encoding === "base64") return Buffer.from(data.content, "base64").toString("utf8");
  // Files over 1 MB come back with encoding "none" and no content; the raw
  // media type serves them (up to 100 MB).
  let content: unknown;
  try {
    content = (await octokit.rest.repos.getContent({ ...params, mediaType: { format: "raw" } })).data;
  } catch (err) {
    throw wrap(what, err);
  }
  // The raw media type answers with the file's text, typed by Octokit as the JSON form.
  if (typeof content === "string") return content;
  if (content instanceof ArrayBuffer) return new TextDecoder().decode(content);
  throw new Error(`GitHub API: ${what}: the raw content is not text`);
}

/** Paths of all files (blobs) in the tree of `ref`, recursively. */
export async function listFilesAtRef(octokit: GitHubClient, loc: RefLocation): Promise<string[]> {
  const what = `listing files at ${loc.ref} in ${loc.owner}/${loc.repo}`;
  let data;
  try {
    ({ data } = await octokit.rest.git.getTree({
      owner: loc.owner,
      repo: loc.repo,
      tree_sha: loc.ref,
      recursive: "1",
    }));
  } catch (err) {
    throw wrap(what, err);
  }
  // A silently partial listing would make manifests vanish from the cost diff.
  if (data.truncated) {
    throw new Error(`GitHub API: ${what}: the tree is too large and GitHub truncated the listing`);
  }
  // Symbolic links (mode 120000) are left out: the contents API would follow them, and
  // tokenbudget never follows links (git reads skip them too).
  return data.tree.flatMap((entry) => (entry.type === "blob" && entry.mode !== "120000" ? [entry.path] : []));
}
