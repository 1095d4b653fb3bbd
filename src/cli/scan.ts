import { startProgress } from "./progress.js";
import { isInputError, loadHead } from "../app/load.js";
import { scanCode, type ScanResult } from "../app/scan.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import { renderScanJson, renderScanMarkdown, renderScanSarif, renderScanTable, type ScanReport } from "../core/render/scan.js";
import { sanitizePlain } from "../core/render/escape.js";
import { NAMED_SKIPS, skippedSummary } from "../core/scan/skipped.js";
import { TOOL_VERSION } from "../version.js";
import { positiveInt, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { SCAN_OPTIONS } from "./commands.js";
import { formatProblem } from "./manifests.js";

/** Suggestions are worked out for this many distinct unknown models at most (each costs a pass over the books). */
const MAX_SUGGESTED = 200;

function suggestions(scan: ScanResult): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of scan.uses) if (!u.known && !out.has(u.text) && out.size < MAX_SUGGESTED) out.set(u.text, scan.index.suggest(u.text));
  return out;
}

/** What was not scanned: each named skip (too large, unreadable, a link) always, the rest as counts or, with --verbose, one line each. */
function reportSkipped(scan: ScanResult, verbose: boolean, io: Io): void {
  for (const s of scan.skipped)
    if (verbose || NAMED_SKIPS.has(s.kind)) io.stderr.write(`tokenbudget: skipped ${sanitizePlain(s.file)}: ${s.reason}\n`);
  const summary = skippedSummary(scan.skipped);
  if (summary && !verbose) io.stderr.write(`tokenbudget: ${summary} (--verbose lists them)\n`);
}

export async function scanTree({ values, positionals }: Parsed<typeof SCAN_OPTIONS>, io: Io): Promise<number> {
  const format = values.format;
  const maxFileBytes = positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes);
  const head = await loadHead({
    cwd: io.cwd,
    paths: values.manifest,
    catalogFiles: values.catalog,
    limits: { ...DEFAULT_LIMITS, maxFileBytes },
    today: io.today,
  });
  const problems = head.files.flatMap((f) => f.findings).filter(isInputError);
  const progress = startProgress(io);
  const scan = await scanCode({
    cwd: io.cwd,
    paths: positionals,
    maxFileBytes,
    layers: [
      ...new Set(head.files.flatMap((f) => f.book?.layers ?? head.context.books.global.layers)),
      ...head.context.books.global.layers,
    ],
    manifests: head.files.flatMap((f) => (f.manifest ? [f.manifest] : [])),
    onFileRead: (read, total) => progress.update(() => `scanning: ${read} of ${total} files`),
  });
  progress.done();
  const report: ScanReport = { uses: scan.uses, unused: scan.unused, skipped: scan.skipped, suggestions: suggestions(scan) };
  const text =
    format === "json"
      ? renderScanJson(report)
      : format === "markdown"
        ? renderScanMarkdown(report)
        : format === "sarif"
          ? renderScanSarif(report, TOOL_VERSION)
          : renderScanTable(report);
  io.stdout.write(text);
  reportSkipped(scan, values.verbose, io);
  if (head.discovered.length === 0) io.stderr.write("tokenbudget: no manifests found, so no model counts as declared\n");
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  return problems.length > 0 ? 2 : 0;
}
