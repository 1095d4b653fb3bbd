import { lstat, opendir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { languageOf } from "../core/scan/find.js";
import { readCapped, toPosix } from "./fs.js";

/** Folders that hold dependencies, build output or caches: what they name is not the project's own choice. */
const SKIPPED_DIRS = new Set([
  ".git",
  "node_modules",
  "bower_components",
  "vendor",
  "third_party",
  "dist",
  "build",
  "out",
  "target",
  "coverage",
  ".venv",
  "venv",
  "site-packages",
  "__pycache__",
  ".tox",
  ".mypy_cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".gradle",
  "Pods",
]);

/** A source file to scan, relative to the working directory, `/`-separated. */
export interface SourceText {
  file: string;
  text: string;
  bytes: Uint8Array;
}

export interface SkippedSource {
  file: string;
  reason: string;
}

/** The `.gitignore` rules in force in a folder: each one's rules apply below it. */
interface Rules {
  dir: string;
  ig: Ignore;
}

function ignored(rules: readonly Rules[], rel: string, isDir: boolean): boolean {
  for (const r of rules) {
    const below = r.dir ? rel.slice(r.dir.length + 1) : rel;
    if (r.ig.ignores(isDir ? `${below}/` : below)) return true;
  }
  return false;
}

async function rulesOf(cwd: string, dir: string): Promise<Rules | undefined> {
  // lstat first: a .gitignore that is a link is not read (it could point anywhere).
  const file = path.join(cwd, dir, ".gitignore");
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > 1024 * 1024) return undefined;
  try {
    return { dir, ig: ignore().add(await readFile(file, "utf8")) };
  } catch {
    // A .gitignore that cannot be read or parsed ignores nothing; the scan then covers more, never less.
    return undefined;
  }
}

/** The rules of the folders from `cwd` down to (not including) `dir`. */
async function ancestorRules(cwd: string, dir: string): Promise<Rules[]> {
  const rules: Rules[] = [];
  const parts = dir ? dir.split("/") : [];
  for (let i = 0; i < parts.length; i++) {
    const r = await rulesOf(cwd, parts.slice(0, i).join("/"));
    if (r) rules.push(r);
  }
  return rules;
}

/**
 * The paths to scan below `cwd`: only regular files in languages the scanner knows, never
 * through a symbolic link, skipping dependency and build folders and what `.gitignore` says.
 */
export async function listSources(cwd: string, inputs: readonly string[]): Promise<{ files: string[]; skipped: SkippedSource[] }> {
  const files: string[] = [];
  const skipped: SkippedSource[] = [];
  const walk = async (dir: string, rules: readonly Rules[]) => {
    const own = await rulesOf(cwd, dir);
    const inForce = own ? [...rules, own] : rules;
    const handle = await opendir(path.join(cwd, dir)).catch(() => undefined);
    if (!handle) return skipped.push({ file: dir || ".", reason: "cannot be read" });
    const entries: Array<{ name: string; isDir: boolean }> = [];
    for await (const entry of handle) {
      if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
      else if (entry.isFile()) entries.push({ name: entry.name, isDir: false });
      // Links, sockets and devices are never read.
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDir ? SKIPPED_DIRS.has(entry.name) : !languageOf(rel)) continue;
      if (ignored(inForce, rel, entry.isDir)) continue;
      if (entry.isDir) await walk(rel, inForce);
      else files.push(rel);
    }
  };
  const realRoot = await realpath(cwd).catch(() => cwd);
  for (const input of inputs.length ? inputs : ["."]) {
    const absolute = path.resolve(cwd, input);
    const rel = toPosix(path.relative(cwd, absolute));
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      skipped.push({ file: toPosix(input), reason: "is outside the working directory" });
      continue;
    }
    const info = await lstat(absolute).catch(() => undefined);
    // A link higher up the path (`linked-dir/sub`) would take the walk out of the repository.
    const real = await realpath(absolute).catch(() => absolute);
    const realRel = path.relative(realRoot, real);
    if (!info) skipped.push({ file: toPosix(input), reason: "no such file or directory" });
    else if (info.isSymbolicLink()) skipped.push({ file: rel, reason: "is a symbolic link; tokenbudget does not follow links" });
    else if (realRel.startsWith("..") || path.isAbsolute(realRel)) skipped.push({ file: rel, reason: "resolves outside the working directory (through a symbolic link)" });
    else if (rel.split("/").includes(".git")) skipped.push({ file: rel, reason: "is inside .git, which is never scanned" });
    else if (info.isDirectory()) await walk(rel, await ancestorRules(cwd, rel));
    else if (!info.isFile()) skipped.push({ file: rel, reason: "is not a regular file" });
    else if (!languageOf(rel)) skipped.push({ file: rel, reason: "is not source code or configuration tokenbudget scans" });
    else files.push(rel);
  }
  return { files: [...new Set(files)], skipped };
}

/** A NUL byte early on means a binary file, whatever its name says. */
function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/**
 * Reads the files as text, a few at a time, handing each to `onText` and keeping none: a large
 * monorepo is never held in memory whole. Files over `maxBytes` are refused, binaries skipped.
 */
export async function readSources(cwd: string, files: readonly string[], maxBytes: number, onText: (source: SourceText) => void): Promise<SkippedSource[]> {
  const skipped: SkippedSource[] = [];
  const decoder = new TextDecoder();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const read = await readCapped(path.join(cwd, file), maxBytes);
      if (!("bytes" in read)) skipped.push({ file, reason: read.problem.message });
      else if (!isBinary(read.bytes)) onText({ file, text: decoder.decode(read.bytes), bytes: read.bytes });
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
