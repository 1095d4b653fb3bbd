import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/**
 * GitHub API adapter for the Action: a resilient Octokit plus the few calls
 * the Action needs (sticky PR comment, reading files at a ref).
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

function httpStatus(err: unknown): number | undefined {
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
function isWriteForbidden(err: unknown): boolean {
  if (isGraphqlForbidden(err)) return true;
  return httpStatus(err) === 403 && !/rate limit/i.test(String((err as HttpErrorLike).message));
}

function describe(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

function wrap(what: string, err: unknown): Error {
  return new Error(`GitHub API: ${what} failed (${describe(err)})`, { cause: err });
}

// ---------------------------------------------------------------------------
// Sticky PR comment

export type CommentMode = "update" | "new" | "hide-and-new" | "off";

export interface PublishCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** Distinguishes instances (e.g. working directories) so several sticky comments coexist. */
  marker: string;
  mode: CommentMode;
  /** false: when there is no earlier comment of ours, post nothing. */
  createIfMissing: boolean;
  log: Log;
}

export interface PublishCommentResult {
  action: "created" | "updated" | "unchanged" | "hidden-and-created" | "skipped" | "forbidden";
  url?: string;
  warning?: string;
}

/** Login used by the default GITHUB_TOKEN when the viewer cannot be queried. */
export const DEFAULT_BOT_LOGIN = "github-actions[bot]";

export function markerComment(marker: string): string {
  // The marker sits inside an HTML comment: it must not close it or span lines.
  if (marker === "" || /-->|[\r\n]/.test(marker)) {
    throw new Error(`invalid comment marker ${JSON.stringify(marker)}: must be non-empty, one line, without "-->"`);
  }
  return `<!-- tokenbudget:${marker} -->`;
}

/**
 * The login of the token's own account, to recognise our own comments.
 *
 * GET /user answers 403 for app installation tokens (the default
 * GITHUB_TOKEN), whereas GraphQL `viewer` works for installation tokens, PATs
 * and GitHub App tokens alike and returns the REST-style login
 * ("github-actions[bot]", "my-app[bot]", "octocat"). This is what
 * marocchino/sticky-pull-request-comment adopted (PR #332) precisely so a
 * user quoting the marker cannot get their comment edited; marker-only
 * matching (actions/dependency-review-action) has that flaw, and
 * peter-evans/find-comment leaves the author to the workflow author. If the
 * viewer query fails we assume the default GITHUB_TOKEN bot: the worst case
 * is a duplicate comment, never editing someone else's.
 */
export async function resolveOwnLogin(octokit: GitHubClient, log: Log): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    return viewer.login;
  } catch (err) {
    log(`could not resolve the token's login via GraphQL viewer (${describe(err)}); assuming ${DEFAULT_BOT_LOGIN}`);
    return DEFAULT_BOT_LOGIN;
  }
}

interface OwnComment {
  id: number;
  node_id: string;
  body: string;
  html_url: string;
}

async function findOwnMarkedComments(
  octokit: GitHubClient,
  opts: PublishCommentOptions,
  marker: string,
): Promise<OwnComment[]> {
  const login = (await resolveOwnLogin(octokit, opts.log)).toLowerCase();
  let comments;
  try {
    comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: opts.owner,
      repo: opts.repo,
      issue_number: opts.issueNumber,
      per_page: 100,
    });
  } catch (err) {
    throw wrap(`listing comments of ${opts.owner}/${opts.repo}#${opts.issueNumber}`, err);
  }
  // Logins are case-insensitive on GitHub. Oldest first, as the API lists them.
  return comments
    .filter((c) => c.user?.login.toLowerCase() === login && c.body?.includes(marker))
    .map((c) => ({ id: c.id, node_id: c.node_id, body: c.body ?? "", html_url: c.html_url }));
}

/**
 * Of the given comment node ids, those not minimized yet, so hide-and-new does
 * not re-minimize every older comment on each run (one read per 100 ids).
 */
async function visibleComments(octokit: GitHubClient, comments: OwnComment[]): Promise<OwnComment[]> {
  const hidden = new Set<string>();
  for (let i = 0; i < comments.length; i += 100) {
    const ids = comments.slice(i, i + 100).map((c) => c.node_id);
    const { nodes } = await octokit.graphql<{ nodes: Array<{ id: string; isMinimized: boolean } | null> }>(
      "query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }",
      { ids },
    );
    for (const node of nodes) if (node?.isMinimized) hidden.add(node.id);
  }
  return comments.filter((c) => !hidden.has(c.node_id));
}

const FORBIDDEN_WARNING =
  "tokenbudget could not write the pull request comment: the token is not allowed to (403). " +
  "This is expected for pull requests from forks, whose GITHUB_TOKEN is read-only; " +
  "otherwise grant the workflow `permissions: pull-requests: write`.";

export async function publishComment(
  octokit: GitHubClient,
  opts: PublishCommentOptions,
): Promise<PublishCommentResult> {
  if (opts.mode === "off") return { action: "skipped" };
  const marker = markerComment(opts.marker);
  const body = `${marker}\n${opts.body}`;
  const where = { owner: opts.owner, repo: opts.repo };

  const own = await findOwnMarkedComments(octokit, opts, marker);
  // The newest one is the live sticky comment (older ones may be hidden leftovers).
  const latest = own.at(-1);
  if (latest === undefined && !opts.createIfMissing) {
    opts.log("no earlier tokenbudget comment and nothing worth reporting: not commenting");
    return { action: "skipped" };
  }

  const create = async (): Promise<string> => {
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: opts.issueNumber, body });
    return data.html_url;
  };

  let step = "creating the comment";
  try {
    if (opts.mode === "update" && latest !== undefined) {
      // Skipping identical bodies avoids an edit notification and "edited" noise.
      if (latest.body === body) return { action: "unchanged", url: latest.html_url };
      step = `updating comment ${latest.id}`;
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: latest.id, body });
      return { action: "updated", url: data.html_url };
    }
    if (opts.mode === "hide-and-new" && latest !== undefined) {
      step = "checking which earlier comments are minimized";
      for (const old of await visibleComments(octokit, own)) {
        step = `minimizing comment ${old.id}`;
        await octokit.graphql(
          "mutation($input: MinimizeCommentInput!) { minimizeComment(input: $input) { minimizedComment { isMinimized } } }",
          { input: { subjectId: old.node_id, classifier: "OUTDATED" } },
        );
      }
      step = "creating the comment";
      return { action: "hidden-and-created", url: await create() };
    }
    return { action: "created", url: await create() };
  } catch (err) {
    if (isWriteForbidden(err)) {
      opts.log(`${step}: ${describe(err)}`);
      return { action: "forbidden", warning: FORBIDDEN_WARNING };
    }
    throw wrap(`${step} on ${opts.owner}/${opts.repo}#${opts.issueNumber}`, err);
  }
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
