/**
 * Every usage shape tokenbudget reads, as ActualRecords. Pure: the adapters parse JSON (a line,
 * or one element of a streamed document) and hand the value here; one value may hold many
 * records (a page of buckets, an OTLP batch). A bad record is rejected alone, never its page.
 *
 * Shapes, as the providers document them:
 * - OpenAI Usage API, GET /v1/organization/usage/completions: `{ object: "page", data: [{ start_time,
 *   end_time, results: [{ input_tokens (cached included), input_cached_tokens, output_tokens,
 *   num_model_requests, model, project_id, api_key_id, user_id, batch, service_tier }] }], next_page }`.
 * - OpenAI Costs API, GET /v1/organization/costs: the same buckets, results `{ amount: { value,
 *   currency }, line_item, project_id }`.
 * - Anthropic, GET /v1/organizations/usage_report/messages: `{ data: [{ starting_at, ending_at,
 *   results: [{ uncached_input_tokens, cache_read_input_tokens, cache_creation: {
 *   ephemeral_5m_input_tokens, ephemeral_1h_input_tokens }, output_tokens, model, workspace_id,
 *   api_key_id, service_tier, context_window }] }] }`: no request counts.
 * - Anthropic, GET /v1/organizations/cost_report: results `{ amount (cents, decimal string),
 *   currency, model, service_tier, workspace_id, description, cost_type, token_type }`.
 * - OTLP JSON (file exporter, one TracesData per line): `resourceSpans[].resource.attributes`
 *   (service.name) and `scopeSpans[].spans[]` with GenAI attributes.
 * - LiteLLM SpendLogs rows (/spend/logs): `{ request_id, model, prompt_tokens, completion_tokens,
 *   spend, startTime, endTime, api_key, team_id, user, request_tags, metadata, custom_llm_provider }`.
 * - The calibrate log lines (usage-log.ts).
 */
import { amount, count, flatStrings, isObject, nested, parsedMaybe, text, timeOf, type Json } from "./fields.js";
import { otlpRecords } from "./otlp.js";
import { BadRecord, type ActualRecord, type Sink, type UsageAttributes } from "./record.js";
import { usageOfEntry } from "./usage-log.js";

/** Runs one record's normaliser; a BadRecord goes to the sink, anything else is a bug and is thrown. */
export function guarded(sink: Sink, read: () => ActualRecord | undefined): void {
  let record: ActualRecord | undefined;
  try {
    record = read();
  } catch (error) {
    if (error instanceof BadRecord) return sink.reject(error);
    if (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError))
      return sink.reject(new BadRecord("invalid", error.message));
    throw error;
  }
  if (record) sink.record(record);
}

function withAttributes(record: ActualRecord, attributes: UsageAttributes): ActualRecord {
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) (record.attributes as Record<string, unknown>)[key] = value;
  return record;
}

function blank(source: ActualRecord["source"], kind: ActualRecord["kind"], start: number, end: number, identity: string): ActualRecord {
  return {
    source,
    kind,
    start,
    end,
    uncachedInput: 0,
    cachedInput: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    output: 0,
    attributes: {},
    identity,
  };
}

/** A bucket result's record: its group is the source and every grouping field, its identity that and the period. */
function bucket(
  source: ActualRecord["source"],
  kind: ActualRecord["kind"],
  start: number,
  end: number,
  result: Json,
  keys: readonly string[],
): ActualRecord {
  const group = JSON.stringify([source, ...keys.map((k) => result[k] ?? null)]);
  const record = blank(source, kind, start, end, `${group}\u0000${start}\u0000${end}`);
  record.group = group;
  return record;
}

const OPENAI_GROUP = ["model", "project_id", "api_key_id", "user_id", "batch", "service_tier"] as const;

function openAiUsage(result: Json, start: number, end: number): ActualRecord {
  const input = count(result, "input_tokens", true);
  const cached = count(result, "input_cached_tokens") ?? 0;
  if (cached > input) throw new BadRecord("invalid", `input_cached_tokens (${cached}) exceed input_tokens (${input}), which include them`);
  const record = bucket("openai-usage", "usage", start, end, result, OPENAI_GROUP);
  record.provider = "openai";
  record.requests = count(result, "num_model_requests", true);
  record.uncachedInput = input - cached;
  record.cachedInput = cached;
  record.output = count(result, "output_tokens", true);
  const model = text(result, "model");
  if (model) record.model = model;
  record.mode = result.batch === true || result.service_tier === "batch" ? "batch" : "standard";
  return withAttributes(record, { project_id: text(result, "project_id"), api_key_id: text(result, "api_key_id") });
}

function openAiCost(result: Json, start: number, end: number): ActualRecord {
  const money = nested(result, "amount");
  const currency = text(money, "currency");
  if (currency && currency.toLowerCase() !== "usd") throw new BadRecord("unsupported-currency", "amount.currency is not usd");
  const record = bucket("openai-costs", "cost", start, end, result, ["line_item", "project_id"]);
  record.provider = "openai";
  record.billed = amount(money.value, "amount.value");
  // Line items read "gpt-4o-2024-08-06, input": the model is what comes before the comma.
  const lineItem = text(result, "line_item");
  const model = lineItem?.split(",")[0]?.trim();
  if (model) record.model = model;
  return withAttributes(record, { project_id: text(result, "project_id") });
}

const ANTHROPIC_GROUP = ["model", "workspace_id", "api_key_id", "service_tier", "context_window"] as const;

function anthropicUsage(result: Json, start: number, end: number): ActualRecord {
  const creation = nested(result, "cache_creation");
  const record = bucket("anthropic-usage", "usage", start, end, result, ANTHROPIC_GROUP);
  record.provider = "anthropic";
  record.uncachedInput = count(result, "uncached_input_tokens", true);
  record.cachedInput = count(result, "cache_read_input_tokens") ?? 0;
  record.cacheWrite5m = count(creation, "ephemeral_5m_input_tokens") ?? 0;
  record.cacheWrite1h = count(creation, "ephemeral_1h_input_tokens") ?? 0;
  record.output = count(result, "output_tokens", true);
  const model = text(result, "model");
  if (model) record.model = model;
  record.mode = result.service_tier === "batch" ? "batch" : "standard";
  return withAttributes(record, { workspace_id: text(result, "workspace_id"), api_key_id: text(result, "api_key_id") });
}

const ANTHROPIC_COST_GROUP = ["model", "workspace_id", "service_tier", "context_window", "description", "cost_type", "token_type"] as const;

function anthropicCost(result: Json, start: number, end: number): ActualRecord {
  const currency = text(result, "currency");
  if (currency && currency.toUpperCase() !== "USD") throw new BadRecord("unsupported-currency", "currency is not USD");
  const record = bucket("anthropic-cost", "cost", start, end, result, ANTHROPIC_COST_GROUP);
  record.provider = "anthropic";
  // The amount is in cents, as a decimal string.
  record.billed = amount(result.amount, "amount").div(100);
  const model = text(result, "model");
  if (model) record.model = model;
  if (result.service_tier === "batch" || result.service_tier === "standard") record.mode = result.service_tier;
  return withAttributes(record, { workspace_id: text(result, "workspace_id") });
}

type ResultReader = (result: Json, start: number, end: number) => ActualRecord;

function readerFor(result: Json): ResultReader | undefined {
  if (result.object === "organization.usage.completions.result" || "num_model_requests" in result) return openAiUsage;
  if (result.object === "organization.costs.result" || isObject(result.amount)) return openAiCost;
  if ("uncached_input_tokens" in result) return anthropicUsage;
  if (typeof result.amount === "string" || "cost_type" in result) return anthropicCost;
  return undefined;
}

/** One time bucket of a usage or cost page (OpenAI: Unix seconds; Anthropic: RFC 3339). */
export function bucketRecords(bucket: Json, sink: Sink): void {
  const results = bucket.results as unknown[];
  let start: number;
  let end: number;
  try {
    start = "start_time" in bucket ? timeOf(bucket, "start_time") : timeOf(bucket, "starting_at");
    end = "end_time" in bucket ? timeOf(bucket, "end_time") : timeOf(bucket, "ending_at");
  } catch (error) {
    if (!(error instanceof BadRecord)) throw error;
    // The bucket's results cannot be placed in time: each is a bad record.
    for (let i = 0; i < Math.max(1, results.length); i++) sink.reject(error);
    return;
  }
  for (const result of results) {
    guarded(sink, () => {
      if (!isObject(result)) throw new BadRecord("invalid", "a bucket result must be an object");
      const read = readerFor(result);
      if (!read) throw new BadRecord("invalid", "a bucket result that is neither usage nor cost");
      return read(result, start, end);
    });
  }
}

function liteLlmMetadata(row: Json): Json {
  const metadata = parsedMaybe(row.metadata);
  return isObject(metadata) ? metadata : {};
}

/** One LiteLLM SpendLogs row: one request. prompt_tokens includes cache reads and writes (OpenAI's convention). */
function liteLlmRecord(row: Json): ActualRecord {
  const id = text(row, "request_id");
  if (!id) throw new BadRecord("missing-field", "request_id is missing");
  const start = timeOf(row, "startTime");
  const end = timeOf(row, "endTime", false) ?? start;
  const metadata = liteLlmMetadata(row);
  const usage = nested(metadata, "usage_object");
  const prompt = count(row, "prompt_tokens", true);
  const cached = count(nested(usage, "prompt_tokens_details"), "cached_tokens") ?? count(usage, "cache_read_input_tokens") ?? 0;
  const writes = count(usage, "cache_creation_input_tokens") ?? 0;
  if (cached + writes > prompt)
    throw new BadRecord("invalid", `cached (${cached}) and cache-write (${writes}) tokens exceed prompt_tokens (${prompt})`);
  const record = blank("litellm", "usage", start, end, `litellm\u0000${id}`);
  record.requests = 1;
  record.uncachedInput = prompt - cached - writes;
  record.cachedInput = cached;
  record.cacheWrite5m = writes;
  record.output = count(row, "completion_tokens", true);
  record.mode = "standard";
  const model = text(row, "model");
  if (model) record.model = model;
  const provider = text(row, "custom_llm_provider");
  if (provider) record.provider = provider;
  if (row.spend !== undefined && row.spend !== null) record.billed = amount(row.spend, "spend");
  const tags = parsedMaybe(row.request_tags);
  const meta = flatStrings(metadata);
  for (const key of ["team_id", "user", "end_user"]) {
    const value = row[key];
    if (typeof value === "string" && value) meta[key] = value;
  }
  return withAttributes(record, {
    api_key_id: text(row, "api_key"),
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string").slice(0, 100) : undefined,
    metadata: meta,
  });
}

/** A calibrate log line: one request at one instant; without a timestamp it cannot be placed in the period. */
function usageLogRecord(entry: Json, position: string): ActualRecord {
  const usage = usageOfEntry(entry);
  if (usage.time === undefined) throw new BadRecord("missing-field", "timestamp is missing: the request cannot be placed in the period");
  const writes = usage.cacheWrite ?? 0;
  const record = blank("usage-log", "usage", usage.time, usage.time, `usage-log\u0000${position}`);
  record.requests = 1;
  record.uncachedInput = usage.input - usage.cached - writes;
  record.cachedInput = usage.cached;
  record.cacheWrite5m = writes;
  record.output = usage.output;
  record.mode = entry.service_tier === "batch" || entry.batch === true ? "batch" : "standard";
  if (usage.model) record.model = usage.model;
  return record;
}

/** Whether a parsed value is for the calibrate log reader (a response, a usage object, or not an object at all), not one of the other shapes. */
export function isUsageLogEntry(value: unknown): boolean {
  if (!isObject(value)) return true;
  const other =
    Array.isArray(value.resourceSpans) || Array.isArray(value.scopeSpans) || Array.isArray(value.data) || Array.isArray(value.results);
  return !other && !("request_id" in value && ("spend" in value || "startTime" in value));
}

/**
 * Every record in one parsed JSON value: a page, a bucket, an OTLP batch or resource, a
 * LiteLLM row, a usage-log line, or an array of those. `position` names it for usage-log
 * identities (the same line read twice is a duplicate; two equal lines are two requests).
 */
export function recordsOf(value: unknown, sink: Sink, position: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => recordsOf(item, sink, `${position}.${i}`));
    return;
  }
  if (!isObject(value)) return sink.reject(new BadRecord("invalid", "expected a JSON object"));
  if (Array.isArray(value.resourceSpans)) return otlpRecords(value.resourceSpans, sink);
  if (Array.isArray(value.scopeSpans)) return otlpRecords([value], sink);
  if (Array.isArray(value.data)) {
    for (const bucket of value.data) {
      if (isObject(bucket) && Array.isArray(bucket.results)) bucketRecords(bucket, sink);
      else sink.reject(new BadRecord("invalid", "a page's data item must be a bucket with results"));
    }
    return;
  }
  if (Array.isArray(value.results)) return bucketRecords(value, sink);
  if ("request_id" in value && ("spend" in value || "startTime" in value)) return guarded(sink, () => liteLlmRecord(value));
  guarded(sink, () => usageLogRecord(value, position));
}
