/**
 * Splits a byte stream into its non-blank lines with two hard limits: the length of one line
 * and the bytes read in total (after decompression). readline has neither: one 4 GiB line
 * ends in V8's string-length RangeError, and a gzip of gigabytes of newlines runs unbounded.
 * The byte loop is a plain typed-array scan, so blank runs cost about a nanosecond a byte.
 */
export interface LineLimits {
  maxLineBytes: number;
  maxBytes: number;
}

/** Usage logs' defaults (calibrate's --max-line-bytes and --max-log-bytes). */
export const DEFAULT_LOG_LIMITS: LineLimits = { maxLineBytes: 16 * 1024 * 1024, maxBytes: 1024 * 1024 * 1024 };

/** actuals reads months of spans: 64 MiB a line, 64 GiB a file (--max-usage-bytes). */
export const DEFAULT_USAGE_LIMITS: LineLimits = { maxLineBytes: 64 * 1024 * 1024, maxBytes: 64 * 1024 * 1024 * 1024 };

/** A limit was reached: the caller stops and refuses the input (exit 2), it does not skip on. */
export class LineLimitError extends Error {
  override name = "LineLimitError";
}

export interface Line {
  /** 1-based. */
  number: number;
  text: string;
}

export async function* nonBlankLines(stream: AsyncIterable<Uint8Array>, limits: LineLimits): AsyncGenerator<Line> {
  let total = 0;
  let line = 1;
  // The current line so far: earlier chunks' pieces and whether it has anything but blanks.
  let parts: Buffer[] = [];
  let length = 0;
  let content = false;
  const tooLong = () =>
    new LineLimitError(`line ${line} is longer than ${limits.maxLineBytes} bytes (raise the limit with --max-line-bytes)`);
  for await (const raw of stream) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    total += chunk.length;
    if (total > limits.maxBytes)
      throw new LineLimitError(`more than ${limits.maxBytes} bytes after decompression (raise the limit with --max-log-bytes)`);
    const out: Line[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- i < chunk.length, in the loop over every byte of a log
      const b = chunk[i]!;
      if (b === 10) {
        if (length + (i - start) > limits.maxLineBytes) throw tooLong();
        if (content) {
          const piece = chunk.subarray(start, i);
          const bytes = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
          out.push({ number: line, text: bytes.toString("utf8") });
        }
        line++;
        start = i + 1;
        parts = [];
        length = 0;
        content = false;
      } else if (!content && b !== 13 && b !== 32 && b !== 9) {
        content = true;
      }
    }
    const rest = chunk.length - start;
    if (length + rest > limits.maxLineBytes) throw tooLong();
    if (content && rest > 0) {
      parts.push(chunk.subarray(start));
      length += rest;
    } else if (!content) {
      // Blanks carried over only count towards the length.
      length += rest;
    }
    yield* out;
  }
  if (content) yield { number: line, text: Buffer.concat(parts).toString("utf8") };
}
