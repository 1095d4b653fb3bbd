import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  Decimal,
  isRuleId
} from "./chunk-2REODJWC.js";

// src/core/review/generated/report-validator.js
var report_validator_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/tokenbudget/tokenbudget/schemas/report.schema.json", "title": "tokenbudget report, schemaVersion 1", "description": "The canonical result of `tokenbudget estimate|check|diff --format json` and the GitHub Action's report output. Money is USD as JSON numbers rounded half-even to 9 decimal places; null means unknown (never $0 for an unpriced workload).", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "tool", "currency", "catalog", "base", "summary", "groups", "budgets", "workloads", "findings", "notes"], "properties": { "schemaVersion": { "const": 1 }, "tool": { "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "const": "tokenbudget" }, "version": { "type": "string" } } }, "currency": { "const": "USD" }, "catalog": { "type": "object", "additionalProperties": false, "required": ["version", "asOf", "books"], "properties": { "version": { "type": "string" }, "asOf": { "type": "string", "description": "The oldest as-of date among the price books in force." }, "books": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["origin", "version", "asOf"], "properties": { "origin": { "type": "string" }, "version": { "type": "string" }, "asOf": { "type": "string" } } } } } }, "base": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["ref", "trust"], "properties": { "ref": { "type": "string" }, "trust": { "enum": ["head", "base"] } } }] }, "summary": { "type": "object", "additionalProperties": false, "required": ["status", "monthlyCost", "complete", "files", "invalidFiles", "workloads", "pricedWorkloads", "unpricedWorkloads", "errors", "warnings", "notices", "range"], "properties": { "status": { "enum": ["pass", "warn", "fail"], "description": "fail when any error finding, warn when any warning, else pass." }, "monthlyCost": { "$ref": "#/definitions/usd" }, "complete": { "type": "boolean", "description": "False when some workload is unpriced: monthlyCost is then a lower bound." }, "files": { "$ref": "#/definitions/count" }, "invalidFiles": { "$ref": "#/definitions/count" }, "workloads": { "$ref": "#/definitions/count" }, "pricedWorkloads": { "$ref": "#/definitions/count" }, "unpricedWorkloads": { "$ref": "#/definitions/count" }, "errors": { "$ref": "#/definitions/count" }, "warnings": { "$ref": "#/definitions/count" }, "notices": { "$ref": "#/definitions/count" }, "range": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/range" }] }, "baseMonthlyCost": { "$ref": "#/definitions/usd" }, "diffMonthlyCost": { "type": "number" }, "diffPercent": { "type": ["number", "null"], "description": "null when the base total is zero." }, "changes": { "type": "object", "additionalProperties": false, "required": ["added", "removed", "changed", "unchanged"], "properties": { "added": { "$ref": "#/definitions/count" }, "removed": { "$ref": "#/definitions/count" }, "changed": { "$ref": "#/definitions/count" }, "unchanged": { "$ref": "#/definitions/count" } } } } }, "groups": { "type": "array", "description": "Spend by tag (team, tenant, feature and any --group-by tag) and by any --group-by dimension (model, provider, mode, file); `tag` holds the tag or dimension.", "items": { "type": "object", "additionalProperties": false, "required": ["tag", "values"], "properties": { "tag": { "type": "string" }, "values": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["value", "monthlyCost", "workloads", "unpriced"], "properties": { "value": { "type": "string" }, "monthlyCost": { "$ref": "#/definitions/usd" }, "workloads": { "$ref": "#/definitions/count" }, "unpriced": { "$ref": "#/definitions/count" } } } } } } }, "budgets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "file", "line", "match", "monthly", "projected", "percentUsed", "status", "workloads", "unpriced"], "properties": { "name": { "type": "string" }, "file": { "type": "string" }, "line": { "$ref": "#/definitions/position" }, "match": { "$ref": "#/definitions/tags" }, "monthly": { "$ref": "#/definitions/usd" }, "projected": { "$ref": "#/definitions/usd" }, "percentUsed": { "type": ["number", "null"] }, "status": { "$ref": "#/definitions/budgetStatus" }, "workloads": { "type": "array", "items": { "type": "string" } }, "unpriced": { "type": "array", "items": { "type": "string" } } } } }, "workloads": { "type": "array", "items": { "$ref": "#/definitions/workload" } }, "findings": { "type": "array", "items": { "$ref": "#/definitions/finding" } }, "notes": { "type": "array", "items": { "type": "string" } } }, "definitions": { "usd": { "type": "number" }, "nullableUsd": { "type": ["number", "null"] }, "count": { "type": "integer", "minimum": 0 }, "position": { "type": "integer", "minimum": 1 }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "budgetStatus": { "enum": ["ok", "near", "over"] }, "range": { "type": "object", "additionalProperties": false, "required": ["low", "expected", "high"], "properties": { "low": { "type": "number" }, "expected": { "type": "number" }, "high": { "type": "number" } } }, "priceOrigin": { "type": "object", "additionalProperties": false, "required": ["kind", "book"], "properties": { "kind": { "enum": ["override", "catalog"], "description": "override for the manifest's prices: entries, catalog for a price book." }, "book": { "type": "string", "description": "built-in, a catalog file, or the manifest for overrides." }, "source": { "type": "string" }, "url": { "type": "string" }, "asOf": { "type": "string" }, "note": { "type": "string" } } }, "finding": { "type": "object", "description": "line and col, where in file the finding points, are both present or both absent (a problem of the whole file or run).", "additionalProperties": false, "required": ["severity", "rule", "message", "file"], "dependencies": { "line": ["col"], "col": ["line"] }, "properties": { "severity": { "enum": ["error", "warning", "notice"] }, "rule": { "type": "string", "description": "Stable id, e.g. budget.workload.exceeded, model.unknown, schema." }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "$ref": "#/definitions/position" }, "col": { "$ref": "#/definitions/position" }, "path": { "type": "string", "description": "YAML path such as workloads[2].tokens.output." }, "model": { "type": "string", "description": "provider/model the finding is about, e.g. openai/gpt-4o for model.undeclared." }, "workload": { "type": "string" } } }, "workload": { "type": "object", "additionalProperties": false, "required": ["id", "file", "name", "line", "provider", "model", "mode", "perRequestCost", "monthlyCost", "effectivePerMillionTokens", "costComponents", "budget", "status"], "properties": { "id": { "type": "string", "description": "file#name; stable across revisions." }, "file": { "type": "string" }, "name": { "type": "string" }, "line": { "$ref": "#/definitions/position" }, "provider": { "type": "string" }, "model": { "type": "string" }, "mode": { "enum": ["serverless", "batch", "dedicated", "gpu-cluster"] }, "latency": { "enum": ["interactive", "offline", null] }, "hardware": { "type": ["string", "null"] }, "tags": { "$ref": "#/definitions/tags" }, "requests": { "type": "object", "additionalProperties": false, "required": ["unit", "declared", "perMonth"], "properties": { "unit": { "enum": ["per_month", "per_week", "per_day", "per_hour", "per_second"] }, "declared": { "type": "number" }, "perMonth": { "type": "number" } } }, "tokens": { "type": "object", "additionalProperties": false, "required": ["input", "output", "cachedInput", "cacheWrite", "template"], "properties": { "input": { "type": "number" }, "output": { "type": "number" }, "cachedInput": { "type": "number" }, "cacheWrite": { "type": "number" }, "template": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["path", "tokens", "tokenizer"], "properties": { "path": { "type": "string" }, "tokens": { "type": "integer" }, "tokenizer": { "type": "string" } } }] } } }, "perRequestCost": { "$ref": "#/definitions/nullableUsd" }, "monthlyCost": { "$ref": "#/definitions/nullableUsd", "description": "null when unpriced." }, "monthlyTokens": { "type": ["number", "null"] }, "effectivePerMillionTokens": { "$ref": "#/definitions/nullableUsd" }, "utilization": { "type": ["number", "null"], "description": "Needed tokens / capacity for dedicated and cluster workloads that declare tokens_per_second (average load)." }, "peakUtilization": { "type": ["number", "null"], "description": "utilization x requests.peak_to_average; capacity.exceeded is checked against it." }, "contractUse": { "type": ["number", "null"], "description": "Monthly tokens / the dedicated contract's included_tokens." }, "costComponents": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "quantity", "unit", "unitPrice", "monthlyCost", "math"], "properties": { "name": { "type": "string" }, "quantity": { "type": "number" }, "unit": { "enum": ["1M tokens", "GPU-hours", "month"] }, "unitPrice": { "type": "number" }, "monthlyCost": { "type": "number" }, "math": { "type": "string" }, "detail": { "type": "string", "description": "What the bare line does not say: a long-context tier, GPUs billed in multiples, a contract minimum." } } } }, "range": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/range" }] }, "price": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/priceOrigin" }] }, "contextWindow": { "type": ["integer", "null"] }, "budget": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["monthly", "percentUsed", "status"], "properties": { "monthly": { "$ref": "#/definitions/usd" }, "percentUsed": { "type": ["number", "null"] }, "status": { "$ref": "#/definitions/budgetStatus" } } }] }, "status": { "enum": ["ok", "near", "over", "unpriced", "error"] }, "forecast": { "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "number" }, "minItems": 12, "maxItems": 12 }] }, "forecastReplicas": { "description": "Dedicated endpoints with a known throughput: replicas each forecast month needs at peak.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "integer", "minimum": 1 }, "minItems": 12, "maxItems": 12 }] }, "change": { "enum": ["added", "removed", "changed", "unchanged"] }, "baseMonthlyCost": { "$ref": "#/definitions/nullableUsd" }, "diffMonthlyCost": { "type": ["number", "null"] }, "drivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["cause", "amount", "detail"], "properties": { "cause": { "enum": ["price", "mode", "hardware", "model", "tokens", "volume", "other"] }, "amount": { "type": "number" }, "detail": { "type": "string" } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.low === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expected === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.high === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "low" || key0 === "expected" || key0 === "high")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.low !== void 0) {
      if (!(typeof data.low == "number")) {
        const err4 = { instancePath: instancePath + "/low", schemaPath: "#/properties/low/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expected !== void 0) {
      if (!(typeof data.expected == "number")) {
        const err5 = { instancePath: instancePath + "/expected", schemaPath: "#/properties/expected/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.high !== void 0) {
      if (!(typeof data.high == "number")) {
        const err6 = { instancePath: instancePath + "/high", schemaPath: "#/properties/high/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data < 1 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var schema12 = { "enum": ["ok", "near", "over"] };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "ok" || data === "near" || data === "over")) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "additionalProperties": false, "required": ["id", "file", "name", "line", "provider", "model", "mode", "perRequestCost", "monthlyCost", "effectivePerMillionTokens", "costComponents", "budget", "status"], "properties": { "id": { "type": "string", "description": "file#name; stable across revisions." }, "file": { "type": "string" }, "name": { "type": "string" }, "line": { "$ref": "#/definitions/position" }, "provider": { "type": "string" }, "model": { "type": "string" }, "mode": { "enum": ["serverless", "batch", "dedicated", "gpu-cluster"] }, "latency": { "enum": ["interactive", "offline", null] }, "hardware": { "type": ["string", "null"] }, "tags": { "$ref": "#/definitions/tags" }, "requests": { "type": "object", "additionalProperties": false, "required": ["unit", "declared", "perMonth"], "properties": { "unit": { "enum": ["per_month", "per_week", "per_day", "per_hour", "per_second"] }, "declared": { "type": "number" }, "perMonth": { "type": "number" } } }, "tokens": { "type": "object", "additionalProperties": false, "required": ["input", "output", "cachedInput", "cacheWrite", "template"], "properties": { "input": { "type": "number" }, "output": { "type": "number" }, "cachedInput": { "type": "number" }, "cacheWrite": { "type": "number" }, "template": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["path", "tokens", "tokenizer"], "properties": { "path": { "type": "string" }, "tokens": { "type": "integer" }, "tokenizer": { "type": "string" } } }] } } }, "perRequestCost": { "$ref": "#/definitions/nullableUsd" }, "monthlyCost": { "$ref": "#/definitions/nullableUsd", "description": "null when unpriced." }, "monthlyTokens": { "type": ["number", "null"] }, "effectivePerMillionTokens": { "$ref": "#/definitions/nullableUsd" }, "utilization": { "type": ["number", "null"], "description": "Needed tokens / capacity for dedicated and cluster workloads that declare tokens_per_second (average load)." }, "peakUtilization": { "type": ["number", "null"], "description": "utilization x requests.peak_to_average; capacity.exceeded is checked against it." }, "contractUse": { "type": ["number", "null"], "description": "Monthly tokens / the dedicated contract's included_tokens." }, "costComponents": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "quantity", "unit", "unitPrice", "monthlyCost", "math"], "properties": { "name": { "type": "string" }, "quantity": { "type": "number" }, "unit": { "enum": ["1M tokens", "GPU-hours", "month"] }, "unitPrice": { "type": "number" }, "monthlyCost": { "type": "number" }, "math": { "type": "string" }, "detail": { "type": "string", "description": "What the bare line does not say: a long-context tier, GPUs billed in multiples, a contract minimum." } } } }, "range": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/range" }] }, "price": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/priceOrigin" }] }, "contextWindow": { "type": ["integer", "null"] }, "budget": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["monthly", "percentUsed", "status"], "properties": { "monthly": { "$ref": "#/definitions/usd" }, "percentUsed": { "type": ["number", "null"] }, "status": { "$ref": "#/definitions/budgetStatus" } } }] }, "status": { "enum": ["ok", "near", "over", "unpriced", "error"] }, "forecast": { "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "number" }, "minItems": 12, "maxItems": 12 }] }, "forecastReplicas": { "description": "Dedicated endpoints with a known throughput: replicas each forecast month needs at peak.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "integer", "minimum": 1 }, "minItems": 12, "maxItems": 12 }] }, "change": { "enum": ["added", "removed", "changed", "unchanged"] }, "baseMonthlyCost": { "$ref": "#/definitions/nullableUsd" }, "diffMonthlyCost": { "type": ["number", "null"] }, "drivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["cause", "amount", "detail"], "properties": { "cause": { "enum": ["price", "mode", "hardware", "model", "tokens", "volume", "other"] }, "amount": { "type": "number" }, "detail": { "type": "string" } } } } } };
var schema14 = { "type": ["number", "null"] };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number") && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema14.type }, message: "must be number,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "required": ["kind", "book"], "properties": { "kind": { "enum": ["override", "catalog"], "description": "override for the manifest's prices: entries, catalog for a price book." }, "book": { "type": "string", "description": "built-in, a catalog file, or the manifest for overrides." }, "source": { "type": "string" }, "url": { "type": "string" }, "asOf": { "type": "string" }, "note": { "type": "string" } } };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.book === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "book" }, message: "must have required property 'book'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "book" || key0 === "source" || key0 === "url" || key0 === "asOf" || key0 === "note")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "override" || data0 === "catalog")) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.book !== void 0) {
      if (typeof data.book !== "string") {
        const err4 = { instancePath: instancePath + "/book", schemaPath: "#/properties/book/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err5 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      if (typeof data.asOf !== "string") {
        const err7 = { instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      if (typeof data.note !== "string") {
        const err8 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.mode === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.perRequestCost === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "perRequestCost" }, message: "must have required property 'perRequestCost'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.monthlyCost === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.effectivePerMillionTokens === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectivePerMillionTokens" }, message: "must have required property 'effectivePerMillionTokens'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.costComponents === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "costComponents" }, message: "must have required property 'costComponents'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.budget === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "budget" }, message: "must have required property 'budget'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err15 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err16 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      if (!validate43(data.line, { instancePath: instancePath + "/line", parentData: data, parentDataProperty: "line", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider !== void 0) {
      if (typeof data.provider !== "string") {
        const err17 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (typeof data.model !== "string") {
        const err18 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data6 = data.mode;
      if (!(data6 === "serverless" || data6 === "batch" || data6 === "dedicated" || data6 === "gpu-cluster")) {
        const err19 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema13.properties.mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.latency !== void 0) {
      let data7 = data.latency;
      if (!(data7 === "interactive" || data7 === "offline" || data7 === null)) {
        const err20 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/enum", keyword: "enum", params: { allowedValues: schema13.properties.latency.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.hardware !== void 0) {
      let data8 = data.hardware;
      if (typeof data8 !== "string" && data8 !== null) {
        const err21 = { instancePath: instancePath + "/hardware", schemaPath: "#/properties/hardware/type", keyword: "type", params: { type: schema13.properties.hardware.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate45(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.requests !== void 0) {
      let data10 = data.requests;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.unit === void 0) {
          const err22 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data10.declared === void 0) {
          const err23 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/required", keyword: "required", params: { missingProperty: "declared" }, message: "must have required property 'declared'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data10.perMonth === void 0) {
          const err24 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/required", keyword: "required", params: { missingProperty: "perMonth" }, message: "must have required property 'perMonth'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data10) {
          if (!(key1 === "unit" || key1 === "declared" || key1 === "perMonth")) {
            const err25 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.unit !== void 0) {
          let data11 = data10.unit;
          if (!(data11 === "per_month" || data11 === "per_week" || data11 === "per_day" || data11 === "per_hour" || data11 === "per_second")) {
            const err26 = { instancePath: instancePath + "/requests/unit", schemaPath: "#/properties/requests/properties/unit/enum", keyword: "enum", params: { allowedValues: schema13.properties.requests.properties.unit.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.declared !== void 0) {
          if (!(typeof data10.declared == "number")) {
            const err27 = { instancePath: instancePath + "/requests/declared", schemaPath: "#/properties/requests/properties/declared/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data10.perMonth !== void 0) {
          if (!(typeof data10.perMonth == "number")) {
            const err28 = { instancePath: instancePath + "/requests/perMonth", schemaPath: "#/properties/requests/properties/perMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data14 = data.tokens;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.input === void 0) {
          const err30 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data14.output === void 0) {
          const err31 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data14.cachedInput === void 0) {
          const err32 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "cachedInput" }, message: "must have required property 'cachedInput'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data14.cacheWrite === void 0) {
          const err33 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "cacheWrite" }, message: "must have required property 'cacheWrite'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data14.template === void 0) {
          const err34 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        for (const key2 in data14) {
          if (!(key2 === "input" || key2 === "output" || key2 === "cachedInput" || key2 === "cacheWrite" || key2 === "template")) {
            const err35 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data14.input !== void 0) {
          if (!(typeof data14.input == "number")) {
            const err36 = { instancePath: instancePath + "/tokens/input", schemaPath: "#/properties/tokens/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.output !== void 0) {
          if (!(typeof data14.output == "number")) {
            const err37 = { instancePath: instancePath + "/tokens/output", schemaPath: "#/properties/tokens/properties/output/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data14.cachedInput !== void 0) {
          if (!(typeof data14.cachedInput == "number")) {
            const err38 = { instancePath: instancePath + "/tokens/cachedInput", schemaPath: "#/properties/tokens/properties/cachedInput/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.cacheWrite !== void 0) {
          if (!(typeof data14.cacheWrite == "number")) {
            const err39 = { instancePath: instancePath + "/tokens/cacheWrite", schemaPath: "#/properties/tokens/properties/cacheWrite/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data14.template !== void 0) {
          let data19 = data14.template;
          const _errs38 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs39 = errors;
          if (data19 !== null) {
            const err40 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var _valid0 = _errs39 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs41 = errors;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.path === void 0) {
              const err41 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.tokens === void 0) {
              const err42 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/1/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data19.tokenizer === void 0) {
              const err43 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/1/required", keyword: "required", params: { missingProperty: "tokenizer" }, message: "must have required property 'tokenizer'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key3 in data19) {
              if (!(key3 === "path" || key3 === "tokens" || key3 === "tokenizer")) {
                const err44 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data19.path !== void 0) {
              if (typeof data19.path !== "string") {
                const err45 = { instancePath: instancePath + "/tokens/template/path", schemaPath: "#/properties/tokens/properties/template/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data19.tokens !== void 0) {
              let data21 = data19.tokens;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err46 = { instancePath: instancePath + "/tokens/template/tokens", schemaPath: "#/properties/tokens/properties/template/oneOf/1/properties/tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data19.tokenizer !== void 0) {
              if (typeof data19.tokenizer !== "string") {
                const err47 = { instancePath: instancePath + "/tokens/template/tokenizer", schemaPath: "#/properties/tokens/properties/template/oneOf/1/properties/tokenizer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid0 = _errs41 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
          }
          if (!valid3) {
            const err49 = { instancePath: instancePath + "/tokens/template", schemaPath: "#/properties/tokens/properties/template/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs38;
            if (vErrors !== null) {
              if (_errs38) {
                vErrors.length = _errs38;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.perRequestCost !== void 0) {
      if (!validate54(data.perRequestCost, { instancePath: instancePath + "/perRequestCost", parentData: data, parentDataProperty: "perRequestCost", rootData })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.monthlyCost !== void 0) {
      if (!validate54(data.monthlyCost, { instancePath: instancePath + "/monthlyCost", parentData: data, parentDataProperty: "monthlyCost", rootData })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.monthlyTokens !== void 0) {
      let data25 = data.monthlyTokens;
      if (!(typeof data25 == "number") && data25 !== null) {
        const err51 = { instancePath: instancePath + "/monthlyTokens", schemaPath: "#/properties/monthlyTokens/type", keyword: "type", params: { type: schema13.properties.monthlyTokens.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.effectivePerMillionTokens !== void 0) {
      if (!validate54(data.effectivePerMillionTokens, { instancePath: instancePath + "/effectivePerMillionTokens", parentData: data, parentDataProperty: "effectivePerMillionTokens", rootData })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.utilization !== void 0) {
      let data27 = data.utilization;
      if (!(typeof data27 == "number") && data27 !== null) {
        const err52 = { instancePath: instancePath + "/utilization", schemaPath: "#/properties/utilization/type", keyword: "type", params: { type: schema13.properties.utilization.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.peakUtilization !== void 0) {
      let data28 = data.peakUtilization;
      if (!(typeof data28 == "number") && data28 !== null) {
        const err53 = { instancePath: instancePath + "/peakUtilization", schemaPath: "#/properties/peakUtilization/type", keyword: "type", params: { type: schema13.properties.peakUtilization.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.contractUse !== void 0) {
      let data29 = data.contractUse;
      if (!(typeof data29 == "number") && data29 !== null) {
        const err54 = { instancePath: instancePath + "/contractUse", schemaPath: "#/properties/contractUse/type", keyword: "type", params: { type: schema13.properties.contractUse.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.costComponents !== void 0) {
      let data30 = data.costComponents;
      if (Array.isArray(data30)) {
        const len0 = data30.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data31 = data30[i0];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.name === void 0) {
              const err55 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data31.quantity === void 0) {
              const err56 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data31.unit === void 0) {
              const err57 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data31.unitPrice === void 0) {
              const err58 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "unitPrice" }, message: "must have required property 'unitPrice'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data31.monthlyCost === void 0) {
              const err59 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data31.math === void 0) {
              const err60 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/required", keyword: "required", params: { missingProperty: "math" }, message: "must have required property 'math'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key4 in data31) {
              if (!(key4 === "name" || key4 === "quantity" || key4 === "unit" || key4 === "unitPrice" || key4 === "monthlyCost" || key4 === "math" || key4 === "detail")) {
                const err61 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data31.name !== void 0) {
              if (typeof data31.name !== "string") {
                const err62 = { instancePath: instancePath + "/costComponents/" + i0 + "/name", schemaPath: "#/properties/costComponents/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data31.quantity !== void 0) {
              if (!(typeof data31.quantity == "number")) {
                const err63 = { instancePath: instancePath + "/costComponents/" + i0 + "/quantity", schemaPath: "#/properties/costComponents/items/properties/quantity/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data31.unit !== void 0) {
              let data34 = data31.unit;
              if (!(data34 === "1M tokens" || data34 === "GPU-hours" || data34 === "month")) {
                const err64 = { instancePath: instancePath + "/costComponents/" + i0 + "/unit", schemaPath: "#/properties/costComponents/items/properties/unit/enum", keyword: "enum", params: { allowedValues: schema13.properties.costComponents.items.properties.unit.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data31.unitPrice !== void 0) {
              if (!(typeof data31.unitPrice == "number")) {
                const err65 = { instancePath: instancePath + "/costComponents/" + i0 + "/unitPrice", schemaPath: "#/properties/costComponents/items/properties/unitPrice/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data31.monthlyCost !== void 0) {
              if (!(typeof data31.monthlyCost == "number")) {
                const err66 = { instancePath: instancePath + "/costComponents/" + i0 + "/monthlyCost", schemaPath: "#/properties/costComponents/items/properties/monthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data31.math !== void 0) {
              if (typeof data31.math !== "string") {
                const err67 = { instancePath: instancePath + "/costComponents/" + i0 + "/math", schemaPath: "#/properties/costComponents/items/properties/math/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data31.detail !== void 0) {
              if (typeof data31.detail !== "string") {
                const err68 = { instancePath: instancePath + "/costComponents/" + i0 + "/detail", schemaPath: "#/properties/costComponents/items/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/costComponents/" + i0, schemaPath: "#/properties/costComponents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/costComponents", schemaPath: "#/properties/costComponents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.range !== void 0) {
      let data39 = data.range;
      const _errs80 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs81 = errors;
      if (data39 !== null) {
        const err71 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var _valid1 = _errs81 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs83 = errors;
      if (!validate33(data39, { instancePath: instancePath + "/range", parentData: data, parentDataProperty: "range", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs83 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
      }
      if (!valid8) {
        const err72 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      } else {
        errors = _errs80;
        if (vErrors !== null) {
          if (_errs80) {
            vErrors.length = _errs80;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.price !== void 0) {
      let data40 = data.price;
      const _errs85 = errors;
      let valid9 = false;
      let passing2 = null;
      const _errs86 = errors;
      if (data40 !== null) {
        const err73 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      var _valid2 = _errs86 === errors;
      if (_valid2) {
        valid9 = true;
        passing2 = 0;
      }
      const _errs88 = errors;
      if (!validate59(data40, { instancePath: instancePath + "/price", parentData: data, parentDataProperty: "price", rootData })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs88 === errors;
      if (_valid2 && valid9) {
        valid9 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid9 = true;
          passing2 = 1;
        }
      }
      if (!valid9) {
        const err74 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      } else {
        errors = _errs85;
        if (vErrors !== null) {
          if (_errs85) {
            vErrors.length = _errs85;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.contextWindow !== void 0) {
      let data41 = data.contextWindow;
      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41))) && data41 !== null) {
        const err75 = { instancePath: instancePath + "/contextWindow", schemaPath: "#/properties/contextWindow/type", keyword: "type", params: { type: schema13.properties.contextWindow.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data42 = data.budget;
      const _errs92 = errors;
      let valid10 = false;
      let passing3 = null;
      const _errs93 = errors;
      if (data42 !== null) {
        const err76 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var _valid3 = _errs93 === errors;
      if (_valid3) {
        valid10 = true;
        passing3 = 0;
      }
      const _errs95 = errors;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42.monthly === void 0) {
          const err77 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/1/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data42.percentUsed === void 0) {
          const err78 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/1/required", keyword: "required", params: { missingProperty: "percentUsed" }, message: "must have required property 'percentUsed'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data42.status === void 0) {
          const err79 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/1/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key5 in data42) {
          if (!(key5 === "monthly" || key5 === "percentUsed" || key5 === "status")) {
            const err80 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data42.monthly !== void 0) {
          if (!validate22(data42.monthly, { instancePath: instancePath + "/budget/monthly", parentData: data42, parentDataProperty: "monthly", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data42.percentUsed !== void 0) {
          let data44 = data42.percentUsed;
          if (!(typeof data44 == "number") && data44 !== null) {
            const err81 = { instancePath: instancePath + "/budget/percentUsed", schemaPath: "#/properties/budget/oneOf/1/properties/percentUsed/type", keyword: "type", params: { type: schema13.properties.budget.oneOf[1].properties.percentUsed.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data42.status !== void 0) {
          if (!validate49(data42.status, { instancePath: instancePath + "/budget/status", parentData: data42, parentDataProperty: "status", rootData })) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
      var _valid3 = _errs95 === errors;
      if (_valid3 && valid10) {
        valid10 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid10 = true;
          passing3 = 1;
        }
      }
      if (!valid10) {
        const err83 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      } else {
        errors = _errs92;
        if (vErrors !== null) {
          if (_errs92) {
            vErrors.length = _errs92;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.status !== void 0) {
      let data46 = data.status;
      if (!(data46 === "ok" || data46 === "near" || data46 === "over" || data46 === "unpriced" || data46 === "error")) {
        const err84 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema13.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.forecast !== void 0) {
      let data47 = data.forecast;
      const _errs104 = errors;
      let valid12 = false;
      let passing4 = null;
      const _errs105 = errors;
      if (data47 !== null) {
        const err85 = { instancePath: instancePath + "/forecast", schemaPath: "#/properties/forecast/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      var _valid4 = _errs105 === errors;
      if (_valid4) {
        valid12 = true;
        passing4 = 0;
      }
      const _errs107 = errors;
      if (Array.isArray(data47)) {
        if (data47.length > 12) {
          const err86 = { instancePath: instancePath + "/forecast", schemaPath: "#/properties/forecast/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (data47.length < 12) {
          const err87 = { instancePath: instancePath + "/forecast", schemaPath: "#/properties/forecast/oneOf/1/minItems", keyword: "minItems", params: { limit: 12 }, message: "must NOT have fewer than 12 items" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        const len1 = data47.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!(typeof data47[i1] == "number")) {
            const err88 = { instancePath: instancePath + "/forecast/" + i1, schemaPath: "#/properties/forecast/oneOf/1/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/forecast", schemaPath: "#/properties/forecast/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      var _valid4 = _errs107 === errors;
      if (_valid4 && valid12) {
        valid12 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid12 = true;
          passing4 = 1;
        }
      }
      if (!valid12) {
        const err90 = { instancePath: instancePath + "/forecast", schemaPath: "#/properties/forecast/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      } else {
        errors = _errs104;
        if (vErrors !== null) {
          if (_errs104) {
            vErrors.length = _errs104;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.forecastReplicas !== void 0) {
      let data49 = data.forecastReplicas;
      const _errs112 = errors;
      let valid15 = false;
      let passing5 = null;
      const _errs113 = errors;
      if (data49 !== null) {
        const err91 = { instancePath: instancePath + "/forecastReplicas", schemaPath: "#/properties/forecastReplicas/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      var _valid5 = _errs113 === errors;
      if (_valid5) {
        valid15 = true;
        passing5 = 0;
      }
      const _errs115 = errors;
      if (Array.isArray(data49)) {
        if (data49.length > 12) {
          const err92 = { instancePath: instancePath + "/forecastReplicas", schemaPath: "#/properties/forecastReplicas/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items" };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
        if (data49.length < 12) {
          const err93 = { instancePath: instancePath + "/forecastReplicas", schemaPath: "#/properties/forecastReplicas/oneOf/1/minItems", keyword: "minItems", params: { limit: 12 }, message: "must NOT have fewer than 12 items" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        const len2 = data49.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data50 = data49[i2];
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
            const err94 = { instancePath: instancePath + "/forecastReplicas/" + i2, schemaPath: "#/properties/forecastReplicas/oneOf/1/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          if (typeof data50 == "number") {
            if (data50 < 1 || isNaN(data50)) {
              const err95 = { instancePath: instancePath + "/forecastReplicas/" + i2, schemaPath: "#/properties/forecastReplicas/oneOf/1/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/forecastReplicas", schemaPath: "#/properties/forecastReplicas/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
      var _valid5 = _errs115 === errors;
      if (_valid5 && valid15) {
        valid15 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid15 = true;
          passing5 = 1;
        }
      }
      if (!valid15) {
        const err97 = { instancePath: instancePath + "/forecastReplicas", schemaPath: "#/properties/forecastReplicas/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      } else {
        errors = _errs112;
        if (vErrors !== null) {
          if (_errs112) {
            vErrors.length = _errs112;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.change !== void 0) {
      let data51 = data.change;
      if (!(data51 === "added" || data51 === "removed" || data51 === "changed" || data51 === "unchanged")) {
        const err98 = { instancePath: instancePath + "/change", schemaPath: "#/properties/change/enum", keyword: "enum", params: { allowedValues: schema13.properties.change.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.baseMonthlyCost !== void 0) {
      if (!validate54(data.baseMonthlyCost, { instancePath: instancePath + "/baseMonthlyCost", parentData: data, parentDataProperty: "baseMonthlyCost", rootData })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.diffMonthlyCost !== void 0) {
      let data53 = data.diffMonthlyCost;
      if (!(typeof data53 == "number") && data53 !== null) {
        const err99 = { instancePath: instancePath + "/diffMonthlyCost", schemaPath: "#/properties/diffMonthlyCost/type", keyword: "type", params: { type: schema13.properties.diffMonthlyCost.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.drivers !== void 0) {
      let data54 = data.drivers;
      if (Array.isArray(data54)) {
        const len3 = data54.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data55 = data54[i3];
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.cause === void 0) {
              const err100 = { instancePath: instancePath + "/drivers/" + i3, schemaPath: "#/properties/drivers/items/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data55.amount === void 0) {
              const err101 = { instancePath: instancePath + "/drivers/" + i3, schemaPath: "#/properties/drivers/items/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (data55.detail === void 0) {
              const err102 = { instancePath: instancePath + "/drivers/" + i3, schemaPath: "#/properties/drivers/items/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key6 in data55) {
              if (!(key6 === "cause" || key6 === "amount" || key6 === "detail")) {
                const err103 = { instancePath: instancePath + "/drivers/" + i3, schemaPath: "#/properties/drivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data55.cause !== void 0) {
              let data56 = data55.cause;
              if (!(data56 === "price" || data56 === "mode" || data56 === "hardware" || data56 === "model" || data56 === "tokens" || data56 === "volume" || data56 === "other")) {
                const err104 = { instancePath: instancePath + "/drivers/" + i3 + "/cause", schemaPath: "#/properties/drivers/items/properties/cause/enum", keyword: "enum", params: { allowedValues: schema13.properties.drivers.items.properties.cause.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data55.amount !== void 0) {
              if (!(typeof data55.amount == "number")) {
                const err105 = { instancePath: instancePath + "/drivers/" + i3 + "/amount", schemaPath: "#/properties/drivers/items/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data55.detail !== void 0) {
              if (typeof data55.detail !== "string") {
                const err106 = { instancePath: instancePath + "/drivers/" + i3 + "/detail", schemaPath: "#/properties/drivers/items/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/drivers/" + i3, schemaPath: "#/properties/drivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/drivers", schemaPath: "#/properties/drivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "description": "line and col, where in file the finding points, are both present or both absent (a problem of the whole file or run).", "additionalProperties": false, "required": ["severity", "rule", "message", "file"], "dependencies": { "line": ["col"], "col": ["line"] }, "properties": { "severity": { "enum": ["error", "warning", "notice"] }, "rule": { "type": "string", "description": "Stable id, e.g. budget.workload.exceeded, model.unknown, schema." }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "$ref": "#/definitions/position" }, "col": { "$ref": "#/definitions/position" }, "path": { "type": "string", "description": "YAML path such as workloads[2].tokens.output." }, "model": { "type": "string", "description": "provider/model the finding is about, e.g. openai/gpt-4o for model.undeclared." }, "workload": { "type": "string" } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.severity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rule === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      if (data.col === void 0) {
        const err5 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: {
          property: "line",
          missingProperty: "col",
          depsCount: 1,
          deps: "col"
        }, message: "must have property col when property line is present" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.col !== void 0) {
      if (data.line === void 0) {
        const err6 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: {
          property: "col",
          missingProperty: "line",
          depsCount: 1,
          deps: "line"
        }, message: "must have property line when property col is present" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data0 = data.severity;
      if (!(data0 === "error" || data0 === "warning" || data0 === "notice")) {
        const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      if (typeof data.rule !== "string") {
        const err8 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err10 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      if (!validate43(data.line, { instancePath: instancePath + "/line", parentData: data, parentDataProperty: "line", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.col !== void 0) {
      if (!validate43(data.col, { instancePath: instancePath + "/col", parentData: data, parentDataProperty: "col", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (typeof data.model !== "string") {
        const err12 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      if (typeof data.workload !== "string") {
        const err13 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.catalog === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "catalog" }, message: "must have required property 'catalog'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.base === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.groups === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.budgets === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "budgets" }, message: "must have required property 'budgets'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.workloads === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if (1 !== data.schemaVersion) {
        const err12 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err14 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version")) {
            const err15 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          if ("tokenbudget" !== data1.name) {
            const err16 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "tokenbudget" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err17 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      if ("USD" !== data.currency) {
        const err19 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/const", keyword: "const", params: { allowedValue: "USD" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.catalog !== void 0) {
      let data5 = data.catalog;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.version === void 0) {
          const err20 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data5.asOf === void 0) {
          const err21 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data5.books === void 0) {
          const err22 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/required", keyword: "required", params: { missingProperty: "books" }, message: "must have required property 'books'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "version" || key2 === "asOf" || key2 === "books")) {
            const err23 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.version !== void 0) {
          if (typeof data5.version !== "string") {
            const err24 = { instancePath: instancePath + "/catalog/version", schemaPath: "#/properties/catalog/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data5.asOf !== void 0) {
          if (typeof data5.asOf !== "string") {
            const err25 = { instancePath: instancePath + "/catalog/asOf", schemaPath: "#/properties/catalog/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.books !== void 0) {
          let data8 = data5.books;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.origin === void 0) {
                  const err26 = { instancePath: instancePath + "/catalog/books/" + i0, schemaPath: "#/properties/catalog/properties/books/items/required", keyword: "required", params: { missingProperty: "origin" }, message: "must have required property 'origin'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data9.version === void 0) {
                  const err27 = { instancePath: instancePath + "/catalog/books/" + i0, schemaPath: "#/properties/catalog/properties/books/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data9.asOf === void 0) {
                  const err28 = { instancePath: instancePath + "/catalog/books/" + i0, schemaPath: "#/properties/catalog/properties/books/items/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                for (const key3 in data9) {
                  if (!(key3 === "origin" || key3 === "version" || key3 === "asOf")) {
                    const err29 = { instancePath: instancePath + "/catalog/books/" + i0, schemaPath: "#/properties/catalog/properties/books/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data9.origin !== void 0) {
                  if (typeof data9.origin !== "string") {
                    const err30 = { instancePath: instancePath + "/catalog/books/" + i0 + "/origin", schemaPath: "#/properties/catalog/properties/books/items/properties/origin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data9.version !== void 0) {
                  if (typeof data9.version !== "string") {
                    const err31 = { instancePath: instancePath + "/catalog/books/" + i0 + "/version", schemaPath: "#/properties/catalog/properties/books/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data9.asOf !== void 0) {
                  if (typeof data9.asOf !== "string") {
                    const err32 = { instancePath: instancePath + "/catalog/books/" + i0 + "/asOf", schemaPath: "#/properties/catalog/properties/books/items/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/catalog/books/" + i0, schemaPath: "#/properties/catalog/properties/books/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/catalog/books", schemaPath: "#/properties/catalog/properties/books/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data13 = data.base;
      const _errs29 = errors;
      let valid6 = false;
      let passing0 = null;
      const _errs30 = errors;
      if (data13 !== null) {
        const err36 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0) {
        valid6 = true;
        passing0 = 0;
      }
      const _errs32 = errors;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.ref === void 0) {
          const err37 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf/1/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data13.trust === void 0) {
          const err38 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf/1/required", keyword: "required", params: { missingProperty: "trust" }, message: "must have required property 'trust'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key4 in data13) {
          if (!(key4 === "ref" || key4 === "trust")) {
            const err39 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data13.ref !== void 0) {
          if (typeof data13.ref !== "string") {
            const err40 = { instancePath: instancePath + "/base/ref", schemaPath: "#/properties/base/oneOf/1/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data13.trust !== void 0) {
          let data15 = data13.trust;
          if (!(data15 === "head" || data15 === "base")) {
            const err41 = { instancePath: instancePath + "/base/trust", schemaPath: "#/properties/base/oneOf/1/properties/trust/enum", keyword: "enum", params: { allowedValues: schema6.properties.base.oneOf[1].properties.trust.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var _valid0 = _errs32 === errors;
      if (_valid0 && valid6) {
        valid6 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid6 = true;
          passing0 = 1;
        }
      }
      if (!valid6) {
        const err43 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.summary !== void 0) {
      let data16 = data.summary;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.status === void 0) {
          const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data16.monthlyCost === void 0) {
          const err45 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data16.complete === void 0) {
          const err46 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "complete" }, message: "must have required property 'complete'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data16.files === void 0) {
          const err47 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data16.invalidFiles === void 0) {
          const err48 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "invalidFiles" }, message: "must have required property 'invalidFiles'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data16.workloads === void 0) {
          const err49 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data16.pricedWorkloads === void 0) {
          const err50 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "pricedWorkloads" }, message: "must have required property 'pricedWorkloads'" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data16.unpricedWorkloads === void 0) {
          const err51 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "unpricedWorkloads" }, message: "must have required property 'unpricedWorkloads'" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data16.errors === void 0) {
          const err52 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data16.warnings === void 0) {
          const err53 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data16.notices === void 0) {
          const err54 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "notices" }, message: "must have required property 'notices'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data16.range === void 0) {
          const err55 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property 'range'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key5 in data16) {
          if (!func2.call(schema6.properties.summary.properties, key5)) {
            const err56 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data16.status !== void 0) {
          let data17 = data16.status;
          if (!(data17 === "pass" || data17 === "warn" || data17 === "fail")) {
            const err57 = { instancePath: instancePath + "/summary/status", schemaPath: "#/properties/summary/properties/status/enum", keyword: "enum", params: { allowedValues: schema6.properties.summary.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data16.monthlyCost !== void 0) {
          if (!validate22(data16.monthlyCost, { instancePath: instancePath + "/summary/monthlyCost", parentData: data16, parentDataProperty: "monthlyCost", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data16.complete !== void 0) {
          if (typeof data16.complete !== "boolean") {
            const err58 = { instancePath: instancePath + "/summary/complete", schemaPath: "#/properties/summary/properties/complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data16.files !== void 0) {
          if (!validate24(data16.files, { instancePath: instancePath + "/summary/files", parentData: data16, parentDataProperty: "files", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.invalidFiles !== void 0) {
          if (!validate24(data16.invalidFiles, { instancePath: instancePath + "/summary/invalidFiles", parentData: data16, parentDataProperty: "invalidFiles", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.workloads !== void 0) {
          if (!validate24(data16.workloads, { instancePath: instancePath + "/summary/workloads", parentData: data16, parentDataProperty: "workloads", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.pricedWorkloads !== void 0) {
          if (!validate24(data16.pricedWorkloads, { instancePath: instancePath + "/summary/pricedWorkloads", parentData: data16, parentDataProperty: "pricedWorkloads", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.unpricedWorkloads !== void 0) {
          if (!validate24(data16.unpricedWorkloads, { instancePath: instancePath + "/summary/unpricedWorkloads", parentData: data16, parentDataProperty: "unpricedWorkloads", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.errors !== void 0) {
          if (!validate24(data16.errors, { instancePath: instancePath + "/summary/errors", parentData: data16, parentDataProperty: "errors", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.warnings !== void 0) {
          if (!validate24(data16.warnings, { instancePath: instancePath + "/summary/warnings", parentData: data16, parentDataProperty: "warnings", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.notices !== void 0) {
          if (!validate24(data16.notices, { instancePath: instancePath + "/summary/notices", parentData: data16, parentDataProperty: "notices", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data16.range !== void 0) {
          let data28 = data16.range;
          const _errs54 = errors;
          let valid9 = false;
          let passing1 = null;
          const _errs55 = errors;
          if (data28 !== null) {
            const err59 = { instancePath: instancePath + "/summary/range", schemaPath: "#/properties/summary/properties/range/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          if (_valid1) {
            valid9 = true;
            passing1 = 0;
          }
          const _errs57 = errors;
          if (!validate33(data28, { instancePath: instancePath + "/summary/range", parentData: data16, parentDataProperty: "range", rootData })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs57 === errors;
          if (_valid1 && valid9) {
            valid9 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid9 = true;
              passing1 = 1;
            }
          }
          if (!valid9) {
            const err60 = { instancePath: instancePath + "/summary/range", schemaPath: "#/properties/summary/properties/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data16.baseMonthlyCost !== void 0) {
          if (!validate22(data16.baseMonthlyCost, { instancePath: instancePath + "/summary/baseMonthlyCost", parentData: data16, parentDataProperty: "baseMonthlyCost", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data16.diffMonthlyCost !== void 0) {
          if (!(typeof data16.diffMonthlyCost == "number")) {
            const err61 = { instancePath: instancePath + "/summary/diffMonthlyCost", schemaPath: "#/properties/summary/properties/diffMonthlyCost/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data16.diffPercent !== void 0) {
          let data31 = data16.diffPercent;
          if (!(typeof data31 == "number") && data31 !== null) {
            const err62 = { instancePath: instancePath + "/summary/diffPercent", schemaPath: "#/properties/summary/properties/diffPercent/type", keyword: "type", params: { type: schema6.properties.summary.properties.diffPercent.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data16.changes !== void 0) {
          let data32 = data16.changes;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.added === void 0) {
              const err63 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data32.removed === void 0) {
              const err64 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data32.changed === void 0) {
              const err65 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data32.unchanged === void 0) {
              const err66 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            for (const key6 in data32) {
              if (!(key6 === "added" || key6 === "removed" || key6 === "changed" || key6 === "unchanged")) {
                const err67 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data32.added !== void 0) {
              if (!validate24(data32.added, { instancePath: instancePath + "/summary/changes/added", parentData: data32, parentDataProperty: "added", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data32.removed !== void 0) {
              if (!validate24(data32.removed, { instancePath: instancePath + "/summary/changes/removed", parentData: data32, parentDataProperty: "removed", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data32.changed !== void 0) {
              if (!validate24(data32.changed, { instancePath: instancePath + "/summary/changes/changed", parentData: data32, parentDataProperty: "changed", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data32.unchanged !== void 0) {
              if (!validate24(data32.unchanged, { instancePath: instancePath + "/summary/changes/unchanged", parentData: data32, parentDataProperty: "unchanged", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/summary/changes", schemaPath: "#/properties/summary/properties/changes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data37 = data.groups;
      if (Array.isArray(data37)) {
        const len1 = data37.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data38 = data37[i1];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.tag === void 0) {
              const err70 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data38.values === void 0) {
              const err71 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            for (const key7 in data38) {
              if (!(key7 === "tag" || key7 === "values")) {
                const err72 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data38.tag !== void 0) {
              if (typeof data38.tag !== "string") {
                const err73 = { instancePath: instancePath + "/groups/" + i1 + "/tag", schemaPath: "#/properties/groups/items/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data38.values !== void 0) {
              let data40 = data38.values;
              if (Array.isArray(data40)) {
                const len2 = data40.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data41 = data40[i2];
                  if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                    if (data41.value === void 0) {
                      const err74 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (data41.monthlyCost === void 0) {
                      const err75 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/required", keyword: "required", params: { missingProperty: "monthlyCost" }, message: "must have required property 'monthlyCost'" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (data41.workloads === void 0) {
                      const err76 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    if (data41.unpriced === void 0) {
                      const err77 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/required", keyword: "required", params: { missingProperty: "unpriced" }, message: "must have required property 'unpriced'" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    for (const key8 in data41) {
                      if (!(key8 === "value" || key8 === "monthlyCost" || key8 === "workloads" || key8 === "unpriced")) {
                        const err78 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data41.value !== void 0) {
                      if (typeof data41.value !== "string") {
                        const err79 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2 + "/value", schemaPath: "#/properties/groups/items/properties/values/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data41.monthlyCost !== void 0) {
                      if (!validate22(data41.monthlyCost, { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2 + "/monthlyCost", parentData: data41, parentDataProperty: "monthlyCost", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data41.workloads !== void 0) {
                      if (!validate24(data41.workloads, { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2 + "/workloads", parentData: data41, parentDataProperty: "workloads", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data41.unpriced !== void 0) {
                      if (!validate24(data41.unpriced, { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2 + "/unpriced", parentData: data41, parentDataProperty: "unpriced", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/groups/" + i1 + "/values/" + i2, schemaPath: "#/properties/groups/items/properties/values/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/groups/" + i1 + "/values", schemaPath: "#/properties/groups/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data46 = data.budgets;
      if (Array.isArray(data46)) {
        const len3 = data46.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data47 = data46[i3];
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.name === void 0) {
              const err84 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data47.file === void 0) {
              const err85 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data47.line === void 0) {
              const err86 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data47.match === void 0) {
              const err87 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data47.monthly === void 0) {
              const err88 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data47.projected === void 0) {
              const err89 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "projected" }, message: "must have required property 'projected'" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data47.percentUsed === void 0) {
              const err90 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "percentUsed" }, message: "must have required property 'percentUsed'" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data47.status === void 0) {
              const err91 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data47.workloads === void 0) {
              const err92 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data47.unpriced === void 0) {
              const err93 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "unpriced" }, message: "must have required property 'unpriced'" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            for (const key9 in data47) {
              if (!func2.call(schema6.properties.budgets.items.properties, key9)) {
                const err94 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data47.name !== void 0) {
              if (typeof data47.name !== "string") {
                const err95 = { instancePath: instancePath + "/budgets/" + i3 + "/name", schemaPath: "#/properties/budgets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data47.file !== void 0) {
              if (typeof data47.file !== "string") {
                const err96 = { instancePath: instancePath + "/budgets/" + i3 + "/file", schemaPath: "#/properties/budgets/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data47.line !== void 0) {
              if (!validate43(data47.line, { instancePath: instancePath + "/budgets/" + i3 + "/line", parentData: data47, parentDataProperty: "line", rootData })) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              }
            }
            if (data47.match !== void 0) {
              if (!validate45(data47.match, { instancePath: instancePath + "/budgets/" + i3 + "/match", parentData: data47, parentDataProperty: "match", rootData })) {
                vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                errors = vErrors.length;
              }
            }
            if (data47.monthly !== void 0) {
              if (!validate22(data47.monthly, { instancePath: instancePath + "/budgets/" + i3 + "/monthly", parentData: data47, parentDataProperty: "monthly", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data47.projected !== void 0) {
              if (!validate22(data47.projected, { instancePath: instancePath + "/budgets/" + i3 + "/projected", parentData: data47, parentDataProperty: "projected", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data47.percentUsed !== void 0) {
              let data54 = data47.percentUsed;
              if (!(typeof data54 == "number") && data54 !== null) {
                const err97 = { instancePath: instancePath + "/budgets/" + i3 + "/percentUsed", schemaPath: "#/properties/budgets/items/properties/percentUsed/type", keyword: "type", params: { type: schema6.properties.budgets.items.properties.percentUsed.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data47.status !== void 0) {
              if (!validate49(data47.status, { instancePath: instancePath + "/budgets/" + i3 + "/status", parentData: data47, parentDataProperty: "status", rootData })) {
                vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                errors = vErrors.length;
              }
            }
            if (data47.workloads !== void 0) {
              let data56 = data47.workloads;
              if (Array.isArray(data56)) {
                const len4 = data56.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data56[i4] !== "string") {
                    const err98 = { instancePath: instancePath + "/budgets/" + i3 + "/workloads/" + i4, schemaPath: "#/properties/budgets/items/properties/workloads/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/budgets/" + i3 + "/workloads", schemaPath: "#/properties/budgets/items/properties/workloads/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data47.unpriced !== void 0) {
              let data58 = data47.unpriced;
              if (Array.isArray(data58)) {
                const len5 = data58.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data58[i5] !== "string") {
                    const err100 = { instancePath: instancePath + "/budgets/" + i3 + "/unpriced/" + i5, schemaPath: "#/properties/budgets/items/properties/unpriced/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/budgets/" + i3 + "/unpriced", schemaPath: "#/properties/budgets/items/properties/unpriced/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/budgets/" + i3, schemaPath: "#/properties/budgets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data60 = data.workloads;
      if (Array.isArray(data60)) {
        const len6 = data60.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate51(data60[i6], { instancePath: instancePath + "/workloads/" + i6, parentData: data60, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data62 = data.findings;
      if (Array.isArray(data62)) {
        const len7 = data62.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate65(data62[i7], { instancePath: instancePath + "/findings/" + i7, parentData: data62, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data64 = data.notes;
      if (Array.isArray(data64)) {
        const len8 = data64.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data64[i8] !== "string") {
            const err106 = { instancePath: instancePath + "/notes/" + i8, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
      } else {
        const err107 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
  } else {
    const err108 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err108];
    } else {
      vErrors.push(err108);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/core/review/report-json.ts
var dec = (value) => new Decimal(value);
var decOrNull = (value) => value === null || value === void 0 ? null : dec(value);
var rangeOf = (r) => r ? { low: dec(r.low), expected: dec(r.expected), high: dec(r.high) } : null;
function summaryOf(summary) {
  const { baseMonthlyCost, diffMonthlyCost, diffPercent, changes, ...always } = summary;
  return {
    ...always,
    monthlyCost: dec(always.monthlyCost),
    range: rangeOf(always.range),
    ...baseMonthlyCost !== void 0 ? { baseMonthlyCost: dec(baseMonthlyCost) } : {},
    ...diffMonthlyCost !== void 0 ? { diffMonthlyCost: dec(diffMonthlyCost) } : {},
    ...diffPercent !== void 0 ? { diffPercent: decOrNull(diffPercent) } : {},
    ...changes ? { changes } : {}
  };
}
function diffParts(w) {
  return {
    ...w.change !== void 0 ? { change: w.change } : {},
    ...w.baseMonthlyCost !== void 0 ? { baseMonthlyCost: decOrNull(w.baseMonthlyCost) } : {},
    ...w.diffMonthlyCost !== void 0 ? { diffMonthlyCost: decOrNull(w.diffMonthlyCost) } : {},
    ...w.drivers ? { drivers: w.drivers.map((d) => ({ ...d, amount: dec(d.amount) })) } : {}
  };
}
function workloadOf(w, requests, tokens) {
  return {
    id: w.id,
    file: w.file,
    name: w.name,
    line: w.line,
    provider: w.provider,
    model: w.model,
    mode: w.mode,
    latency: w.latency ?? null,
    hardware: w.hardware ?? null,
    tags: w.tags ?? {},
    requests: { ...requests, declared: dec(requests.declared), perMonth: dec(requests.perMonth) },
    tokens: {
      ...tokens,
      input: dec(tokens.input),
      output: dec(tokens.output),
      cachedInput: dec(tokens.cachedInput),
      cacheWrite: dec(tokens.cacheWrite)
    },
    perRequestCost: decOrNull(w.perRequestCost),
    monthlyCost: decOrNull(w.monthlyCost),
    monthlyTokens: decOrNull(w.monthlyTokens),
    effectivePerMillionTokens: decOrNull(w.effectivePerMillionTokens),
    utilization: decOrNull(w.utilization),
    peakUtilization: decOrNull(w.peakUtilization),
    contractUse: decOrNull(w.contractUse),
    costComponents: w.costComponents.map((c) => ({
      ...c,
      quantity: dec(c.quantity),
      unitPrice: dec(c.unitPrice),
      monthlyCost: dec(c.monthlyCost)
    })),
    range: rangeOf(w.range),
    price: w.price ?? null,
    contextWindow: w.contextWindow ?? null,
    budget: w.budget ? { ...w.budget, monthly: dec(w.budget.monthly), percentUsed: decOrNull(w.budget.percentUsed) } : null,
    forecast: w.forecast ? w.forecast.map(dec) : null,
    forecastReplicas: w.forecastReplicas ?? null,
    status: w.status,
    ...diffParts(w)
  };
}
function workloadsOf(workloads) {
  const read = [];
  for (const [index, w] of workloads.entries()) {
    if (!w.requests || !w.tokens)
      return { error: `workloads[${index}] has no requests or tokens (write the report with check --format json)` };
    read.push(workloadOf(w, w.requests, w.tokens));
  }
  return { workloads: read };
}
function findingsOf(findings) {
  const read = [];
  for (const [index, f] of findings.entries()) {
    const { rule, line, col } = f;
    if (!isRuleId(rule))
      return {
        error: `findings[${index}] has a rule id this version of tokenbudget does not know (write the report with the same version)`
      };
    if (line !== void 0 && col !== void 0) read.push({ ...f, rule, line, col });
    else {
      const { line: _line, col: _col, ...rest } = f;
      read.push({ ...rest, rule });
    }
  }
  return { findings: read };
}
function parseReportJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "is not JSON (write it with check --format json)" };
  }
  if (!report_validator_default(data)) {
    const problems = (report_validator_default.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return { error: `is not a tokenbudget report (schemas/report.schema.json): ${problems.join("; ")}` };
  }
  const findings = findingsOf(data.findings);
  if ("error" in findings) return findings;
  const workloads = workloadsOf(data.workloads);
  if ("error" in workloads) return workloads;
  return {
    report: {
      ...data,
      summary: summaryOf(data.summary),
      groups: data.groups.map((g) => ({ ...g, values: g.values.map((v) => ({ ...v, monthlyCost: dec(v.monthlyCost) })) })),
      // JSON has no Infinity: a budget of $0 with spend is written as null and used "-" in tables.
      budgets: data.budgets.map((b) => ({
        ...b,
        monthly: dec(b.monthly),
        projected: dec(b.projected),
        percentUsed: decOrNull(b.percentUsed)
      })),
      workloads: workloads.workloads,
      findings: findings.findings
    }
  };
}

export {
  parseReportJson
};
