// validate, estimate, check and diff: the commands that read manifests and print a report.
import { gitBaseSource, run, type RunResult } from "../app/run.js";
import { isInputError } from "../app/load.js";
import { DEFAULT_LIMITS, type ParseLimits } from "../core/manifest/parse.js";
import { reportJsonChunks } from "../core/render/json.js";
import { renderValidationMarkdown, validationSummary } from "../core/render/validation.js";
import { DEFAULT_GROUP_TAGS, GROUP_DIMENSIONS, validationReport, type ReportWorkload } from "../core/review/report.js";
import { didYouMean } from "../core/suggest.js";
import { TOOL_VERSION } from "../version.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import { defineCommand, STDIN_NAME, type OptionSpec } from "./command.js";
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, wantsColor, writeReport, type ReportFormat, type ReportFormatName } from "./formats.js";
import { formatProblem, noManifests, operatorPaths } from "./manifests.js";
import { CATALOG, FAIL_ON } from "./options.js";

const FORMAT_NOTES = Object.entries(REPORT_FORMATS).flatMap(([name, f]) => ("help" in f ? [`${name}: ${f.help}`] : []));
const FORMAT = {
  name: "format",
  type: "string",
  choices: REPORT_FORMAT_NAMES,
  default: "table",
  help: `output format${FORMAT_NOTES.length ? `; ${FORMAT_NOTES.join(", ")}` : ""}`,
} as const satisfies OptionSpec;
/** validate prints findings: only the formats that can list them. */
const VALIDATE_FORMAT = {
  name: "format",
  type: "string",
  choices: ["table", "json", "markdown", "sarif", "codequality"],
  default: "table",
  help: "output format; sarif: SARIF 2.1.0 for code scanning, codequality: GitLab Code Quality",
} as const satisfies OptionSpec;
const LINK = {
  name: "link",
  type: "string",
  value: "URL",
  help: "with --format slack: where the full report is (the pull request, the pipeline)",
} as const satisfies OptionSpec;
const GROUP_BY = {
  name: "group-by",
  type: "string",
  value: "DIMENSION",
  multiple: true,
  help: `also total spend by ${GROUP_DIMENSIONS.join(", ")} or a tag (tag:NAME for a tag named like one of those); ${DEFAULT_GROUP_TAGS.join(", ")} are always totalled when present`,
} as const satisfies OptionSpec;
const LIMITS = [
  { name: "max-file-bytes", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxFileBytes), help: "refuse larger manifests" },
  {
    name: "max-alias-count",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxAliasCount),
    help: "refuse YAML whose aliases expand to more nodes",
  },
  {
    name: "max-workloads",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxWorkloads),
    help: "refuse files with more workloads",
  },
] as const satisfies readonly OptionSpec[];
const BASE = { name: "base", type: "string", value: "REF", help: "git revision to diff against" } as const satisfies OptionSpec;
const TRUST = {
  name: "trust",
  type: "string",
  choices: ["head", "base"],
  default: "head",
  help: "whose budgets and policy judge the change",
} as const satisfies OptionSpec;

const PATHS = `Paths are files, directories or globs, anywhere; - reads one manifest from standard input (named by --stdin-name).
Default: **/ai-workloads.{yaml,yml} below the current directory. What a manifest names (catalogs:,
input_from) must lie in the repository of the first path: its git top-level; outside git, the current
directory, or the path's own folder when it lies elsewhere.`;

interface ReviewValues {
  format: ReportFormatName;
  catalog: string[];
  "group-by"?: string[];
  base?: string;
  trust?: "head" | "base";
  "max-file-bytes": string;
  "max-alias-count": string;
  "max-workloads": string;
  "stdin-name"?: string | undefined;
}

async function review(command: string, values: ReviewValues, positionals: string[], io: Io): Promise<RunResult> {
  const limits: ParseLimits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads),
  };
  const named = await operatorPaths(io, positionals, values["stdin-name"], limits.maxFileBytes);
  const result = await run({
    cwd: io.cwd,
    ...named,
    ...(values.base ? { base: gitBaseSource(io.cwd, values.base, named.root) } : {}),
    trust: values.trust ?? "head",
    catalogFiles: values.catalog,
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION,
  });
  if (result.files.length === 0 && result.report.findings.length === 0) {
    throw noManifests(command, positionals);
  }
  warnUnknownGroups(values["group-by"] ?? [], result, io);
  return result;
}

/** A --group-by that names neither a dimension nor any workload's tag would total nothing: say so. */
function warnUnknownGroups(groupBy: readonly string[], result: RunResult, io: Io): void {
  const dimensions: readonly string[] = GROUP_DIMENSIONS;
  const tags = new Set(result.report.workloads.flatMap((w) => Object.keys(w.tags)));
  for (const by of new Set(groupBy)) {
    const tag = by.startsWith("tag:") ? by.slice(4) : by;
    if (dimensions.includes(by) || tags.has(tag)) continue;
    const hint = didYouMean(tag, [...dimensions, ...tags]);
    io.stderr.write(
      `tokenbudget: warning: --group-by ${by}: no workload has a tag "${tag}"${hint}; group by ${dimensions.join(", ")} or a tag\n`,
    );
  }
}

/** Input problems (exit 2) go to stderr as `file:line:col: error: message [path] (rule)` whatever the format. */
function printInputProblems(result: RunResult, io: Io): void {
  for (const f of result.report.findings) if (isInputError(f)) io.stderr.write(`${formatProblem(f)}\n`);
}

async function printReport(
  result: RunResult,
  values: ReviewValues & { "no-color": boolean; link?: string | undefined },
  io: Io,
  workloads?: readonly ReportWorkload[],
): Promise<void> {
  const format: ReportFormat = REPORT_FORMATS[values.format];
  if (values.link !== undefined && values.format !== "slack") throw new UsageError("--link is for --format slack");
  if (values.link !== undefined && !/^https?:\/\/\S+$/.test(values.link))
    throw new UsageError(`--link must be an http(s) URL, got "${values.link}"`);
  await writeReport(format, result.report, {
    io,
    color: wantsColor(io, values["no-color"]),
    ...(values.link === undefined ? {} : { link: values.link }),
    ...(workloads ? { workloads } : {}),
  });
  if (!format.showsInputProblems) printInputProblems(result, io);
}

function exitCode(result: RunResult, failOn: "error" | "warning" | "never"): number {
  if (result.inputErrors) return 2;
  const status = result.report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || (failOn === "warning" && status === "warn")) return 1;
  return 0;
}

export const validateCommand = defineCommand({
  name: "validate",
  usage: "[paths...]",
  summary: "check manifests against the schema and the price catalog",
  description: `${PATHS}\nExits 2 when a manifest is invalid; the other files' results are still printed.`,
  options: [VALIDATE_FORMAT, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget validate", "tokenbudget validate services/*/ai-workloads.yaml --format json"],
  async run({ values, positionals }, io) {
    const result = await review("validate", values, positionals, io);
    const report = validationReport(result.report);
    if (values.format === "json") for (const chunk of reportJsonChunks(report)) io.stdout.write(chunk);
    else if (values.format === "sarif") io.stdout.write((await import("./renderers.js")).renderSarif(report));
    else if (values.format === "codequality") io.stdout.write((await import("./renderers.js")).renderCodeQuality(report));
    else if (values.format === "markdown") io.stdout.write(renderValidationMarkdown(report));
    else {
      // Findings and the verdict go to the same place, in the order a reader needs them.
      for (const f of report.findings) io.stderr.write(`${formatProblem(f)}\n`);
      io.stdout.write(`${validationSummary(report)}\n`);
    }
    return result.inputErrors ? 2 : 0;
  },
});

export const estimateCommand = defineCommand({
  name: "estimate",
  usage: "[paths...]",
  summary: "project monthly spend per workload, with the math",
  description: `${PATHS}\nExits 0 whatever the budgets say (check enforces them), 2 on invalid input.`,
  options: [FORMAT, LINK, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: [
    "tokenbudget estimate",
    "tokenbudget estimate examples/ai-workloads.yaml --format markdown",
    "tokenbudget estimate --group-by env --group-by team",
  ],
  async run({ values, positionals }, io) {
    const result = await review("estimate", values, positionals, io);
    await printReport(result, values, io);
    return result.inputErrors ? 2 : 0;
  },
});

export const checkCommand = defineCommand({
  name: "check",
  usage: "[paths...] [--base REF]",
  summary: "estimate, enforce budgets and policy, and diff against a base revision",
  description: `${PATHS}\nExits 1 when a budget or policy fails (see --fail-on), 2 on invalid input.`,
  options: [FORMAT, LINK, BASE, TRUST, FAIL_ON, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget check", "tokenbudget check --base origin/main --format markdown", "tokenbudget check --fail-on warning"],
  async run({ values, positionals }, io) {
    const result = await review("check", values, positionals, io);
    await printReport(result, values, io);
    return exitCode(result, values["fail-on"]);
  },
});

export const diffCommand = defineCommand({
  name: "diff",
  usage: "--base REF [paths...]",
  summary: "only the workloads that changed against a base revision",
  description: `${PATHS}\nExits like check.`,
  options: [BASE, FORMAT, LINK, TRUST, FAIL_ON, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget diff --base origin/main", "tokenbudget diff --base HEAD~1 --format json"],
  async run({ values, positionals }, io) {
    if (!values.base) throw new UsageError("diff needs --base REF");
    const result = await review("diff", values, positionals, io);
    const { report } = result;
    // The page's group forecasts and totals still count the unchanged members.
    const all = report.workloads;
    report.workloads = report.workloads.filter((w) => w.change !== "unchanged");
    if (report.workloads.length === 0) report.notes.push(`no workload changed against ${values.base}`);
    await printReport(result, values, io, all);
    return exitCode(result, values["fail-on"]);
  },
});
