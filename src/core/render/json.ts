import { Decimal, toJsonMoney } from "../money.js";

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
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { keys, index } = frame;
    const length = keys ? keys.length : (frame.values as unknown[]).length;
    if (index === length) {
      stack.pop();
      buffer += `\n${frame.indent}${keys ? "}" : "]"}`;
    } else {
      frame.index++;
      const separator = index === 0 ? "\n" : ",\n";
      if (keys) {
        const key = keys[index]!;
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
      if (v instanceof Decimal) return String(toJsonMoney(v));
      return undefined;
    default:
      return JSON.stringify(v) ?? "null";
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

