import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  Decimal
} from "./chunk-VIZBWKW2.js";
import "./chunk-LZQXQOPJ.js";

// src/core/render/csv.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function text(value) {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
function field(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function amount(value) {
  return value === null || value === void 0 ? "" : value.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed();
}
var CHUNK_CHARS = 1 << 16;
function* csvChunks(report) {
  const diff = report.base !== null;
  const tagKeys = [...new Set(report.workloads.flatMap((w) => Object.keys(w.tags)))].sort();
  const header = [
    "file",
    "workload",
    "provider",
    "model",
    "mode",
    ...tagKeys.map((k) => `tag:${k}`),
    "requests_per_month",
    "input_tokens",
    "output_tokens",
    "cached_input_tokens",
    "per_request_usd",
    "monthly_usd",
    ...diff ? ["change", "base_monthly_usd", "change_usd"] : [],
    "budget_monthly_usd",
    "budget_percent_used",
    "status"
  ];
  const row = (w) => [
    text(w.file),
    text(w.name),
    text(w.provider),
    text(w.model),
    w.mode,
    ...tagKeys.map((k) => text(Object.hasOwn(w.tags, k) ? w.tags[k] : "")),
    amount(w.requests.perMonth),
    amount(w.tokens.input),
    amount(w.tokens.output),
    amount(w.tokens.cachedInput),
    amount(w.perRequestCost),
    amount(w.monthlyCost),
    ...diff ? [w.change ?? "", amount(w.baseMonthlyCost), amount(w.diffMonthlyCost)] : [],
    amount(w.budget?.monthly),
    amount(w.budget?.percentUsed),
    w.status
  ];
  let buffer = `${header.map(field).join(",")}\r
`;
  for (const w of report.workloads) {
    buffer += `${row(w).map(field).join(",")}\r
`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield buffer;
}
export {
  csvChunks
};
