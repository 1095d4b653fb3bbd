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
import { constants, type ReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { pipeline, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { jsonErrorAt } from "../core/json-error.js";
import type { BucketUsage, UsageRecord } from "../core/plan/calibrate.js";
import { calibrationInput } from "../core/actuals/calibration-input.js";
import { isUsageLogEntry, recordsOf } from "../core/actuals/normalise.js";
import type { Sink } from "../core/actuals/record.js";
import { usageOfEntry } from "../core/actuals/usage-log.js";
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

/** Parses one line's JSON; throws an Error that says where it goes wrong, never quoting the line. */
function parseJsonLine(line: string): unknown {
  const text = line.trim();
  try {
    return JSON.parse(text);
  } catch {
    // V8's message quotes the line; say where it goes wrong instead (columns count from the line's start).
    const at = jsonErrorAt(text);
    throw new Error(at ? `invalid JSON at column ${at.col + line.length - line.trimStart().length}: ${at.problem}` : "invalid JSON");
  }
}

/** Parses one non-blank log line. Pure; throws an Error whose message describes the problem, never quoting the line. */
export function parseUsageLine(line: string): UsageRecord {
  return usageOfEntry(parseJsonLine(line));
}

/**
 * What calibrate takes from one line: the request of a log line, or whatever another shape's
 * records give (a page's buckets, an OTLP batch's spans, a LiteLLM row), with a problem for
 * each record that is bad or cannot tell tokens per request.
 */
function calibrationOfLine(text: string, at: (message: string) => void): Array<UsageRecord | BucketUsage> {
  const value = parseJsonLine(text);
  if (isUsageLogEntry(value)) return [usageOfEntry(value)];
  const out: Array<UsageRecord | BucketUsage> = [];
  const sink: Sink = {
    record: (r) => {
      const input = calibrationInput(r);
      if ("skip" in input) at(input.skip);
      else out.push("request" in input ? input.request : input.bucket);
    },
    reject: (e) => at(e.message),
    skip: () => {},
  };
  recordsOf(value, sink, "");
  return out;
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

/** An opened usage file: `raw` counts the bytes read from disk, `text` is the decompressed content. */
export interface OpenedText {
  raw: ReadStream;
  text: Readable;
  /** Destroys both streams; a plain function, so it may be taken off the object. */
  close: () => void;
}

/**
 * Opens a file for streaming, decompressing gzip (detected from the magic bytes, not the name:
 * rotated logs are often renamed). Failing to open it or read its first bytes throws.
 */
export async function openText(file: string): Promise<OpenedText> {
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
  // pipeline forwards a read error into the gunzip stream, where the reader sees it.
  const text = gzipped ? pipeline(raw, createGunzip(), () => {}) : raw;
  return {
    raw,
    text,
    close: () => {
      raw.destroy();
      if (text !== raw) text.destroy();
    },
  };
}

export async function* readUsageLog(
  file: string,
  problems: UsageLogProblems,
  counter: ReadCounter = { bytes: 0 },
  limits: LineLimits = DEFAULT_LOG_LIMITS,
): AsyncGenerator<UsageRecord | BucketUsage> {
  const { raw, text, close } = await openText(file);
  let line = 0;
  const before = counter.bytes;
  try {
    for await (const { number, text: content } of nonBlankLines(text, limits)) {
      line = number;
      counter.bytes = before + raw.bytesRead;
      const text = number === 1 ? content.replace(/^\uFEFF/, "") : content;
      if (text.trim() === "") continue;
      let records: Array<UsageRecord | BucketUsage>;
      try {
        records = calibrationOfLine(text, (message) => problems.add({ file, line, message }));
      } catch (error) {
        problems.add({ file, line, message: (error as Error).message });
        continue;
      }
      yield* records;
    }
  } catch (error) {
    if (error instanceof LineLimitError) throw error;
    problems.add({ file, line: line + 1, message: `cannot read further: ${(error as Error).message}` });
  } finally {
    close();
  }
}

/** Streams the records of several log files in order. */
export async function* readUsageLogs(
  files: readonly string[],
  problems: UsageLogProblems,
  counter: ReadCounter = { bytes: 0 },
  limits: LineLimits = DEFAULT_LOG_LIMITS,
): AsyncGenerator<UsageRecord | BucketUsage> {
  for (const file of files) yield* readUsageLog(file, problems, counter, limits);
}
