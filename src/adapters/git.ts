import { createRequire } from "node:module";

// node:child_process (and node:net under it) costs ~10 ms to load: only runs with --base need it.
const childProcess = () => import("node:child_process");
// node:crypto costs ~4 ms to load: only blob ids (--base) need it, synchronously.
let crypto: typeof import("node:crypto") | undefined;

/** A git failure the user can act on (unknown revision, not a repository); exit code 2. */
export class GitError extends Error {
  override name = "GitError";
}

/** Local git commands (rev-parse, ls-tree, cat-file) answer in seconds; a hung one must not hold a CI job. */
export const GIT_TIMEOUT_MS = 120_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface GitRun {
  /** null when git could not be run or was stopped (timeout, output over the cap). */
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** Why it stopped without an exit code, for people. */
  problem?: string;
}

/**
 * The one way tokenbudget runs git: no shell (revision names come from users and pull request
 * payloads), no prompt (a fetch that needs credentials fails instead of hanging), a timeout,
 * and a cap on the output it holds.
 */
export async function runGit(cwd: string, args: readonly string[], options: { input?: string; timeoutMs?: number } = {}): Promise<GitRun> {
  const { spawn } = await childProcess();
  const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = spawn("git", args, {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = "";
    let problem: string | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        problem ??= `git ${args[0]} wrote more than ${MAX_OUTPUT_BYTES} bytes`;
        child.kill("SIGKILL");
      } else chunks.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on("error", () => undefined);
    child.on("error", (error) =>
      resolve({
        code: null,
        stdout: Buffer.alloc(0),
        stderr,
        problem: `git could not be run (${(error as NodeJS.ErrnoException).code ?? error.message})`,
      }),
    );
    // Stopped: answer at once, even while a process git started still holds its pipes.
    child.on("exit", (_code, signal) => {
      if (signal)
        resolve({
          code: null,
          stdout: Buffer.alloc(0),
          stderr,
          problem: problem ?? `git ${args[0]} gave no answer within ${timeoutMs / 1000} s`,
        });
    });
    child.on("close", (code) =>
      resolve({ code: problem ? null : code, stdout: Buffer.concat(chunks), stderr, ...(problem ? { problem } : {}) }),
    );
    child.stdin.end(options.input ?? "");
  });
}

async function git(cwd: string, args: string[]): Promise<string> {
  const result = await runGit(cwd, args);
  if (result.code !== 0) throw new GitError(result.problem ?? (result.stderr.trim().split("\n")[0] || `git ${args[0]} failed`));
  return result.stdout.toString("utf8");
}

export interface RepoInfo {
  /** Absolute path of the work tree's top. */
  top: string;
  /** The working directory relative to `top`, `/`-separated, with a trailing `/` or empty. */
  prefix: string;
}

const notARepository = (cwd: string) => new GitError(`${cwd} is not inside a git repository; --base needs one`);
const unknownRevision = (ref: string) =>
  new GitError(`unknown revision "${ref}" (is it fetched? in CI use fetch-depth: 2 or fetch the base branch)`);

export async function repoInfo(cwd: string): Promise<RepoInfo> {
  const out = await git(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"]).catch(() => {
    throw notARepository(cwd);
  });
  const [top = "", prefix = ""] = out.split("\n");
  return { top, prefix };
}

/**
 * The repository around `cwd` and the commit a revision names, from one `git rev-parse` (each git
 * process costs milliseconds, and every --base run asks both). Refuses option-like names so a
 * ref can never become a flag.
 */
export async function resolveInRepo(cwd: string, ref: string): Promise<{ repo: RepoInfo; commit: string }> {
  if (ref.startsWith("-") || ref.length === 0) throw new GitError(`"${ref}" is not a revision`);
  const run = await runGit(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--show-prefix",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`,
  ]);
  // git prints the top and the prefix before it looks the revision up: without them, cwd is not in a work tree.
  const [top = "", prefix, commit = ""] = run.stdout.toString("utf8").split("\n");
  if (prefix === undefined) throw run.problem ? new GitError(run.problem) : notARepository(cwd);
  if (run.code !== 0 || !commit) throw run.problem ? new GitError(run.problem) : unknownRevision(ref);
  return { repo: { top, prefix }, commit };
}

/** The commit a revision names; refuses option-like names so a ref can never become a flag. */
export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  if (ref.startsWith("-") || ref.length === 0) throw new GitError(`"${ref}" is not a revision`);
  const out = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).catch(() => {
    throw unknownRevision(ref);
  });
  return out.trim();
}

export interface TreeEntry {
  path: string;
  blob: string;
  mode: string;
  size: number;
}

/** Every blob at a commit below `prefix`, paths relative to `prefix`. */
export async function listTree(cwd: string, commit: string, prefix: string): Promise<TreeEntry[]> {
  const args = ["ls-tree", "-r", "-l", "-z", "--full-tree", commit];
  if (prefix) args.push("--", prefix);
  const out = await git(cwd, args);
  const entries: TreeEntry[] = [];
  for (const record of out.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("\t");
    // "<mode> <type> <blob> <size padded with spaces>\t<path>"
    const [mode = "", type, blob = "", size = "0"] = record.slice(0, tab).split(/ +/);
    if (type !== "blob") continue;
    entries.push({ path: record.slice(tab + 1).slice(prefix.length), blob, mode, size: Number(size) });
  }
  return entries;
}

/**
 * Reads many blobs through one `git cat-file --batch` process: spawning `git show` per file
 * costs milliseconds each, which dominates on a monorepo.
 */
export async function readBlobs(cwd: string, blobs: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(blobs)];
  if (wanted.length === 0) return new Map();
  const run = await runGit(cwd, ["cat-file", "--batch"], { input: `${wanted.join("\n")}\n` });
  if (run.code !== 0) throw new GitError(run.problem ?? `git cat-file failed: ${run.stderr.trim()}`);
  const out = run.stdout;
  const result = new Map<string, Buffer>();
  let offset = 0;
  for (const blob of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString();
    const [, type, size] = header.split(" ");
    offset = newline + 1;
    if (type === "missing" || size === undefined) continue;
    const length = Number(size);
    result.set(blob, out.subarray(offset, offset + length));
    offset += length + 1;
  }
  return result;
}

/** A file git lists: `link` is true for a tracked symbolic link, undefined for an untracked file (git does not say). */
export interface WorkTreeFile {
  path: string;
  link?: boolean;
}

/**
 * The files git tracks below `cwd` (paths relative to it), plus, unless `trackedOnly`, the
 * untracked ones `.gitignore` does not ignore. Undefined outside a git work tree. A `.gitignore`
 * line never hides a tracked file here, whoever wrote it.
 */
export async function listWorkTree(cwd: string, trackedOnly: boolean): Promise<WorkTreeFile[] | undefined> {
  const staged = await git(cwd, ["ls-files", "-z", "--stage"]).catch(() => undefined);
  if (staged === undefined) return undefined;
  const files = new Map<string, WorkTreeFile>();
  for (const record of staged.split("\0")) {
    // "<mode> <blob> <stage>\t<path>"; 120000 is a symbolic link.
    const tab = record.indexOf("\t");
    if (tab > 0) files.set(record.slice(tab + 1), { path: record.slice(tab + 1), link: record.startsWith("120000 ") });
  }
  if (!trackedOnly) {
    const others = await git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]);
    for (const file of others.split("\0")) if (file && !files.has(file)) files.set(file, { path: file });
  }
  return [...files.values()];
}

/** The id git gives these bytes as a blob, to tell which files a change did not touch. */
export function blobId(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/**
 * The top of the work tree around `cwd` and the commit checked out, for a report's footer: each
 * null outside a repository, the commit also before the first one. One git process for both.
 */
export async function workTreeHead(cwd: string): Promise<{ top: string | null; commit: string | null }> {
  const run = await runGit(cwd, ["rev-parse", "--show-toplevel", "--verify", "--quiet", "HEAD"]);
  const [top, commit] = run.stdout.toString("utf8").split("\n");
  return { top: top || null, commit: (run.code === 0 && commit) || null };
}

export interface CommitLine {
  commit: string;
  /** The committer date, ISO 8601 in UTC. */
  date: string;
  subject: string;
}

/** The first-parent history of a revision, oldest first; with `since` (YYYY-MM-DD), from that UTC day on. */
export async function listCommits(cwd: string, ref: string, since?: string): Promise<CommitLine[]> {
  const head = await resolveCommit(cwd, ref);
  const out = await git(cwd, ["log", "--first-parent", "--reverse", "--format=%H%x1f%ct%x1f%s", head, "--"]);
  const commits: CommitLine[] = [];
  for (const line of out.split("\n")) {
    if (!line) continue;
    const [commit = "", seconds = "0", subject = ""] = line.split("\x1f");
    const date = new Date(Number(seconds) * 1000).toISOString();
    if (since === undefined || date.slice(0, 10) >= since) commits.push({ commit, date, subject });
  }
  return commits;
}
