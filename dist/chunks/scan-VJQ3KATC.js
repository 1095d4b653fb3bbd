import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  renderSarifFindings
} from "./chunk-WXS7NR3S.js";
import {
  startProgress
} from "./chunk-EWH76XSK.js";
import {
  DEFAULT_LIMITS,
  TOOL_VERSION,
  columns,
  escapeMarkdown,
  formatProblem,
  isInputError,
  loadHead,
  positiveInt,
  sanitizePlain
} from "./chunk-2REODJWC.js";
import {
  NAMED_SKIPS,
  scanCode,
  skippedSummary
} from "./chunk-LABYKTZB.js";
import "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/core/render/scan.ts
function renderScanJson(report) {
  const uses = report.uses.map((u) => ({
    file: u.file,
    line: u.line,
    col: u.col,
    ...u.cell !== void 0 ? { cell: u.cell } : {},
    text: u.text,
    provider: u.provider,
    model: u.model,
    known: u.known,
    ...u.known ? {} : { suggestions: report.suggestions.get(u.text) ?? [] },
    declared: u.declared,
    test: u.test
  }));
  const unused = report.unused.map((d) => ({ file: d.file, line: d.line, workload: d.workload, provider: d.provider, model: d.model }));
  const skipped = {};
  for (const s of report.skipped) skipped[s.kind] = (skipped[s.kind] ?? 0) + 1;
  return `${JSON.stringify({ uses, unused, skipped }, null, 2)}
`;
}
function summaryLine(report) {
  const files = new Set(report.uses.map((u) => u.file)).size;
  const models = new Set(report.uses.map((u) => `${u.provider}/${u.model}`)).size;
  const undeclared = new Set(report.uses.filter((u) => !u.declared).map((u) => `${u.provider}/${u.model}`)).size;
  const unknown = new Set(report.uses.filter((u) => !u.known).map((u) => u.model)).size;
  const tests = report.uses.filter((u) => u.test).length;
  const extra = [unknown > 0 ? `${unknown} unknown model(s)` : "", tests > 0 ? `${tests} use(s) in test code` : ""].filter(Boolean).join(", ");
  return `${report.uses.length} model use(s) of ${models} model(s) in ${files} file(s); ${undeclared} model(s) no manifest declares, ${report.unused.length} declared workload model(s) no code uses.${extra ? ` Of these: ${extra}.` : ""}`;
}
function location(u) {
  return `${u.file}:${u.line}:${u.col}${u.cell !== void 0 ? ` (cell ${u.cell})` : ""}`;
}
function modelCell(u, report) {
  if (u.known) return u.model;
  const near = report.suggestions.get(u.text) ?? [];
  return `unknown model${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}`;
}
function renderScanTable(report) {
  const out = [];
  if (report.uses.length > 0) {
    const rows = [["LOCATION", "AS WRITTEN", "PROVIDER", "MODEL", "DECLARED"]];
    for (const u of report.uses)
      rows.push([
        sanitizePlain(location(u)),
        sanitizePlain(u.text),
        u.provider,
        sanitizePlain(modelCell(u, report)),
        `${u.declared ? "yes" : "no"}${u.test ? " (test code)" : ""}`
      ]);
    out.push(...columns(rows), "");
  }
  if (report.unused.length > 0) {
    out.push("Declared in a manifest, used nowhere in the code scanned:");
    out.push(...columns(report.unused.map((d) => [`  ${sanitizePlain(d.file)}:${d.line}`, sanitizePlain(d.workload), d.provider, sanitizePlain(d.model)])), "");
  }
  out.push(summaryLine(report));
  const skipped = skippedSummary(report.skipped);
  if (skipped) out.push(`${skipped.charAt(0).toUpperCase()}${skipped.slice(1)} (--verbose lists them).`);
  return `${out.join("\n")}
`;
}
function renderScanMarkdown(report) {
  const out = ["## tokenbudget scan: models used in code", "", summaryLine(report), ""];
  if (report.uses.length > 0) {
    out.push("| Location | As written | Provider | Model | Declared |", "|---|---|---|---|---|");
    for (const u of report.uses)
      out.push(
        `| ${escapeMarkdown(u.file)}:${u.line}:${u.col}${u.cell !== void 0 ? ` (cell ${u.cell})` : ""} | \`${escapeMarkdown(u.text)}\` | ${escapeMarkdown(u.provider)} | ${u.known ? `\`${escapeMarkdown(u.model)}\`` : escapeMarkdown(modelCell(u, report))} | ${u.declared ? "\u2705" : "\u274C no"}${u.test ? " (test code)" : ""} |`
      );
    out.push("");
  }
  if (report.unused.length > 0) {
    out.push("### Declared but not used in code", "", "| Manifest | Workload | Provider | Model |", "|---|---|---|---|");
    for (const d of report.unused) out.push(`| ${escapeMarkdown(d.file)}:${d.line} | ${escapeMarkdown(d.workload)} | ${escapeMarkdown(d.provider)} | \`${escapeMarkdown(d.model)}\` |`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function renderScanSarif(report, toolVersion) {
  const findings = report.uses.map((u) => ({
    severity: u.declared || u.test ? "notice" : "warning",
    rule: u.declared ? "model.use" : "model.undeclared",
    message: `${u.known ? `${u.provider} model ${u.text}${u.text === u.model ? "" : ` (${u.model})`}` : `unknown model ${u.text}`} is used here${u.declared ? "" : " and no manifest declares it"}${u.test ? " (test code)" : ""}`,
    file: u.file,
    line: u.line,
    col: u.col,
    model: `${u.provider}/${u.model}`
  }));
  return renderSarifFindings(findings, toolVersion);
}

// src/cli/scan.ts
var MAX_SUGGESTED = 200;
function suggestions(scan) {
  const out = /* @__PURE__ */ new Map();
  for (const u of scan.uses) if (!u.known && !out.has(u.text) && out.size < MAX_SUGGESTED) out.set(u.text, scan.index.suggest(u.text));
  return out;
}
function reportSkipped(scan, verbose, io) {
  for (const s of scan.skipped)
    if (verbose || NAMED_SKIPS.has(s.kind)) io.stderr.write(`tokenbudget: skipped ${sanitizePlain(s.file)}: ${s.reason}
`);
  const summary = skippedSummary(scan.skipped);
  if (summary && !verbose) io.stderr.write(`tokenbudget: ${summary} (--verbose lists them)
`);
}
async function scanTree({ values, positionals }, io) {
  const format = values.format;
  const maxFileBytes = positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes);
  const head = await loadHead({
    cwd: io.cwd,
    paths: values.manifest,
    catalogFiles: values.catalog,
    limits: { ...DEFAULT_LIMITS, maxFileBytes },
    today: io.today
  });
  const problems = head.files.flatMap((f) => f.findings).filter(isInputError);
  const progress = startProgress(io);
  const scan = await scanCode({
    cwd: io.cwd,
    paths: positionals,
    maxFileBytes,
    layers: [
      ...new Set(head.files.flatMap((f) => f.book?.layers ?? head.context.books.global.layers)),
      ...head.context.books.global.layers
    ],
    manifests: head.files.flatMap((f) => f.manifest ? [f.manifest] : []),
    onFileRead: (read, total) => progress.update(() => `scanning: ${read} of ${total} files`)
  });
  progress.done();
  const report = { uses: scan.uses, unused: scan.unused, skipped: scan.skipped, suggestions: suggestions(scan) };
  const text = format === "json" ? renderScanJson(report) : format === "markdown" ? renderScanMarkdown(report) : format === "sarif" ? renderScanSarif(report, TOOL_VERSION) : renderScanTable(report);
  io.stdout.write(text);
  reportSkipped(scan, values.verbose, io);
  if (head.discovered.length === 0) io.stderr.write("tokenbudget: no manifests found, so no model counts as declared\n");
  for (const p of problems) io.stderr.write(`${formatProblem(p)}
`);
  return problems.length > 0 ? 2 : 0;
}
export {
  scanTree
};
