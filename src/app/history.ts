import path from "node:path";
import { toPosix } from "../adapters/fs.js";
import { listCommits } from "../adapters/git.js";
import { parseManifest } from "../adapters/manifest-parser.js";
import { historyMovers, historyPoint, sampleCommits, type History } from "../core/finops/history.js";
import type { ParseLimits } from "../core/manifest/parse.js";
import type { Finding } from "../core/manifest/types.js";
import type { CatalogLayer } from "../core/prices/catalog.js";
import type { FileAnalysis } from "../core/review/analyze.js";
import { Books, analyzeParsed, countTemplates, loadLayers, templatePaths, type AnalyzeContext } from "./load.js";
import { baseCatalogReader, baseMatcher, gitBaseSource } from "./run.js";

export interface HistoryOptions {
  cwd: string;
  /** The branch (any revision) whose first-parent history is walked. */
  ref: string;
  /** YYYY-MM-DD: only commits from that day on. */
  since?: string;
  /** Price every N-th commit, counted back from the newest (always priced). */
  every: number;
  /** At most this many commits are priced: the newest. */
  maxCommits: number;
  paths: readonly string[];
  catalogFiles: readonly string[];
  /** Tag keys to total by, besides team and model. */
  tags: readonly string[];
  limits: ParseLimits;
  today: string;
}

export interface HistoryRun {
  history: History;
  /** Commits in the range, before sampling. */
  commits: number;
  /** Sampled commits left out by maxCommits. */
  truncated: number;
  /** Problems with the --catalog books. */
  findings: Finding[];
}

/** How many commits that moved spend most a history names. */
export const HISTORY_MOVERS = 10;

/**
 * Prices the manifests of each sampled commit as git stores them (ls-tree and one cat-file per
 * commit, no checkout), every commit with today's price books, so only the code's changes move
 * the line. A file whose blob did not change since the last commit priced keeps its analysis.
 */
export async function walkHistory(options: HistoryOptions): Promise<HistoryRun> {
  const commits = await listCommits(options.cwd, options.ref, options.since);
  const sampled = sampleCommits(commits, options.every);
  const picked = sampled.slice(-options.maxCommits);
  const matches = await baseMatcher(options.cwd, options.paths);
  const { layers, findings } = await loadLayers(options.cwd, options.catalogFiles);
  const points = [];
  let previous = new Map<string, FileAnalysis>();
  for (const commit of picked) {
    const { files, reusable } = await analyzeCommit(options, commit.commit, layers, matches, previous);
    previous = reusable;
    points.push(historyPoint(commit, files, options.tags));
  }
  return {
    history: { points, movers: historyMovers(points, HISTORY_MOVERS) },
    commits: commits.length,
    truncated: sampled.length - picked.length,
    findings,
  };
}

async function analyzeCommit(
  options: HistoryOptions,
  commit: string,
  layers: readonly CatalogLayer[],
  matches: (p: string) => boolean,
  previous: ReadonlyMap<string, FileAnalysis>,
): Promise<{ files: FileAnalysis[]; reusable: Map<string, FileAnalysis> }> {
  const source = gitBaseSource(options.cwd, commit);
  const listed = (await source.list()).filter((e) => matches(e.path));
  const context: AnalyzeContext = {
    books: new Books(options.cwd, layers, baseCatalogReader(source)),
    limits: options.limits,
    today: options.today,
  };
  const key = (e: { path: string; blob?: string }) => `${e.path}\0${e.blob}`;
  // The size cap holds in history too: a huge blob is never loaded.
  const fresh = listed.filter((e) => !previous.has(key(e)) && (e.size === undefined || e.size <= options.limits.maxFileBytes));
  const contents = await source.read(fresh.map((e) => e.path));
  const files: FileAnalysis[] = [];
  const reusable = new Map<string, FileAnalysis>();
  for (const e of listed) {
    const known = previous.get(key(e));
    if (known) {
      reusable.set(key(e), known);
      files.push(known);
      continue;
    }
    const bytes = contents.get(e.path);
    // Too large or unreadable: no manifest, so the commit's total is marked a lower bound.
    if (!bytes) {
      files.push({ file: e.path, estimates: [], findings: [] });
      continue;
    }
    const parsed = await parseManifest(e.path, bytes, options.limits);
    const wanted = templatePaths(parsed);
    const inTree = (rel: string) => toPosix(path.posix.join(path.posix.dirname(e.path), rel));
    const templateBytes = wanted.length > 0 ? await source.read(wanted.map(inTree)) : new Map<string, Uint8Array>();
    const templates = await countTemplates(wanted, (rel) => {
      const found = templateBytes.get(inTree(rel));
      return Promise.resolve(found ? { bytes: found } : { problem: "does not exist at this commit" });
    });
    const analysis = await analyzeParsed(parsed, templates, context);
    // Price books and templates are other files: a manifest that names some is read again at each commit.
    if (wanted.length === 0 && (analysis.manifest?.catalogs.length ?? 0) === 0) reusable.set(key(e), analysis);
    files.push(analysis);
  }
  return { files, reusable };
}
