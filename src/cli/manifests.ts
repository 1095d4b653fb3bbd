import path from "node:path";
import { discover, readCapped, resolveInside, toPosix } from "../adapters/fs.js";
import { isInputError } from "../app/run.js";
import { analyzeFile, unreadableFile, type FileAnalysis } from "../core/analyze.js";
import { BUILTIN_LAYER, parseCatalog } from "../core/catalog-load.js";
import { PriceBook, type CatalogLayer } from "../core/catalog.js";
import { DEFAULT_LIMITS, parseYaml } from "../core/parse.js";
import type { Finding } from "../core/types.js";
import type { TemplateTokens } from "../core/validate.js";

const MAX_CATALOG_BYTES = 64 * 1024 * 1024;

/** Reads one price book file (relative to cwd) and checks it against the catalog schema. */
export async function loadCatalogFile(cwd: string, file: string, label = file): Promise<{ layer: CatalogLayer } | { findings: Finding[] }> {
  const read = await readCapped(path.resolve(cwd, file), MAX_CATALOG_BYTES);
  if (!("bytes" in read)) return { findings: [{ severity: "error", rule: read.problem.rule, message: `price catalog ${file} ${read.problem.message}`, file: label, line: 1, col: 1 }] };
  return parseCatalog(label, new TextDecoder().decode(read.bytes));
}

/** Built-in plus the `--catalog` files, in order; problems come back as findings. */
export async function loadLayers(cwd: string, catalogFiles: readonly string[]): Promise<{ layers: CatalogLayer[]; findings: Finding[] }> {
  const layers: CatalogLayer[] = [BUILTIN_LAYER];
  const findings: Finding[] = [];
  for (const file of catalogFiles) {
    const loaded = await loadCatalogFile(cwd, file);
    if ("layer" in loaded) layers.push(loaded.layer);
    else findings.push(...loaded.findings);
  }
  return { layers, findings };
}

async function countTemplates(cwd: string, manifestFile: string, value: unknown): Promise<TemplateTokens> {
  const workloads = (value as { workloads?: unknown } | undefined)?.workloads;
  const wanted = Array.isArray(workloads)
    ? workloads.map((w) => (w && typeof w === "object" ? (w as { tokens?: { input_from?: unknown } }).tokens?.input_from : undefined)).filter((p): p is string => typeof p === "string")
    : [];
  const out = new Map<string, { tokens: number; tokenizer: string } | { error: string }>();
  if (wanted.length === 0) return out;
  // The tokenizer's tables are megabytes: loaded only when some manifest names a template.
  const { countPromptTokens } = await import("../core/prompt-tokens.js");
  for (const rel of new Set(wanted)) {
    const inside = await resolveInside(cwd, manifestFile, rel);
    const read = "problem" in inside ? { problem: { message: inside.problem } } : await readCapped(inside.absolute, DEFAULT_LIMITS.maxFileBytes);
    out.set(rel, "bytes" in read ? countPromptTokens(new TextDecoder().decode(read.bytes)) : { error: read.problem.message });
  }
  return out;
}

export interface LoadedManifests {
  /** One analysis per manifest found, each priced with its own book (built-in < --catalog < its `catalogs:`). */
  files: FileAnalysis[];
  /** Errors that make the input unusable (invalid manifests, unreadable price books). */
  inputErrors: Finding[];
}

/**
 * The head half of `run`: discover, read, validate and price manifests, for commands that need
 * the validated workloads themselves rather than a report.
 */
export async function loadManifests(cwd: string, paths: readonly string[], catalogFiles: readonly string[], today: string): Promise<LoadedManifests> {
  const global = await loadLayers(cwd, catalogFiles);
  const globalBook = new PriceBook(global.layers);
  const files: FileAnalysis[] = [];
  for (const entry of await discover(cwd, paths)) {
    if ("problem" in entry) {
      files.push(unreadableFile(entry.file, entry.problem.rule, `${entry.file} ${entry.problem.message}`));
      continue;
    }
    const read = await readCapped(path.resolve(cwd, entry.file), DEFAULT_LIMITS.maxFileBytes);
    if (!("bytes" in read)) {
      files.push(unreadableFile(entry.file, read.problem.rule, read.problem.message));
      continue;
    }
    const parsed = parseYaml(entry.file, read.bytes, DEFAULT_LIMITS);
    const templates = await countTemplates(cwd, entry.file, parsed.value);
    const options = { templates, today, maxWorkloads: DEFAULT_LIMITS.maxWorkloads };
    const probe = analyzeFile(parsed, () => globalBook, options);
    if (!probe.manifest || probe.manifest.catalogs.length === 0) {
      files.push(probe);
      continue;
    }
    // The manifest's own `catalogs:` are known only after validation: price it again with them.
    const layers = [...global.layers];
    const findings: Finding[] = [];
    for (const rel of probe.manifest.catalogs) {
      const inside = await resolveInside(cwd, entry.file, rel);
      const label = toPosix(path.join(path.dirname(entry.file), rel));
      const loaded = "problem" in inside ? { findings: [{ severity: "error" as const, rule: "catalog.unreadable", message: `catalogs: ${rel} ${inside.problem}`, file: entry.file, line: 1, col: 1 }] } : await loadCatalogFile(cwd, label);
      if ("layer" in loaded) layers.push(loaded.layer);
      else findings.push(...loaded.findings);
    }
    files.push(analyzeFile(parsed, () => (findings.length > 0 ? { findings } : new PriceBook(layers)), options));
  }
  return { files, inputErrors: [...global.findings, ...files.flatMap((f) => f.findings)].filter(isInputError) };
}

/** `file:line:col: error: message (rule)`, the form every command prints input problems in. */
export function formatProblem(f: Finding): string {
  return `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message}${f.path ? ` [${f.path}]` : ""} (${f.rule})`;
}
