import { isInputError, loadHead } from "../app/load.js";
import type { FileAnalysis } from "../core/review/analyze.js";
import type { Finding } from "../core/manifest/types.js";

export { loadCatalogFile, loadLayers } from "../app/load.js";

export interface LoadedManifests {
  /** One analysis per manifest found, each priced with its own book (built-in < --catalog < its `catalogs:`). */
  files: FileAnalysis[];
  /** Errors that make the input unusable (invalid manifests, unreadable price books). */
  inputErrors: Finding[];
}

/** The head half of `run`, for commands that need the validated workloads rather than a report. */
export async function loadManifests(cwd: string, paths: readonly string[], catalogFiles: readonly string[], today: string): Promise<LoadedManifests> {
  const { files } = await loadHead({ cwd, paths, catalogFiles, today });
  return { files, inputErrors: files.flatMap((f) => f.findings).filter(isInputError) };
}

/** `file:line:col: error: message [path] (rule)`, the form every command prints input problems in. */
export function formatProblem(f: Finding): string {
  return `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message}${f.path ? ` [${f.path}]` : ""} (${f.rule})`;
}
