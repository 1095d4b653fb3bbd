import path from "node:path";
import { toPosix } from "../adapters/fs.js";
import { repoInfo, runGit } from "../adapters/git.js";
import { listFilesAtRef, readFileAtRef, type GitHubClient, type Log } from "../adapters/github.js";
import { gitBaseSource, type BaseSource } from "../app/run.js";

/** git's answer, or null when it failed: every failure here means "try the next way". */
async function tryGit(cwd: string, args: string[]): Promise<string | null> {
  const result = await runGit(cwd, args);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}

const hasCommit = async (cwd: string, ref: string) => (await tryGit(cwd, ["cat-file", "-e", `${ref}^{commit}`])) !== null;

/**
 * On pull_request, actions/checkout checks out GitHub's merge of the head into the base branch
 * as it was when the merge was made. Its first parent is what that merge changes, even when
 * the base branch moved after the event recorded `base.sha`: diffing against the older sha
 * would count the base branch's own new work as this pull request's.
 */
export async function mergeCommitBase(cwd: string, headSha: string): Promise<string | null> {
  const parents = await tryGit(cwd, ["rev-list", "--parents", "-n", "1", "HEAD"]);
  const [, first, second] = parents?.split(" ") ?? [];
  return first && second === headSha ? first : null;
}

/** Where base files are read from when git cannot: the repository at `ref` through the REST API. */
export function apiBaseSource(octokit: GitHubClient, repo: { owner: string; repo: string }, ref: string, prefix: string): BaseSource {
  let listed = new Set<string>();
  return {
    ref,
    async list() {
      const files = await listFilesAtRef(octokit, { ...repo, ref });
      listed = new Set(files.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
      return [...listed].map((p) => ({ path: p }));
    },
    async read(paths) {
      const out = new Map<string, Uint8Array>();
      // Only listed paths: a template path such as ../../x must not reach outside the working directory.
      const wanted = paths.filter((p) => listed.has(p));
      const encoder = new TextEncoder();
      // A few requests at a time: quick on a monorepo, gentle on the secondary rate limit.
      for (let i = 0; i < wanted.length; i += 4) {
        await Promise.all(
          wanted.slice(i, i + 4).map(async (p) => {
            const text = await readFileAtRef(octokit, { ...repo, ref, path: prefix + p });
            if (text !== null) out.set(p, encoder.encode(text));
          }),
        );
      }
      return out;
    },
  };
}

export interface ResolveBaseOptions {
  cwd: string;
  workspace: string;
  ref: string;
  /** The commit is known to be in the clone, so git need not be asked first. */
  inClone?: boolean;
  repo: { owner: string; repo: string };
  octokit: () => GitHubClient;
  log: Log;
}

/**
 * The base revision's files: from git when the commit is in the clone (fetch-depth: 2 puts the
 * base there as the merge commit's first parent), else after fetching just that commit, else
 * from the REST API (a fetch-depth: 1 clone that cannot fetch, or a checkout without .git).
 */
export async function resolveBase(options: ResolveBaseOptions): Promise<BaseSource> {
  const { cwd, ref, log } = options;
  if (options.inClone || (await hasCommit(cwd, ref))) {
    log(`base ${ref}: read from git`);
    return gitBaseSource(cwd, ref);
  }
  log(`base ${ref}: not in the clone, fetching it`);
  if ((await tryGit(cwd, ["fetch", "--quiet", "--depth=1", "--no-tags", "--no-recurse-submodules", "origin", ref])) !== null) {
    // A branch name lands in FETCH_HEAD, not under its own name.
    const fetched = await tryGit(cwd, ["rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}"]);
    if (fetched) {
      log(`base ${ref}: fetched ${fetched}`);
      return gitBaseSource(cwd, fetched);
    }
  }
  const prefix = await repoInfo(cwd).then(
    (info) => info.prefix,
    () => {
      const rel = toPosix(path.relative(options.workspace, cwd));
      return rel ? `${rel}/` : "";
    },
  );
  log(`base ${ref}: could not fetch it; reading it through the GitHub API`);
  return apiBaseSource(options.octokit(), options.repo, ref, prefix);
}
