import ignore, { type Ignore } from "ignore";
import type { Manifest, ScanSettings } from "../manifest/types.js";

/** One manifest's `scan:` globs, compiled, for the files below its folder. */
interface Rule {
  /** The manifest's folder, `/`-separated, "" at the root. */
  dir: string;
  manifest: string;
  include?: Ignore;
  exclude?: Ignore;
}

/** What the trusted manifests say the scan reads, and how it treats test code. */
export interface ScanScope {
  /** Why a file (relative to the working directory) is not scanned, or undefined when it is. */
  excludes(file: string): string | undefined;
  tests: ScanSettings["tests"];
}

const dirOf = (file: string) => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "");

/** `ignore` refuses paths that are not relative or that it considers invalid; such a path matches nothing. */
function matches(ig: Ignore, rel: string): boolean {
  try {
    return ig.ignores(rel);
  } catch {
    return false;
  }
}

/** Uses in test code count for the strictest setting of the manifests (`count`, then `report`, then `ignore`). */
function strictestTests(manifests: readonly Manifest[]): ScanSettings["tests"] {
  const settings = new Set(manifests.map((m) => m.scan.tests));
  return settings.has("count") ? "count" : settings.size === 0 || settings.has("report") ? "report" : "ignore";
}

/**
 * The scope the manifests' `scan:` sections give: globs in `.gitignore` syntax, relative to each
 * manifest's folder and applying below it. Under `--trust base` the caller passes the base's manifests.
 */
export function scanScope(manifests: readonly Manifest[]): ScanScope {
  const rules: Rule[] = manifests
    .filter((m) => m.scan.include.length > 0 || m.scan.exclude.length > 0)
    .map((m) => ({
      dir: dirOf(m.file),
      manifest: m.file,
      ...(m.scan.include.length > 0 ? { include: ignore().add(m.scan.include) } : {}),
      ...(m.scan.exclude.length > 0 ? { exclude: ignore().add(m.scan.exclude) } : {}),
    }));
  return {
    tests: strictestTests(manifests),
    excludes(file) {
      for (const r of rules) {
        if (r.dir && !file.startsWith(`${r.dir}/`)) continue;
        const rel = r.dir ? file.slice(r.dir.length + 1) : file;
        if (r.exclude && matches(r.exclude, rel)) return `excluded by scan.exclude in ${r.manifest}`;
        if (r.include && !matches(r.include, rel)) return `not in scan.include of ${r.manifest}`;
      }
      return undefined;
    },
  };
}
