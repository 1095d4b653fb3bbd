// Nothing is used from main.js: importing it keeps the start-up code in one chunk (commands.ts).
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { mergeHtml, pageMeta } from "../app/html.js";
import { Rollup } from "../core/finops/merge.js";
import { renderMergeMarkdown } from "../core/render/merge.js";
import { parseReportJson } from "../core/review/report-json.js";
import type { Report } from "../core/review/report.js";
import { UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { MERGE_OPTIONS } from "./commands.js";
import { jsonText } from "./output.js";

/** A report larger than this is refused: it could not be read back as one string anyway. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/**
 * Each report's repository name, from its path: the folder of a `report.json` (CI artifacts are
 * usually one folder per repository), else the file name without `.json`; a repeated name gets
 * its position.
 */
export function repositoryNames(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file);
    const name = base === "report.json" ? path.basename(path.dirname(path.resolve(file))) : base.replace(/\.json$/i, "");
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** A system error's code (ENOENT, EACCES), else its message. */
function systemErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return "code" in error && typeof error.code === "string" ? error.code : error.message;
}

async function readReport(cwd: string, file: string): Promise<Report> {
  const absolute = path.resolve(cwd, file);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UsageError(`cannot read ${file}: ${systemErrorText(error)}`);
  });
  if (!info.isFile()) throw new UsageError(`${file} is not a file`);
  if (info.size > MAX_REPORT_BYTES)
    throw new UsageError(`${file} is ${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a report`);
  const parsed = parseReportJson(await readFile(absolute, "utf8"));
  if ("error" in parsed) throw new UsageError(`${file} ${parsed.error}`);
  return parsed.report;
}

/** `tokenbudget merge REPORT.json...`: one report at a time folded into the roll-up, then rendered. */
export async function merge({ values, positionals }: Parsed<typeof MERGE_OPTIONS>, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError("merge needs one or more REPORT.json files (written by check --format json)");
  const names = repositoryNames(positionals.map((p) => path.resolve(io.cwd, p)));
  const rollup = new Rollup();
  for (const [i, file] of positionals.entries()) rollup.add(names[i] ?? file, await readReport(io.cwd, file));
  const merged = rollup.result();
  if (values.format === "json") io.stdout.write(jsonText(merged));
  else if (values.format === "markdown") io.stdout.write(renderMergeMarkdown(merged));
  else
    for (const chunk of await mergeHtml(merged, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })))
      io.stdout.write(chunk);
  return 0;
}
