import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseUsageLine, readUsageLog, readUsageLogs, UsageLogProblems } from "../src/adapters/usage-logs.js";
import { createCalibration, UNKNOWN_MODEL, type UsageRecord } from "../src/core/plan/calibrate.js";
import { MODEL_A, MODEL_B, START, writeUsageLog, type WrittenUsageLog } from "./helpers/usage-log.js";

let dir: string;
let log: WrittenUsageLog;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tokenbudget-usage-"));
  log = await writeUsageLog(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(records: AsyncIterable<UsageRecord>): Promise<UsageRecord[]> {
  const all: UsageRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe("parseUsageLine", () => {
  it("reads an OpenAI chat completion response", () => {
    const line = JSON.stringify({
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1_748_736_000,
      model: "gpt-4o",
      usage: { prompt_tokens: 3000, completion_tokens: 1000, prompt_tokens_details: { cached_tokens: 1024 } },
    });
    expect(parseUsageLine(line)).toEqual({ model: "gpt-4o", time: 1_748_736_000_000, input: 3000, output: 1000, cached: 1024 });
  });

  it("adds Anthropic cache reads and writes back into input", () => {
    const line = JSON.stringify({
      type: "message",
      model: "claude-sonnet-4-5",
      usage: { input_tokens: 50, cache_read_input_tokens: 2000, cache_creation_input_tokens: 300, output_tokens: 80 },
    });
    expect(parseUsageLine(line)).toEqual({ model: "claude-sonnet-4-5", input: 2350, output: 80, cached: 2000, cacheWrite: 300 });
  });

  it("takes the Responses API input_tokens as already including cached tokens", () => {
    const line = JSON.stringify({
      created_at: 1_748_736_060,
      model: "gpt-5",
      usage: { input_tokens: 900, input_tokens_details: { cached_tokens: 600 }, output_tokens: 40 },
    });
    expect(parseUsageLine(line)).toEqual({ model: "gpt-5", time: 1_748_736_060_000, input: 900, output: 40, cached: 600 });
  });

  it("reads bare usage objects, nulls as absent, a missing output as 0", () => {
    expect(parseUsageLine('{"prompt_tokens":12,"completion_tokens":null,"prompt_tokens_details":null}')).toEqual({
      input: 12,
      output: 0,
      cached: 0,
    });
    expect(parseUsageLine('{"model":"","timestamp":null,"prompt_tokens":1,"completion_tokens":2}')).toEqual({
      input: 1,
      output: 2,
      cached: 0,
    });
  });

  it.each([
    ["2025-06-01T00:00:00Z", 0],
    ["2025-06-01T02:00:00+02:00", 0],
    ["2025-06-01T02:00+0200", 0],
    ["2025-06-01 00:00:01.5", 1500],
    ["2025-06-01T00:01:00", 60_000],
  ])("reads timestamp %s (no offset means UTC)", (timestamp, offsetMs) => {
    const record = parseUsageLine(JSON.stringify({ timestamp, prompt_tokens: 1, completion_tokens: 1 }));
    expect(record.time).toBe(START * 1000 + offsetMs);
  });

  it.each([
    ['{"prompt_tokens":1,"completion_tokens":1,"timestamp":1748736000}', "timestamp must be an ISO 8601 date-time, got 1748736000"],
    ['{"prompt_tokens":1,"completion_tokens":1,"timestamp":"2025-13-01T00:00Z"}', "timestamp must be an ISO 8601 date-time"],
    ['{"prompt_tokens":1,"completion_tokens":1,"created":"yesterday"}', "created must be Unix seconds, got a string"],
    ['{"prompt_tokens":1,"completion_tokens":1,"model":7}', "model must be a string"],
    ['{"usage":"n/a"}', "usage must be an object"],
    ['{"input_tokens":"5","output_tokens":1}', "input_tokens must be a non-negative integer, got a string"],
    ['{"prompt_tokens":5,"completion_tokens":-1}', "completion_tokens must be a non-negative integer, got -1"],
    ["null", "expected a JSON object"],
  ])("rejects %s", (line, message) => {
    expect(() => parseUsageLine(line)).toThrow(message);
  });
});

describe("readUsageLogs on the generated log", () => {
  it("reads every record of the three files and reports each bad line where it is", async () => {
    const problems = new UsageLogProblems();
    const records = await collect(readUsageLogs(log.files, problems));
    expect(records).toHaveLength(log.records);
    expect(problems.count).toBe(8);
    expect(problems.recorded).toEqual(
      log.problems.map(({ file, line, message }) => ({
        file,
        line,
        message: typeof message === "string" ? message : expect.stringMatching(message),
      })),
    );
    expect(problems.recorded.map(({ file, line }) => `${file.slice(dir.length + 1)}:${line}`)).toEqual([
      "gateway-2025-06-01.jsonl:17",
      "gateway-2025-06-01.jsonl:755",
      "gateway-2025-06-01.jsonl:1356",
      "gateway-2025-06-02.jsonl:2",
      "gateway-2025-06-02.jsonl:303",
      "gateway-2025-06-02.jsonl:754",
      "gateway-2025-06-02.jsonl:1504",
      "legacy-usage.log.gz:8",
    ]);
  });

  it("detects gzip by its magic bytes, not by the file name", async () => {
    const [, gzipped, plainNamedGz] = log.files as [string, string, string];
    expect([...(await readFile(gzipped)).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect((await readFile(plainNamedGz)).subarray(0, 5).toString("utf8")).toBe('\uFEFF{"');

    const gzipProblems = new UsageLogProblems();
    expect(await collect(readUsageLog(gzipped, gzipProblems))).toHaveLength(1500);
    expect(gzipProblems.count).toBe(4);

    const plainProblems = new UsageLogProblems();
    const plain = await collect(readUsageLog(plainNamedGz, plainProblems));
    expect(plain).toHaveLength(20);
    expect(plain[0]).toEqual({ input: 100, output: 10, cached: 0 });
    expect(plainProblems.count).toBe(1);
  });

  it("calibrates to the statistics the generator was built with", async () => {
    const calibration = createCalibration();
    for await (const record of readUsageLogs(log.files, new UsageLogProblems())) calibration.add(record);
    const byModel = new Map(calibration.result().models.map((model) => [model.model, model]));
    expect([...byModel.keys()]).toEqual([UNKNOWN_MODEL, MODEL_B, MODEL_A]);

    const a = byModel.get(MODEL_A);
    expect(a?.requests).toBe(2000);
    expect([a?.input.mean.toString(), a?.input.p50, a?.input.p95]).toEqual(["1999.5", 1999, 2899]);
    expect([a?.output.mean.toString(), a?.output.p50, a?.output.p95]).toEqual(["299.5", 299, 479]);
    expect(a?.cachedMean.toString()).toBe("128");
    expect(a?.cachedShare.toString()).toBe("0.064016004001000250062516"); // 256/3999, half-even at the 24th decimal
    expect(a?.rate).toEqual({
      timedRequests: 2000,
      first: START * 1000,
      last: (START + 60 * 1999) * 1000,
      periodDays: expect.anything(),
      perDay: expect.anything(),
      coversFullDay: true,
      peakToAverage: expect.anything(),
    });
    // One request a minute: every hour holds 60, the mean is 60 an hour, so no peak to write.
    expect(a?.rate?.peakToAverage?.toString()).toBe("1");
    expect(a?.rate?.perDay.toString()).toBe("1440");
    expect(a?.rate?.periodDays.toString()).toBe("1.388888888888888888888889"); // 120000 s, half-even at the 24th decimal
    expect(a?.suggested).toEqual({
      tokens: { input: 2000, output: 300, cached_input: 128 },
      requests: { per_day: 1440 },
    });

    const b = byModel.get(MODEL_B);
    expect(b?.requests).toBe(1000);
    expect([b?.input.mean.toString(), b?.input.p50, b?.input.p95]).toEqual(["9995", 9990, 14490]);
    expect([b?.output.mean.toString(), b?.output.p50, b?.output.p95]).toEqual(["99.5", 99, 144]);
    expect(b?.cachedShare.toString()).toBe("0.200100050025012506253127"); // 400/1999
    expect(b?.rate?.perDay.toString()).toBe("288");
    expect(b?.rate?.periodDays.toString()).toBe("3.472222222222222222222222"); // 300000 s
    expect(b?.suggested).toEqual({
      // A quarter of the requests write 100 tokens to the cache: 25 on average.
      tokens: { input: 9995, output: 100, cached_input: 2000, cache_write: 25 },
      requests: { per_day: 288 },
    });

    const unknown = byModel.get(UNKNOWN_MODEL);
    expect(unknown?.requests).toBe(20);
    expect([unknown?.input.mean.toString(), unknown?.input.p50, unknown?.input.p95]).toEqual(["109.5", 109, 118]);
    expect([unknown?.output.mean.toString(), unknown?.output.p50, unknown?.output.p95]).toEqual(["10", 10, 10]);
    expect(unknown?.cachedShare.toString()).toBe("0");
    expect(unknown?.rate).toBeUndefined();
    expect(unknown?.suggested).toEqual({ tokens: { input: 110, output: 10, cached_input: 0 } });
  });
});

describe("readUsageLog edge cases", () => {
  const line = (input: number) => JSON.stringify({ prompt_tokens: input, completion_tokens: 1 });

  it("reads concatenated gzip members, as appended rotations produce", async () => {
    const file = join(dir, "members.bin");
    await writeFile(file, Buffer.concat([gzipSync(`${line(1)}\n${line(2)}\n`), gzipSync(`${line(3)}\n`)]));
    const records = await collect(readUsageLog(file, new UsageLogProblems()));
    expect(records.map((record) => record.input)).toEqual([1, 2, 3]);
  });

  it("keeps the records before a truncated gzip stream and reports the cut as a problem", async () => {
    const file = join(dir, "truncated.jsonl.gz");
    const text = Array.from({ length: 5000 }, (_, i) => line(i)).join("\n");
    const gzipped = gzipSync(text);
    await writeFile(file, gzipped.subarray(0, gzipped.length - 100));
    const problems = new UsageLogProblems();
    const records = await collect(readUsageLog(file, problems));
    expect(records.length).toBeGreaterThan(4000);
    expect(records.length).toBeLessThan(5000);
    expect(problems.recorded).toEqual([{ file, line: records.length + 1, message: "cannot read further: unexpected end of file" }]);
  });

  it("reads empty and one-byte files", async () => {
    const empty = join(dir, "empty.jsonl");
    const oneByte = join(dir, "one-byte.jsonl");
    await writeFile(empty, "");
    await writeFile(oneByte, "\n");
    const problems = new UsageLogProblems();
    expect(await collect(readUsageLogs([empty, oneByte], problems))).toEqual([]);
    expect(problems.count).toBe(0);
  });

  it("throws when a file cannot be opened or read", async () => {
    await expect(collect(readUsageLog(join(dir, "missing.jsonl"), new UsageLogProblems()))).rejects.toThrow(/ENOENT/);
    await expect(collect(readUsageLog(dir, new UsageLogProblems()))).rejects.toThrow("is not a regular file");
  });

  it("counts every problem but keeps only the first few", async () => {
    const file = join(dir, "garbage.txt");
    await writeFile(file, "x\n".repeat(50));
    const problems = new UsageLogProblems(3);
    expect(await collect(readUsageLog(file, problems))).toEqual([]);
    expect(problems.count).toBe(50);
    expect(problems.recorded.map((problem) => problem.line)).toEqual([1, 2, 3]);
  });

  it("stops reading when the consumer stops", async () => {
    const records = readUsageLog(log.files[0] as string, new UsageLogProblems());
    for await (const record of records) {
      expect(record.model).toBe(MODEL_A);
      break;
    }
    expect(await records.next()).toEqual({ done: true, value: undefined });
  });
});
