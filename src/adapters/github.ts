import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { DEFAULT_TIMEOUT_MS, fetchWithTimeout } from "./http.js";

/**
 * GitHub API adapter: a resilient Octokit (retries, rate limits, a timeout on every request)
 * plus reading files at a ref. The sticky comment is in publish/github.ts.
 */

export type Log = (msg: string) => void;

const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface CreateOctokitOptions {
  token: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server (https://host/api/v3) works too. */
  apiUrl: string;
  log: Log;
  /** Milliseconds per "retry after" unit for both plugins (default 1000); tests pass 1. */
  retryAfterBaseValue?: number;
  /** Retries of 5xx/transport failures (plugin-retry default: 3). */
  retries?: number;
  /**
   * Client-side throttling (default on) queues writes and GraphQL calls ≥1 s
   * apart, as GitHub advises against secondary rate limits. Tests that do not
   * exercise rate limiting switch it off to stay fast.
   */
  throttle?: boolean;
  /** Milliseconds before one request is abandoned (and retried like a 5xx); default 30 s. */
  timeoutMs?: number;
}

/** How often a rate-limited request is retried before the error surfaces. */
const RATE_LIMIT_RETRIES = 2;

export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const { log } = options;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < RATE_LIMIT_RETRIES;
      log(
        `GitHub ${kind} hit for ${request.method} ${request.url}; ` +
          (again ? `retrying in ${retryAfter}s (retry ${retryCount + 1}/${RATE_LIMIT_RETRIES})` : "giving up"),
      );
      return again;
    };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "tokenbudget",
    request: { fetch: fetchWithTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    // Octokit logs warnings to the console by default; route them through the
    // injected logger and drop its per-request info/error chatter (failures
    // surface as thrown errors or explicit results instead).
    log: { debug: () => {}, info: () => {}, warn: (msg: string) => log(msg), error: () => {} },
    retry: {
      retryAfterBaseValue,
      ...(options.retries === undefined ? {} : { retries: options.retries }),
    },
    throttle:
      options.throttle === false
        ? { enabled: false }
        : {
            retryAfterBaseValue,
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
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
  return httpStatus(err) === 403 && !/rate limit/i.test(String((err as HttpErrorLike).message));
}

export function describe(err: unknown): string {
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
export async function readFileAtRef(
  octokit: GitHubClient,
  loc: RefLocation & { path: string },
): Promise<string | null> {
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
  try {
    const raw = await octokit.rest.repos.getContent({ ...params, mediaType: { format: "raw" } });
    return String(raw.data);
  } catch (err) {
    throw wrap(what, err);
  }
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
  return data.tree.flatMap((entry) => (entry.type === "blob" && entry.mode !== "120000" && entry.path !== undefined ? [entry.path] : []));
}
