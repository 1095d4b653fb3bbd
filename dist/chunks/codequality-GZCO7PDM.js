import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  fingerprints
} from "./chunk-OU6BNLH6.js";
import {
  sanitizePlain
} from "./chunk-OQ35JRQ5.js";
import "./chunk-LZQXQOPJ.js";

// src/core/render/codequality.ts
var SEVERITY = { error: "major", warning: "minor", notice: "info" };
function renderCodeQuality(report) {
  const prints = fingerprints(report.findings);
  const issues = report.findings.map((f, i) => ({
    description: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`),
    check_name: f.rule,
    fingerprint: prints[i],
    severity: SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line } }
  }));
  return `${JSON.stringify(issues, null, 2)}
`;
}
export {
  renderCodeQuality
};
