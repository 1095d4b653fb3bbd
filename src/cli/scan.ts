import { isInputError, loadHead } from "../app/load.js";
import { scanCode } from "../app/scan.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import { renderScanJson, renderScanMarkdown, renderScanSarif, renderScanTable, type ScanReport } from "../core/render/scan.js";
import { TOOL_VERSION } from "../version.js";
import { oneOf, parse, positiveInt, type Io } from "./args.js";
import { formatProblem } from "./manifests.js";

export const SCAN_HELP = `tokenbudget scan [paths...]: the models the code uses, and whether a manifest declares them

Reads Python, TypeScript/JavaScript, Go, Java/Kotlin, Ruby, YAML, JSON, TOML and .env files as
text (never runs them) and lists each string that names a model of the price books where a
model is chosen: a model=/model:/"model": value, a provider factory such as openai("…"), or an
SDK call that takes a model. Comments, docstrings, Markdown, node_modules, vendored, build and
lock files, binaries, symbolic links and what .gitignore ignores are skipped.

Paths are files or folders to scan (default: the current directory). Exit code 0 unless the
input is unusable (2).

Options:
  --format table|json|markdown|sarif   output format (default table)
  --manifest PATH                      manifests that declare models (repeatable; default **/ai-workloads.{yaml,yml})
  --catalog FILE                       extra price book whose model names count too (repeatable)
  --max-file-bytes N                   skip larger files (default ${DEFAULT_LIMITS.maxFileBytes})
  -h, --help
`;

const OPTIONS = {
  format: { type: "string", default: "table" },
  manifest: { type: "string", multiple: true },
  catalog: { type: "string", multiple: true },
  "max-file-bytes": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) {
    io.stdout.write(SCAN_HELP);
    return 0;
  }
  const format = oneOf("format", values.format, ["table", "json", "markdown", "sarif"] as const);
  const maxFileBytes = positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes);
  const head = await loadHead({ cwd: io.cwd, paths: values.manifest ?? [], catalogFiles: values.catalog ?? [], limits: { ...DEFAULT_LIMITS, maxFileBytes }, today: io.today });
  const problems = head.files.flatMap((f) => f.findings).filter(isInputError);
  const scan = await scanCode({
    cwd: io.cwd,
    paths: positionals,
    maxFileBytes,
    layers: [...new Set(head.files.flatMap((f) => f.book?.layers ?? head.context.books.global.layers)), ...head.context.books.global.layers],
    manifests: head.files.flatMap((f) => (f.manifest ? [f.manifest] : [])),
  });
  const report: ScanReport = { uses: scan.uses, unused: scan.unused };
  const text =
    format === "json" ? renderScanJson(report) : format === "markdown" ? renderScanMarkdown(report) : format === "sarif" ? renderScanSarif(report, TOOL_VERSION) : renderScanTable(report);
  io.stdout.write(text);
  for (const s of scan.skipped) io.stderr.write(`tokenbudget: skipped ${s.file}: ${s.reason}\n`);
  if (head.discovered.length === 0) io.stderr.write("tokenbudget: no manifests found, so no model counts as declared\n");
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  return problems.length > 0 ? 2 : 0;
}
