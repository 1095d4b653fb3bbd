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
  let buffer = "";
  const stack: Array<{ items: Iterator<[string | undefined, unknown]>; indent: string; close: string; first: boolean }> = [];
  // Iterative rather than recursive, so a generator can yield between pieces.
  const open = (v: unknown, indent: string): string => {
    const scalar = scalarJson(v);
    if (scalar !== undefined) return scalar;
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      stack.push({ items: arrayEntries(v), indent, close: "]", first: true });
      return "[";
    }
    const entries = objectEntries(v as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    stack.push({ items: entries[Symbol.iterator](), indent, close: "}", first: true });
    return "{";
  };
  buffer += open(value, "");
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const next = frame.items.next();
    if (next.done) {
      stack.pop();
      buffer += `\n${frame.indent}${frame.close}`;
    } else {
      const [key, item] = next.value;
      const inner = `${frame.indent}  `;
      buffer += `${frame.first ? "" : ","}\n${inner}${key === undefined ? "" : `${JSON.stringify(key)}: `}`;
      frame.first = false;
      buffer += open(item, inner);
    }
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}\n`;
}

/** The JSON text of a leaf, or undefined for an array or object (opened by the caller). */
function scalarJson(v: unknown): string | undefined {
  if (v instanceof Decimal) return v.isFinite() ? JSON.stringify(toJsonMoney(v)) : "null";
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (typeof (v as { toJSON?: unknown }).toJSON === "function") return JSON.stringify(v);
  return undefined;
}

function* arrayEntries(items: readonly unknown[]): Iterator<[undefined, unknown]> {
  // JSON.stringify writes null for array slots that are undefined or functions.
  for (const item of items) yield [undefined, item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item];
}

/** The properties JSON.stringify keeps: own enumerable string keys whose values are not undefined, functions or symbols. */
function objectEntries(object: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    out.push([key, item]);
  }
  return out;
}

/** The whole text, for small values (a catalog listing, a comparison); reports go through jsonChunks. */
export function jsonText(value: unknown): string {
  let text = "";
  for (const chunk of jsonChunks(value)) text += chunk;
  return text;
}
