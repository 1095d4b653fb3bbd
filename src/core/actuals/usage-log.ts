/**
 * The usage-log line shapes calibrate has always read (one request each): OpenAI-compatible
 * responses, Anthropic Messages responses, or either usage object on its own, with an optional
 * `model` and `timestamp` / `created`. Pure: the adapter parses the JSON, this reads the object.
 */
import type { UsageRecord } from "../plan/calibrate.js";

type Json = Record<string, unknown>;

/**
 * What a bad value is, never the value itself: a log line's strings can hold anything (a file
 * named by mistake, a secret), and problems are printed. Numbers are shown: they are the counts.
 */
function kindOf(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an optional token count; `null` counts as absent because providers emit it for "not reported". */
function tokenCount(object: Json, key: string): number | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${key} must be a non-negative integer, got ${kindOf(value)}`);
  }
  return value;
}

function nested(object: Json, key: string): Json {
  const value = object[key];
  return isObject(value) ? value : {};
}

interface Tokens {
  input: number;
  output: number;
  cached: number;
  cacheWrite?: number;
}

/**
 * Normalises to "input includes cached". OpenAI's prompt_tokens (and the Responses API's input_tokens,
 * recognised by input_tokens_details) already include cached tokens; Anthropic's input_tokens exclude
 * both cache reads and cache writes, so those are added back (input = input_tokens + cache_read_input_tokens
 * + cache_creation_input_tokens); cache writes are kept apart for `tokens.cache_write`. A missing output count is 0, as in embedding responses.
 */
function tokensOf(usage: Json): Tokens {
  const promptTokens = tokenCount(usage, "prompt_tokens");
  if (promptTokens !== undefined) {
    return {
      input: promptTokens,
      output: tokenCount(usage, "completion_tokens") ?? 0,
      cached: tokenCount(nested(usage, "prompt_tokens_details"), "cached_tokens") ?? 0,
    };
  }
  const inputTokens = tokenCount(usage, "input_tokens");
  if (inputTokens === undefined) {
    throw new Error("no token usage: expected prompt_tokens/completion_tokens or input_tokens/output_tokens");
  }
  const output = tokenCount(usage, "output_tokens") ?? 0;
  if (isObject(usage.input_tokens_details)) {
    return { input: inputTokens, output, cached: tokenCount(usage.input_tokens_details, "cached_tokens") ?? 0 };
  }
  const cacheRead = tokenCount(usage, "cache_read_input_tokens") ?? 0;
  const cacheWrite = tokenCount(usage, "cache_creation_input_tokens") ?? 0;
  return { input: inputTokens + cacheRead + cacheWrite, output, cached: cacheRead, cacheWrite };
}

// ISO 8601 date-time with a "T" or space separator; the offset is optional.
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/** Milliseconds since the epoch. A timestamp without offset is read as UTC, never as the host's zone. */
function timeOf(entry: Json): number | undefined {
  const { timestamp, created, created_at: createdAt } = entry;
  if (timestamp !== undefined && timestamp !== null) {
    const match = typeof timestamp === "string" ? ISO_TIMESTAMP.exec(timestamp) : null;
    const ms = match ? Date.parse(`${match[1]}T${match[2]}${match[3] ?? "Z"}`) : NaN;
    if (Number.isNaN(ms)) throw new Error(`timestamp must be an ISO 8601 date-time, got ${kindOf(timestamp)}`);
    return ms;
  }
  const seconds = created ?? createdAt;
  if (seconds === undefined || seconds === null) return undefined;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`created must be Unix seconds, got ${kindOf(seconds)}`);
  }
  return seconds * 1000;
}

/** One log entry as a request's usage. Throws an Error whose message describes the problem, never quoting the entry. */
export function usageOfEntry(entry: unknown): UsageRecord {
  if (!isObject(entry)) throw new Error("expected a JSON object");
  const usage = entry.usage === undefined ? entry : entry.usage;
  if (!isObject(usage)) throw new Error("usage must be an object");

  const { input, output, cached, cacheWrite } = tokensOf(usage);
  if (cached > input) throw new Error(`cached tokens (${cached}) exceed input tokens (${input})`);
  const { model } = entry;
  if (model !== undefined && model !== null && typeof model !== "string") throw new Error("model must be a string");
  const time = timeOf(entry);
  // Built by assignment, not conditional spreads: this runs per line, and spreads cost several times more.
  const record: UsageRecord = { input, output, cached };
  // An empty model name says as little as none: both group under "(unknown)".
  if (model) record.model = model;
  if (time !== undefined) record.time = time;
  if (cacheWrite) record.cacheWrite = cacheWrite;
  return record;
}
