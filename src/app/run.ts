import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_PATTERN, resolveInside, resolveOperatorPath, toPosix } from "../adapters/fs.js";
import { listTree, readBlobs, resolveInRepo } from "../adapters/git.js";
import { parseManifest } from "../adapters/manifest-parser.js";
import type { FileAnalysis } from "../core/review/analyze.js";
import { diffRevisions, type Trust } from "../core/review/diff.js";
import { DEFAULT_LIMITS, type ParseLimits, type ParsedYaml } from "../core/manifest/parse.js";
import { buildReport, type Report } from "../core/review/report.js";
import type { Finding, Manifest } from "../core/manifest/types.js";
import { strictestSetting } from "../core/scan/declared.js";
import {
  Books,
  MAX_CATALOG_BYTES,
  analyzeParsed,
  countTemplates,
  isInputError,
  loadCatalogFile,
  loadHead,
  templatePaths,
  type CatalogReader,
  type HeadOptions,
} from "./load.js";
import { BUILTIN_LAYER, parseCatalog } from "../core/prices/catalog-load.js";
import type { CatalogLayer } from "../core/prices/catalog.js";
import type { RuleId } from "../core/rules/registry.js";
import { finding, placeIn, type FindingPlace } from "../core/rules/finding.js";

/** The files of the base revision, from git or (in the Action, without history) the GitHub API. */
export interface BaseSource {
  ref: string;
  /** Blob paths relative to the working directory, with git blob ids and sizes when known. */
  list(): Promise<Array<{ path: string; blob?: string; size?: number }>>;
  read(paths: readonly string[]): Promise<Map<string, Uint8Array>>;
}

export interface RunOptions {
  cwd: string;
  /** The repository everything a manifest names must lie in (default cwd). */
  root?: string;
  paths: readonly string[];
  stdin?: HeadOptions["stdin"];
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

/** The base revision from the git repository of `root` (its files below `root`), paths relative to `cwd`. */
export function gitBaseSource(cwd: string, ref: string, root = cwd): BaseSource {
  let entries: Map<string, string> | undefined;
  const named = root === cwd ? (p: string) => p : (p: string) => toPosix(path.relative(cwd, path.join(root, p)));
  return {
    ref,
    async list() {
      const { repo, commit } = await resolveInRepo(root, ref);
      const tree = await listTree(root, commit, repo.prefix);
      // Links are never followed at the head either; at the base they are simply not manifests.
      const files = tree.filter((e) => e.mode !== "120000").map((e) => ({ ...e, path: named(e.path) }));
      entries = new Map(files.map((e) => [e.path, e.blob]));
      return files.map((e) => ({ path: e.path, blob: e.blob, size: e.size }));
    },
    async read(paths) {
      const blobs = paths.map((p) => entries?.get(p)).filter((b): b is string => b !== undefined);
      const contents = await readBlobs(root, blobs);
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

/** A price book a manifest names that differs at the base, and the `catalogs:` entry that names it. */
interface ChangedBook {
  entry: FindingPlace;
  book: string;
  was: "changed" | "new";
}

/**
 * The price books named by `catalogs:` whose content differs at the base. Both revisions are
 * priced with the head's, so such a change never shows as a workload's delta: say it instead.
 */
async function changedPriceBooks(
  { cwd, root }: { cwd: string; root: string },
  head: readonly FileAnalysis[],
  source: BaseSource,
): Promise<ChangedBook[]> {
  // Only books that resolve inside the repository: the price books' own loader reports the rest.
  const books = new Map<string, { absolute: string; entry: FindingPlace }>();
  for (const file of head) {
    for (const [i, rel] of (file.manifest?.catalogs ?? []).entries()) {
      const inside = await resolveInside(root, path.resolve(cwd, file.file), rel);
      const entry = { ...placeIn(file.file, file.manifest?.catalogsAt?.[i]), path: `catalogs[${i}]` };
      if ("absolute" in inside) books.set(toPosix(path.join(path.dirname(file.file), rel)), { absolute: inside.absolute, entry });
    }
  }
  if (books.size === 0) return [];
  const before = await source.read([...books.keys()]);
  const changed: ChangedBook[] = [];
  for (const [book, { absolute, entry }] of books) {
    const now = await readFile(absolute).catch(() => undefined);
    const then = before.get(book);
    if (!now || !then || !Buffer.from(then).equals(now)) changed.push({ entry, book, was: then ? "changed" : "new" });
  }
  return changed;
}

/**
 * Reads a base manifest's `catalogs:` entries from the base revision itself, never from the
 * working tree; paths are relative to `cwd` and confined to `root`.
 */
export function baseCatalogReader(source: BaseSource, { cwd, root } = { cwd: ".", root: "." }): CatalogReader {
  return async (manifestFile, rel) => {
    const file = toPosix(path.posix.normalize(path.posix.join(path.posix.dirname(manifestFile), rel)));
    const fail = (why: string) => ({
      findings: [
        {
          severity: "error" as const,
          rule: "catalog.unreadable" as const,
          message: `catalogs: ${rel} ${why} at ${source.ref}`,
          file: manifestFile,
          path: "catalogs",
        },
      ],
    });
    const inRoot = path.relative(root, path.resolve(cwd, file));
    if (path.posix.isAbsolute(rel) || path.isAbsolute(inRoot) || inRoot === ".." || inRoot.startsWith(`..${path.sep}`))
      return fail("points outside the repository");
    const bytes = (await source.read([file])).get(file);
    if (!bytes) return fail("does not exist");
    return parseCatalog(file, new TextDecoder().decode(bytes));
  };
}

/**
 * Under --trust base, the --catalog books inside the repository as the base revision has
 * them: the head may not reprice itself by editing one. A book missing at the base is refused
 * (fail closed). A book outside the repository is the operator's, out of the head's reach: used as it is.
 */
async function baseCatalogLayers(
  { cwd, root }: { cwd: string; root: string },
  files: readonly string[],
  source: BaseSource,
  sizes: ReadonlyMap<string, number | undefined>,
): Promise<{ layers: CatalogLayer[]; findings: Finding[] }> {
  const layers: CatalogLayer[] = [BUILTIN_LAYER];
  const findings: Finding[] = [];
  const realCwd = await realpath(cwd).catch(() => cwd);
  const realRoot = await realpath(root).catch(() => root);
  for (const file of files) {
    const finding = (severity: "error" | "warning", rule: RuleId, why: string) =>
      findings.push({ severity, rule, message: `price catalog ${file} ${why}`, file });
    // The same path gate as at the head, which has already reported a refused path.
    const resolved = await resolveOperatorPath(cwd, file);
    if ("problem" in resolved) continue;
    const inRoot = path.relative(realRoot, resolved.absolute);
    if (inRoot.startsWith("..") || path.isAbsolute(inRoot)) {
      const loaded = await loadCatalogFile(cwd, file);
      if ("layer" in loaded) layers.push(loaded.layer);
      continue;
    }
    const rel = toPosix(path.relative(realCwd, resolved.absolute));
    if (!sizes.has(rel)) {
      finding(
        "error",
        "catalog.not-at-base",
        `does not exist at ${source.ref}; under --trust base only a price book of the base revision may price the change, so it was not used`,
      );
      continue;
    }
    if ((sizes.get(rel) ?? 0) > MAX_CATALOG_BYTES) {
      finding("error", "catalog.too-large", `is over ${MAX_CATALOG_BYTES} bytes at ${source.ref}; it was not read`);
      continue;
    }
    const then = (await source.read([rel])).get(rel);
    if (!then) {
      finding("error", "catalog.not-at-base", `could not be read at ${source.ref}; it was not used`);
      continue;
    }
    const parsed = parseCatalog(file, new TextDecoder().decode(then));
    if ("findings" in parsed) findings.push(...parsed.findings);
    else layers.push(parsed.layer);
    const now = await readFile(resolved.absolute).catch(() => undefined);
    if (!now || !Buffer.from(then).equals(now))
      finding("warning", "price.changed-by-change", "changed since the base; under --trust base the base's copy was applied");
  }
  return { layers, findings };
}

/** The base paths the same `paths` arguments select. */
export async function baseMatcher(cwd: string, inputs: readonly string[]): Promise<(p: string) => boolean> {
  // Loaded here: runs without --base never match paths this way.
  const { default: picomatch } = await import("picomatch");
  const patterns =
    inputs.length === 0
      ? [DEFAULT_PATTERN]
      : inputs.map((input) => {
          const rel = toPosix(path.relative(cwd, path.resolve(cwd, input)));
          if (picomatch.scan(input).isGlob) return toPosix(input).replace(/^\.\//, "");
          return /\.ya?ml$/i.test(rel) ? rel : `${rel ? `${rel}/` : ""}${DEFAULT_PATTERN}`;
        });
  const ignored = picomatch(["**/node_modules/**", "**/.git/**"]);
  const wanted = picomatch(patterns, { dot: true });
  return (p) => wanted(p) && !ignored(p);
}

/** discover -> load -> validate -> price -> estimate -> evaluate -> diff -> report. */
type Head = Awaited<ReturnType<typeof loadHead>>;
type BaseSide = NonNullable<Parameters<typeof buildReport>[1]["base"]>;

export async function run(options: RunOptions): Promise<RunResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cwd = options.cwd;
  const root = options.root ?? cwd;
  // The base's file list comes from git while the head is read and analyzed.
  const listing = options.base?.list();
  listing?.catch(() => undefined);
  const loaded = await loadHead({
    cwd,
    root,
    paths: options.paths,
    ...(options.stdin ? { stdin: options.stdin } : {}),
    catalogFiles: options.catalogFiles ?? [],
    limits,
    today: options.today,
    blobIds: options.base !== undefined,
  });
  const judged = options.base ? await diffWithBase(options, options.base, loaded, (await listing) ?? []) : undefined;
  const report = buildReport(judged?.head ?? loaded.files, {
    toolVersion: options.toolVersion,
    book: loaded.context.books.global,
    groupBy: options.groupBy ?? [],
    codeFindings: await undeclaredModels(options, loaded, judged?.manifests ?? []),
    ...(judged ? { base: judged.base } : {}),
  });
  return { report, inputErrors: report.findings.some(isInputError), files: loaded.discovered };
}

/** The base revision read, analyzed and diffed against the head: what the report shows of the base, and the base's manifests. */
async function diffWithBase(
  options: RunOptions,
  source: BaseSource,
  { files: head, blobs: headBlobs, context }: Head,
  listed: Awaited<ReturnType<BaseSource["list"]>>,
): Promise<{ base: BaseSide; manifests: Manifest[]; head: FileAnalysis[] }> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { cwd } = options;
  const root = options.root ?? cwd;
  const trust = options.trust ?? "head";
  // Standard input's manifest is compared with the base file of its name.
  const matches = await baseMatcher(cwd, options.stdin ? [...options.paths, options.stdin.file] : options.paths);
  const selected = listed.filter((e) => matches(e.path));
  // Trusting the base, --catalog books come from the base revision too.
  const global =
    trust === "base"
      ? await baseCatalogLayers({ cwd, root }, options.catalogFiles ?? [], source, new Map(listed.map((e) => [e.path, e.size])))
      : { layers: context.books.layers, findings: [] };
  const headByFile = new Map(head.map((f) => [f.file, f]));
  // A file whose blob is the same at both revisions has the same workloads: reuse the head's analysis.
  // Trusting the base, a file naming price books is read again: its books may differ at the base.
  const same = selected.filter((e) => {
    const manifest = headByFile.get(e.path)?.manifest;
    return (
      e.blob !== undefined &&
      headBlobs.get(e.path) === e.blob &&
      manifest &&
      (trust === "head" || (manifest.catalogs.length === 0 && (options.catalogFiles ?? []).length === 0))
    );
  });
  const notes: Finding[] = [...global.findings];
  const baseNotice = (file: string, why: string) =>
    notes.push({
      severity: "notice",
      rule: "base.invalid",
      message: `at ${source.ref} this manifest ${why}; its base is treated as empty`,
      file,
    });
  // The size cap holds at the base too: a huge blob is never loaded.
  const reused = new Set(same);
  const toRead = selected.filter((e) => {
    if (reused.has(e)) return false;
    if (e.size !== undefined && e.size > limits.maxFileBytes) {
      baseNotice(e.path, `is ${e.size} bytes, over the ${limits.maxFileBytes}-byte limit`);
      return false;
    }
    return true;
  });
  const baseContext =
    trust === "base" ? { ...context, books: new Books(cwd, global.layers, baseCatalogReader(source, { cwd, root })) } : undefined;
  // Trusting the head, both revisions are priced with the head's books, so a catalog change
  // never reads as a code change; trusting the base, the base keeps its own books.
  const analyze = (parsed: ParsedYaml, templates: Awaited<ReturnType<typeof countTemplates>>) =>
    baseContext
      ? analyzeParsed(parsed, templates, baseContext)
      : analyzeParsed(parsed, templates, context, headByFile.get(parsed.file)?.book);
  const read = await readBaseFiles(
    source,
    toRead.map((e) => e.path),
    limits,
    analyze,
    baseNotice,
  );
  const baseFiles: FileAnalysis[] = [...same.flatMap((e) => headByFile.get(e.path) ?? []), ...read];
  // A file unchanged at both revisions shares the head's analysis; under --trust base it is re-judged all the same.
  const diff = diffRevisions(baseFiles, head, { trust, today: options.today, book: baseContext?.books.global ?? context.books.global });
  diff.findings.push(...notes);
  judgePriceBooks(diff, trust, await changedPriceBooks({ cwd, root }, head, source));
  return { base: { ref: source.ref, trust, diff }, manifests: baseFiles.flatMap((f) => (f.manifest ? [f.manifest] : [])), head: diff.head };
}

/** The base's manifests that must be read again, parsed with their prompt templates and analyzed; an invalid one is a notice. */
async function readBaseFiles(
  source: BaseSource,
  files: string[],
  limits: ParseLimits,
  analyze: (parsed: ParsedYaml, templates: Awaited<ReturnType<typeof countTemplates>>) => Promise<FileAnalysis>,
  baseNotice: (file: string, why: string) => void,
): Promise<FileAnalysis[]> {
  const templateWanted = new Map<string, string[]>();
  const contents = await source.read(files);
  const parsedBase: ParsedYaml[] = [];
  for (const file of files) {
    const bytes = contents.get(file);
    if (!bytes) continue;
    const parsed = await parseManifest(file, bytes, limits);
    parsedBase.push(parsed);
    templateWanted.set(
      file,
      templatePaths(parsed).map((t) => toPosix(path.join(path.dirname(file), t))),
    );
  }
  const templateBytes = await source.read([...new Set([...templateWanted.values()].flat())]);
  const analyses: FileAnalysis[] = [];
  for (const parsed of parsedBase) {
    const templates = await countTemplates(templatePaths(parsed), (rel) => {
      const bytes = templateBytes.get(toPosix(path.join(path.dirname(parsed.file), rel)));
      return Promise.resolve(bytes ? { bytes } : { problem: "does not exist at the base revision" });
    });
    const analysis = await analyze(parsed, templates);
    const firstError = analysis.findings.find(isInputError);
    if (!analysis.manifest || firstError) {
      const first = firstError ?? analysis.findings[0];
      const why = first ? ` (${first.line === undefined ? "" : `${first.line}:${first.col} `}${first.message})` : "";
      baseNotice(parsed.file, `was invalid${why}`);
      continue;
    }
    analyses.push(analysis);
  }
  return analyses;
}

/** A price book the change edits or adds: a note when the head's books price both sides, a warning when the base's do. */
function judgePriceBooks(diff: BaseSide["diff"], trust: Trust, changed: Awaited<ReturnType<typeof changedPriceBooks>>): void {
  for (const { entry, book, was } of changed) {
    const what = `price book ${book} ${was === "changed" ? "changed" : "is new"} since the base`;
    if (trust === "head") diff.notes.push(`${what}; both revisions were priced with the head's`);
    else
      diff.findings.push(
        finding("price.changed-by-change", entry, `${what}; under --trust base the base's price books were applied`, "warning"),
      );
  }
}

/** model.undeclared findings, when a policy asks for them: the scan (its lexers, .gitignore matching) is loaded only then. */
async function undeclaredModels(options: RunOptions, { files: head, context }: Head, baseManifests: Manifest[]): Promise<Finding[]> {
  const headManifests = head.flatMap((f) => (f.manifest ? [f.manifest] : []));
  // The trusted side's policy decides; with --trust base a pull request cannot turn the rule off,
  // nor choose what the scan reads (the base's scan settings, over the files git tracks).
  const trustBase = options.trust === "base" && options.base !== undefined;
  const setting = strictestSetting(trustBase ? baseManifests : headManifests);
  if (setting === "off") return [];
  const { undeclaredModelFindings } = await import("./scan.js");
  return undeclaredModelFindings({
    cwd: options.cwd,
    paths: [],
    maxFileBytes: (options.limits ?? DEFAULT_LIMITS).maxFileBytes,
    layers: [...new Set(head.flatMap((f) => f.book?.layers ?? context.books.global.layers))],
    manifests: headManifests,
    settingsFrom: trustBase ? baseManifests : headManifests,
    trustBase,
    setting,
    ...(options.base ? { base: options.base } : {}),
  });
}
