import type { Finding } from "../manifest/types.js";
import type { Report } from "../review/report.js";
import { sanitizePlain } from "./escape.js";
import { fingerprints } from "./fingerprint.js";

/**
 * GitLab Code Quality (a CodeClimate subset): the merge request widget and the diff show each
 * finding on its manifest line. `fingerprint` must be unique per issue and stable across
 * pipelines, so GitLab can tell new findings from fixed ones.
 */

const SEVERITY: Record<Finding["severity"], "major" | "minor" | "info"> = { error: "major", warning: "minor", notice: "info" };

export function renderCodeQuality(report: Report): string {
  const prints = fingerprints(report.findings);
  const issues = report.findings.map((f, i) => ({
    description: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`),
    check_name: f.rule,
    fingerprint: prints[i],
    severity: SEVERITY[f.severity],
    // GitLab requires a line (an issue without one fails the whole report): a finding about a whole file sits on its first.
    location: { path: f.file, lines: { begin: f.line ?? 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
