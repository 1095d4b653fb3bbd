import path from "node:path";
import { stat } from "node:fs/promises";
import {
  discover,
  readCapped,
  resolveInside,
  resolveOperatorPath,
  resolveUnderRoot,
  toPosix,
  type ReadResult,
  type Refusal,
} from "../adapters/fs.js";
import { blobId } from "../adapters/git.js";
import { parseManifest } from "../adapters/manifest-parser.js";
import { loadPromptCounter } from "../adapters/tokenizer.js";
import { analyzeValidated, unreadableFile, type FileAnalysis } from "../core/review/analyze.js";
import { BUILTIN_LAYER, parseCatalog } from "../core/prices/catalog-load.js";
import { PriceBook, type CatalogLayer } from "../core/prices/catalog.js";
import { DEFAULT_LIMITS, type ParseLimits, type ParsedYaml } from "../core/manifest/parse.js";
import type { Finding, Manifest } from "../core/manifest/types.js";
import { validateManifest, type TemplateTokens } from "../core/manifest/validate.js";
import { isPolicyFinding } from "../core/review/report.js";
import type { RuleId } from "../core/rules/registry.js";

export const MAX_CATALOG_BYTES = 64 * 1024 * 1024;
/** All price books of one run together: past it a book is refused with a finding, never an out-of-memory crash. */
export const MAX_TOTAL_CATALOG_BYTES = 256 * 1024 * 1024;

/** Rules that mean the input is wrong rather than over budget: they exit 2, not 1. */
export function isInputError(finding: Finding): boolean {
  return finding.severity === "error" && !isPolicyFinding(finding);
}

type Loaded = { layer: CatalogLayer } | { findings: Finding[] };

/**
 * The price book files of one run: each real path is read and parsed once, however many
 * manifests name it, and all of them together stay within a byte budget.
 */
export class CatalogFiles {
  private readonly loaded = new Map<string, Promise<{ catalog: CatalogLayer["catalog"] } | { findings: Finding[] }>>();
  private used = 0;

  /** `root`: the repository every book a manifest names must lie in. */
  constructor(
    private readonly cwd: string,
    private readonly root = cwd,
    private readonly totalBytes = MAX_TOTAL_CATALOG_BYTES,
  ) {}

  /**
   * A book a manifest names: `written` is relative to `from` (a directory relative to cwd) and
   * must lie in the root; `refused` words a refused path as findings.
   */
  async load(written: string, from: string, refused: (problem: Refusal) => Finding[]): Promise<Loaded> {
    return this.layer(await resolveUnderRoot(this.root, written, path.resolve(this.cwd, from)), toPosix(path.join(from, written)), refused);
  }

  /** A book the operator named (`--catalog`, the Action's `catalog:`), relative to cwd: it may lie anywhere. */
  async loadOperator(written: string, refused: (problem: Refusal) => Finding[]): Promise<Loaded> {
    return this.layer(await resolveOperatorPath(this.cwd, written), written, refused);
  }

  private async layer(
    resolved: { absolute: string } | { problem: Refusal },
    label: string,
    refused: (problem: Refusal) => Finding[],
  ): Promise<Loaded> {
    if ("problem" in resolved) return { findings: refused(resolved.problem) };
    let entry = this.loaded.get(resolved.absolute);
    if (!entry) {
      entry = this.read(resolved.absolute, label);
      this.loaded.set(resolved.absolute, entry);
    }
    const result = await entry;
    return "catalog" in result ? { layer: { origin: label, catalog: result.catalog } } : result;
  }

  private async read(absolute: string, label: string): Promise<{ catalog: CatalogLayer["catalog"] } | { findings: Finding[] }> {
    const fail = (rule: RuleId, message: string) => ({
      findings: [{ severity: "error" as const, rule, message: `price catalog ${label} ${message}`, file: label }],
    });
    const size = (await stat(absolute).catch(() => undefined))?.size ?? 0;
    if (size <= MAX_CATALOG_BYTES && this.used + size > this.totalBytes) {
      return fail("catalog.too-large", `would take the price books of this run past ${this.totalBytes} bytes together; it was not read`);
    }
    const read = await readCapped(absolute, MAX_CATALOG_BYTES);
    if (!("bytes" in read)) return fail(read.problem.rule, read.problem.message);
    this.used += read.bytes.length;
    const parsed = parseCatalog(label, new TextDecoder().decode(read.bytes));
    return "layer" in parsed ? { catalog: parsed.layer.catalog } : parsed;
  }
}

/** Reads one price book file named on the command line or in the Action's inputs (relative to cwd, or anywhere). */
export async function loadCatalogFile(cwd: string, file: string, files = new CatalogFiles(cwd)): Promise<Loaded> {
  return files.loadOperator(file, (problem) => [
    { severity: "error", rule: problem.rule, message: `price catalog ${file} ${problem.message}`, file },
  ]);
}

/** Built-in plus the `--catalog` files, lowest precedence first; problems come back as findings. */
export async function loadLayers(
  cwd: string,
  catalogFiles: readonly string[],
  files = new CatalogFiles(cwd),
): Promise<{ layers: CatalogLayer[]; findings: Finding[] }> {
  const layers: CatalogLayer[] = [BUILTIN_LAYER];
  const findings: Finding[] = [];
  for (const file of catalogFiles) {
    const loaded = await loadCatalogFile(cwd, file, files);
    if ("layer" in loaded) layers.push(loaded.layer);
    else findings.push(...loaded.findings);
  }
  return { layers, findings };
}

export function templatePaths(parsed: ParsedYaml): string[] {
  const workloads = (parsed.value as { workloads?: unknown } | undefined)?.workloads;
  if (!Array.isArray(workloads)) return [];
  return workloads
    .map((w) => (w && typeof w === "object" ? (w as { tokens?: { input_from?: unknown } }).tokens?.input_from : undefined))
    .filter((p): p is string => typeof p === "string");
}

export async function countTemplates(
  paths: readonly string[],
  read: (p: string) => Promise<ReadResult | { problem: string }>,
): Promise<TemplateTokens> {
  const out = new Map<string, { tokens: number; tokenizer: string } | { error: string }>();
  if (paths.length === 0) return out;
  const countPromptTokens = await loadPromptCounter();
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

export type CatalogReader = (manifestFile: string, rel: string) => Promise<{ layer: CatalogLayer } | { findings: Finding[] }>;

function manifestCatalogReader(files: CatalogFiles): CatalogReader {
  return (manifestFile, rel) =>
    files.load(rel, path.dirname(manifestFile), (problem) => [
      {
        severity: "error",
        rule: "catalog.unreadable",
        message: `catalogs: ${rel} ${problem.message}`,
        file: manifestFile,
        path: "catalogs",
      },
    ]);
}

/** A finding the manifest gets about its `catalogs:` entry i points at that entry. */
function atEntry(f: Finding, manifest: Pick<Manifest, "file" | "catalogsAt">, i: number): Finding {
  const at = manifest.catalogsAt?.[i];
  return at && f.file === manifest.file ? { ...f, line: at.line, col: at.col, path: `catalogs[${i}]` } : f;
}

/** The price books in force for each manifest: built-in < --catalog files < its `catalogs:`. */
export class Books {
  readonly global: PriceBook;
  private readonly cache = new Map<string, PriceBook | { findings: Finding[] }>();

  /** `read` loads one `catalogs:` entry of a manifest; by default from the working tree. */
  constructor(
    private readonly cwd: string,
    readonly layers: readonly CatalogLayer[],
    private readonly read: CatalogReader = manifestCatalogReader(new CatalogFiles(cwd)),
  ) {
    this.global = new PriceBook(layers);
  }

  async for(manifest: Pick<Manifest, "file" | "catalogs" | "catalogsAt">): Promise<PriceBook | { findings: Finding[] }> {
    if (manifest.catalogs.length === 0) return this.global;
    const key = `${manifest.file}\u0000${manifest.catalogs.join("\u0000")}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const layers = [...this.layers];
    const findings: Finding[] = [];
    for (const [i, rel] of manifest.catalogs.entries()) {
      const loaded = await this.read(manifest.file, rel);
      if ("layer" in loaded) layers.push(loaded.layer);
      else findings.push(...loaded.findings.map((f) => atEntry(f, manifest, i)));
    }
    // A book named twice is one layer, at its highest place: the same content cannot change a price.
    const unique = layers.filter((layer, i) => !layers.some((other, j) => j > i && other.catalog === layer.catalog));
    const book = findings.length > 0 ? { findings } : new PriceBook(unique);
    this.cache.set(key, book);
    return book;
  }
}

export interface AnalyzeContext {
  books: Books;
  limits: ParseLimits;
  today: string;
}

/** The `catalogs:` entries of a manifest that failed validation for other reasons, and where each is written. */
function catalogPaths(parsed: ParsedYaml): Pick<Manifest, "file" | "catalogs" | "catalogsAt"> {
  const listed = (parsed.value as { catalogs?: unknown } | undefined)?.catalogs;
  const entries = Array.isArray(listed) ? [...listed.entries()].filter((e): e is [number, string] => typeof e[1] === "string") : [];
  return { file: parsed.file, catalogs: entries.map(([, rel]) => rel), catalogsAt: entries.map(([i]) => parsed.locate(["catalogs", i])) };
}

/** validate, then read the manifest's price books, then price: the core stays free of I/O. */
export async function analyzeParsed(
  parsed: ParsedYaml,
  templates: TemplateTokens,
  context: AnalyzeContext,
  fixedBook?: PriceBook,
): Promise<FileAnalysis> {
  const validated = validateManifest(parsed, { templates, maxWorkloads: context.limits.maxWorkloads });
  if (!validated.manifest && !fixedBook && parsed.findings.length === 0) {
    // Every problem of a file at once: a bad `input_from` must not hide a bad `catalogs:` entry.
    const named = catalogPaths(parsed);
    const book = named.catalogs.length > 0 ? await context.books.for(named) : context.books.global;
    if ("findings" in book) return analyzeValidated(parsed.file, validated, book, { today: context.today });
  }
  const target = validated.manifest ?? validated.partial;
  const book = target ? (fixedBook ?? (await context.books.for(target))) : context.books.global;
  return analyzeValidated(parsed.file, validated, book, { today: context.today });
}

export interface HeadOptions {
  cwd: string;
  /** The repository everything a manifest names must lie in (default cwd); the CLI's is runRoot's. */
  root?: string;
  paths: readonly string[];
  /** A manifest read from standard input, named `file` in findings and placed there for the paths it names. */
  stdin?: { file: string; read: ReadResult };
  catalogFiles?: readonly string[];
  limits?: ParseLimits;
  today: string;
  /** Record each file's git blob id, so unchanged files can be skipped at the base. */
  blobIds?: boolean;
}

export interface Head {
  files: FileAnalysis[];
  /** Manifest paths found, relative to cwd. */
  discovered: string[];
  blobs: Map<string, string>;
  context: AnalyzeContext;
}

/** discover -> load -> validate -> price -> estimate -> evaluate for the working tree. */
export async function loadHead(options: HeadOptions): Promise<Head> {
  const { cwd, stdin } = options;
  const root = options.root ?? cwd;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const catalogFiles = new CatalogFiles(cwd, root);
  const catalogs = await loadLayers(cwd, options.catalogFiles ?? [], catalogFiles);
  const context: AnalyzeContext = {
    books: new Books(cwd, catalogs.layers, manifestCatalogReader(catalogFiles)),
    limits,
    today: options.today,
  };
  // Standard input alone is the whole run: nothing is searched for beside it.
  const discovered = stdin && options.paths.length === 0 ? [] : await discover(cwd, options.paths, root);
  const files: FileAnalysis[] = [];
  const blobs = new Map<string, string>();
  const analyze = async (file: string, read: ReadResult) => {
    if (!("bytes" in read)) {
      files.push(unreadableFile(file, read.problem.rule, read.problem.message));
      return;
    }
    if (options.blobIds) blobs.set(file, blobId(read.bytes));
    const parsed = await parseManifest(file, read.bytes, limits);
    const templates = await countTemplates(templatePaths(parsed), async (rel) => {
      const inside = await resolveInside(root, path.resolve(cwd, file), rel);
      return "problem" in inside ? inside : readCapped(inside.absolute, limits.maxFileBytes);
    });
    files.push(await analyzeParsed(parsed, templates, context));
  };
  for (const entry of discovered) {
    if ("problem" in entry) files.push(unreadableFile(entry.file, entry.problem.rule, `${entry.file} ${entry.problem.message}`));
    else await analyze(entry.file, await readCapped(path.resolve(cwd, entry.file), limits.maxFileBytes));
  }
  if (stdin) await analyze(stdin.file, stdin.read);
  const [firstCatalogProblem] = catalogs.findings;
  if (firstCatalogProblem) files.push({ file: firstCatalogProblem.file, estimates: [], findings: catalogs.findings });
  return { files, discovered: [...discovered.map((d) => d.file), ...(stdin ? [stdin.file] : [])], blobs, context };
}
