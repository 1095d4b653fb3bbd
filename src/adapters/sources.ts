import { lstat, opendir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { languageOf } from "../core/scan/find.js";
import type { SkippedSource } from "../core/scan/skipped.js";
import { readCapped, toPosix } from "./fs.js";
import { listWorkTree } from "./git.js";

/**
 * Folders of installed dependencies and caches: never the project's own code, and usually not
 * tracked. Build output (`dist/`, `build/`, `out/`) and vendored code (`vendor/`,
 * `third_party/`) are scanned when they are part of the project; a `scan.exclude` says otherwise.
 */
const DEPENDENCY_DIRS = new Set([
  ".git",
  "node_modules",
  "bower_components",
  "jspm_packages",
  ".venv",
  "venv",
  "site-packages",
  "__pycache__",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".gradle",
  "Pods",
]);

const LINK = "is a symbolic link; tokenbudget does not follow links";

/** A source file to scan, relative to the working directory, `/`-separated. */
export interface SourceText {
  file: string;
  text: string;
  bytes: Uint8Array;
}

export interface ListOptions {
  /** Files or folders to scan; default the working directory. */
  inputs: readonly string[];
  /** Why the manifests' `scan:` settings leave a file out, or undefined. */
  excludes: (file: string) => string | undefined;
  /**
   * Under `--trust base`: only what git tracks, never what the head's `.gitignore` says. Otherwise
   * tracked files and untracked ones `.gitignore` does not ignore (outside git: the `.gitignore` files).
   */
  trackedOnly: boolean;
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

/** Sorts one listed path into the files to scan or the skipped, by name and by the scan settings. */
function classify(file: string, options: ListOptions, files: string[], skipped: SkippedSource[]): void {
  const dependency = file.split("/").find((part) => DEPENDENCY_DIRS.has(part));
  if (dependency) skipped.push({ file, kind: "dependency", reason: `is in a dependency or cache folder (${dependency}/)` });
  else if (!languageOf(file)) skipped.push({ file, kind: "not-code", reason: "is not source code or configuration tokenbudget scans" });
  else {
    const excluded = options.excludes(file);
    if (excluded) skipped.push({ file, kind: "excluded", reason: excluded });
    else files.push(file);
  }
}

/**
 * Outside git: walks the tree, never through a link, honouring each folder's `.gitignore`, except
 * under `--trust base` (the head wrote those files; with no git to say what is tracked, all is read).
 */
async function walk(cwd: string, start: string, options: ListOptions, files: string[], skipped: SkippedSource[]): Promise<void> {
  const visit = async (dir: string, rules: readonly Rules[]): Promise<void> => {
    const own = options.trackedOnly ? undefined : await rulesOf(cwd, dir);
    const inForce = own ? [...rules, own] : rules;
    const handle = await opendir(path.join(cwd, dir)).catch(() => undefined);
    if (!handle) return void skipped.push({ file: dir || ".", kind: "unreadable", reason: "cannot be read" });
    const entries: Array<{ name: string; isDir: boolean }> = [];
    for await (const entry of handle) {
      if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
      else if (entry.isFile()) entries.push({ name: entry.name, isDir: false });
      else if (entry.isSymbolicLink()) skipped.push({ file: dir ? `${dir}/${entry.name}` : entry.name, kind: "link", reason: LINK });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDir && DEPENDENCY_DIRS.has(entry.name))
        skipped.push({ file: `${rel}/`, kind: "dependency", reason: "is a dependency or cache folder" });
      else if (ignored(inForce, rel, entry.isDir))
        skipped.push({ file: entry.isDir ? `${rel}/` : rel, kind: "gitignored", reason: "is ignored by .gitignore" });
      else if (entry.isDir) await visit(rel, inForce);
      else classify(rel, options, files, skipped);
    }
  };
  await visit(start, options.trackedOnly ? [] : await ancestorRules(cwd, start));
}

function bySegments(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (const [i, p] of x.entries()) {
    const q = y[i];
    if (q === undefined) break;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** Why an input path cannot be scanned at all, or undefined. */
async function refuseInput(cwd: string, input: string): Promise<SkippedSource | undefined> {
  const absolute = path.resolve(cwd, input);
  const rel = toPosix(path.relative(cwd, absolute));
  if (rel.startsWith("..") || path.isAbsolute(rel))
    return { file: toPosix(input), kind: "outside", reason: "is outside the working directory" };
  const info = await lstat(absolute).catch(() => undefined);
  // A link higher up the path (`linked-dir/sub`) would take the walk out of the repository.
  const real = await realpath(absolute).catch(() => absolute);
  const realRel = path.relative(await realpath(cwd).catch(() => cwd), real);
  if (!info) return { file: toPosix(input), kind: "unreadable", reason: "no such file or directory" };
  if (info.isSymbolicLink()) return { file: rel, kind: "link", reason: LINK };
  if (realRel.startsWith("..") || path.isAbsolute(realRel))
    return { file: rel, kind: "outside", reason: "resolves outside the working directory (through a symbolic link)" };
  if (rel.split("/").includes(".git")) return { file: rel, kind: "outside", reason: "is inside .git, which is never scanned" };
  if (!info.isFile() && !info.isDirectory()) return { file: rel, kind: "unreadable", reason: "is not a regular file" };
  return undefined;
}

/**
 * The paths to scan below `cwd`. Inside git, the files git lists (so a `.gitignore` line
 * cannot hide a tracked file); outside, a walk that honours `.gitignore`. Everything left out is
 * returned with its reason.
 */
export async function listSources(
  cwd: string,
  options: ListOptions,
): Promise<{ files: string[]; skipped: SkippedSource[]; unverified: ReadonlySet<string> }> {
  const files: string[] = [];
  const skipped: SkippedSource[] = [];
  const inputs: string[] = [];
  for (const input of options.inputs.length ? options.inputs : ["."]) {
    const refused = await refuseInput(cwd, input);
    if (refused) skipped.push(refused);
    else inputs.push(toPosix(path.relative(cwd, path.resolve(cwd, input))));
  }
  const listed = inputs.length > 0 ? await listWorkTree(cwd, options.trackedOnly) : [];
  const unverified = new Set<string>();
  // In the walk's order: folder by folder, names sorted, whether git tracks them or not.
  listed?.sort((a, b) => bySegments(a.path, b.path));
  if (listed) {
    const below = (file: string) => inputs.some((i) => i === "" || file === i || file.startsWith(`${i}/`));
    for (const entry of listed) {
      if (!below(entry.path)) continue;
      if (entry.link) skipped.push({ file: entry.path, kind: "link", reason: LINK });
      else classify(entry.path, options, files, skipped);
      // git does not say whether an untracked file is a link: the reader checks.
      if (entry.link === undefined) unverified.add(entry.path);
    }
  } else {
    for (const input of inputs) {
      const info = await lstat(path.join(cwd, input));
      if (info.isDirectory()) await walk(cwd, input, options, files, skipped);
      else classify(input, options, files, skipped);
    }
  }
  return { files: [...new Set(files)], skipped, unverified };
}

/**
 * Reads the files as text, a few at a time, handing each to `onText` and keeping none: a large
 * monorepo is never held in memory whole. Files over `maxBytes` are refused by name, and so is
 * each of `unverified` (files no listing vouched for) that is a link. A NUL byte does not make a
 * source file binary: it is scanned all the same.
 */
export async function readSources(
  cwd: string,
  files: readonly string[],
  maxBytes: number,
  onText: (source: SourceText) => void,
  unverified: ReadonlySet<string> = new Set(),
): Promise<SkippedSource[]> {
  const skipped: SkippedSource[] = [];
  const decoder = new TextDecoder();
  // One queue that every worker takes its next file from.
  const queue = files.values();
  const worker = async () => {
    for (const file of queue) {
      const absolute = path.join(cwd, file);
      if (unverified.has(file) && (await lstat(absolute).catch(() => undefined))?.isSymbolicLink()) {
        skipped.push({ file, kind: "link", reason: LINK });
        continue;
      }
      const read = await readCapped(absolute, maxBytes);
      if ("bytes" in read) onText({ file, text: decoder.decode(read.bytes), bytes: read.bytes });
      else skipped.push({ file, kind: read.problem.rule === "input.too-large" ? "too-large" : "unreadable", reason: read.problem.message });
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
