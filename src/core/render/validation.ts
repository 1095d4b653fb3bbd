import type { Finding, FindingPosition } from "../rules/finding.js";
import type { Report } from "../review/report.js";
import { escapeMarkdown as esc, sanitizePlain as plain } from "./escape.js";

/** `:line:col` after a finding's file, or nothing for a finding about a whole file or run. */
export function positionText(at: FindingPosition): string {
  return at.line === undefined ? "" : `:${at.line}:${at.col}`;
}

/**
 * `file:line:col: severity: message [path] (rule)`, or `file: severity: ...` without a position:
 * the one form every command prints a finding in.
 */
export function formatProblem(f: Finding): string {
  return `${plain(f.file)}${positionText(f)}: ${f.severity}: ${plain(f.message)}${f.path ? ` [${plain(f.path)}]` : ""} (${f.rule})`;
}

const VERDICT = { pass: "valid", warn: "valid", fail: "invalid" } as const;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** validate's last line, e.g. `2 file(s), 5 workload(s): invalid, 1 error, 2 warnings`. */
export function validationSummary(report: Report): string {
  const s = report.summary;
  const counts = [s.errors ? plural(s.errors, "error") : "", s.warnings ? plural(s.warnings, "warning") : ""].filter(Boolean);
  return `${s.files} file(s), ${s.workloads} workload(s): ${VERDICT[s.status]}${counts.length ? `, ${counts.join(", ")}` : ""}`;
}

export function renderValidationMarkdown(report: Report): string {
  const out = [`### tokenbudget validate: ${VERDICT[report.summary.status]}`, "", esc(validationSummary(report))];
  if (report.findings.length > 0) {
    out.push("", "| Severity | Location | Message | Rule |", "|---|---|---|---|");
    for (const f of report.findings) {
      out.push(
        `| ${f.severity} | ${esc(f.file)}${positionText(f)} | ${esc(f.message)}${f.path ? ` [${esc(f.path)}]` : ""} | \`${f.rule}\` |`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
