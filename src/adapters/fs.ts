import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

export const DEFAULT_PATTERN = "**/ai-workloads.{yaml,yml}";
const IGNORE = ["**/node_modules/**", "**/.git/**"];
/** The file names DEFAULT_PATTERN matches. */
const MANIFEST_NAME = /^ai-workloads\.ya?ml$/;

/** A manifest path (relative to the working directory, `/`-separated) or why it cannot be used. */
export type Discovered = { file: string } | { file: string; problem: { rule: string; message: string } };

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
 * at a third of its cost): no dot-directories, no node_modules, links listed but never followed.
 */
async function walk(dir: string, found: string[], problems: Discovered[], cwd: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The starting directory was checked by the caller; one that vanished meanwhile has nothing.
    if (code === "ENOENT" || code === "ENOTDIR") return;
    problems.push({ file: toPosix(path.relative(cwd, dir)) || ".", problem: { rule: "input.unreadable", message: `directory cannot be read (${code ?? "unknown error"})` } });
    return;
  }
  const subdirectories: string[] = [];
  for (const entry of entries) {
    if (MANIFEST_NAME.test(entry.name)) found.push(path.join(dir, entry.name));
    if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") subdirectories.push(path.join(dir, entry.name));
  }
  await Promise.all(subdirectories.map((sub) => walk(sub, found, problems, cwd)));
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
  const glob = async (patterns: string[], base: string) => {
    const { default: fg } = await import("fast-glob");
    const entries = await fg(patterns, { cwd: base, ignore: IGNORE, followSymbolicLinks: false, onlyFiles: false, dot: false, unique: true });
    for (const entry of entries) add(await classify(cwd, toPosix(path.relative(cwd, path.join(base, entry)))));
  };
  const manifestsBelow = async (base: string) => {
    const files: string[] = [];
    const problems: Discovered[] = [];
    await walk(base, files, problems, cwd);
    const classified = await Promise.all(files.map((file) => classify(cwd, toPosix(path.relative(cwd, file)))));
    for (const d of [...classified, ...problems]) add(d);
  };

  if (inputs.length === 0) {
    await manifestsBelow(cwd);
  }
  for (const input of inputs) {
    if (isGlob(input)) {
      await glob([toPosix(input)], cwd);
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const info = await lstat(absolute).catch(() => undefined);
    if (info?.isDirectory()) await manifestsBelow(absolute);
    else add(info ? await classify(cwd, toPosix(path.relative(cwd, absolute))) : { file: toPosix(input), problem: { rule: "input.not-found", message: "no such file or directory" } });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

async function classify(cwd: string, file: string): Promise<Discovered> {
  const info = await lstat(path.resolve(cwd, file)).catch(() => undefined);
  if (!info) return { file, problem: { rule: "input.not-found", message: "no such file or directory" } };
  if (info.isSymbolicLink()) {
    const target = await realpath(path.resolve(cwd, file)).catch(() => undefined);
    return {
      file,
      problem: {
        rule: "input.symlink",
        message: target
          ? `is a symbolic link (to ${toPosix(path.relative(cwd, target))}); tokenbudget does not follow links, list the real file instead`
          : "is a symbolic link that cannot be resolved (a loop or a missing target); tokenbudget does not follow links",
      },
    };
  }
  if (info.isDirectory()) return { file, problem: { rule: "input.directory", message: "is a directory, not a manifest file" } };
  if (!info.isFile()) return { file, problem: { rule: "input.not-a-file", message: "is not a regular file" } };
  return { file };
}

export type ReadResult = { bytes: Uint8Array } | { problem: { rule: string; message: string } };

/** Reads at most `maxBytes + 1` bytes so a huge file is refused without loading it whole. */
export async function readCapped(absolute: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(absolute);
    if (info.size > maxBytes) {
      return { problem: { rule: "input.too-large", message: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise it with --max-file-bytes)` } };
    }
    const handle = await open(absolute, "r");
    try {
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return { bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
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
 * refusing anything that leaves the repository root or goes through a link.
 */
export async function resolveInside(root: string, manifestFile: string, relative: string): Promise<{ absolute: string } | { problem: string }> {
  if (path.isAbsolute(relative)) return { problem: "must be a path relative to the manifest, not an absolute path" };
  const absolute = path.resolve(root, path.dirname(manifestFile), relative);
  const rel = path.relative(root, absolute);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return { problem: "points outside the repository" };
  const info = await lstat(absolute).catch(() => undefined);
  if (!info) return { problem: "does not exist" };
  if (info.isSymbolicLink()) return { problem: "is a symbolic link; tokenbudget does not follow links" };
  if (!info.isFile()) return { problem: "is not a regular file" };
  return { absolute };
}
