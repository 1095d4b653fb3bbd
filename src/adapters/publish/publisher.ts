/**
 * One sticky pull/merge request comment on any code host. The platform adapters (github.ts,
 * gitlab.ts) only list, create, edit and hide comments and say who the token is; which comment
 * is ours, when to write and what to skip is decided here once, so the Action, `comment github`
 * and `comment gitlab` cannot drift. An Azure Repos or Bitbucket adapter is one more Publisher.
 */

export type Log = (message: string) => void;

export type CommentMode = "update" | "new" | "hide-and-new" | "off";
export const COMMENT_MODES: readonly CommentMode[] = ["update", "new", "hide-and-new", "off"];

export interface PostedComment {
  id: string;
  body: string;
  /** The author as the adapter compares it with its identity (GitHub: lower-case login; GitLab: user id). */
  author: string;
  url: string;
}

export interface Publisher {
  /** "GitHub", "GitLab": for messages. */
  readonly platform: string;
  /** The pull request in messages: `acme/app#7`, `group/project!12`. */
  readonly where: string;
  /** The longest body the platform stores, marker included (kept under its hard limit). */
  readonly maxBodyChars: number;
  /** What hide-and-new does to earlier comments here: "minimized", "deleted". */
  readonly hideVerb: string;
  /** The token's own account in the form of PostedComment.author; null when it cannot be told. */
  identity(): Promise<string | null>;
  /** Every comment of the pull request, oldest first. */
  list(): Promise<PostedComment[]>;
  create(body: string): Promise<PostedComment>;
  update(comment: PostedComment, body: string): Promise<PostedComment>;
  /** Minimizes (or, where the platform cannot, deletes) earlier comments; skips those already hidden. */
  hide(comments: readonly PostedComment[]): Promise<void>;
}

/** An API refusal or failure, with the platform's own message; the CLI exits 2 on it. */
export class PublishError extends Error {
  override name = "PublishError";
  constructor(
    message: string,
    /** HTTP status, when there was an answer. */
    readonly status?: number,
    /** The token may not write here (a fork's read-only token, a missing scope). */
    readonly forbidden = false,
  ) {
    super(message);
  }
}

export function markerComment(marker: string): string {
  // The marker sits inside an HTML comment: it must not close it or span lines.
  if (marker === "" || /-->|[\r\n]/.test(marker)) {
    throw new PublishError(`invalid comment marker ${JSON.stringify(marker)}: must be non-empty, one line, without "-->"`);
  }
  return `<!-- tokenbudget:${marker} -->`;
}

export interface StickyOptions {
  /** Distinguishes instances (e.g. working directories) so several sticky comments coexist. */
  marker: string;
  mode: CommentMode;
  /** The full comment, rendered to fit `maxChars`. */
  render: (maxChars: number) => string;
  /** false: nothing worth a new comment (no change over the threshold, no finding). */
  worthAComment: boolean;
  /**
   * What an existing comment becomes when the run is not worth a comment (e.g. "no longer over
   * the threshold"); absent: the full comment, kept current.
   */
  renderQuiet?: (maxChars: number) => string;
  log: Log;
}

export type StickyAction = "created" | "updated" | "unchanged" | "hidden-and-created" | "skipped" | "forbidden";

export interface StickyResult {
  action: StickyAction;
  url?: string;
  /** Something the user should see (a refused write, an unknown identity). */
  warning?: string;
}

/**
 * Ours: the body starts with our marker and the author is the token's own account. A reviewer
 * quoting the comment, or another workflow's bot echoing the marker, is never touched.
 */
function ownComments(all: readonly PostedComment[], marker: string, identity: string): PostedComment[] {
  return all.filter((c) => c.author === identity && c.body.startsWith(`${marker}\n`));
}

export async function publishSticky(publisher: Publisher, options: StickyOptions): Promise<StickyResult> {
  if (options.mode === "off") return { action: "skipped" };
  const marker = markerComment(options.marker);
  const room = publisher.maxBodyChars - marker.length - 1;
  const full = () => `${marker}\n${options.render(room)}`;
  const { log } = options;

  let step = "reading who the token is";
  try {
    const identity = await publisher.identity();
    let own: PostedComment[] = [];
    let warning: string | undefined;
    if (identity === null) {
      // Without knowing who we are, any marked comment could be someone else's: touch none.
      warning =
        `tokenbudget could not tell which ${publisher.platform} account the token belongs to, so it edits and hides no earlier comment; ` +
        (options.worthAComment ? "it posts a new one instead." : "nothing is worth a new one, so it posts none.");
    } else {
      step = "listing the comments";
      own = ownComments(await publisher.list(), marker, identity);
    }
    // The newest one is the live sticky comment (older ones may be hidden leftovers).
    const latest = own.at(-1);

    if (!options.worthAComment) {
      if (latest === undefined) {
        log("no earlier tokenbudget comment and nothing worth reporting: not commenting");
        return { action: "skipped", ...(warning ? { warning } : {}) };
      }
      // Kept current whatever the mode, in place: a quiet run adds no comment.
      const body = options.renderQuiet ? `${marker}\n${options.renderQuiet(room)}` : full();
      if (latest.body === body) return { action: "unchanged", url: latest.url };
      step = `updating comment ${latest.id}`;
      return { action: "updated", url: (await publisher.update(latest, body)).url };
    }

    const body = full();
    if (options.mode === "update" && latest !== undefined) {
      // Skipping identical bodies avoids an edit notification and "edited" noise.
      if (latest.body === body) return { action: "unchanged", url: latest.url };
      step = `updating comment ${latest.id}`;
      return { action: "updated", url: (await publisher.update(latest, body)).url };
    }
    if (options.mode === "hide-and-new" && own.length > 0) {
      step = `hiding ${own.length} earlier comment(s)`;
      // Before creating, so a refused hide never leaves two visible comments.
      await publisher.hide(own);
      log(`${own.length} earlier tokenbudget comment(s) ${publisher.hideVerb}`);
      step = "creating the comment";
      return { action: "hidden-and-created", url: (await publisher.create(body)).url };
    }
    step = "creating the comment";
    return { action: "created", url: (await publisher.create(body)).url, ...(warning ? { warning } : {}) };
  } catch (error) {
    if (error instanceof PublishError && error.forbidden) {
      log(`${step}: ${error.message}`);
      return { action: "forbidden", warning: forbiddenWarning(publisher) };
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new PublishError(
      `${publisher.platform} API: ${step} on ${publisher.where} failed (${message})`,
      error instanceof PublishError ? error.status : undefined,
    );
  }
}

function forbiddenWarning(publisher: Publisher): string {
  if (publisher.platform === "GitHub") {
    return (
      "tokenbudget could not write the pull request comment: the token is not allowed to (403). " +
      "This is expected for pull requests from forks, whose GITHUB_TOKEN is read-only; " +
      "otherwise grant the workflow `permissions: pull-requests: write`."
    );
  }
  return `tokenbudget could not write the ${publisher.platform} comment on ${publisher.where}: the token is not allowed to (403). Give it the api scope and at least the Reporter role.`;
}
