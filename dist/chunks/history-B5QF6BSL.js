import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  historyHtml,
  pageMeta,
  renderHistoryCsv,
  renderHistoryTable
} from "./chunk-T25Z4CKQ.js";
import {
  historyMovers,
  historyPoint,
  sampleCommits
} from "./chunk-BHAIR6YR.js";
import "./chunk-CTMNZPL6.js";
import {
  Books,
  DEFAULT_LIMITS,
  UsageError,
  analyzeParsed,
  baseCatalogReader,
  baseMatcher,
  countTemplates,
  formatProblem,
  gitBaseSource,
  isInputError,
  jsonText,
  loadLayers,
  parseManifest,
  positiveInt,
  templatePaths
} from "./chunk-2REODJWC.js";
import {
  listCommits,
  toPosix
} from "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/app/history.ts
import path from "node:path";
var HISTORY_MOVERS = 10;
async function walkHistory(options) {
  const commits = await listCommits(options.cwd, options.ref, options.since);
  const sampled = sampleCommits(commits, options.every);
  const picked = sampled.slice(-options.maxCommits);
  const matches = await baseMatcher(options.cwd, options.paths);
  const { layers, findings } = await loadLayers(options.cwd, options.catalogFiles);
  const points = [];
  let previous = /* @__PURE__ */ new Map();
  for (const commit of picked) {
    const { files, reusable } = await analyzeCommit(options, commit.commit, layers, matches, previous);
    previous = reusable;
    points.push(historyPoint(commit, files, options.tags));
  }
  return {
    history: { points, movers: historyMovers(points, HISTORY_MOVERS) },
    commits: commits.length,
    truncated: sampled.length - picked.length,
    findings
  };
}
async function analyzeCommit(options, commit, layers, matches, previous) {
  const source = gitBaseSource(options.cwd, commit);
  const listed = (await source.list()).filter((e) => matches(e.path));
  const context = {
    books: new Books(options.cwd, layers, baseCatalogReader(source)),
    limits: options.limits,
    today: options.today
  };
  const key = (e) => `${e.path}\0${e.blob}`;
  const fresh = listed.filter((e) => !previous.has(key(e)) && (e.size === void 0 || e.size <= options.limits.maxFileBytes));
  const contents = await source.read(fresh.map((e) => e.path));
  const files = [];
  const reusable = /* @__PURE__ */ new Map();
  for (const e of listed) {
    const known = previous.get(key(e));
    if (known) {
      reusable.set(key(e), known);
      files.push(known);
      continue;
    }
    const bytes = contents.get(e.path);
    if (!bytes) {
      files.push({ file: e.path, estimates: [], findings: [] });
      continue;
    }
    const parsed = await parseManifest(e.path, bytes, options.limits);
    const wanted = templatePaths(parsed);
    const inTree = (rel) => toPosix(path.posix.join(path.posix.dirname(e.path), rel));
    const templateBytes = wanted.length > 0 ? await source.read(wanted.map(inTree)) : /* @__PURE__ */ new Map();
    const templates = await countTemplates(wanted, (rel) => {
      const found = templateBytes.get(inTree(rel));
      return Promise.resolve(found ? { bytes: found } : { problem: "does not exist at this commit" });
    });
    const analysis = await analyzeParsed(parsed, templates, context);
    if (wanted.length === 0 && (analysis.manifest?.catalogs.length ?? 0) === 0) reusable.set(key(e), analysis);
    files.push(analysis);
  }
  return { files, reusable };
}

// src/cli/history.ts
async function history({ values, positionals }, io) {
  const every = positiveInt("every", values.every, 1);
  const maxCommits = positiveInt("max-commits", values["max-commits"], 1e3);
  const since = values.since;
  if (since !== void 0 && !(/^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since))))
    throw new UsageError(`--since must be a date, YYYY-MM-DD, got "${since}"`);
  const ref = values.branch;
  const run = await walkHistory({
    cwd: io.cwd,
    ref,
    ...since ? { since } : {},
    every,
    maxCommits,
    paths: positionals,
    catalogFiles: values.catalog,
    tags: values["group-by"],
    limits: DEFAULT_LIMITS,
    today: io.today
  });
  const problems = run.findings.filter(isInputError);
  for (const f of problems) io.stderr.write(`${formatProblem(f)}
`);
  if (problems.length > 0) return 2;
  const scope = { ref, every, commits: run.commits, ...since ? { since } : {} };
  const { history: h } = run;
  if (values.format === "json")
    io.stdout.write(jsonText({ ref, since: since ?? null, every, commits: run.commits, points: h.points, movers: h.movers }));
  else if (values.format === "csv") io.stdout.write(renderHistoryCsv(h));
  else if (values.format === "html")
    for (const chunk of await historyHtml(h, scope, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })))
      io.stdout.write(chunk);
  else io.stdout.write(renderHistoryTable(h, scope));
  if (run.truncated > 0)
    io.stderr.write(`tokenbudget: history: the ${run.truncated} oldest commits were left out (--max-commits ${maxCommits})
`);
  return 0;
}
export {
  history
};
