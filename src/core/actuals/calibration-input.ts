/**
 * An actuals record as calibrate's input: one request (a span, a LiteLLM row, a log line) is a
 * UsageRecord, several (a bucket, a CSV row of a day) a BucketUsage. What cannot tell tokens per
 * request is said, not guessed: usage without request counts (Anthropic's report) and cost lines.
 */
import type { BucketUsage, UsageRecord } from "../plan/calibrate.js";
import type { ActualRecord } from "./record.js";

export type CalibrationInput = { request: UsageRecord } | { bucket: BucketUsage } | { skip: string };

export function calibrationInput(r: ActualRecord): CalibrationInput {
  if (r.kind === "cost") return { skip: "a cost line has no tokens" };
  if (r.requests === undefined)
    return { skip: "no request counts (Anthropic's usage report): tokens per request cannot be measured from it" };
  const writes = r.cacheWrite5m + r.cacheWrite1h;
  const input = r.uncachedInput + r.cachedInput + writes;
  if (r.requests === 1) {
    const request: UsageRecord = { input, output: r.output, cached: r.cachedInput };
    if (r.model) request.model = r.model;
    if (Number.isFinite(r.start)) request.time = r.start;
    if (writes) request.cacheWrite = writes;
    return { request };
  }
  const bucket: BucketUsage = {
    requests: r.requests,
    input,
    output: r.output,
    cached: r.cachedInput,
    cacheWrite: writes,
    start: r.start,
    end: r.end,
  };
  if (r.model) bucket.model = r.model;
  return { bucket };
}
