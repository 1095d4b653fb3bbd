import { describe, httpStatus, isWriteForbidden, MAX_PAGES, type GitHubClient } from "../github.js";
import { MAX_COMMENT_CHARS } from "../../core/render/markdown.js";
import { PublishError, type Log, type PostedComment, type Publisher } from "./publisher.js";

export interface GitHubTarget {
  owner: string;
  repo: string;
  /** The pull request's number (its issue number). */
  issueNumber: number;
}

interface GitHubComment extends PostedComment {
  nodeId: string;
}

function failure(error: unknown): PublishError {
  return new PublishError(describe(error), httpStatus(error), isWriteForbidden(error));
}

interface ApiComment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

function posted(c: ApiComment): GitHubComment {
  return {
    id: String(c.id),
    nodeId: c.node_id,
    body: c.body ?? "",
    // Logins are case-insensitive on GitHub.
    author: c.user?.login.toLowerCase() ?? "",
    url: c.html_url,
  };
}

/** The request's answer, or its failure as a PublishError (forbidden when the token may not write). */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw failure(error);
  }
}

/** The token's login from GraphQL `viewer`, lower-cased; null when it cannot be told (bad credentials throw). */
async function viewerLogin(octokit: GitHubClient, log: Log): Promise<string | null> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    return viewer.login.toLowerCase();
  } catch (error) {
    // Bad credentials fail everything after; say so now, with GitHub's words.
    if (httpStatus(error) === 401) throw failure(error);
    log(`could not resolve the token's login via GraphQL viewer (${describe(error)})`);
    return null;
  }
}

async function listComments(octokit: GitHubClient, target: GitHubTarget): Promise<GitHubComment[]> {
  const comments: GitHubComment[] = [];
  let pages = 0;
  // Bounded: an API that keeps announcing a next page must not hold the job forever.
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) {
    if (++pages > MAX_PAGES)
      throw new Error(`still more pages of comments after ${MAX_PAGES}; stopped (the API keeps announcing a next page)`);
    comments.push(...page.data.map(posted));
  }
  return comments;
}

/** The node ids among these that are minimized already (one read per 100). */
async function alreadyMinimized(octokit: GitHubClient, nodeIds: readonly string[]): Promise<Set<string>> {
  const hidden = new Set<string>();
  for (let i = 0; i < nodeIds.length; i += 100) {
    const { nodes } = await octokit.graphql<{ nodes: Array<{ id: string; isMinimized: boolean } | null> }>(
      "query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }",
      { ids: nodeIds.slice(i, i + 100) },
    );
    for (const node of nodes) if (node?.isMinimized) hidden.add(node.id);
  }
  return hidden;
}

/** Minimizes those not minimized yet, so each run does not re-minimize every older one. */
async function minimize(octokit: GitHubClient, comments: readonly GitHubComment[]): Promise<void> {
  const nodeIds = comments.map((c) => c.nodeId);
  const hidden = await alreadyMinimized(octokit, nodeIds);
  for (const id of nodeIds.filter((n) => !hidden.has(n))) {
    await octokit.graphql(
      "mutation($input: MinimizeCommentInput!) { minimizeComment(input: $input) { minimizedComment { isMinimized } } }",
      { input: { subjectId: id, classifier: "OUTDATED" } },
    );
  }
}

/**
 * The pull request's issue comments through Octokit. Identity comes from GraphQL `viewer`:
 * GET /user answers 403 for app installation tokens (the default GITHUB_TOKEN), whereas
 * `viewer` works for installation tokens, PATs and GitHub App tokens alike and returns the
 * REST-style login ("github-actions[bot]"). When it fails the identity is unknown, never
 * guessed: every workflow using GITHUB_TOKEN posts as the same bot.
 */
export function githubPublisher(octokit: GitHubClient, target: GitHubTarget, log: Log): Publisher {
  const where = { owner: target.owner, repo: target.repo };
  return {
    platform: "GitHub",
    where: `${target.owner}/${target.repo}#${target.issueNumber}`,
    maxBodyChars: MAX_COMMENT_CHARS,
    hideVerb: "minimized",
    identity: () => viewerLogin(octokit, log),
    list: () => call(() => listComments(octokit, target)),
    create: (body) =>
      call(async () => posted((await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body })).data)),
    update: (comment, body) =>
      call(async () => posted((await octokit.rest.issues.updateComment({ ...where, comment_id: Number(comment.id), body })).data)),
    // The comments come from list() above, so they carry their node ids.
    hide: (comments) => call(() => minimize(octokit, comments as GitHubComment[])),
  };
}
