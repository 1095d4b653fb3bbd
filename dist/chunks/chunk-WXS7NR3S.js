import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  PROJECT_URL,
  RULES,
  ruleDocsUrl,
  sanitizePlain
} from "./chunk-2REODJWC.js";

// src/core/render/fingerprint.ts
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = [f.rule, f.file, f.workload ?? "", f.path ?? "", ...f.model ? [f.model] : []].join("\0");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fnv1a64(n === 0 ? key : `${key}\0${n}`);
  });
}

// src/core/render/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function sarifRule(id) {
  const rule = RULES[id];
  return {
    id,
    name: id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${rule.help}` },
    help: { text: `${rule.summary} ${rule.help}`, markdown: `**${id}**: ${rule.summary}

${rule.help}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    helpUri: ruleDocsUrl(id),
    properties: { tags: ["tokenbudget", rule.kind] }
  };
}
function uriOf(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function physicalLocation(f) {
  const artifactLocation = { uri: uriOf(f.file) };
  return f.line === void 0 ? { artifactLocation } : { artifactLocation, region: { startLine: f.line, startColumn: f.col } };
}
function renderSarif(report) {
  return renderSarifFindings(report.findings, report.tool.version);
}
function renderSarifFindings(findings, toolVersion) {
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
            rules: ruleIds.map(sarifRule)
          }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`) },
          locations: [{ physicalLocation: physicalLocation(f) }],
          partialFingerprints: { "tokenbudgetFinding/v1": prints[i] }
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

export {
  fingerprints,
  renderSarif,
  renderSarifFindings
};
