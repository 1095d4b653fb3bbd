import type { Finding } from "../manifest/types.js";
import type { CheckedUse, DeclaredModel } from "../scan/declared.js";
import { escapeMarkdown as esc, sanitizePlain as plain } from "./escape.js";
import { renderSarifFindings } from "./sarif.js";
import { columns } from "./table.js";

/** What `tokenbudget scan` found: every use, and the declared models no code uses. */
export interface ScanReport {
  uses: CheckedUse[];
  unused: DeclaredModel[];
}

export function renderScanJson(report: ScanReport): string {
  const uses = report.uses.map((u) => ({ file: u.file, line: u.line, col: u.col, text: u.text, provider: u.provider, model: u.model, declared: u.declared }));
  const unused = report.unused.map((d) => ({ file: d.file, line: d.line, workload: d.workload, provider: d.provider, model: d.model }));
  return `${JSON.stringify({ uses, unused }, null, 2)}\n`;
}

function summaryLine(report: ScanReport): string {
  const files = new Set(report.uses.map((u) => u.file)).size;
  const models = new Set(report.uses.map((u) => `${u.provider}/${u.model}`)).size;
  const undeclared = new Set(report.uses.filter((u) => !u.declared).map((u) => `${u.provider}/${u.model}`)).size;
  return `${report.uses.length} model use(s) of ${models} model(s) in ${files} file(s); ${undeclared} model(s) no manifest declares, ${report.unused.length} declared workload model(s) no code uses.`;
}

export function renderScanTable(report: ScanReport): string {
  const out: string[] = [];
  if (report.uses.length > 0) {
    const rows = [["LOCATION", "AS WRITTEN", "PROVIDER", "MODEL", "DECLARED"]];
    for (const u of report.uses) rows.push([`${plain(u.file)}:${u.line}:${u.col}`, plain(u.text), u.provider, plain(u.model), u.declared ? "yes" : "no"]);
    out.push(...columns(rows), "");
  }
  if (report.unused.length > 0) {
    out.push("Declared in a manifest, used nowhere in the code scanned:");
    out.push(...columns(report.unused.map((d) => [`  ${plain(d.file)}:${d.line}`, plain(d.workload), d.provider, plain(d.model)])), "");
  }
  out.push(summaryLine(report));
  return `${out.join("\n")}\n`;
}

export function renderScanMarkdown(report: ScanReport): string {
  const out = ["## tokenbudget scan: models used in code", "", summaryLine(report), ""];
  if (report.uses.length > 0) {
    out.push("| Location | As written | Provider | Model | Declared |", "|---|---|---|---|---|");
    for (const u of report.uses) out.push(`| ${esc(u.file)}:${u.line}:${u.col} | \`${esc(u.text)}\` | ${esc(u.provider)} | \`${esc(u.model)}\` | ${u.declared ? "✅" : "❌ no"} |`);
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
    severity: u.declared ? "notice" : "warning",
    rule: u.declared ? "model.use" : "model.undeclared",
    message: `${u.provider} model ${u.text}${u.text === u.model ? "" : ` (${u.model})`} is used here${u.declared ? "" : " and no manifest declares it"}`,
    file: u.file,
    line: u.line,
    col: u.col,
    model: `${u.provider}/${u.model}`,
  }));
  return renderSarifFindings(findings, toolVersion);
}
