import { isInputError, loadHead } from "../app/load.js";
import { DEFAULT_PATTERN } from "../adapters/fs.js";
import { UsageError } from "./args.js";
import type { FileAnalysis } from "../core/review/analyze.js";
import type { Finding } from "../core/manifest/types.js";

export { loadCatalogFile, loadLayers } from "../app/load.js";
export { formatProblem } from "../core/render/validation.js";

export interface LoadedManifests {
  /** One analysis per manifest found, each priced with its own book (built-in < --catalog < its `catalogs:`). */
  files: FileAnalysis[];
  /** Errors that make the input unusable (invalid manifests, unreadable price books). */
  inputErrors: Finding[];
}

/** The head half of `run`, for commands that need the validated workloads rather than a report. */
export async function loadManifests(
  cwd: string,
  paths: readonly string[],
  catalogFiles: readonly string[],
  today: string,
): Promise<LoadedManifests> {
  const { files } = await loadHead({ cwd, paths, catalogFiles, today });
  return { files, inputErrors: files.flatMap((f) => f.findings).filter(isInputError) };
}

/** Says where discovery looked and how to point it elsewhere. */
export function noManifests(command: string, paths: readonly string[]): UsageError {
  const where = paths.length
    ? `in ${paths.join(" ")} (a folder is searched for ${DEFAULT_PATTERN}; a file or glob is read as given)`
    : `below the current directory (looked for ${DEFAULT_PATTERN}, skipping node_modules and .git)`;
  return new UsageError(
    `no manifests found ${where}; name manifests, folders or globs, e.g. tokenbudget ${command} services/ or tokenbudget ${command} 'infra/**/*.yaml'`,
  );
}
