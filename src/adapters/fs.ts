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

/**
 * discover: files, directories or globs to manifest paths. Never follows symbolic links:
 * a link could point outside the repository, and the Action reads pull request content.
 */
export async function discover(cwd: string, inputs: readonly string[]): Promise<Discovered[]> {
  const found = new Map<string, Discovered>();
  const add = (d: Discovered) => {
    if (!found.has(d.file)) found.set(d.file, d);
  };
  // The root's real path once for every file found below it.
  const realRoot = realpathOf(cwd) ?? cwd;
  const classify = (file: string) => classified(file, checkUnderRoot(cwd, realRoot, file, ".", false));
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
    for (const entry of entries) add(classify(toPosix(path.relative(cwd, path.join(base, entry)))));
  };
  const manifestsBelow = (base: string) => {
    const files: string[] = [];
    const problems: Discovered[] = [];
    walk(base, files, problems, cwd);
    for (const file of files) add(classify(toPosix(path.relative(cwd, file))));
    for (const d of problems) add(d);
  };

  if (inputs.length === 0) manifestsBelow(cwd);
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
      const rel = path.relative(realRoot, real);
      if (outside(rel) || outside(path.relative(cwd, absolute)))
        add({ file: toPosix(input), problem: { rule: "input.outside-root", message: "is outside the repository" } });
      else manifestsBelow(absolute);
    } else
      add(
        info
          ? classify(toPosix(path.relative(cwd, absolute)))
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

/**
 * The one gate for every path that untrusted input names (a discovered manifest, `catalogs:`,
 * `input_from`, `--catalog`, the Action's `catalog:`): `written` is taken relative to
 * `root/from`, resolved with its real path and refused unless it is a regular file inside
 * the real root, not inside `.git`, and not itself a link. A link anywhere in the path that
 * leads out of the root is refused too, before anything is opened, so a FIFO cannot hang the
 * run. Messages say what is wrong with the path as written, never what the target holds.
 * `operatorNamed`: a path the operator typed (a usage log exported from a provider) may lie
 * anywhere, even outside the root; every other check still holds.
 */
export async function resolveUnderRoot(
  root: string,
  written: string,
  from = ".",
  operatorNamed = false,
): Promise<{ absolute: string } | { problem: Refusal }> {
  return checkUnderRoot(root, realpathOf(root) ?? root, written, from, operatorNamed);
}

/** resolveUnderRoot with the root's real path already known. */
function checkUnderRoot(
  root: string,
  realRoot: string,
  written: string,
  from: string,
  operatorNamed: boolean,
): { absolute: string } | { problem: Refusal } {
  const refuse = (rule: RuleId, message: string) => ({ problem: { rule, message } });
  if (path.isAbsolute(written) && !operatorNamed)
    return refuse("input.outside-root", "must be a path inside the repository, not an absolute path");
  const absolute = path.resolve(root, from, written);
  const rel = path.relative(root, absolute);
  if (outside(rel) && !operatorNamed) return refuse("input.outside-root", "points outside the repository");
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
  if (outside(realRel) && !operatorNamed) return refuse("input.outside-root", "resolves outside the repository (through a symbolic link)");
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
export async function readCapped(absolute: string, maxBytes: number): Promise<ReadResult> {
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

/**
 * Resolves a path named inside a manifest (a template, a catalog) relative to that manifest,
 * through the same gate as every other untrusted path.
 */
export async function resolveInside(
  root: string,
  manifestFile: string,
  relative: string,
): Promise<{ absolute: string } | { problem: string }> {
  const resolved = await resolveUnderRoot(root, relative, path.dirname(manifestFile));
  return "problem" in resolved ? { problem: resolved.problem.message } : resolved;
}
