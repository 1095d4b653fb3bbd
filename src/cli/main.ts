import type { ParseArgsConfig } from "node:util";
import { GitError } from "../adapters/git.js";
import { isInputError } from "../app/load.js";
import { reportHtml } from "../app/html.js";
import { gitBaseSource, run, type RunResult } from "../app/run.js";
import type { Trust } from "../core/review/diff.js";
import { DEFAULT_LIMITS, type ParseLimits } from "../core/manifest/parse.js";
import { renderCsv } from "../core/render/csv.js";
import { renderJson } from "../core/render/json.js";
import { renderMarkdown } from "../core/render/markdown.js";
import { renderTable } from "../core/render/table.js";
import type { Report } from "../core/review/report.js";
import { TOOL_VERSION } from "../version.js";
import { formatProblem } from "./manifests.js";
import { calibrateCommand } from "./calibrate.js";
import { catalogCommand } from "./catalog.js";
import { compareCommand } from "./compare.js";
import { scanCommand } from "./scan.js";
import { oneOf, parse, positiveInt, UsageError, type Io } from "./args.js";

const HELP = `tokenbudget: cost policy for LLM inference, as code

Usage:
  tokenbudget validate [paths...]                 check manifests against the schema and the catalog
  tokenbudget estimate [paths...]                 project monthly spend, with the math
  tokenbudget check [paths...] [--base REF]       estimate, enforce budgets and policy, diff against REF
  tokenbudget diff --base REF [paths...]          only the changes against REF
  tokenbudget compare [paths...] [--workload N]   every mode's cost, the cheapest, the break-even volume
  tokenbudget calibrate LOGS... [--workload N] [--manifest FILE] [--write]
  tokenbudget catalog list|show|diff|import ...   the price books
  tokenbudget scan [paths...] [--format F]        the models the code uses; flags those no manifest declares

Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.

Options:
  --format table|json|markdown|html|csv
                                 output format (default table); html is one self-contained page
                                 with charts, csv one row per workload
  --group-by TAG                 also total spend by this tag (repeatable)
  --base REF                     git revision to diff against (check, diff)
  --trust head|base              whose budgets and policy judge the change (default head)
  --fail-on error|warning|never  which status fails check (default error)
  --catalog FILE                 extra price book, overrides the built-in one (repeatable)
  --max-file-bytes N             refuse larger manifests (default ${DEFAULT_LIMITS.maxFileBytes})
  --max-alias-count N            refuse YAML whose aliases expand to more nodes (default ${DEFAULT_LIMITS.maxAliasCount})
  --max-workloads N              refuse files with more workloads (default ${DEFAULT_LIMITS.maxWorkloads})
  --no-color                     plain output (also NO_COLOR=1)
  -h, --help, --version

Exit codes: 0 fine, 1 a budget or policy failure, 2 invalid input or usage.
`;

const COMMON = {
  format: { type: "string", default: "table" },
  "group-by": { type: "string", multiple: true },
  base: { type: "string" },
  trust: { type: "string", default: "head" },
  "fail-on": { type: "string", default: "error" },
  catalog: { type: "string", multiple: true },
  "max-file-bytes": { type: "string" },
  "max-alias-count": { type: "string" },
  "max-workloads": { type: "string" },
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies ParseArgsConfig["options"];

const FORMATS = ["table", "json", "markdown", "html", "csv"] as const;

export async function render(report: Report, format: (typeof FORMATS)[number], io: Io, noColor: boolean): Promise<string> {
  if (format === "json") return renderJson(report);
  if (format === "html") return reportHtml(report);
  if (format === "csv") return renderCsv(report);
  if (format === "markdown") return renderMarkdown(report);
  const color = !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
  return renderTable(report, { color });
}

/** Input problems (exit 2) go to stderr as `file:line:col: error: message [path] (rule)` whatever the format. */
function printInputProblems(result: RunResult, io: Io): void {
  for (const f of result.report.findings) if (isInputError(f)) io.stderr.write(`${formatProblem(f)}\n`);
}

async function manifestCommand(command: "validate" | "estimate" | "check" | "diff", args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, COMMON);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = oneOf("format", values.format, FORMATS);
  const trust = oneOf<Trust>("trust", values.trust, ["head", "base"]);
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "never"] as const);
  if (command === "validate" && (format === "html" || format === "csv")) throw new UsageError(`--format ${format} is for estimate, check and diff; validate prints findings only`);
  if (command === "diff" && !values.base) throw new UsageError("diff needs --base REF");
  if (values.base && (command === "validate" || command === "estimate")) throw new UsageError(`--base is for check and diff, not ${command}`);
  const limits: ParseLimits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads),
  };

  const result = await run({
    cwd: io.cwd,
    paths: positionals,
    ...(values.base ? { base: gitBaseSource(io.cwd, values.base) } : {}),
    trust,
    catalogFiles: values.catalog ?? [],
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION,
  });
  const { report } = result;
  if (result.files.length === 0 && report.findings.length === 0) {
    throw new UsageError(`no manifests found${positionals.length ? ` in ${positionals.join(" ")}` : " (looked for **/ai-workloads.{yaml,yml})"}`);
  }

  if (command === "validate") {
    if (format === "json") io.stdout.write(renderJson(report));
    else {
      printInputProblems(result, io);
      for (const f of report.findings.filter((x) => x.severity !== "error")) {
        io.stdout.write(`${formatProblem(f)}\n`);
      }
      if (!result.inputErrors) io.stdout.write(`${report.summary.files} file(s), ${report.summary.workloads} workload(s): valid\n`);
    }
    return result.inputErrors ? 2 : 0;
  }
  if (command === "diff") {
    report.workloads = report.workloads.filter((w) => w.change !== "unchanged");
  }
  io.stdout.write(await render(report, format, io, values["no-color"]));
  if (format !== "table") printInputProblems(result, io);
  if (result.inputErrors) return 2;
  if (command === "estimate") return 0;
  const status = report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || (failOn === "warning" && status === "warn")) return 1;
  return 0;
}

/** The CLI adapter: arguments in, text and an exit code out. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "validate":
      case "estimate":
      case "check":
      case "diff":
        return await manifestCommand(command, args, io);
      case "compare":
        return await compareCommand(args, io);
      case "calibrate":
        return await calibrateCommand(args, io);
      case "catalog":
        return await catalogCommand(args, io);
      case "scan":
        return await scanCommand(args, io);
      case "--version":
      case "version":
        io.stdout.write(`tokenbudget ${TOOL_VERSION}\n`);
        return 0;
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; try tokenbudget --help`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError) {
      io.stderr.write(`tokenbudget: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
