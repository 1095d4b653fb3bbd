/**
 * Streams usage files of any supported shape into a sink, in bounded memory: JSON Lines (a
 * page, OTLP batch, LiteLLM row or usage-log line per line), one JSON document (a page, an
 * OTLP batch or LiteLLM's /spend/logs array, streamed element by element), or CSV with a
 * header row. Plain or gzip. What each value holds is decided by the core (actuals/normalise).
 */
import { parse as parseCsv } from "csv-parse";
import { pipeline } from "node:stream";
import parserStream from "stream-json";
import pick from "stream-json/filters/pick.js";
import streamValues from "stream-json/streamers/stream-values.js";
import { csvRecord } from "../core/actuals/csv.js";
import { guarded, recordsOf } from "../core/actuals/normalise.js";
import { BadRecord, type ActualRecord, type Sink } from "../core/actuals/record.js";
import type { Where } from "../core/actuals/aggregate.js";
import { jsonErrorAt } from "../core/json-error.js";
import { DEFAULT_USAGE_LIMITS, LineLimitError, nonBlankLines, type LineLimits } from "./lines.js";
import { openText, type ReadCounter } from "./usage-logs.js";

/** Where records go: the accumulator, told where each came from. */
export interface UsageSink {
  add(record: ActualRecord, where: Where): void;
  reject(error: BadRecord, where: Where): void;
  skip(what: string): void;
}

export type Shape = "lines" | "document" | "csv";

function sinkAt(sink: UsageSink, file: string, line: number): Sink {
  const where = { file, line };
  return { record: (r) => sink.add(r, where), reject: (e) => sink.reject(e, where), skip: (w) => sink.skip(w) };
}

/** Counts bytes through, refusing past the limit (a gzip bomb stops here). */
async function* capped(stream: AsyncIterable<Buffer>, limits: LineLimits): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limits.maxBytes)
      throw new LineLimitError(`more than ${limits.maxBytes} bytes after decompression (raise the limit with --max-usage-bytes)`);
    yield chunk;
  }
}

/** The first line decides: `[`, or `{` that does not close on its line, is one document; another `{` is JSON Lines; a header of comma-separated names CSV; anything else JSON Lines. */
export async function usageShape(file: string, limits: LineLimits): Promise<Shape> {
  const opened = await openText(file);
  try {
    for await (const { text } of nonBlankLines(opened.text, limits)) {
      const first = text.replace(/^\uFEFF/, "").trimStart();
      if (first.startsWith("[")) return "document";
      // A CSV header names its columns with commas; anything else is read line by line (bad lines are counted).
      if (!first.startsWith("{")) return /^[\w ."-]+(,[\w ."-]+)+$/.test(first) ? "csv" : "lines";
      try {
        JSON.parse(first);
        return "lines";
      } catch {
        // A pretty-printed document opens with a line that does not close; a broken JSON Lines line usually does.
        return first.trimEnd().endsWith("}") ? "lines" : "document";
      }
    }
    return "lines";
  } finally {
    opened.close();
  }
}

/** One usage file being read: where its records go, its limits, and the byte count to advance. */
interface Reading {
  file: string;
  display: string;
  sink: UsageSink;
  limits: LineLimits;
  counter: () => void;
}

async function readLines(reading: Reading, text: AsyncIterable<Uint8Array>): Promise<void> {
  const { file, display, sink, limits, counter } = reading;
  for await (const { number, text: content } of nonBlankLines(text, limits)) {
    counter();
    let value: unknown;
    try {
      value = JSON.parse(number === 1 ? content.replace(/^\uFEFF/, "") : content);
    } catch {
      const at = jsonErrorAt(content.trim());
      sink.reject(new BadRecord("invalid", at ? `invalid JSON at column ${at.col}: ${at.problem}` : "invalid JSON"), {
        file: display,
        line: number,
      });
      continue;
    }
    recordsOf(value, sinkAt(sink, display, number), `${file}:${number}`);
  }
}

/** Top-level array elements, a page's buckets, an OTLP document's resourceSpans: one value at a time. */
const DOCUMENT_ITEMS = /^(\d+|data\.\d+|resourceSpans\.\d+)$/;

async function readDocument(reading: Reading, text: AsyncIterable<Buffer>): Promise<void> {
  const { file, display, sink, limits, counter } = reading;
  const values = pipeline(
    capped(text, limits),
    parserStream(),
    pick.asStream({ filter: DOCUMENT_ITEMS }),
    streamValues.asStream(),
    () => {},
  );
  let index = 0;
  try {
    for await (const item of values as AsyncIterable<{ value: unknown }>) {
      counter();
      recordsOf(item.value, sinkAt(sink, display, 0), `${file}#${index++}`);
    }
  } catch (error) {
    throw withoutContent(error, `not valid JSON after ${index} item(s)`);
  }
}

/** A parser's message may quote the data: only limits and I/O errors pass through as they are. */
function withoutContent(error: unknown, message: string): Error {
  if (error instanceof LineLimitError || (error as NodeJS.ErrnoException).code?.startsWith("E")) return error as Error;
  return new Error(message);
}

async function readCsv(reading: Reading, text: AsyncIterable<Buffer>): Promise<void> {
  const { file, display, sink, limits, counter } = reading;
  const rows = pipeline(
    capped(text, limits),
    parseCsv({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: limits.maxLineBytes,
      info: true,
    }),
    () => {},
  );
  let line = 0;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      counter();
      line = info.lines;
      guarded(sinkAt(sink, display, info.lines), () => csvRecord(record, `${file}:${info.lines}`));
    }
  } catch (error) {
    // The header is line 1: the bad row is the one after the last good one.
    throw withoutContent(error, `not valid CSV near line ${Math.max(line, 1) + 1}`);
  }
}

/**
 * Streams one usage file into `sink`. Throws when the file cannot be opened, is past the limits
 * (LineLimitError), or is not JSON or CSV as a whole; a bad record is rejected and reading goes on.
 */
export async function readUsageFile(
  file: string,
  display: string,
  sink: UsageSink,
  counter: ReadCounter,
  limits: LineLimits = DEFAULT_USAGE_LIMITS,
): Promise<void> {
  const shape = await usageShape(file, limits);
  const opened = await openText(file);
  const before = counter.bytes;
  const count = () => {
    counter.bytes = before + opened.raw.bytesRead;
  };
  try {
    const reading: Reading = { file, display, sink, limits, counter: count };
    if (shape === "lines") await readLines(reading, opened.text);
    else if (shape === "document") await readDocument(reading, opened.text as AsyncIterable<Buffer>);
    else await readCsv(reading, opened.text as AsyncIterable<Buffer>);
  } finally {
    opened.close();
  }
}
