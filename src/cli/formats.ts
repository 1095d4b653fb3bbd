import { reportJsonChunks } from "../core/render/json.js";
import { tableChunks } from "../core/render/table.js";
import type { Report, ReportWorkload } from "../core/review/report.js";
import type { Io } from "./args.js";

export interface FormatContext {
  io: Io;
  /** ANSI colors: only on a terminal, and neither --no-color nor NO_COLOR. */
  color: boolean;
  /** --link: where the full report is, for formats that point to it. */
  link?: string;
  /** Every row of the run when report.workloads holds only some (diff): the HTML page's totals and forecasts need them. */
  workloads?: readonly ReportWorkload[];
}

export interface ReportFormat {
  /** The text, or its pieces for formats whose monorepo output would not fit in one string. */
  render(
    report: Report,
    context: FormatContext,
  ): string | Generator<string, void, undefined> | Promise<string | Generator<string, void, undefined>>;
  /** Lists input problems itself; other formats get them on stderr as `file:line:col: error: ...`. */
  showsInputProblems?: boolean;
  /** Said in --help after the format's name. */
  help?: string;
}

/**
 * The `--format` values of validate, estimate, check and diff. A new format is one entry here:
 * it shows in the commands' --help and is accepted by their --format at once. The two most used
 * renderers are in the main bundle; the others are imported when asked for, so a run compiles
 * only the renderer it uses.
 */
export const REPORT_FORMATS = {
  table: { render: (report, { color }) => tableChunks(report, { color }), showsInputProblems: true },
  json: { render: (report) => reportJsonChunks(report) },
  markdown: { render: async (report) => (await import("./renderers.js")).renderMarkdown(report) },
  html: {
    render: async (report, { io, workloads }) => {
      const { pageMeta, reportHtml } = await import("./renderers.js");
      return reportHtml(report, {
        meta: await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today }),
        ...(workloads ? { workloads } : {}),
      });
    },
    help: "one self-contained page with charts",
  },
  csv: { render: async (report) => (await import("./renderers.js")).csvChunks(report), help: "one row per workload" },
  sarif: { render: async (report) => (await import("./renderers.js")).renderSarif(report), help: "SARIF 2.1.0 for code scanning" },
  codequality: { render: async (report) => (await import("./renderers.js")).renderCodeQuality(report), help: "GitLab Code Quality" },
  slack: {
    render: async (report, { link }) => (await import("./renderers.js")).renderSlack(report, link === undefined ? {} : { link }),
    help: "a Slack Block Kit message (--link URL)",
  },
} as const satisfies Record<string, ReportFormat>;

export type ReportFormatName = keyof typeof REPORT_FORMATS;
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormatName[];

export async function writeReport(format: ReportFormat, report: Report, context: FormatContext): Promise<void> {
  const out = await format.render(report, context);
  if (typeof out === "string") context.io.stdout.write(out);
  else for (const chunk of out) context.io.stdout.write(chunk);
}

export function wantsColor(io: Io, noColor: boolean): boolean {
  return !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
}
