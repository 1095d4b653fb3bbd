import { DEFAULT_LOG_LIMITS, DEFAULT_USAGE_LIMITS } from "../adapters/lines.js";
import { DEFAULT_TIMEOUT_MS } from "../adapters/http.js";
import { COMMENT_MODES } from "../adapters/publish/publisher.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import type { Mode } from "../core/manifest/types.js";
import { MAX_PLAUSIBLE_PER_MILLION } from "../core/prices/import/common.js";
import { defineCommand, STDIN_NAME, type Command, type OptionSpec } from "./command.js";
import { FEED_NAMES } from "./feeds.js";
import { CATALOG, FAIL_ON } from "./options.js";
import { checkCommand, diffCommand, estimateCommand, validateCommand } from "./review.js";

// Every command's interface: name, options, help. The commands that read manifests and print a
// report (review.ts) are in the CLI's main bundle; every other command's code is imported when it
// runs, so `estimate` and `check` do not load (or even compile) calibrate's, scan's or comment's.
//
// Each module imported that way (the commands' files, renderers.ts) also imports ./main.js, for
// no binding: esbuild puts a module in the chunk of the exact set of entry points that reach it,
// so the start-up code would otherwise split into a dozen chunks by which lazy module also uses
// each piece, and Node 20 spends ~10 ms resolving and linking them. Reaching all of it from every
// lazy module keeps it in one.

const FORMAT = {
  name: "format",
  type: "string",
  choices: ["table", "json"],
  default: "table",
  help: "output format",
} as const satisfies OptionSpec;
const PROVIDER = { name: "provider", type: "string", value: "ID", help: "only this provider" } as const satisfies OptionSpec;

/** A size limit given in bytes: `--max-log-bytes N`. */
function byteLimit<const Name extends string>(name: Name, help: string) {
  return { name, type: "string", value: "N", help } as const satisfies OptionSpec;
}

export const CALIBRATE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "the workload to compare with (and to update with --write)" },
  { name: "manifest", type: "string", value: "FILE", help: "the manifest that declares it (default: search **/ai-workloads.{yaml,yml})" },
  { name: "write", type: "boolean", help: "write the measured values into the manifest" },
  FORMAT,
  CATALOG,
  byteLimit("max-line-bytes", `refuse a log line longer than this (default ${DEFAULT_LOG_LIMITS.maxLineBytes})`),
  byteLimit("max-log-bytes", `refuse a log file past this many bytes after decompression (default ${DEFAULT_LOG_LIMITS.maxBytes})`),
] as const satisfies readonly OptionSpec[];

export const calibrateCommand = defineCommand({
  name: "calibrate",
  usage: "LOGS... [--workload NAME] [--manifest FILE] [--write] [--max-line-bytes N] [--max-log-bytes N]",
  summary: "measure tokens and request volume from usage logs, and put them in a workload",
  description: `LOGS are usage data, plain or gzipped: JSON Lines of provider responses or usage records, or
any format actuals reads (OpenAI usage pages, OTLP GenAI spans, LiteLLM spend logs, CSV; buckets
count in the means and the rate, percentiles come from per-request records; Anthropic's usage
report has no request counts and is skipped with a note).
Without --workload, prints the measurements per model; with it, prices them against that workload;
--write updates the workload's tokens and requests in its manifest, keeping its layout and comments.`,
  options: CALIBRATE_OPTIONS,
  examples: ["tokenbudget calibrate logs/usage.jsonl.gz", "tokenbudget calibrate logs/*.jsonl --workload support-assistant --write"],
  run: (parsed, io) => import("./calibrate.js").then((m) => m.calibrate(parsed, io)),
});

export const ACTUALS_OPTIONS = [
  {
    name: "usage",
    type: "string",
    value: "FILE",
    multiple: true,
    help: "usage data: OpenAI usage or costs pages, Anthropic usage or cost reports, OTLP JSON spans, LiteLLM spend logs, usage-log JSON Lines or CSV; plain or gzip",
  },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "markdown", "csv", "html"],
    default: "table",
    help: "output format; html is one self-contained page with a projected-against-actual chart",
  },
  {
    name: "from",
    type: "string",
    choices: ["openai", "anthropic"],
    help: "also fetch the organization's usage and costs live (OPENAI_ADMIN_KEY / ANTHROPIC_ADMIN_KEY)",
  },
  { name: "since", type: "string", value: "Nd", default: "30d", help: "with --from: the last N whole days (UTC)" },
  {
    name: "api-url",
    type: "string",
    value: "URL",
    help: "with --from: another origin for the API (https, or http on loopback); the key is sent only there",
  },
  { name: "timeout", type: "string", value: "SECONDS", default: "30", help: "with --from: per HTTP attempt" },
  {
    name: "retries",
    type: "string",
    value: "N",
    default: "3",
    help: "with --from: retries on 429, 5xx and broken connections, honouring Retry-After",
  },
  FAIL_ON,
  CATALOG,
  byteLimit("max-usage-bytes", `refuse a usage file past this many bytes after decompression (default ${DEFAULT_USAGE_LIMITS.maxBytes})`),
  STDIN_NAME,
] as const satisfies readonly OptionSpec[];

export const actualsCommand = defineCommand({
  name: "actuals",
  usage: "--usage FILE... | --from openai|anthropic [--since 30d] [paths...]",
  summary: "what was really used and spent, per workload, against the manifest's projection",
  description: `Paths are manifests as for estimate. Usage is attributed to workloads by their match: selectors,
or by model and mode (batch or not); what matches none or several is listed with its cost.
Each workload's usage over the data's period is normalised to a 730-hour month and priced with
the same catalog and rules as the estimate. Exit codes as for check.`,
  options: ACTUALS_OPTIONS,
  examples: [
    "tokenbudget actuals --usage usage.jsonl.gz",
    "tokenbudget actuals --usage openai-usage.json --usage openai-costs.json services/ --format markdown",
    "tokenbudget actuals --from openai --since 30d --fail-on warning",
  ],
  run: (parsed, io) => import("./actuals.js").then((m) => m.actuals(parsed, io)),
});

export const COMPARE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "only this workload" },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "html"],
    default: "table",
    help: "output format; html is one self-contained page with charts",
  },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" },
  {
    name: "tokens-per-second",
    type: "string",
    value: "N",
    help: "tokens (input + output) one dedicated replica serves per second; sizes the replica count",
  },
  { name: "gpus", type: "string", value: "N", help: "GPUs per dedicated replica, when the workload has no dedicated.gpus (default 1)" },
  STDIN_NAME,
] as const satisfies readonly OptionSpec[];

export const compareCommand = defineCommand({
  name: "compare",
  usage: "[paths...] [--workload NAME]",
  summary: "every mode's monthly cost for each workload, the cheapest that fits, and the break-even volume",
  description: `Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.
Dedicated options are sized from the workload's dedicated: block (gpus, tokens_per_second). For
other workloads --tokens-per-second and --gpus state the replica's size; without a throughput the
capacity is unknown, one replica is assumed and dedicated is never recommended.`,
  options: COMPARE_OPTIONS,
  examples: [
    "tokenbudget compare",
    "tokenbudget compare --workload support-assistant --tokens-per-second 2500 --gpus 2",
    "tokenbudget compare examples/ai-workloads.yaml --format json",
  ],
  run: (parsed, io) => import("./compare.js").then((m) => m.compare(parsed, io)),
});

const MODES: readonly Mode[] = ["serverless", "batch", "dedicated", "gpu-cluster"];

export const LIST_OPTIONS = [
  PROVIDER,
  { name: "mode", type: "string", choices: MODES, help: "only entries priced for this mode" },
  FORMAT,
  CATALOG,
] as const satisfies readonly OptionSpec[];

export const catalogListCommand = defineCommand({
  name: "catalog list",
  usage: "[--provider ID] [--mode MODE]",
  summary: "list the models and hardware the price books know, with their rates",
  options: LIST_OPTIONS,
  examples: ["tokenbudget catalog list --provider together", "tokenbudget catalog list --mode dedicated --format json"],
  run: (parsed, io) => import("./catalog.js").then((m) => m.list(parsed, io)),
});

export const SHOW_OPTIONS = [
  { ...PROVIDER, help: "the provider, when several offer the model" },
  FORMAT,
  CATALOG,
] as const satisfies readonly OptionSpec[];

export const catalogShowCommand = defineCommand({
  name: "catalog show",
  usage: "MODEL [--provider ID]",
  summary: "one model's rates, batch terms, long-context tiers, source and date",
  options: SHOW_OPTIONS,
  examples: ["tokenbudget catalog show openai/gpt-oss-120b", "tokenbudget catalog show gpt-4o --provider openai --format json"],
  run: (parsed, io) => import("./catalog.js").then((m) => m.show(parsed, io)),
});

export const COVERAGE_OPTIONS = [PROVIDER, FORMAT, CATALOG] as const satisfies readonly OptionSpec[];

export const catalogCoverageCommand = defineCommand({
  name: "catalog coverage",
  usage: "[--provider ID]",
  summary: "per provider and vendored source: priced text models, how many the books cover, why the rest are left out",
  description: `The vendored community sources (genai-prices, LiteLLM, models.dev) list models per provider;
catalog/coverage.json records them. A model counts as covered when the price books in force resolve it
(as estimate would: by id, alias or another spelling); the rest are listed with the reason they are left out.`,
  options: COVERAGE_OPTIONS,
  examples: ["tokenbudget catalog coverage", "tokenbudget catalog coverage --provider bedrock --format json"],
  run: (parsed, io) => import("./catalog.js").then((m) => m.coverage(parsed, io)),
});

export const DIFF_OPTIONS = [FORMAT, STDIN_NAME] as const satisfies readonly OptionSpec[];

export const catalogDiffCommand = defineCommand({
  name: "catalog diff",
  usage: "OLD NEW [paths...]",
  summary: "the prices that differ between two price books, and what that does to your workloads",
  description: `OLD and NEW are price book files, or "built-in". Each is layered over the built-in catalog, as
--catalog does; the manifests found in paths are priced with both and their costs compared
(their own prices: apply on both sides; their catalogs: are not loaded).`,
  options: DIFF_OPTIONS,
  examples: [
    "tokenbudget catalog diff built-in prices/new-book.json",
    "tokenbudget catalog diff old.json new.json services/ --format json",
  ],
  run: (parsed, io) => import("./catalog.js").then((m) => m.diff(parsed, io)),
});

export const IMPORT_OPTIONS = [
  { name: "from", type: "string", choices: FEED_NAMES, help: "the source to read (required)" },
  { name: "out", type: "string", value: "FILE", help: "where to write the price book (required); left as it was on any failure" },
  { name: "provider", type: "string", value: "ID", help: "import only this provider" },
  { name: "as-of", type: "string", value: "YYYY-MM-DD", help: "the prices' date (default: the retrieval day, or FILE's modification day)" },
  { name: "timeout", type: "string", value: "SECONDS", default: "30", help: "per HTTP attempt" },
  { name: "retries", type: "string", value: "N", default: "3", help: "retries on 429, 5xx and broken connections, honouring Retry-After" },
  {
    name: "key-origin",
    type: "string",
    value: "ORIGIN",
    help: "also send the API key to this origin (https://host), e.g. a proxy; never sent elsewhere",
  },
] as const satisfies readonly OptionSpec[];

export const catalogImportCommand = defineCommand({
  name: "catalog import",
  usage: "--from SOURCE [URL|FILE] --out FILE",
  summary: "turn a live price feed (Together, OpenRouter, LiteLLM, models.dev, genai-prices) into a price book",
  description: `Without URL or FILE it reads the source's public address: together needs TOGETHER_API_KEY,
OPENROUTER_API_KEY is sent to OpenRouter when set; a key goes only to its source's own origin (or
--key-origin), over https. Only chat/completion models are kept. On any
failure (401/403, 5xx after retries, HTML or truncated bodies, a feed nested deeper than any price list, most
prices above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens) it exits 2 and --out is left as it was; single entries with
an implausible, negative or missing price are skipped with a warning naming them. The book is schema-checked, then
renamed into place.
Every price records the URL, retrieval time and SHA-256 of what was read.`,
  options: IMPORT_OPTIONS,
  examples: [
    "tokenbudget catalog import --from together --out prices/together.json   # with TOGETHER_API_KEY set",
    "tokenbudget catalog import --from litellm model_prices.json --provider together --out prices/together.json",
  ],
  run: (parsed, io) => import("./catalog.js").then((m) => m.importFeed(parsed, io)),
});

export const VERIFY_OPTIONS = [
  { name: "tolerance", type: "string", value: "PERCENT", default: "0.5", help: "report prices that differ by more than this percentage" },
  FORMAT,
] as const satisfies readonly OptionSpec[];

export const catalogVerifyCommand = defineCommand({
  name: "catalog verify",
  usage: "BOOK BOOK...",
  summary: "compare price books model by model and list where their sources disagree",
  description: `Each BOOK is a price book file or "built-in", read on its own. Every price of the first book
that another book states differently (beyond --tolerance) is listed with both values, sources
and dates. Exit 1 when the first book disagrees with a newer source.`,
  options: VERIFY_OPTIONS,
  examples: ["tokenbudget catalog verify built-in fresh-together.json fresh-litellm.json"],
  run: (parsed, io) => import("./catalog.js").then((m) => m.verify(parsed, io)),
});

export const SCAN_OPTIONS = [
  { name: "format", type: "string", choices: ["table", "json", "markdown", "sarif"], default: "table", help: "output format" },
  {
    name: "manifest",
    type: "string",
    value: "PATH",
    multiple: true,
    help: "manifests that declare models (default **/ai-workloads.{yaml,yml})",
  },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book whose model names count too" },
  {
    name: "max-file-bytes",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxFileBytes),
    help: "skip larger files (each one is named)",
  },
  { name: "verbose", type: "boolean", help: "list every file left out and why, not just the counts" },
] as const satisfies readonly OptionSpec[];

export const scanCommand = defineCommand({
  name: "scan",
  usage: "[paths...]",
  summary: "the models the code uses, and whether a manifest declares them",
  description: `Reads code and configuration as text (never runs it): Python, TypeScript/JavaScript, Go,
Java/Kotlin, C#, Ruby, notebooks (.ipynb code cells), YAML (Compose, Kubernetes, Helm, workflow
env:), JSON (ARM/azd parameters with \${VAR=default}), Bicep, Terraform, TOML and .env files. It
lists each string that chooses a model: a model=/model:/"model": value, deployment_name=, a
provider factory such as openai("…"), an SDK call that takes a model, a list of models, or a
constant such a place names. A model no price book knows is listed as unknown, with suggestions.
Inside git it reads the files git lists (a .gitignore line never hides a tracked file); comments,
docstrings, Markdown, dependency folders (node_modules, .venv) and lock files are left out, and
what was left out is summed up on stderr. A manifest's scan: section sets include/exclude globs
and whether test code counts.

Paths are files or folders to scan (default: the current directory). Exit code 0 unless the
input is unusable (2).`,
  options: SCAN_OPTIONS,
  examples: ["tokenbudget scan", "tokenbudget scan services/ --format sarif > scan.sarif"],
  run: (parsed, io) => import("./scan.js").then((m) => m.scanTree(parsed, io)),
});

export const COMMENT_OPTIONS = [
  {
    name: "mode",
    type: "string",
    choices: COMMENT_MODES,
    default: "update",
    help: "update: one comment edited in place; new: another each run; hide-and-new: minimize (GitLab: delete) earlier ones, post a new one; off: none",
  },
  {
    name: "pr",
    type: "string",
    value: "N",
    help: "the pull/merge request (default: GitHub's event payload, GitLab's CI_MERGE_REQUEST_IID)",
  },
  {
    name: "working-directory",
    type: "string",
    value: "DIR",
    default: ".",
    help: "the directory the report covers; names the comment like the Action's working-directory input",
  },
  {
    name: "comment-threshold",
    type: "string",
    value: "USD|PERCENT",
    help: "post a new comment only when a file's or the total's change reaches 100 (USD) or 5%, or on an error or warning",
  },
  { name: "timeout", type: "string", value: "SECONDS", default: String(DEFAULT_TIMEOUT_MS / 1000), help: "per API request" },
] as const satisfies readonly OptionSpec[];

/** `tokenbudget comment github|gitlab REPORT.json`: the Action's sticky comment, from any CI. */
export const commentCommand = defineCommand({
  name: "comment",
  usage: "github|gitlab REPORT.json",
  summary: "the sticky pull/merge request comment, from a JSON report, in any CI",
  description: `Posts (or keeps current) the pull/merge request comment from a report written by
check --format json: the same body and marker as the GitHub Action, rendered from the file.

GitHub: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_EVENT_PATH.
GitLab: GITLAB_TOKEN (a project or personal access token with the api scope; CI_JOB_TOKEN cannot
write notes), CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, CI_PROJECT_URL.
Exit codes: 0 written or nothing to write, 2 bad input or an API error (the API's message on stderr).`,
  options: COMMENT_OPTIONS,
  examples: [
    'tokenbudget check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format json > report.json; tokenbudget comment gitlab report.json',
    "tokenbudget comment github report.json --pr 7 --comment-threshold 5%",
  ],
  run: ({ values, positionals }, io) => import("./comment.js").then((m) => m.comment(values, positionals, io)),
});

export const EXPLAIN_OPTIONS = [] as const satisfies readonly OptionSpec[];

/** `tokenbudget explain RULE`: a finding's rule id, explained from the rule registry. */
export const explainCommand = defineCommand({
  name: "explain",
  usage: "[RULE...]",
  summary: "what a finding's rule checks and what to do about it",
  description: `RULE is the id in parentheses at the end of a finding, e.g. budget.workload.exceeded. Without
one, lists every rule with its default severity.`,
  options: EXPLAIN_OPTIONS,
  examples: ["tokenbudget explain budget.workload.exceeded", "tokenbudget explain"],
  run: (parsed, io) => import("./explain.js").then((m) => m.explain(parsed, io)),
});

export const HISTORY_OPTIONS = [
  { name: "branch", type: "string", value: "REF", default: "HEAD", help: "the branch (any revision) whose first-parent history is walked" },
  { name: "since", type: "string", value: "YYYY-MM-DD", help: "only commits from this day on (UTC)" },
  { name: "every", type: "string", value: "N", default: "1", help: "price every N-th commit, counted back from the newest" },
  { name: "max-commits", type: "string", value: "N", default: "1000", help: "price at most the newest N of them" },
  { name: "group-by", type: "string", value: "TAG", multiple: true, help: "also total spend by this tag (team and model always are)" },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "csv", "html"],
    default: "table",
    help: "output format; html is one page with charts",
  },
  CATALOG,
] as const satisfies readonly OptionSpec[];

export const historyCommand = defineCommand({
  name: "history",
  usage: "[paths...] [--branch REF] [--since DATE] [--every N]",
  summary: "projected monthly spend over a branch's commits, by team, tag and model, and the commits that moved it",
  description: `Reads each commit's manifests from git (ls-tree, cat-file; nothing is checked out) and
prices every commit with today's price books, so the line moves only with the code. Paths select
manifests as in estimate.`,
  options: HISTORY_OPTIONS,
  examples: ["tokenbudget history --since 2026-01-01", "tokenbudget history --branch origin/main --every 10 --format html > history.html"],
  run: (parsed, io) => import("./history.js").then((m) => m.history(parsed, io)),
});

export const MERGE_OPTIONS = [
  {
    name: "format",
    type: "string",
    choices: ["markdown", "json", "html"],
    default: "markdown",
    help: "output format; html is one page with charts",
  },
] as const satisfies readonly OptionSpec[];

export const mergeCommand = defineCommand({
  name: "merge",
  usage: "REPORT.json...",
  summary: "one org roll-up from many repositories' JSON reports: totals, budgets at risk, top movers",
  description: `Each REPORT.json is written by check --format json (the Action's report output). A report
named report.json is named after its folder, any other after its file. Reports are read one at a
time: the cost is linear in their number.`,
  options: MERGE_OPTIONS,
  examples: ["tokenbudget merge reports/*/report.json --format html > rollup.html"],
  run: (parsed, io) => import("./merge.js").then((m) => m.merge(parsed, io)),
});

/**
 * Every command, in the order `tokenbudget --help` lists them. A command named "group sub"
 * (e.g. "catalog list") is reached as `tokenbudget group sub` and listed by `tokenbudget group`.
 */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  estimateCommand,
  checkCommand,
  diffCommand,
  compareCommand,
  historyCommand,
  mergeCommand,
  calibrateCommand,
  actualsCommand,
  catalogListCommand,
  catalogShowCommand,
  catalogCoverageCommand,
  catalogDiffCommand,
  catalogImportCommand,
  catalogVerifyCommand,
  scanCommand,
  commentCommand,
  explainCommand,
];
