/**
 * Reading one field of a usage record, with the reason it is bad when it is. Messages name the
 * field and the kind of a bad value, never a string's content: usage data can hold anything.
 */
import { BadRecord } from "./record.js";
import { Decimal } from "../money.js";

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return "a string";
  return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
}

/** A token or request count. `null` and absent are "not reported": undefined, or an error when required. */
export function count(object: Json, key: string, required: true): number;
export function count(object: Json, key: string, required?: boolean): number | undefined;
export function count(object: Json, key: string, required = false): number | undefined {
  let value = object[key];
  // OTLP JSON writes 64-bit integers as strings, and CSV everything.
  if (typeof value === "string" && /^-?\d{1,15}(\.\d+)?$/.test(value)) value = Number(value);
  if (value === "") value = undefined;
  if (value === undefined || value === null) {
    if (required) throw new BadRecord("missing-field", `${key} is missing`);
    return undefined;
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new BadRecord(
      typeof value === "number" ? "negative-count" : "invalid",
      `${key} must be a non-negative integer, got ${kindOf(value)}`,
    );
  }
  return value;
}

export function text(object: Json, key: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new BadRecord("invalid", `${key} must be a string, got ${kindOf(value)}`);
  return value;
}

export function nested(object: Json, key: string): Json {
  const value = object[key];
  return isObject(value) ? value : {};
}

// RFC 3339 / ISO 8601 date-time; a missing offset is read as UTC.
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Milliseconds from Unix seconds (number or digits), or an ISO 8601 date or date-time. */
export function timeOf(object: Json, key: string, required?: true): number;
export function timeOf(object: Json, key: string, required: boolean): number | undefined;
export function timeOf(object: Json, key: string, required = true): number | undefined {
  const value = object[key];
  if (value === undefined || value === null || value === "") {
    if (required) throw new BadRecord("missing-field", `${key} is missing`);
    return undefined;
  }
  if (typeof value === "number" && Number.isFinite(value)) return value * 1000;
  if (typeof value === "string") {
    if (/^\d{1,12}(\.\d+)?$/.test(value)) return Number(value) * 1000;
    const match = ISO.exec(value);
    const ms = match ? Date.parse(`${match[1]}T${match[2] ?? "00:00"}${match[3] ?? "Z"}`) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  throw new BadRecord("invalid", `${key} must be a timestamp, got ${kindOf(value)}`);
}

/** Milliseconds from OTLP's nanoseconds since the epoch (a decimal string, or a number). */
export function nanosTime(object: Json, key: string): number {
  const value = object[key];
  if (typeof value === "string" && /^\d{1,20}$/.test(value)) return Number(BigInt(value) / 1_000_000n);
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value / 1_000_000);
  throw new BadRecord(
    value === undefined ? "missing-field" : "invalid",
    `${key} must be nanoseconds since the epoch, got ${kindOf(value)}`,
  );
}

/** A non-negative amount of money written as a number or a decimal string. */
export function amount(value: unknown, key: string): Decimal {
  if (value === undefined || value === null) throw new BadRecord("missing-field", `${key} is missing`);
  const ok =
    (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^-?\d{1,15}(\.\d{1,24})?$/.test(value));
  if (!ok) throw new BadRecord("invalid", `${key} must be a number, got ${kindOf(value)}`);
  const decimal = new Decimal(value);
  if (decimal.isNegative()) throw new BadRecord("negative-count", `${key} must not be negative`);
  return decimal;
}

/** String-valued entries of a flat object (nested values and non-strings are left out), at most `max`. */
export function flatStrings(object: Json, max = 50): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [key, value] of Object.entries(object)) {
    if (n >= max) break;
    if (key === "__proto__") continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      out[key] = String(value);
      n++;
    }
  }
  return out;
}

/** A JSON value that some sources store as text (LiteLLM's metadata and request_tags columns). */
export function parsedMaybe(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
