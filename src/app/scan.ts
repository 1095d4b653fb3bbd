import { blobId } from "../adapters/git.js";
import { listSources, readSources } from "../adapters/sources.js";
import type { Finding, Manifest } from "../core/manifest/types.js";
import type { CatalogLayer } from "../core/prices/catalog.js";
import { addedUses, crossCheck, declaredModels, undeclaredFindings, type CheckedUse, type DeclaredModel, type UndeclaredSetting } from "../core/scan/declared.js";
import { findModelUses, type ModelUse } from "../core/scan/find.js";
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
}

const MANIFEST_NAME = /(^|\/)ai-workloads\.ya?ml$/;

/** The uses of one file the scope keeps: test code's are dropped when `tests: ignore`. */
function usesIn(file: string, text: string, index: ModelIndex, scope: ScanScope): ModelUse[] {
  const uses = findModelUses(file, text, index);
  return scope.tests === "ignore" ? uses.filter((u) => !u.test) : uses;
}

/** list -> read -> find -> cross-check against the manifests. */
export async function scanCode(options: ScanOptions): Promise<ScanResult> {
  const declared = declaredModels(options.manifests);
  const index = new ModelIndex(options.layers, declared);
  const scope = scanScope(options.settingsFrom ?? options.manifests);
  const listed = await listSources(options.cwd, { inputs: options.paths, excludes: (f) => scope.excludes(f), trackedOnly: options.trustBase === true });
  // A manifest declares models; it does not use them.
  const manifests = new Set(options.manifests.map((m) => m.file));
  const files = listed.files.filter((f) => !manifests.has(f) && !MANIFEST_NAME.test(f));
  const byFile = new Map<string, ModelUse[]>();
  const bytes = new Map<string, Uint8Array>();
  let read = 0;
  const skipped = await readSources(options.cwd, files, options.maxFileBytes, (source) => {
    options.onFileRead?.(++read, files.length);
    const uses = usesIn(source.file, source.text, index, scope);
    if (uses.length === 0) return;
    byFile.set(source.file, uses);
    bytes.set(source.file, source.bytes);
  }, listed.unverified);
  // Files finish reading in any order; report them in the listing's.
  const found = files.flatMap((f) => byFile.get(f) ?? []);
  const checked = crossCheck(found, declared, index);
  return { ...checked, skipped: [...listed.skipped, ...skipped], scope, index, bytes };
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
    if (entry.blob !== undefined && entry.blob === blobId(scan.bytes.get(file)!)) out.set(file, scan.uses.filter((u) => u.file === file));
    else if (entry.size === undefined || entry.size <= maxFileBytes) toRead.push(file);
  }
  const contents = await base.read(toRead);
  const decoder = new TextDecoder();
  for (const [file, content] of contents) out.set(file, usesIn(file, decoder.decode(content), scan.index, scan.scope));
  return out;
}

/**
 * `model.undeclared` for `check`: every model the code uses that no manifest of the run
 * declares; with a base, only the uses the change adds fail, the others are notices. What the
 * scan could not read is a `scan.skipped` finding naming it (a warning under `--trust base`).
 */
export async function undeclaredModelFindings(options: ScanOptions & { setting: Exclude<UndeclaredSetting, "off">; base?: BaseSource }): Promise<Finding[]> {
  const scan = await scanCode(options);
  const before = options.base ? await baseUses(scan, options.base, options.maxFileBytes) : undefined;
  return [
    ...undeclaredFindings(scan.uses, addedUses(scan.uses, before), options.setting, scan.scope.tests === "count"),
    ...skippedFindings(scan.skipped, options.trustBase === true),
  ];
}
