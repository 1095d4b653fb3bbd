import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  Decimal,
  toJsonMoney
} from "./chunk-VIZBWKW2.js";

// src/core/render/json.ts
var CHUNK_CHARS = 1 << 16;
function* jsonChunks(value) {
  const stack = [];
  let buffer = "";
  const open = (v, indent) => {
    const scalar = scalarJson(v);
    if (scalar !== void 0) return scalar;
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      stack.push({ values: v, keys: void 0, index: 0, indent, inner: `${indent}  ` });
      return "[";
    }
    const keys = keptKeys(v);
    if (keys.length === 0) return "{}";
    stack.push({ values: v, keys, index: 0, indent, inner: `${indent}  ` });
    return "{";
  };
  buffer += open(withToJson(value, ""), "");
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { keys, index } = frame;
    const length = keys ? keys.length : frame.values.length;
    if (index === length) {
      stack.pop();
      buffer += `
${frame.indent}${keys ? "}" : "]"}`;
    } else {
      frame.index++;
      const separator = index === 0 ? "\n" : ",\n";
      if (keys) {
        const key = keys[index];
        buffer += `${separator}${frame.inner}${JSON.stringify(key)}: `;
        buffer += open(withToJson(frame.values[key], key), frame.inner);
      } else {
        buffer += separator + frame.inner;
        const item = withToJson(frame.values[index], String(index));
        buffer += open(item === void 0 || typeof item === "function" || typeof item === "symbol" ? null : item, frame.inner);
      }
    }
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}
`;
}
function withToJson(v, key) {
  if (v === null || typeof v !== "object" || v instanceof Decimal) return v;
  const toJson = v.toJSON;
  return typeof toJson === "function" ? toJson.call(v, key) : v;
}
function scalarJson(v) {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return Number.isFinite(v) ? String(v) : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v instanceof Decimal) return moneyJson(v);
      return void 0;
    default:
      return JSON.stringify(v) ?? "null";
  }
}
function keptKeys(object) {
  const keys = Object.keys(object);
  return keys.some((k) => skipped(object[k])) ? keys.filter((k) => !skipped(object[k])) : keys;
}
function skipped(item) {
  return item === void 0 || typeof item === "function" || typeof item === "symbol";
}
function jsonText(value) {
  let text2 = "";
  for (const chunk of jsonChunks(value)) text2 += chunk;
  return text2;
}
function moneyJson(value) {
  const fixed = value.toFixed(9, Decimal.ROUND_HALF_EVEN);
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end--;
  if (fixed.charCodeAt(end - 1) === 46) end--;
  const text2 = end === fixed.length ? fixed : fixed.slice(0, end);
  const start = text2.charCodeAt(0) === 45 ? 1 : 0;
  let significant;
  if (text2.charCodeAt(start) === 48 && text2.length > start + 1) {
    let first = start + 2;
    while (text2.charCodeAt(first) === 48) first++;
    if (first - start > 7) return String(toJsonMoney(value));
    significant = text2.length - first;
  } else {
    significant = text2.length - start - (end > start && text2.includes(".") ? 1 : 0);
  }
  return significant <= 15 ? text2 : String(toJsonMoney(value));
}
function money(value) {
  return value === null ? "null" : moneyJson(value);
}
var QUOTED = /* @__PURE__ */ new Map();
function quoted(value) {
  let json = QUOTED.get(value);
  if (json === void 0) {
    json = JSON.stringify(value);
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(value, json);
  }
  return json;
}
function text(value) {
  return value === null ? "null" : quoted(value);
}
function count(value) {
  return value !== null && Number.isFinite(value) ? String(value) : "null";
}
function nested(value, indent) {
  const json = jsonText(value).slice(0, -1);
  return indent === "" ? json : json.replaceAll("\n", `
${indent}`);
}
function flat(object, indent) {
  const inner = `${indent}  `;
  let out = "";
  for (const key of Object.keys(object)) {
    const v = object[key];
    let json;
    if (typeof v === "string") json = quoted(v);
    else if (typeof v === "number") json = count(v);
    else if (v instanceof Decimal) json = money(v);
    else if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
    else json = nested(v, inner);
    out += `${out === "" ? "\n" : ",\n"}${inner}${quoted(key)}: ${json}`;
  }
  return out === "" ? "{}" : `{${out}
${indent}}`;
}
function list(items, indent, item) {
  if (items.length === 0) return "[]";
  const inner = `${indent}  `;
  let out = "[";
  for (let i = 0; i < items.length; i++) out += `${i === 0 ? "\n" : ",\n"}${inner}${item(items[i], inner)}`;
  return `${out}
${indent}]`;
}
function scenarios(range, indent) {
  const inner = `${indent}  `;
  return `{
${inner}"low": ${money(range.low)},
${inner}"expected": ${money(range.expected)},
${inner}"high": ${money(range.high)}
${indent}}`;
}
function component(c, indent) {
  const inner = `${indent}  `;
  const detail = c.detail === void 0 ? "" : `,
${inner}"detail": ${JSON.stringify(c.detail)}`;
  return `{
${inner}"name": ${quoted(c.name)},
${inner}"quantity": ${money(c.quantity)},
${inner}"unit": ${quoted(c.unit)},
${inner}"unitPrice": ${money(c.unitPrice)},
${inner}"monthlyCost": ${money(c.monthlyCost)}${detail},
${inner}"math": ${JSON.stringify(c.math)}
${indent}}`;
}
function workloadJson(w) {
  const i = "      ";
  const j = "        ";
  const { requests, tokens, budget } = w;
  let out = `{
${i}"id": ${JSON.stringify(w.id)},
${i}"file": ${quoted(w.file)},
${i}"name": ${JSON.stringify(w.name)},
${i}"line": ${count(w.line)}`;
  out += `,
${i}"provider": ${quoted(w.provider)},
${i}"model": ${quoted(w.model)},
${i}"mode": ${quoted(w.mode)},
${i}"latency": ${text(w.latency)},
${i}"hardware": ${text(w.hardware)}`;
  out += `,
${i}"tags": ${flat(w.tags, i)}`;
  out += `,
${i}"requests": {
${j}"unit": ${quoted(requests.unit)},
${j}"declared": ${money(requests.declared)},
${j}"perMonth": ${money(requests.perMonth)}
${i}}`;
  out += `,
${i}"tokens": {
${j}"input": ${money(tokens.input)},
${j}"output": ${money(tokens.output)},
${j}"cachedInput": ${money(tokens.cachedInput)},
${j}"cacheWrite": ${money(tokens.cacheWrite)},
${j}"template": ${tokens.template === null ? "null" : flat(tokens.template, j)}
${i}}`;
  out += `,
${i}"perRequestCost": ${money(w.perRequestCost)},
${i}"monthlyCost": ${money(w.monthlyCost)},
${i}"monthlyTokens": ${money(w.monthlyTokens)},
${i}"effectivePerMillionTokens": ${money(w.effectivePerMillionTokens)}`;
  out += `,
${i}"utilization": ${money(w.utilization)},
${i}"peakUtilization": ${money(w.peakUtilization)},
${i}"contractUse": ${money(w.contractUse)}`;
  out += `,
${i}"costComponents": ${list(w.costComponents, i, component)}`;
  out += `,
${i}"range": ${w.range === null ? "null" : scenarios(w.range, i)},
${i}"price": ${w.price === null ? "null" : flat(w.price, i)},
${i}"contextWindow": ${count(w.contextWindow)}`;
  out += `,
${i}"budget": ${budget === null ? "null" : `{
${j}"monthly": ${money(budget.monthly)},
${j}"percentUsed": ${money(budget.percentUsed)},
${j}"status": ${quoted(budget.status)}
${i}}`}`;
  out += `,
${i}"status": ${quoted(w.status)}`;
  const forecast = w.forecast;
  const replicas = w.forecastReplicas;
  out += `,
${i}"forecast": ${forecast === null ? "null" : list(forecast, i, money)},
${i}"forecastReplicas": ${replicas === null ? "null" : list(replicas, i, count)}`;
  if (w.change !== void 0) out += `,
${i}"change": ${quoted(w.change)}`;
  if (w.baseMonthlyCost !== void 0) out += `,
${i}"baseMonthlyCost": ${money(w.baseMonthlyCost)}`;
  if (w.diffMonthlyCost !== void 0) out += `,
${i}"diffMonthlyCost": ${money(w.diffMonthlyCost)}`;
  if (w.drivers !== void 0) out += `,
${i}"drivers": ${list(w.drivers, i, flat)}`;
  return `${out}
    }`;
}
function* reportJsonChunks(report) {
  let buffer = `{
  "schemaVersion": ${nested(report.schemaVersion, "  ")},
  "tool": ${nested(report.tool, "  ")},
  "currency": ${nested(report.currency, "  ")}`;
  buffer += `,
  "catalog": ${nested(report.catalog, "  ")},
  "base": ${nested(report.base, "  ")},
  "summary": ${nested(report.summary, "  ")}`;
  const pieces = function* (key, items, item, last = false) {
    const end = last ? "\n}\n" : "";
    if (items.length === 0) {
      buffer += `,
  ${JSON.stringify(key)}: []${end}`;
      return;
    }
    buffer += `,
  ${JSON.stringify(key)}: [`;
    for (let n = 0; n < items.length; n++) {
      buffer += `${n === 0 ? "\n" : ",\n"}    ${item(items[n])}`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += `
  ]${end}`;
  };
  yield* pieces("groups", report.groups, (g) => nested(g, "    "));
  yield* pieces("budgets", report.budgets, (b) => nested(b, "    "));
  yield* pieces("workloads", report.workloads, workloadJson);
  yield* pieces("findings", report.findings, (f) => flat(f, "    "));
  yield* pieces("notes", report.notes, (n) => JSON.stringify(n), true);
  yield buffer;
}

export {
  jsonText,
  reportJsonChunks
};
