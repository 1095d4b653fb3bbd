import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  GitError,
  TOOL_VERSION,
  formatCount,
  formatPercent,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  gitBaseSource,
  renderJson,
  renderMarkdown,
  run,
  sanitizePlain
} from "./chunks/chunk-GIJ75GRF.js";
import "./chunks/chunk-LZQXQOPJ.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/core/render/table.ts
function palette(color) {
  const wrap = (open, close) => color ? (t) => `\x1B[${open}m${t}\x1B[${close}m` : (t) => t;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
function pad(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - [...cell].length)).join("  ").trimEnd());
}
function budgetText(w, p) {
  if (!w.budget) return "";
  const text = `${formatPercent(w.budget.percentUsed)} of ${formatUsd(w.budget.monthly)} budget`;
  return w.budget.status === "over" ? p.red(text) : w.budget.status === "near" ? p.yellow(text) : p.green(text);
}
function volumeLine(w) {
  const per = w.perRequestCost ? ` x ${formatUsdPrecise(w.perRequestCost)}/request` : "";
  return `${formatCount(w.requests.perMonth)} requests/month${per} = ${w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced"}/month`;
}
function renderTable(report, options) {
  const p = palette(options.color);
  const out = [];
  const s = report.summary;
  const files = [...new Set(report.workloads.map((w) => w.file))];
  for (const file of files) {
    out.push(p.bold(sanitizePlain(file)));
    const rows = report.workloads.filter((w) => w.file === file);
    const header = [["", "WORKLOAD", "MODEL", "MODE", "MONTHLY", report.base ? "CHANGE" : "PER REQUEST", "BUDGET"]];
    const body = rows.map((w) => [
      w.change === "added" ? "+" : w.change === "removed" ? "-" : w.change === "changed" ? "~" : " ",
      sanitizePlain(w.name),
      sanitizePlain(w.model),
      w.mode + (w.hardware ? ` (${sanitizePlain(w.hardware)})` : ""),
      w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced",
      report.base ? w.diffMonthlyCost ? formatUsdChange(w.diffMonthlyCost) : "n/a" : w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : "-",
      w.status === "error" ? "error" : w.status === "unpriced" ? "unpriced" : w.budget ? `${w.budget.status} ${formatPercent(w.budget.percentUsed)}` : "-"
    ]);
    const lines = pad([...header, ...body]);
    out.push(`  ${p.dim(lines[0])}`);
    rows.forEach((w, i) => {
      out.push(`  ${lines[i + 1]}`);
      if (w.change === "removed") return;
      const detail = [];
      if (w.monthlyCost) detail.push(volumeLine(w));
      for (const c of w.costComponents) detail.push(`  ${c.math}`);
      if (w.effectivePerMillionTokens && (w.mode === "dedicated" || w.mode === "gpu-cluster")) {
        const util = w.utilization ? `, utilization ${formatPercent(w.utilization.times(100), 1)}` : "";
        detail.push(`  effective ${formatUnitPrice(w.effectivePerMillionTokens.toDecimalPlaces(4))}/1M tokens over ${formatCount(w.monthlyTokens)} tokens${util}`);
      }
      if (w.range) detail.push(`  range: low ${formatUsd(w.range.low)} / expected ${formatUsd(w.range.expected)} / high ${formatUsd(w.range.high)}`);
      if (w.price) {
        const origin = w.price.kind === "override" ? `price override (${sanitizePlain(w.price.note ?? w.price.book)})` : `${sanitizePlain(w.price.source ?? w.price.book)}${w.price.asOf ? `, as of ${w.price.asOf}` : ""}`;
        detail.push(`  ${p.dim(`price: ${origin}`)}`);
      }
      const budget = budgetText(w, p);
      if (budget) detail.push(`  ${budget}`);
      for (const d of w.drivers ?? []) detail.push(`  why: ${sanitizePlain(d.detail)} ${formatUsdChange(d.amount)}`);
      for (const line of detail) out.push(`      ${line}`);
    });
    out.push("");
  }
  if (report.budgets.length > 0) {
    out.push(p.bold("Group budgets"));
    const rows = report.budgets.map((b) => [
      sanitizePlain(b.name),
      sanitizePlain(b.file),
      formatUsd(b.projected),
      `of ${formatUsd(b.monthly)}`,
      b.percentUsed.isFinite() ? formatPercent(b.percentUsed) : "-",
      b.status
    ]);
    for (const line of pad(rows)) out.push(`  ${line}`);
    out.push("");
  }
  for (const g of report.groups) {
    out.push(`${p.bold(`By ${sanitizePlain(g.tag)}:`)} ${g.values.map((v) => `${sanitizePlain(v.value)} ${formatUsd(v.monthlyCost)}`).join(", ")}`);
  }
  if (report.groups.length) out.push("");
  if (report.findings.length > 0) {
    out.push(p.bold("Findings"));
    for (const f of report.findings) {
      const sev = f.severity === "error" ? p.red("error") : f.severity === "warning" ? p.yellow("warning") : p.dim("notice");
      out.push(`  ${sanitizePlain(f.file)}:${f.line}:${f.col} ${sev} ${f.rule}: ${sanitizePlain(f.message)}${f.path ? p.dim(` [${sanitizePlain(f.path)}]`) : ""}`);
    }
    out.push("");
  }
  for (const note of report.notes) out.push(`note: ${sanitizePlain(note)}`);
  const verdict = s.status === "fail" ? p.red("FAIL") : s.status === "warn" ? p.yellow("WARN") : p.green("PASS");
  const total = `${formatUsd(s.monthlyCost)}/month${s.complete ? "" : ` + ${s.unpricedWorkloads} unpriced`}`;
  const diff = s.diffMonthlyCost !== void 0 ? ` (base ${formatUsd(s.baseMonthlyCost)}, ${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? `, ${s.diffPercent.gt(0) ? "+" : ""}${formatPercent(s.diffPercent, 1)}` : ""})` : "";
  const range = s.range ? `; range ${formatUsd(s.range.low)} - ${formatUsd(s.range.high)}` : "";
  out.push(`Total: ${p.bold(total)}${diff}${range} across ${s.workloads} workload(s) in ${s.files} file(s) \xB7 ${verdict}`);
  out.push(p.dim(`Prices: catalog ${sanitizePlain(report.catalog.version)}, as of ${report.catalog.asOf}; a month is 730 hours.`));
  return `${out.join("\n")}
`;
}

// src/cli/main.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP = `tokenbudget: cost policy for LLM inference, as code

Usage:
  tokenbudget validate [paths...]                 check manifests against the schema and the catalog
  tokenbudget estimate [paths...]                 project monthly spend, with the math
  tokenbudget check [paths...] [--base REF]       estimate, enforce budgets and policy, diff against REF
  tokenbudget diff --base REF [paths...]          only the changes against REF
  tokenbudget compare [paths...] [--workload N]   every mode's cost, the cheapest, the break-even volume
  tokenbudget calibrate LOGS... [--workload N] [--manifest FILE] [--write]
  tokenbudget catalog list|show|diff|import ...   the price books

Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.

Options:
  --format table|json|markdown   output format (default table)
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
var COMMON = {
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
  help: { type: "boolean", short: "h", default: false }
};
function positiveInt(name, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}
function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}
function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function render(report, format, io, noColor) {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return renderMarkdown(report);
  const color = !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
  return renderTable(report, { color });
}
function printInputProblems(result, io) {
  for (const f of result.report.findings) {
    if (f.severity !== "error") continue;
    io.stderr.write(`${f.file}:${f.line}:${f.col}: error: ${f.message}${f.path ? ` [${f.path}]` : ""} (${f.rule})
`);
  }
}
async function manifestCommand(command, args, io) {
  const { values, positionals } = parse(args, COMMON);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = oneOf("format", values.format, ["table", "json", "markdown"]);
  const trust = oneOf("trust", values.trust, ["head", "base"]);
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "never"]);
  if (command === "diff" && !values.base) throw new UsageError("diff needs --base REF");
  if (values.base && (command === "validate" || command === "estimate")) throw new UsageError(`--base is for check and diff, not ${command}`);
  const limits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads)
  };
  const result = await run({
    cwd: io.cwd,
    paths: positionals,
    ...values.base ? { base: gitBaseSource(io.cwd, values.base) } : {},
    trust,
    catalogFiles: values.catalog ?? [],
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION
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
        io.stdout.write(`${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message} (${f.rule})
`);
      }
      if (!result.inputErrors) io.stdout.write(`${report.summary.files} file(s), ${report.summary.workloads} workload(s): valid
`);
    }
    return result.inputErrors ? 2 : 0;
  }
  if (command === "diff") {
    report.workloads = report.workloads.filter((w) => w.change !== "unchanged");
  }
  io.stdout.write(render(report, format, io, values["no-color"]));
  if (format !== "table") printInputProblems(result, io);
  if (result.inputErrors) return 2;
  if (command === "estimate") return 0;
  const status = report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || failOn === "warning" && status === "warn") return 1;
  return 0;
}
async function main(argv, io) {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "validate":
      case "estimate":
      case "check":
      case "diff":
        return await manifestCommand(command, args, io);
      case "--version":
      case "version":
        io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
        return 0;
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(HELP);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; try tokenbudget --help`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError) {
      io.stderr.write(`tokenbudget: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli/index.ts
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tokenbudget: internal error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    process.exitCode = 3;
  }
);
