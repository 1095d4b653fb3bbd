import type { Finding } from "../manifest/types.js";
import type { CheckedUse, DeclaredModel } from "../scan/declared.js";
import { skippedSummary, type SkippedSource } from "../scan/skipped.js";
import { escapeMarkdown as esc, sanitizePlain as plain } from "./escape.js";
import { renderSarifFindings } from "./sarif.js";
import { columns } from "./table.js";

/** What `tokenbudget scan` found: every use, the declared models no code uses, and what was not read. */
export interface ScanReport {
  uses: CheckedUse[];
  unused: DeclaredModel[];
  skipped: SkippedSource[];
  /** For each unknown model as written, the closest names the price books know. */
  suggestions: ReadonlyMap<string, readonly string[]>;
}

export function renderScanJson(report: ScanReport): string {
  const uses = report.uses.map((u) => ({
    file: u.file,
    line: u.line,
    col: u.col,
    ...(u.cell !== undefined ? { cell: u.cell } : {}),
    text: u.text,
    provider: u.provider,
    model: u.model,
    known: u.known,
    ...(u.known ? {} : { suggestions: report.suggestions.get(u.text) ?? [] }),
    declared: u.declared,
    test: u.test,
  }));
  const unused = report.unused.map((d) => ({ file: d.file, line: d.line, workload: d.workload, provider: d.provider, model: d.model }));
  const skipped: Record<string, number> = {};
  for (const s of report.skipped) skipped[s.kind] = (skipped[s.kind] ?? 0) + 1;
  return `${JSON.stringify({ uses, unused, skipped }, null, 2)}\n`;
}

function summaryLine(report: ScanReport): string {
  const files = new Set(report.uses.map((u) => u.file)).size;
  const models = new Set(report.uses.map((u) => `${u.provider}/${u.model}`)).size;
  const undeclared = new Set(report.uses.filter((u) => !u.declared).map((u) => `${u.provider}/${u.model}`)).size;
  const unknown = new Set(report.uses.filter((u) => !u.known).map((u) => u.model)).size;
  const tests = report.uses.filter((u) => u.test).length;
  const extra = [unknown > 0 ? `${unknown} unknown model(s)` : "", tests > 0 ? `${tests} use(s) in test code` : ""]
    .filter(Boolean)
    .join(", ");
  return `${report.uses.length} model use(s) of ${models} model(s) in ${files} file(s); ${undeclared} model(s) no manifest declares, ${report.unused.length} declared workload model(s) no code uses.${extra ? ` Of these: ${extra}.` : ""}`;
}

/** `nb.ipynb:68:16 (cell 5)`, `app.py:3:9`. */
function location(u: CheckedUse): string {
  return `${u.file}:${u.line}:${u.col}${u.cell !== undefined ? ` (cell ${u.cell})` : ""}`;
}

/** The MODEL column: the catalog's id, or "unknown model" with the closest known names. */
function modelCell(u: CheckedUse, report: ScanReport): string {
  if (u.known) return u.model;
  const near = report.suggestions.get(u.text) ?? [];
  return `unknown model${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}`;
}

export function renderScanTable(report: ScanReport): string {
  const out: string[] = [];
  if (report.uses.length > 0) {
    const rows = [["LOCATION", "AS WRITTEN", "PROVIDER", "MODEL", "DECLARED"]];
    for (const u of report.uses)
      rows.push([
        plain(location(u)),
        plain(u.text),
        u.provider,
        plain(modelCell(u, report)),
        `${u.declared ? "yes" : "no"}${u.test ? " (test code)" : ""}`,
      ]);
    out.push(...columns(rows), "");
  }
  if (report.unused.length > 0) {
    out.push("Declared in a manifest, used nowhere in the code scanned:");
    out.push(...columns(report.unused.map((d) => [`  ${plain(d.file)}:${d.line}`, plain(d.workload), d.provider, plain(d.model)])), "");
  }
  out.push(summaryLine(report));
  const skipped = skippedSummary(report.skipped);
  if (skipped) out.push(`${skipped.charAt(0).toUpperCase()}${skipped.slice(1)} (--verbose lists them).`);
  return `${out.join("\n")}\n`;
}

export function renderScanMarkdown(report: ScanReport): string {
  const out = ["## tokenbudget scan: models used in code", "", summaryLine(report), ""];
  if (report.uses.length > 0) {
    out.push("| Location | As written | Provider | Model | Declared |", "|---|---|---|---|---|");
    for (const u of report.uses)
      out.push(
        `| ${esc(u.file)}:${u.line}:${u.col}${u.cell !== undefined ? ` (cell ${u.cell})` : ""} | \`${esc(u.text)}\` | ${esc(u.provider)} | ${u.known ? `\`${esc(u.model)}\`` : esc(modelCell(u, report))} | ${u.declared ? "✅" : "❌ no"}${u.test ? " (test code)" : ""} |`,
      );
    out.push("");
  }
  if (report.unused.length > 0) {
    out.push("### Declared but not used in code", "", "| Manifest | Workload | Provider | Model |", "|---|---|---|---|");
    for (const d of report.unused) out.push(`| ${esc(d.file)}:${d.line} | ${esc(d.workload)} | ${esc(d.provider)} | \`${esc(d.model)}\` |`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** SARIF 2.1.0 for code scanning: an undeclared use is a warning at its line, a declared one a note. */
export function renderScanSarif(report: ScanReport, toolVersion: string): string {
  const findings: Finding[] = report.uses.map((u) => ({
    severity: u.declared || u.test ? "notice" : "warning",
    rule: u.declared ? "model.use" : "model.undeclared",
    message: `${u.known ? `${u.provider} model ${u.text}${u.text === u.model ? "" : ` (${u.model})`}` : `unknown model ${u.text}`} is used here${u.declared ? "" : " and no manifest declares it"}${u.test ? " (test code)" : ""}`,
    file: u.file,
    line: u.line,
    col: u.col,
    model: `${u.provider}/${u.model}`,
  }));
  return renderSarifFindings(findings, toolVersion);
}
