/**
 * Reads usage logs (JSON Lines, plain or gzip) into normalised UsageRecords, one line at a time.
 * Accepted line shapes:
 * - OpenAI-compatible responses: `{ model, created, usage: { prompt_tokens, completion_tokens,
 *   prompt_tokens_details: { cached_tokens } } }`, and the Responses API's `usage.input_tokens_details`;
 * - Anthropic Messages responses: `{ model, usage: { input_tokens, output_tokens, cache_read_input_tokens,
 *   cache_creation_input_tokens } }`;
 * - either usage object on its own, with optional `model` and `timestamp` (ISO 8601) or `created` (Unix seconds).
 * A bad line becomes a problem (file, line, message) and reading goes on; blank lines are skipped.
 */
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { jsonErrorAt } from "../core/json-error.js";
import type { UsageRecord } from "../core/plan/calibrate.js";
import { DEFAULT_LOG_LIMITS, LineLimitError, nonBlankLines, type LineLimits } from "./lines.js";

export interface UsageLogProblem {
  file: string;
  /** 1-based line number (of the decompressed text for gzip files). */
  line: number;
  message: string;
}

/**
 * Counts every problem but keeps only the first `keep`, so a wrong file fed in by mistake
 * (millions of bad lines) cannot exhaust memory.
 */
export class UsageLogProblems {
  count = 0;
  readonly recorded: UsageLogProblem[] = [];

  constructor(readonly keep = 1000) {}

  add(problem: UsageLogProblem): void {
    this.count++;
    if (this.recorded.length < this.keep) this.recorded.push(problem);
  }
}

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

function isObject(value: unknown): value is Json {
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

/** Parses one non-blank log line. Pure; throws an Error whose message describes the problem, never quoting the line. */
export function parseUsageLine(line: string): UsageRecord {
  const text = line.trim();
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    // V8's message quotes the line; say where it goes wrong instead (columns count from the line's start).
    const at = jsonErrorAt(text);
    throw new Error(at ? `invalid JSON at column ${at.col + line.length - line.trimStart().length}: ${at.problem}` : "invalid JSON");
  }
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

const GZIP_MAGIC = [0x1f, 0x8b];

async function startsWithGzipMagic(handle: FileHandle): Promise<boolean> {
  const head = Buffer.alloc(GZIP_MAGIC.length);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return bytesRead === GZIP_MAGIC.length && GZIP_MAGIC.every((byte, index) => head[index] === byte);
}

/** Defaults for one log file: a line past 16 MiB or more than 1 GiB of (decompressed) text is refused. */
/**
 * Streams the records of one log file. Compression is detected from the gzip magic bytes, not the name,
 * because rotated logs are often renamed. Failing to open the file or read its first bytes throws; a bad line, or a corrupt or
 * truncated gzip stream (reported at the line after the last one read), becomes a problem instead. A line or a
 * file past `limits` throws a LineLimitError: the input is refused, not skipped.
 */
/** Bytes read so far across the files (compressed bytes for gzip), for progress. */
export interface ReadCounter {
  bytes: number;
}

export async function* readUsageLog(file: string, problems: UsageLogProblems, counter: ReadCounter = { bytes: 0 }, limits: LineLimits = DEFAULT_LOG_LIMITS): AsyncGenerator<UsageRecord> {
  // Non-blocking, and checked on the open handle: a FIFO swapped in after the caller's check cannot hang the run.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let gzipped: boolean;
  try {
    if (!(await handle.stat()).isFile()) throw new Error("is not a regular file");
    gzipped = await startsWithGzipMagic(handle);
  } catch (error) {
    // Opening a directory or a device succeeds; the handle must not leak.
    await handle.close();
    throw error;
  }

  const raw = handle.createReadStream({ start: 0 });
  // pipeline forwards a read error into the gunzip stream, where the line reader sees it.
  const text = gzipped ? pipeline(raw, createGunzip(), () => {}) : raw;
  let line = 0;
  const before = counter.bytes;
  try {
    for await (const { number, text: content } of nonBlankLines(text, limits)) {
      line = number;
      counter.bytes = before + raw.bytesRead;
      const text = number === 1 ? content.replace(/^\uFEFF/, "") : content;
      if (text.trim() === "") continue;
      let record: UsageRecord;
      try {
        record = parseUsageLine(text);
      } catch (error) {
        problems.add({ file, line, message: (error as Error).message });
        continue;
      }
      yield record;
    }
  } catch (error) {
    if (error instanceof LineLimitError) throw error;
    problems.add({ file, line: line + 1, message: `cannot read further: ${(error as Error).message}` });
  } finally {
    raw.destroy();
    if (text !== raw) text.destroy();
  }
}

/** Streams the records of several log files in order. */
export async function* readUsageLogs(
  files: readonly string[],
  problems: UsageLogProblems,
  counter: ReadCounter = { bytes: 0 },
  limits: LineLimits = DEFAULT_LOG_LIMITS,
): AsyncGenerator<UsageRecord> {
  for (const file of files) yield* readUsageLog(file, problems, counter, limits);
}
