import path from "node:path";
import picomatch from "picomatch";
import { discover, DEFAULT_PATTERN, readCapped, resolveInside, toPosix, type ReadResult } from "../adapters/fs.js";
import { blobId, listTree, readBlobs, repoInfo, resolveCommit } from "../adapters/git.js";
import { analyzeValidated, unreadableFile, type FileAnalysis } from "../core/analyze.js";
import { BUILTIN_LAYER, parseCatalog } from "../core/catalog-load.js";
import { PriceBook, type CatalogLayer } from "../core/catalog.js";
import { diffRevisions, type Trust } from "../core/diff.js";
import { DEFAULT_LIMITS, parseYaml, type ParseLimits, type ParsedYaml } from "../core/parse.js";
import { buildReport, type Report } from "../core/report.js";
import type { Finding, Manifest } from "../core/types.js";
import { validateManifest, type TemplateTokens } from "../core/validate.js";

/** The files of the base revision, from git or (in the Action, without history) the GitHub API. */
export interface BaseSource {
  ref: string;
  /** Blob paths relative to the working directory, with git blob ids when known. */
  list(): Promise<Array<{ path: string; blob?: string }>>;
  read(paths: readonly string[]): Promise<Map<string, Uint8Array>>;
}

export interface RunOptions {
  cwd: string;
  paths: readonly string[];
  base?: BaseSource;
  trust?: Trust;
  /** Extra price books (--catalog), lowest precedence first. */
  catalogFiles?: readonly string[];
  groupBy?: readonly string[];
  limits?: ParseLimits;
  /** YYYY-MM-DD; the adapters own the clock. */
  today: string;
  toolVersion: string;
}

export interface RunResult {
  report: Report;
  /** True when some input could not be used: exit code 2. */
  inputErrors: boolean;
  /** The manifests read at the head, relative to cwd (for editors, annotations and `calibrate`). */
  files: string[];
}

/** Rules that mean the input is wrong rather than over budget: they exit 2, not 1. */
const POLICY_RULES = /^(budget\.|increase\.|price\.stale)/;

export function isInputError(finding: Finding): boolean {
  return finding.severity === "error" && !POLICY_RULES.test(finding.rule);
}

export function gitBaseSource(cwd: string, ref: string): BaseSource {
  let entries: Map<string, string> | undefined;
  return {
    ref,
    async list() {
      const repo = await repoInfo(cwd);
      const commit = await resolveCommit(cwd, ref);
      const tree = await listTree(cwd, commit, repo.prefix);
      // Links are never followed at the head either; at the base they are simply not manifests.
      entries = new Map(tree.filter((e) => e.mode !== "120000").map((e) => [e.path, e.blob]));
      return [...entries].map(([p, blob]) => ({ path: p, blob }));
    },
    async read(paths) {
      const blobs = paths.map((p) => entries?.get(p)).filter((b): b is string => b !== undefined);
      const contents = await readBlobs(cwd, blobs);
      const out = new Map<string, Uint8Array>();
      for (const p of paths) {
        const blob = entries?.get(p);
        const bytes = blob ? contents.get(blob) : undefined;
        if (bytes) out.set(p, bytes);
      }
      return out;
    },
  };
}

/** The base paths the same `paths` arguments select. */
function baseMatcher(cwd: string, inputs: readonly string[]): (p: string) => boolean {
  const patterns = inputs.length === 0 ? [DEFAULT_PATTERN] : inputs.map((input) => {
    const rel = toPosix(path.relative(cwd, path.resolve(cwd, input)));
    if (picomatch.scan(input).isGlob) return toPosix(input).replace(/^\.\//, "");
    return /\.ya?ml$/i.test(rel) ? rel : `${rel ? `${rel}/` : ""}${DEFAULT_PATTERN}`;
  });
  const ignored = picomatch(["**/node_modules/**", "**/.git/**"]);
  const wanted = picomatch(patterns, { dot: false });
  return (p) => wanted(p) && !ignored(p);
}

interface Loaded {
  parsed: ParsedYaml;
  templates: TemplateTokens;
}

function templatePaths(parsed: ParsedYaml): string[] {
  const workloads = (parsed.value as { workloads?: unknown } | undefined)?.workloads;
  if (!Array.isArray(workloads)) return [];
  return workloads
    .map((w) => (w && typeof w === "object" ? (w as { tokens?: { input_from?: unknown } }).tokens?.input_from : undefined))
    .filter((p): p is string => typeof p === "string");
}

async function countTemplates(paths: readonly string[], read: (p: string) => Promise<ReadResult | { problem: string }>): Promise<TemplateTokens> {
  const out = new Map<string, { tokens: number; tokenizer: string } | { error: string }>();
  if (paths.length === 0) return out;
  // The tokenizer's tables are megabytes: load them only for manifests that use input_from.
  const { countPromptTokens } = await import("../core/prompt-tokens.js");
  for (const p of new Set(paths)) {
    const result = await read(p);
    if ("bytes" in result) {
      const counted = countPromptTokens(new TextDecoder().decode(result.bytes));
      out.set(p, { tokens: counted.tokens, tokenizer: counted.tokenizer });
    } else {
      out.set(p, { error: typeof result.problem === "string" ? result.problem : result.problem.message });
    }
  }
  return out;
}

/**
 * Maps with a few calls in flight, keeping order. Awaited one by one, a thousand small
 * manifests cost a thousand round trips to libuv's thread pool (about a third of a run).
 */
async function mapConcurrent<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await f(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** discover -> load -> validate -> price -> estimate -> evaluate -> diff -> report. */
export async function run(options: RunOptions): Promise<RunResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cwd = options.cwd;
  const trust = options.trust ?? "head";

  const globalLayers: CatalogLayer[] = [BUILTIN_LAYER];
  const catalogFindings: Finding[] = [];
  for (const file of options.catalogFiles ?? []) {
    const read = await readCapped(path.resolve(cwd, file), 64 * 1024 * 1024);
    const parsed = "bytes" in read ? parseCatalog(file, new TextDecoder().decode(read.bytes)) : { findings: [{ severity: "error" as const, rule: read.problem.rule, message: `price catalog ${read.problem.message}`, file, line: 1, col: 1 }] };
    if ("layer" in parsed) globalLayers.push(parsed.layer);
    else catalogFindings.push(...parsed.findings);
  }
  const globalBook = new PriceBook(globalLayers);
  const bookCache = new Map<string, PriceBook | { findings: Finding[] }>();

  /** Built-in < --catalog files < the manifest's `catalogs:` (in order); cached per list. */
  async function bookFor(manifest: Manifest): Promise<PriceBook | { findings: Finding[] }> {
    if (manifest.catalogs.length === 0) return globalBook;
    const key = `${manifest.file}\u0000${manifest.catalogs.join("\u0000")}`;
    const cached = bookCache.get(key);
    if (cached) return cached;
    const layers = [...globalLayers];
    const findings: Finding[] = [];
    for (const rel of manifest.catalogs) {
      const inside = await resolveInside(cwd, manifest.file, rel);
      const label = toPosix(path.join(path.dirname(manifest.file), rel));
      if ("problem" in inside) {
        findings.push({ severity: "error", rule: "catalog.unreadable", message: `catalogs: ${rel} ${inside.problem}`, file: manifest.file, line: 1, col: 1, path: "catalogs" });
        continue;
      }
      const read = await readCapped(inside.absolute, 64 * 1024 * 1024);
      const parsed = "bytes" in read ? parseCatalog(label, new TextDecoder().decode(read.bytes)) : { findings: [{ severity: "error" as const, rule: "catalog.unreadable", message: `catalogs: ${rel} ${read.problem.message}`, file: manifest.file, line: 1, col: 1 }] };
      if ("layer" in parsed) layers.push(parsed.layer);
      else findings.push(...parsed.findings);
    }
    const book = findings.length > 0 ? { findings } : new PriceBook(layers);
    bookCache.set(key, book);
    return book;
  }

  /** validate, then read the manifest's price books, then price: the core stays free of I/O. */
  async function analyzeLoaded({ parsed, templates }: Loaded, fixedBook?: PriceBook): Promise<FileAnalysis> {
    const validated = validateManifest(parsed, { templates, maxWorkloads: limits.maxWorkloads });
    const book = validated.manifest ? (fixedBook ?? (await bookFor(validated.manifest))) : globalBook;
    return analyzeValidated(parsed.file, validated, book, { today: options.today });
  }


  // Head: the working tree.
  const discovered = await discover(cwd, options.paths);
  const head: FileAnalysis[] = [];
  const headBlobs = new Map<string, string>();
  const reads = await mapConcurrent(discovered, 16, async (entry) =>
    "problem" in entry ? undefined : readCapped(path.resolve(cwd, entry.file), limits.maxFileBytes),
  );
  for (const [index, entry] of discovered.entries()) {
    if ("problem" in entry) {
      head.push(unreadableFile(entry.file, entry.problem.rule, `${entry.file} ${entry.problem.message}`));
      continue;
    }
    const read = reads[index]!;
    if (!("bytes" in read)) {
      head.push(unreadableFile(entry.file, read.problem.rule, read.problem.message));
      continue;
    }
    if (options.base) headBlobs.set(entry.file, blobId(read.bytes));
    const parsed = parseYaml(entry.file, read.bytes, limits);
    const templates = await countTemplates(templatePaths(parsed), async (rel) => {
      const inside = await resolveInside(cwd, entry.file, rel);
      return "problem" in inside ? inside : readCapped(inside.absolute, limits.maxFileBytes);
    });
    head.push(await analyzeLoaded({ parsed, templates }));
  }
  if (catalogFindings.length > 0) head.push({ file: catalogFindings[0]!.file, estimates: [], findings: catalogFindings });

  let base: Parameters<typeof buildReport>[1]["base"];
  if (options.base) {
    const source = options.base;
    const listing = await source.list();
    const matches = baseMatcher(cwd, options.paths);
    const selected = listing.filter((e) => matches(e.path));
    const headByFile = new Map(head.map((f) => [f.file, f]));
    // A file whose blob is the same at both revisions has the same workloads: reuse the head's analysis.
    const same = selected.filter((e) => e.blob !== undefined && headBlobs.get(e.path) === e.blob && headByFile.get(e.path)?.manifest);
    const toRead = selected.filter((e) => !same.includes(e));
    const templateWanted = new Map<string, string[]>();
    const contents = await source.read(toRead.map((e) => e.path));
    const baseFiles: FileAnalysis[] = same.map((e) => headByFile.get(e.path)!);
    const parsedBase: ParsedYaml[] = [];
    for (const e of toRead) {
      const bytes = contents.get(e.path);
      if (!bytes) continue;
      const parsed = parseYaml(e.path, bytes, limits);
      parsedBase.push(parsed);
      templateWanted.set(e.path, templatePaths(parsed).map((t) => toPosix(path.join(path.dirname(e.path), t))));
    }
    const templateBytes = await source.read([...new Set([...templateWanted.values()].flat())]);
    const notes: Finding[] = [];
    for (const parsed of parsedBase) {
      const templates = await countTemplates(templatePaths(parsed), async (rel) => {
        const bytes = templateBytes.get(toPosix(path.join(path.dirname(parsed.file), rel)));
        return bytes ? { bytes } : { problem: "does not exist at the base revision" };
      });
      // Both revisions are priced with the head's books, so a catalog change never reads as a code change.
      const headBook = headByFile.get(parsed.file)?.book;
      const analysis = await analyzeLoaded({ parsed, templates }, headBook);
      const hardErrors = analysis.findings.filter((f) => f.severity === "error" && isInputError(f));
      if (!analysis.manifest || hardErrors.length > 0) {
        const first = (analysis.findings.find((f) => f.severity === "error") ?? analysis.findings[0])!;
        notes.push({
          severity: "notice",
          rule: "base.invalid",
          message: `at ${source.ref} this manifest was invalid (${first.line}:${first.col} ${first.message}); its base is treated as empty`,
          file: parsed.file,
          line: 1,
          col: 1,
        });
        continue;
      }
      baseFiles.push(analysis);
    }
    const diff = diffRevisions(baseFiles, head, trust);
    diff.findings.push(...notes);
    base = { ref: source.ref, trust, diff };
  }

  const report = buildReport(head, { toolVersion: options.toolVersion, book: globalBook, groupBy: options.groupBy ?? [], ...(base ? { base } : {}) });
  return { report, inputErrors: report.findings.some(isInputError), files: discovered.map((d) => d.file) };
}
