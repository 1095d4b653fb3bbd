import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/adapters/lines.ts
var DEFAULT_LOG_LIMITS = { maxLineBytes: 16 * 1024 * 1024, maxBytes: 1024 * 1024 * 1024 };
var LineLimitError = class extends Error {
  name = "LineLimitError";
};
async function* nonBlankLines(stream, limits) {
  let total = 0;
  let line = 1;
  let parts = [];
  let length = 0;
  let content = false;
  const tooLong = () => new LineLimitError(`line ${line} is longer than ${limits.maxLineBytes} bytes (raise the limit with --max-line-bytes)`);
  for await (const raw of stream) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    total += chunk.length;
    if (total > limits.maxBytes) throw new LineLimitError(`more than ${limits.maxBytes} bytes after decompression (raise the limit with --max-log-bytes)`);
    const out = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
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
      length += rest;
    }
    yield* out;
  }
  if (content) yield { number: line, text: Buffer.concat(parts).toString("utf8") };
}

export {
  DEFAULT_LOG_LIMITS,
  LineLimitError,
  nonBlankLines
};
