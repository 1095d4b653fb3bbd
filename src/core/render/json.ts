import { Decimal, toJsonMoneyText } from "../money.js";
import type { Report, ReportComponent, ReportWorkload } from "../review/report.js";

/** Pieces of about this many characters: small enough to never approach V8's string limit. */
const CHUNK_CHARS = 1 << 16;

/**
 * Pretty JSON (two-space indent, exactly `JSON.stringify(value, replacer, 2)`) of any value
 * holding Decimals, in pieces. Every exact Decimal becomes a number rounded half-even to 9
 * decimal places. One string for a monorepo's report would be hundreds of megabytes, past
 * V8's limit of 2^29 - 24 characters at a few hundred thousand workloads: callers write the
 * pieces as they come.
 */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  // An explicit stack (no recursion, no iterator per node): a generator cannot yield from a
  // recursive helper cheaply, and a report has millions of nodes.
  const stack: Frame[] = [];
  let buffer = "";
  const open = (v: unknown, indent: string): string => {
    const scalar = scalarJson(v);
    if (scalar !== undefined) return scalar;
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      stack.push({ values: v, keys: undefined, index: 0, indent, inner: `${indent}  ` });
      return "[";
    }
    const keys = keptKeys(v as Record<string, unknown>);
    if (keys.length === 0) return "{}";
    stack.push({ values: v as Record<string, unknown>, keys, index: 0, indent, inner: `${indent}  ` });
    return "{";
  };
  buffer += open(withToJson(value, ""), "");
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const { keys, index } = frame;
    const length = keys ? keys.length : (frame.values as unknown[]).length;
    if (index === length) {
      stack.pop();
      buffer += `\n${frame.indent}${keys ? "}" : "]"}`;
    } else {
      frame.index++;
      const separator = index === 0 ? "\n" : ",\n";
      if (keys) {
        const key = keys[index] ?? "";
        buffer += `${separator}${frame.inner}${JSON.stringify(key)}: `;
        buffer += open(withToJson((frame.values as Record<string, unknown>)[key], key), frame.inner);
      } else {
        buffer += separator + frame.inner;
        // JSON.stringify writes null for array slots that are undefined, functions or symbols.
        const item = withToJson((frame.values as unknown[])[index], String(index));
        buffer += open(item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item, frame.inner);
      }
    }
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}\n`;
}

interface Frame {
  values: readonly unknown[] | Record<string, unknown>;
  /** An object's keys to write; undefined for an array. */
  keys: string[] | undefined;
  index: number;
  indent: string;
  inner: string;
}

/** What JSON.stringify writes for a value with a toJSON method (a report row's plain form); Decimals are money instead. */
function withToJson(v: unknown, key: string): unknown {
  if (v === null || typeof v !== "object" || v instanceof Decimal) return v;
  const toJson = (v as { toJSON?: unknown }).toJSON;
  return typeof toJson === "function" ? (toJson as (key: string) => unknown).call(v, key) : v;
}

/** The JSON text of a leaf, or undefined for an array or object (opened by the caller). */
function scalarJson(v: unknown): string | undefined {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return Number.isFinite(v) ? String(v) : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v instanceof Decimal) return toJsonMoneyText(v);
      return undefined;
    case "bigint":
      return v.toString();
    default:
      // undefined, a function or a symbol: JSON.stringify writes null for them in a list.
      return "null";
  }
}

/** The keys JSON.stringify writes: own enumerable string keys whose values are not undefined, functions or symbols. */
function keptKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  return keys.some((k) => skipped(object[k])) ? keys.filter((k) => !skipped(object[k])) : keys;
}

function skipped(item: unknown): boolean {
  return item === undefined || typeof item === "function" || typeof item === "symbol";
}

/** The whole text, for small values (a catalog listing, a comparison); reports go through jsonChunks. */
export function jsonText(value: unknown): string {
  let text = "";
  for (const chunk of jsonChunks(value)) text += chunk;
  return text;
}

/** Money as the JSON report writes it: a number rounded half-even to 9 decimals; null when unknown. */
function money(value: Decimal | null): string {
  return value === null ? "null" : toJsonMoneyText(value);
}

/**
 * The JSON text of a string that repeats from row to row (a file, a model, a mode, a tag name or
 * value), remembered: a lookup is a fraction of JSON.stringify. Bounded, for manifests whose
 * tags are all different.
 */
const QUOTED = new Map<string, string>();
function quoted(value: string): string {
  let json = QUOTED.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(value, json);
  }
  return json;
}

function text(value: string | null): string {
  return value === null ? "null" : quoted(value);
}

function count(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : "null";
}

/** Any value as jsonChunks writes it, as one string that sits at `indent` (JSON text has no raw line breaks in strings). */
function nested(value: unknown, indent: string): string {
  const json = jsonText(value).slice(0, -1);
  return indent === "" ? json : json.replaceAll("\n", `\n${indent}`);
}

/** An object whose values are mostly strings and numbers (tags, a price's origin, a finding), key for key as jsonChunks writes it. */
function flat(object: object, indent: string): string {
  const inner = `${indent}  `;
  let out = "";
  for (const key of Object.keys(object)) {
    const v = (object as Record<string, unknown>)[key];
    let json: string;
    if (typeof v === "string") json = quoted(v);
    else if (typeof v === "number") json = count(v);
    else if (v instanceof Decimal) json = money(v);
    else if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    else json = nested(v, inner);
    out += `${out === "" ? "\n" : ",\n"}${inner}${quoted(key)}: ${json}`;
  }
  return out === "" ? "{}" : `{${out}\n${indent}}`;
}

/** `[a, b]` one item a line, `[]` when empty. */
function list<T>(items: readonly T[], indent: string, item: (value: T, inner: string) => string): string {
  if (items.length === 0) return "[]";
  const inner = `${indent}  `;
  let out = "[";
  for (const [i, value] of items.entries()) out += `${i === 0 ? "\n" : ",\n"}${inner}${item(value, inner)}`;
  return `${out}\n${indent}]`;
}

function scenarios(range: { low: Decimal; expected: Decimal; high: Decimal }, indent: string): string {
  const inner = `${indent}  `;
  return `{\n${inner}"low": ${money(range.low)},\n${inner}"expected": ${money(range.expected)},\n${inner}"high": ${money(range.high)}\n${indent}}`;
}

function component(c: ReportComponent, indent: string): string {
  const inner = `${indent}  `;
  const detail = c.detail === undefined ? "" : `,\n${inner}"detail": ${JSON.stringify(c.detail)}`;
  return `{\n${inner}"name": ${quoted(c.name)},\n${inner}"quantity": ${money(c.quantity)},\n${inner}"unit": ${quoted(c.unit)},\n${inner}"unitPrice": ${money(c.unitPrice)},\n${inner}"monthlyCost": ${money(c.monthlyCost)}${detail},\n${inner}"math": ${JSON.stringify(c.math)}\n${indent}}`;
}

/** One workload of the report, at the workloads array's item indent. */
function workloadJson(w: ReportWorkload): string {
  const i = "      ";
  const j = "        ";
  const { requests, tokens, budget } = w;
  let out = `{\n${i}"id": ${JSON.stringify(w.id)},\n${i}"file": ${quoted(w.file)},\n${i}"name": ${JSON.stringify(w.name)},\n${i}"line": ${count(w.line)}`;
  out += `,\n${i}"provider": ${quoted(w.provider)},\n${i}"model": ${quoted(w.model)},\n${i}"mode": ${quoted(w.mode)},\n${i}"latency": ${text(w.latency)},\n${i}"hardware": ${text(w.hardware)}`;
  out += `,\n${i}"tags": ${flat(w.tags, i)}`;
  out += `,\n${i}"requests": {\n${j}"unit": ${quoted(requests.unit)},\n${j}"declared": ${money(requests.declared)},\n${j}"perMonth": ${money(requests.perMonth)}\n${i}}`;
  out += `,\n${i}"tokens": {\n${j}"input": ${money(tokens.input)},\n${j}"output": ${money(tokens.output)},\n${j}"cachedInput": ${money(tokens.cachedInput)},\n${j}"cacheWrite": ${money(tokens.cacheWrite)},\n${j}"template": ${tokens.template === null ? "null" : flat(tokens.template, j)}\n${i}}`;
  out += `,\n${i}"perRequestCost": ${money(w.perRequestCost)},\n${i}"monthlyCost": ${money(w.monthlyCost)},\n${i}"monthlyTokens": ${money(w.monthlyTokens)},\n${i}"effectivePerMillionTokens": ${money(w.effectivePerMillionTokens)}`;
  out += `,\n${i}"utilization": ${money(w.utilization)},\n${i}"peakUtilization": ${money(w.peakUtilization)},\n${i}"contractUse": ${money(w.contractUse)}`;
  out += `,\n${i}"costComponents": ${list(w.costComponents, i, component)}`;
  out += `,\n${i}"range": ${w.range === null ? "null" : scenarios(w.range, i)},\n${i}"price": ${w.price === null ? "null" : flat(w.price, i)},\n${i}"contextWindow": ${count(w.contextWindow)}`;
  out += `,\n${i}"budget": ${budget === null ? "null" : `{\n${j}"monthly": ${money(budget.monthly)},\n${j}"percentUsed": ${money(budget.percentUsed)},\n${j}"status": ${quoted(budget.status)}\n${i}}`}`;
  out += `,\n${i}"status": ${quoted(w.status)}`;
  const forecast = w.forecast;
  const replicas = w.forecastReplicas;
  out += `,\n${i}"forecast": ${forecast === null ? "null" : list(forecast, i, money)},\n${i}"forecastReplicas": ${replicas === null ? "null" : list(replicas, i, count)}`;
  if (w.change !== undefined) out += `,\n${i}"change": ${quoted(w.change)}`;
  if (w.baseMonthlyCost !== undefined) out += `,\n${i}"baseMonthlyCost": ${money(w.baseMonthlyCost)}`;
  if (w.diffMonthlyCost !== undefined) out += `,\n${i}"diffMonthlyCost": ${money(w.diffMonthlyCost)}`;
  if (w.drivers !== undefined) out += `,\n${i}"drivers": ${list(w.drivers, i, flat)}`;
  return `${out}\n    }`;
}

/**
 * The report's JSON, byte for byte what jsonChunks writes for it, without the generic walk:
 * each workload's row is written from its fields as it comes (its math and forecast built
 * then and dropped), in pieces of about CHUNK_CHARS, so neither the rows nor the text of a
 * monorepo's report are ever held whole.
 */
export function* reportJsonChunks(report: Report): Generator<string, void, undefined> {
  let buffer = `{\n  "schemaVersion": ${nested(report.schemaVersion, "  ")},\n  "tool": ${nested(report.tool, "  ")},\n  "currency": ${nested(report.currency, "  ")}`;
  buffer += `,\n  "catalog": ${nested(report.catalog, "  ")},\n  "base": ${nested(report.base, "  ")},\n  "summary": ${nested(report.summary, "  ")}`;
  // Groups and budgets are small next to the workloads, but a monorepo has many: one piece each.
  const pieces = function* <T>(
    key: string,
    items: readonly T[],
    item: (value: T) => string,
    last = false,
  ): Generator<string, void, undefined> {
    const end = last ? "\n}\n" : "";
    if (items.length === 0) {
      buffer += `,\n  ${JSON.stringify(key)}: []${end}`;
      return;
    }
    buffer += `,\n  ${JSON.stringify(key)}: [`;
    for (const [n, value] of items.entries()) {
      buffer += `${n === 0 ? "\n" : ",\n"}    ${item(value)}`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += `\n  ]${end}`;
  };
  yield* pieces("groups", report.groups, (g) => nested(g, "    "));
  yield* pieces("budgets", report.budgets, (b) => nested(b, "    "));
  yield* pieces("workloads", report.workloads, workloadJson);
  yield* pieces("findings", report.findings, (f) => flat(f, "    "));
  yield* pieces("notes", report.notes, (n) => JSON.stringify(n), true);
  yield buffer;
}
