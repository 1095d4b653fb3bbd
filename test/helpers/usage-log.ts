/**
 * Writes a realistic usage log (three files, 3,020 records, 8 bad lines) whose statistics are known
 * exactly, because every token count comes from a permutation-style sequence:
 *
 * MODEL_A, i = 0..1999, OpenAI chat completion responses, created = START + 60 s × i
 *   input  = 1000 + (7i mod 2000)  → a permutation of 1000..2999: mean 1999.5, p50 1999, p95 2899
 *   output = 100 + (13i mod 400)   → 100..499, each 5 times:      mean 299.5,  p50 299,  p95 479
 *   cached = 512 when i mod 4 = 0  → mean 128, share 256000 / 3999000 = 256/3999
 *   one request a minute           → 1440 per day over a period of 120000 s
 * MODEL_B, j = 0..999, bare usage objects (OpenAI-style for even j, Anthropic-style for odd j),
 *   time = START + 300 s × j, written as ISO "Z", ISO "+02:00", ISO without zone, or `created`
 *   input  = 5000 + 10 × (3j mod 1000) → 5000..14990 step 10: mean 9995, p50 9990, p95 14490
 *   output = 50 + (j mod 100)          → 50..149, each 10 times: mean 99.5, p50 99, p95 144
 *   cached = 4000 for odd j            → mean 2000, share 2000000 / 9995000 = 400/1999
 *   one request every 5 minutes        → 288 per day over a period of 300000 s
 * no model, k = 0..19, bare usage without time: input 100 + k (mean 109.5, p50 109, p95 118), output 10
 *
 * Files: the first is plain; the second is gzip although named .jsonl; the third is plain although
 * named .gz, with a byte-order mark and CRLF line ends. Blank lines are sprinkled in.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const MODEL_A = "arcee-ai/maestro-reasoning";
export const MODEL_B = "anthropic/claude-sonnet-4.5";
/** 2025-06-01T00:00:00Z in Unix seconds. */
export const START = 1_748_736_000;

export interface WrittenUsageLog {
  files: string[];
  /**
   * Where the bad lines are, in reading order, with the message each should produce
   * (a pattern where the text comes from V8's JSON.parse and varies by Node version).
   */
  problems: { file: string; line: number; message: string | RegExp }[];
  records: number;
}

function modelALine(i: number): string {
  const input = 1000 + ((7 * i) % 2000);
  const output = 100 + ((13 * i) % 400);
  return JSON.stringify({
    id: `chatcmpl-${i}`,
    object: "chat.completion",
    created: START + 60 * i,
    model: MODEL_A,
    choices: [{ index: 0, message: { role: "assistant", content: "…" }, finish_reason: "stop" }],
    usage: {
      prompt_tokens: input,
      completion_tokens: output,
      total_tokens: input + output,
      prompt_tokens_details: { cached_tokens: i % 4 === 0 ? 512 : 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  });
}

/** The same instant in four spellings, so every accepted time format is exercised. */
function modelBTime(j: number): Record<string, string | number> {
  const seconds = START + 300 * j;
  const iso = new Date(seconds * 1000).toISOString();
  switch (j % 4) {
    case 0:
      return { timestamp: iso };
    case 1:
      return { timestamp: iso.replace("T", " ").replace("Z", "") };
    case 2:
      return { timestamp: new Date((seconds + 7200) * 1000).toISOString().replace("Z", "+02:00") };
    default:
      return { created: seconds };
  }
}

function modelBLine(j: number): string {
  const input = 5000 + 10 * ((3 * j) % 1000);
  const output = 50 + (j % 100);
  if (j % 2 === 0) {
    return JSON.stringify({ model: MODEL_B, ...modelBTime(j), prompt_tokens: input, completion_tokens: output });
  }
  // Anthropic's input_tokens excludes cache reads and writes; the reader adds both back.
  const cacheWrite = j % 4 === 1 ? 100 : 0;
  return JSON.stringify({
    model: MODEL_B,
    ...modelBTime(j),
    input_tokens: input - 4000 - cacheWrite,
    output_tokens: output,
    cache_read_input_tokens: 4000,
    cache_creation_input_tokens: cacheWrite,
  });
}

/** Collects lines, remembering where bad ones land. */
class LogWriter {
  readonly lines: string[] = [];
  readonly problems: WrittenUsageLog["problems"] = [];

  constructor(readonly file: string) {}

  bad(line: string, message: string | RegExp): void {
    this.lines.push(line);
    this.problems.push({ file: this.file, line: this.lines.length, message });
  }
}

/** Model A records [from, to) with model B records interleaved after every odd A record. */
function interleaved(writer: LogWriter, from: number, to: number, badAt: Map<number, () => void>): void {
  for (let i = from; i < to; i++) {
    writer.lines.push(modelALine(i));
    if (i % 2 === 1) writer.lines.push(modelBLine((i - 1) / 2));
    badAt.get(i)?.();
  }
}

export async function writeUsageLog(dir: string): Promise<WrittenUsageLog> {
  const day1 = new LogWriter(join(dir, "gateway-2025-06-01.jsonl"));
  interleaved(
    day1,
    0,
    1000,
    new Map([
      [10, () => day1.bad("not json at all", "invalid JSON at column 1: expected a value")],
      [100, () => day1.lines.push("", "   ")],
      [
        500,
        () =>
          day1.bad(
            JSON.stringify({ model: MODEL_A, created: START }),
            "no token usage: expected prompt_tokens/completion_tokens or input_tokens/output_tokens",
          ),
      ],
      [
        900,
        () =>
          day1.bad(
            JSON.stringify({ prompt_tokens: 10, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 11 } }),
            "cached tokens (11) exceed input tokens (10)",
          ),
      ],
    ]),
  );
  day1.lines.push("");

  const day2 = new LogWriter(join(dir, "gateway-2025-06-02.jsonl"));
  interleaved(
    day2,
    1000,
    2000,
    new Map([
      [1000, () => day2.bad(`{"model":"x","usage":{"prompt_tokens":12`, "invalid JSON at column 41: unexpected end of input")],
      [1200, () => day2.bad("[1,2,3]", "expected a JSON object")],
      [1500, () => day2.bad(`{"prompt_tokens":-3,"completion_tokens":1}`, "prompt_tokens must be a non-negative integer, got -3")],
      [
        1999,
        () =>
          day2.bad(
            `{"prompt_tokens":1,"completion_tokens":1,"timestamp":"yesterday"}`,
            `timestamp must be an ISO 8601 date-time, got a string`,
          ),
      ],
    ]),
  );

  const legacy = new LogWriter(join(dir, "legacy-usage.log.gz"));
  for (let k = 0; k < 20; k++) {
    legacy.lines.push(JSON.stringify({ prompt_tokens: 100 + k, completion_tokens: 10, total_tokens: 110 + k }));
    if (k === 6) legacy.bad(`{"prompt_tokens":1.5,"completion_tokens":1}`, "prompt_tokens must be a non-negative integer, got 1.5");
  }

  await writeFile(day1.file, day1.lines.join("\n") + "\n");
  await writeFile(day2.file, gzipSync(day2.lines.join("\n") + "\n"));
  await writeFile(legacy.file, "\uFEFF" + legacy.lines.join("\r\n") + "\r\n");
  return {
    files: [day1.file, day2.file, legacy.file],
    problems: [...day1.problems, ...day2.problems, ...legacy.problems],
    records: 3020,
  };
}
