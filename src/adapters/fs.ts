import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from "node:fs";
import path from "node:path";
import type { RuleId } from "../core/rules/registry.js";

/*
 * The checks and reads below use the synchronous calls: a run reads a thousand small files
 * from a warm cache, where a trip through libuv's thread pool and a promise per call costs
 * several times the call itself. None of them can block on a FIFO (nothing is opened without
 * O_NONBLOCK); the functions stay async so callers do not change.
 */

/** `f()`, or undefined when it throws (a missing path, a loop, a permission). */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const lstatOf = (p: string): Stats | undefined => attempt(() => lstatSync(p));
/** The kernel's realpath(3), as fs.promises.realpath uses. */
const realpathOf = (p: string): string | undefined => attempt(() => realpathSync.native(p));

export const DEFAULT_PATTERN = "**/ai-workloads.{yaml,yml}";
// Dot-directories are searched like any other: only .git and node_modules are never manifests.
const IGNORE = ["**/node_modules/**", "**/.git/**"];
/** The file names DEFAULT_PATTERN matches. */
const MANIFEST_NAME = /^ai-workloads\.ya?ml$/;

/** A manifest path (relative to the working directory, `/`-separated) or why it cannot be used. */
export type Discovered = { file: string } | { file: string; problem: { rule: RuleId; message: string } };

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * Whether a path argument is a glob: fast-glob's isDynamicPattern tests, copied so that
 * fast-glob itself is loaded only when one is.
 */
function isGlob(p: string): boolean {
  return (
    p.includes("\\") ||
    /[*?]|^!/.test(p) ||
    /\[[^[]*]/.test(p) ||
    /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/.test(p) ||
    /[!*+?@]\([^(]*\)/.test(p) ||
    /\{[^{}]*(?:,|\.\.)[^{}]*\}/.test(p)
  );
}

/**
 * DEFAULT_PATTERN below `dir` by a plain directory walk (what fast-glob would return for it,
 * at a third of its cost): dot-directories included, never .git or node_modules, links listed but never followed.
 */
function walk(dir: string, found: string[], problems: Discovered[], cwd: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The starting directory was checked by the caller; one that vanished meanwhile has nothing.
    if (code === "ENOENT" || code === "ENOTDIR") return;
    problems.push({
      file: toPosix(path.relative(cwd, dir)) || ".",
      problem: { rule: "input.unreadable", message: `directory cannot be read (${code ?? "unknown error"})` },
    });
    return;
  }
  for (const entry of entries) {
    if (MANIFEST_NAME.test(entry.name)) found.push(path.join(dir, entry.name));
    if (entry.isDirectory() && entry.name !== ".git" && entry.name !== "node_modules")
      walk(path.join(dir, entry.name), found, problems, cwd);
  }
}

/** The name a path gets in findings: relative to cwd, or absolute where the operator wrote it so and it lies outside cwd. */
function label(cwd: string, absolute: string, written: string): string {
  const rel = path.relative(cwd, absolute);
  return toPosix(path.isAbsolute(written) && outside(rel) ? absolute : rel);
}

/**
 * discover: files, directories or globs (the operator's, relative to cwd) to manifest paths
 * inside `root`. Never follows symbolic links: a link could point outside the repository,
 * and the Action reads pull request content.
 */
export async function discover(cwd: string, inputs: readonly string[], root = cwd): Promise<Discovered[]> {
  const found = new Map<string, Discovered>();
  const add = (d: Discovered) => {
    if (!found.has(d.file)) found.set(d.file, d);
  };
  // The root's real path once for every file found below it.
  const realRoot = realpathOf(root) ?? root;
  const classify = (file: string) => classified(file, checkUnderRoot(root, realRoot, path.resolve(cwd, file)));
  const glob = async (patterns: string[], base: string) => {
    const { default: fg } = await import("fast-glob");
    const entries = await fg(patterns, {
      cwd: base,
      ignore: IGNORE,
      followSymbolicLinks: false,
      onlyFiles: false,
      dot: true,
      unique: true,
    });
    for (const entry of entries) add(classify(label(cwd, path.resolve(base, entry), entry)));
  };
  const manifestsBelow = (base: string, written: string) => {
    const files: string[] = [];
    const problems: Discovered[] = [];
    walk(base, files, problems, cwd);
    for (const file of files) add(classify(label(cwd, file, written)));
    for (const d of problems) add(d);
  };

  if (inputs.length === 0) manifestsBelow(cwd, ".");
  for (const input of inputs) {
    if (isGlob(input)) {
      await glob([toPosix(input)], cwd);
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const info = lstatOf(absolute);
    if (info?.isDirectory()) {
      // A directory reached through a link out of the root is not searched.
      const real = realpathOf(absolute) ?? absolute;
      if (outside(path.relative(realRoot, real)) || outside(path.relative(root, absolute)))
        add({ file: toPosix(input), problem: { rule: "input.outside-root", message: OUTSIDE_RUN } });
      else manifestsBelow(absolute, input);
    } else
      add(
        info
          ? classify(label(cwd, absolute, input))
          : { file: toPosix(input), problem: { rule: "input.not-found", message: "no such file or directory" } },
      );
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function classified(file: string, resolved: { absolute: string } | { problem: Refusal }): Discovered {
  if (!("problem" in resolved)) return { file };
  const { problem } = resolved;
  return { file, problem: problem.rule === "input.directory" ? { ...problem, message: "is a directory, not a manifest file" } : problem };
}

export interface Refusal {
  rule: RuleId;
  message: string;
}

const outside = (rel: string) => rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
const inGit = (rel: string) => rel.split(path.sep).includes(".git");
const OUTSIDE_RUN = "is outside this run's repository; name the paths of one repository per run";

/**
 * The git top-level a folder lies in (a worktree's or a submodule's too): the nearest folder up
 * from `dir` holding `.git`. Folders are taken as written: a link on the way is not a
 * repository's top, so a link inside a repository cannot make its target the root.
 */
function gitTop(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (!lstatOf(at)?.isSymbolicLink() && lstatOf(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * The repository of a folder the operator named: its git top-level; outside git, the current
 * directory when the folder lies below it, else the folder itself.
 */
function repositoryRoot(cwd: string, dir: string): string {
  const absolute = path.resolve(cwd, dir);
  return gitTop(absolute) ?? (outside(path.relative(cwd, absolute)) ? absolute : cwd);
}

/** The folder a path the operator named starts in: itself for a folder, its parent for a file, a glob's fixed start. */
function startFolder(cwd: string, written: string): string {
  const absolute = path.resolve(cwd, isGlob(written) ? globBase(written) : written);
  return statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ? absolute : path.dirname(absolute);
}

/** The fixed folders a glob starts with: "a/b" of the glob a/b/*.yaml. */
function globBase(glob: string): string {
  const parts = toPosix(glob).split("/");
  const fixed = parts.slice(
    0,
    parts.findIndex((part) => isGlob(part)),
  );
  return fixed.join("/") || (glob.startsWith("/") ? "/" : ".");
}

/**
 * The root of a run: the repository of the first path the operator named (or of cwd when none
 * is). Everything a manifest names is confined to it; so is every path the discovery meets.
 */
export function runRoot(cwd: string, inputs: readonly string[]): string {
  return repositoryRoot(cwd, inputs[0] === undefined ? cwd : startFolder(cwd, inputs[0]));
}

/**
 * The gate for a path the operator typed (a command-line argument, `--catalog`, an Action
 * input): it may lie anywhere, outside cwd or absolute, since the operator is trusted. It is
 * held to its own repository all the same: the links on its way inside that repository are
 * the repository's (a pull request's) and may not lead out of it, and it must be a regular
 * file, not a link itself.
 */
export function resolveOperatorPath(cwd: string, written: string): Promise<{ absolute: string } | { problem: Refusal }> {
  const absolute = path.resolve(cwd, written);
  const root = repositoryRoot(cwd, path.dirname(absolute));
  return Promise.resolve(checkUnderRoot(root, realpathOf(root) ?? root, absolute));
}

/**
 * The one gate for every path that untrusted input names (a discovered manifest, `catalogs:`,
 * `input_from`): `written` is taken relative to `from` (a folder, absolute or relative to the
 * root), resolved with its real path and refused unless it is a regular file inside the real
 * root, not inside `.git`, and not itself a link. A link anywhere in the path that leads out
 * of the root is refused too, before anything is opened, so a FIFO cannot hang the run.
 * Messages say what is wrong with the path as written, never what the target holds.
 */
export function resolveUnderRoot(root: string, written: string, from = root): Promise<{ absolute: string } | { problem: Refusal }> {
  const refuse = (message: string) => Promise.resolve({ problem: { rule: "input.outside-root" as const, message } });
  if (path.isAbsolute(written)) return refuse("must be a path inside the repository, not an absolute path");
  const absolute = path.resolve(root, from, written);
  if (outside(path.relative(root, absolute))) return refuse("points outside the repository");
  return Promise.resolve(checkUnderRoot(root, realpathOf(root) ?? root, absolute));
}

/** The checks of resolveUnderRoot for an absolute path, with the root's real path already known. */
function checkUnderRoot(root: string, realRoot: string, absolute: string): { absolute: string } | { problem: Refusal } {
  const refuse = (rule: RuleId, message: string) => ({ problem: { rule, message } });
  const rel = path.relative(root, absolute);
  if (outside(rel)) return refuse("input.outside-root", OUTSIDE_RUN);
  if (inGit(rel)) return refuse("input.git-dir", "is inside .git, which is never read as data");
  const info = lstatOf(absolute);
  const real = realpathOf(absolute);
  if (!real) {
    return info?.isSymbolicLink()
      ? refuse(
          "input.symlink",
          "is a symbolic link that cannot be resolved (a loop or a missing target); tokenbudget does not follow links",
        )
      : refuse("input.not-found", "no such file or directory");
  }
  const realRel = path.relative(realRoot, real);
  if (outside(realRel)) return refuse("input.outside-root", "resolves outside the repository (through a symbolic link)");
  if (inGit(realRel)) return refuse("input.git-dir", "is inside .git, which is never read as data");
  if (info?.isSymbolicLink()) {
    return refuse(
      "input.symlink",
      `is a symbolic link (to ${toPosix(realRel)}); tokenbudget does not follow links, list the real file instead`,
    );
  }
  // Not a link itself and no link on the way: what lstat saw is the file.
  const target = real === absolute ? info : attempt(() => statSync(real));
  if (!target) return refuse("input.not-found", "no such file or directory");
  if (target.isDirectory()) return refuse("input.directory", "is a directory, not a file");
  if (!target.isFile()) return refuse("input.not-a-file", "is not a regular file");
  return { absolute: real };
}

export type ReadResult = { bytes: Uint8Array } | { problem: { rule: RuleId; message: string } };

/** Reads at most `maxBytes + 1` bytes so a huge file is refused without loading it whole. */
export function readCapped(absolute: string, maxBytes: number): Promise<ReadResult> {
  return Promise.resolve(readCappedSync(absolute, maxBytes));
}

function readCappedSync(absolute: string, maxBytes: number): ReadResult {
  try {
    // Non-blocking, and checked on the open handle: a FIFO swapped in after the path was checked cannot hang the read.
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { problem: { rule: "input.not-a-file", message: "is not a regular file" } };
      if (info.size > maxBytes) {
        return {
          problem: {
            rule: "input.too-large",
            message: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise it with --max-file-bytes)`,
          },
        };
      }
      // Only the bytes read are ever handed out, so the buffer need not be zeroed first.
      const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
      const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
      return { bytes: buffer.subarray(0, bytesRead) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EACCES" || code === "EPERM"
        ? "cannot be read: permission denied"
        : code === "ENOENT"
          ? "no such file or directory"
          : code === "EISDIR"
            ? "is a directory, not a file"
            : `cannot be read (${code ?? "unknown error"})`;
    return { problem: { rule: "input.unreadable", message } };
  }
}

/** Reads a stream (standard input) to its end, or stops past `maxBytes` and refuses it, as readCapped does a file. */
export async function readStreamCapped(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes)
        return {
          problem: { rule: "input.too-large", message: `input is over the ${maxBytes}-byte limit (raise it with --max-file-bytes)` },
        };
      chunks.push(chunk);
    }
  } catch (error) {
    return {
      problem: { rule: "input.unreadable", message: `input cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` },
    };
  }
  return { bytes: Buffer.concat(chunks) };
}

/**
 * Resolves a path named inside a manifest (a template, a catalog) relative to that manifest
 * (absolute, or relative to the root), through the same gate as every other untrusted path.
 */
export async function resolveInside(
  root: string,
  manifestFile: string,
  relative: string,
): Promise<{ absolute: string } | { problem: string }> {
  const resolved = await resolveUnderRoot(root, relative, path.resolve(root, path.dirname(manifestFile)));
  return "problem" in resolved ? { problem: resolved.problem.message } : resolved;
}
