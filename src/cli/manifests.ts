import { isInputError, loadHead, type HeadOptions } from "../app/load.js";
import { DEFAULT_PATTERN, readStreamCapped, runRoot } from "../adapters/fs.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import { UsageError, type Io } from "./args.js";
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

/** Standard input as a manifest path. */
const STDIN_PATHS = new Set(["-", "/dev/stdin"]);
export const DEFAULT_STDIN_NAME = "<stdin>";

/** The manifest paths the operator named, as a run takes them. */
export type OperatorPaths = Required<Pick<HeadOptions, "root" | "paths">> & Pick<HeadOptions, "stdin">;

/**
 * The paths the operator typed are trusted and may lie anywhere: the run's root is their
 * repository (runRoot), and `-` reads one manifest from standard input, named `stdinName` and
 * placed there for the paths it names. Everything a manifest names stays confined to the root.
 */
export async function operatorPaths(
  io: Io,
  positionals: readonly string[],
  stdinName: string | undefined,
  maxFileBytes = DEFAULT_LIMITS.maxFileBytes,
): Promise<OperatorPaths> {
  const paths = positionals.filter((p) => !STDIN_PATHS.has(p));
  const dashes = positionals.length - paths.length;
  if (dashes > 1) throw new UsageError("- (standard input) may be given once: it holds one manifest");
  if (dashes === 0 && stdinName !== undefined) throw new UsageError("--stdin-name names standard input: give - as a path too");
  const file = stdinName ?? DEFAULT_STDIN_NAME;
  if (dashes === 1 && file.trim() === "") throw new UsageError("--stdin-name must not be empty");
  const root = runRoot(
    io.cwd,
    positionals.map((p) => (STDIN_PATHS.has(p) ? file : p)),
  );
  if (dashes === 0) return { root, paths };
  if (!io.stdin) throw new UsageError("- reads standard input, which this run does not have");
  return { root, paths, stdin: { file, read: await readStreamCapped(io.stdin, maxFileBytes) } };
}

/** The head half of `run`, for commands that need the validated workloads rather than a report. */
export async function loadManifests(
  io: Io,
  positionals: readonly string[],
  catalogFiles: readonly string[],
  stdinName?: string,
): Promise<LoadedManifests> {
  const named = await operatorPaths(io, positionals, stdinName);
  const { files } = await loadHead({ cwd: io.cwd, ...named, catalogFiles, today: io.today });
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
