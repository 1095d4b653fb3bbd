import { startProgress } from "./progress.js";
import { isInputError, loadHead } from "../app/load.js";
import { scanCode } from "../app/scan.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import { renderScanJson, renderScanMarkdown, renderScanSarif, renderScanTable, type ScanReport } from "../core/render/scan.js";
import { TOOL_VERSION } from "../version.js";
import { positiveInt, type Io } from "./args.js";
import { defineCommand, type OptionSpec, type Parsed } from "./command.js";
import { formatProblem } from "./manifests.js";

const OPTIONS = [
  { name: "format", type: "string", choices: ["table", "json", "markdown", "sarif"], default: "table", help: "output format" },
  { name: "manifest", type: "string", value: "PATH", multiple: true, help: "manifests that declare models (default **/ai-workloads.{yaml,yml})" },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book whose model names count too" },
  { name: "max-file-bytes", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxFileBytes), help: "skip larger files" },
] as const satisfies readonly OptionSpec[];

export const scanCommand = defineCommand({
  name: "scan",
  usage: "[paths...]",
  summary: "the models the code uses, and whether a manifest declares them",
  description: `Reads Python, TypeScript/JavaScript, Go, Java/Kotlin, Ruby, YAML, JSON, TOML and .env files as
text (never runs them) and lists each string that names a model of the price books where a
model is chosen: a model=/model:/"model": value, a provider factory such as openai("…"), or an
SDK call that takes a model. Comments, docstrings, Markdown, node_modules, vendored, build and
lock files, binaries, symbolic links and what .gitignore ignores are skipped.

Paths are files or folders to scan (default: the current directory). Exit code 0 unless the
input is unusable (2).`,
  options: OPTIONS,
  examples: ["tokenbudget scan", "tokenbudget scan services/ --format sarif > scan.sarif"],
  run: scanTree,
});

async function scanTree({ values, positionals }: Parsed<typeof OPTIONS>, io: Io): Promise<number> {
  const format = values.format;
  const maxFileBytes = positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes);
  const head = await loadHead({ cwd: io.cwd, paths: values.manifest, catalogFiles: values.catalog, limits: { ...DEFAULT_LIMITS, maxFileBytes }, today: io.today });
  const problems = head.files.flatMap((f) => f.findings).filter(isInputError);
  const progress = startProgress(io);
  const scan = await scanCode({
    cwd: io.cwd,
    paths: positionals,
    maxFileBytes,
    layers: [...new Set(head.files.flatMap((f) => f.book?.layers ?? head.context.books.global.layers)), ...head.context.books.global.layers],
    manifests: head.files.flatMap((f) => (f.manifest ? [f.manifest] : [])),
    onFileRead: (read, total) => progress.update(() => `scanning: ${read} of ${total} files`),
  });
  progress.done();
  const report: ScanReport = { uses: scan.uses, unused: scan.unused };
  const text =
    format === "json" ? renderScanJson(report) : format === "markdown" ? renderScanMarkdown(report) : format === "sarif" ? renderScanSarif(report, TOOL_VERSION) : renderScanTable(report);
  io.stdout.write(text);
  for (const s of scan.skipped) io.stderr.write(`tokenbudget: skipped ${s.file}: ${s.reason}\n`);
  if (head.discovered.length === 0) io.stderr.write("tokenbudget: no manifests found, so no model counts as declared\n");
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  return problems.length > 0 ? 2 : 0;
}
