import { blobId } from "../adapters/git.js";
import { listSources, readSources } from "../adapters/sources.js";
import type { Finding, Manifest } from "../core/manifest/types.js";
import type { CatalogLayer } from "../core/prices/catalog.js";
import {
  addedUses,
  crossCheck,
  declaredModels,
  undeclaredFindings,
  type CheckedUse,
  type DeclaredModel,
  type UndeclaredSetting,
} from "../core/scan/declared.js";
import path from "node:path";
import { findModelFacts, languageOf, type ImportedUse, type ModelUse, type ModuleResolver } from "../core/scan/find.js";
import { ModelIndex } from "../core/scan/models.js";
import { scanScope, type ScanScope } from "../core/scan/settings.js";
import { skippedFindings, type SkippedSource } from "../core/scan/skipped.js";
import type { BaseSource } from "./run.js";

export interface ScanOptions {
  cwd: string;
  /** Files or folders to scan; default: the working directory. */
  paths: readonly string[];
  maxFileBytes: number;
  /** The price books whose model names count. */
  layers: readonly CatalogLayer[];
  /** The valid manifests of the run: what they declare is `declared`, and their models are names too. */
  manifests: readonly Manifest[];
  /**
   * The manifests whose `scan:` settings decide what is read (default `manifests`). Under
   * `--trust base`, the base's, and only the files git tracks are listed.
   */
  settingsFrom?: readonly Manifest[];
  trustBase?: boolean;
  /** Told after each file is read, for a progress line on a big tree. */
  onFileRead?: (read: number, total: number) => void;
}

export interface ScanResult {
  uses: CheckedUse[];
  unused: DeclaredModel[];
  skipped: SkippedSource[];
  scope: ScanScope;
  index: ModelIndex;
  /** Bytes of each file with a use, to compare with another revision. */
  bytes: Map<string, Uint8Array>;
  /** `file\u0000name` of each constant another file imports and uses as a model. */
  shared: Set<string>;
}

const MANIFEST_NAME = /(^|\/)ai-workloads\.ya?ml$/;

/** The uses the scope keeps: test code's are dropped when `tests: ignore`. */
function kept(uses: ModelUse[], scope: ScanScope): ModelUse[] {
  return scope.tests === "ignore" ? uses.filter((u) => !u.test) : uses;
}

const JS_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", "/index.ts", "/index.js"];

/**
 * Finds an imported module among the files scanned: JS/TS relative imports (`./config`), and
 * Python modules (`.config`, `..shared.models`, `app.config`) from the importer's folder or the top.
 */
function moduleResolver(files: ReadonlySet<string>): ModuleResolver {
  const first = (candidates: string[]) => candidates.map((c) => path.posix.normalize(c)).find((c) => files.has(c));
  return (from, module) => {
    const dir = path.posix.dirname(from);
    if (languageOf(from) === "js")
      return module.startsWith("./") || module.startsWith("../")
        ? first(JS_EXTENSIONS.map((e) => path.posix.join(dir, module) + e))
        : undefined;
    const dots = module.length - module.replace(/^\.+/, "").length;
    const rest = module.slice(dots).replaceAll(".", "/");
    const bases = dots > 0 ? [path.posix.join(dir, ...Array<string>(dots - 1).fill(".."))] : [dir, ".", "src"];
    return first(bases.flatMap((b) => [path.posix.join(b, `${rest}.py`), path.posix.join(b, rest, "__init__.py")]));
  };
}

/** The uses that constants shared between files add, in the constants' files. */
function sharedUses(imported: readonly ImportedUse[], exported: ReadonlyMap<string, Map<string, ModelUse[]>>): Map<string, ModelUse[]> {
  const out = new Map<string, ModelUse[]>();
  const seen = new Set<string>();
  for (const { file, name } of imported) {
    if (seen.has(`${file}\u0000${name}`)) continue;
    seen.add(`${file}\u0000${name}`);
    const uses = exported.get(file)?.get(name);
    if (uses) out.set(file, [...(out.get(file) ?? []), ...uses]);
  }
  return out;
}

/** list -> read -> find -> cross-check against the manifests. */
export async function scanCode(options: ScanOptions): Promise<ScanResult> {
  const declared = declaredModels(options.manifests);
  const index = new ModelIndex(options.layers, declared);
  const scope = scanScope(options.settingsFrom ?? options.manifests);
  const listed = await listSources(options.cwd, {
    inputs: options.paths,
    excludes: (f) => scope.excludes(f),
    trackedOnly: options.trustBase === true,
  });
  // A manifest declares models and a price book prices them; neither uses them.
  const declaring = new Set([...options.manifests.map((m) => m.file), ...options.layers.map((l) => l.origin)]);
  const files = listed.files.filter((f) => !declaring.has(f) && !MANIFEST_NAME.test(f));
  const byFile = new Map<string, ModelUse[]>();
  const bytes = new Map<string, Uint8Array>();
  const exported = new Map<string, Map<string, ModelUse[]>>();
  const imported: ImportedUse[] = [];
  const resolve = moduleResolver(new Set(files));
  let read = 0;
  const skipped = await readSources(
    options.cwd,
    files,
    options.maxFileBytes,
    (source) => {
      options.onFileRead?.(++read, files.length);
      const facts = findModelFacts(source.file, source.text, index, resolve);
      if (facts.exported.size > 0) exported.set(source.file, facts.exported);
      imported.push(...facts.imported);
      if (facts.uses.length === 0 && facts.exported.size === 0) return;
      byFile.set(source.file, facts.uses);
      bytes.set(source.file, source.bytes);
    },
    listed.unverified,
  );
  for (const [file, uses] of sharedUses(imported, exported))
    byFile.set(
      file,
      [...(byFile.get(file) ?? []), ...uses].sort((a, b) => a.line - b.line || a.col - b.col),
    );
  // Files finish reading in any order; report them in the listing's.
  const found = kept(
    files.flatMap((f) => byFile.get(f) ?? []),
    scope,
  );
  const checked = crossCheck(found, declared, index);
  return {
    ...checked,
    skipped: [...listed.skipped, ...skipped],
    scope,
    index,
    bytes,
    shared: new Set(imported.map((i) => `${i.file}\u0000${i.name}`)),
  };
}

/** The uses in the base revision's version of each file that has an undeclared use now. */
async function baseUses(scan: ScanResult, base: BaseSource, maxFileBytes: number): Promise<Map<string, ModelUse[]>> {
  const files = [...new Set(scan.uses.filter((u) => !u.declared).map((u) => u.file))];
  const listing = new Map((await base.list()).map((e) => [e.path, e]));
  const out = new Map<string, ModelUse[]>();
  const toRead: string[] = [];
  for (const file of files) {
    const entry = listing.get(file);
    if (!entry) continue;
    // An untouched file has the same uses: no need to read it again.
    const bytes = scan.bytes.get(file);
    if (entry.blob !== undefined && bytes !== undefined && entry.blob === blobId(bytes))
      out.set(
        file,
        scan.uses.filter((u) => u.file === file),
      );
    else if (entry.size === undefined || entry.size <= maxFileBytes) toRead.push(file);
  }
  const contents = await base.read(toRead);
  const decoder = new TextDecoder();
  for (const [file, content] of contents) {
    const facts = findModelFacts(file, decoder.decode(content), scan.index);
    // A constant another file uses: counted at the base too when the base still has it.
    const shared = [...facts.exported].filter(([name]) => scan.shared.has(`${file}\u0000${name}`)).flatMap(([, uses]) => uses);
    out.set(file, kept([...facts.uses, ...shared], scan.scope));
  }
  return out;
}

/**
 * `model.undeclared` for `check`: every model the code uses that no manifest of the run
 * declares; with a base, only the uses the change adds fail, the others are notices. What the
 * scan could not read is a `scan.skipped` finding naming it (a warning under `--trust base`).
 */
export async function undeclaredModelFindings(
  options: ScanOptions & { setting: Exclude<UndeclaredSetting, "off">; base?: BaseSource },
): Promise<Finding[]> {
  const scan = await scanCode(options);
  const before = options.base ? await baseUses(scan, options.base, options.maxFileBytes) : undefined;
  return [
    ...undeclaredFindings(scan.uses, addedUses(scan.uses, before), options.setting, scan.scope.tests === "count"),
    ...skippedFindings(scan.skipped, options.trustBase === true),
  ];
}
