import type { Finding } from "../manifest/types.js";
import type { Report } from "../review/report.js";
import { sanitizePlain } from "./escape.js";
import { fingerprints } from "./fingerprint.js";
import { PROJECT_URL, RULES, ruleDocsUrl, type RuleId } from "../rules/registry.js";

/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one rule per rule id
 * found, one result per finding on its manifest line and column, and a partial fingerprint
 * that survives lines moving, so an alert stays the same alert across pushes.
 */

const LEVEL: Record<Finding["severity"], "error" | "warning" | "note"> = { error: "error", warning: "warning", notice: "note" };

/** A rule's reportingDescriptor, all of it from the registry. */
function sarifRule(id: RuleId) {
  const rule = RULES[id];
  return {
    id,
    name: id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${rule.help}` },
    help: { text: `${rule.summary} ${rule.help}`, markdown: `**${id}**: ${rule.summary}\n\n${rule.help}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    helpUri: ruleDocsUrl(id),
    properties: { tags: ["tokenbudget", rule.kind] },
  };
}

/** SARIF URIs are URI references: a manifest path with spaces or `#` must be percent-encoded. */
function uriOf(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

/** A finding without a position is about its whole file: a physicalLocation without a region, which SARIF reads as the whole artifact. */
function physicalLocation(f: Finding) {
  const artifactLocation = { uri: uriOf(f.file) };
  return f.line === undefined ? { artifactLocation } : { artifactLocation, region: { startLine: f.line, startColumn: f.col } };
}

export function renderSarif(report: Report): string {
  return renderSarifFindings(report.findings, report.tool.version);
}

/** The SARIF log of any findings: a report's, or `scan`'s model uses. */
export function renderSarifFindings(findings: readonly Finding[], toolVersion: string): string {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const prints = fingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tokenbudget",
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: PROJECT_URL,
            rules: ruleIds.map(sarifRule),
          },
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`) },
          locations: [{ physicalLocation: physicalLocation(f) }],
          partialFingerprints: { "tokenbudgetFinding/v1": prints[i] },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
