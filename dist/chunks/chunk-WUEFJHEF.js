import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_LOG_LIMITS,
  DEFAULT_USAGE_LIMITS,
  Decimal,
  LineLimitError,
  jsonErrorAt,
  nonBlankLines
} from "./chunk-2REODJWC.js";
import {
  __export
} from "./chunk-LZQXQOPJ.js";

// src/core/actuals/calibration-input.ts
function calibrationInput(r) {
  if (r.kind === "cost") return { skip: "a cost line has no tokens" };
  if (r.requests === void 0)
    return { skip: "no request counts (Anthropic's usage report): tokens per request cannot be measured from it" };
  const writes = r.cacheWrite5m + r.cacheWrite1h;
  const input = r.uncachedInput + r.cachedInput + writes;
  if (r.requests === 1) {
    const request = { input, output: r.output, cached: r.cachedInput };
    if (r.model) request.model = r.model;
    if (Number.isFinite(r.start)) request.time = r.start;
    if (writes) request.cacheWrite = writes;
    return { request };
  }
  const bucket2 = {
    requests: r.requests,
    input,
    output: r.output,
    cached: r.cachedInput,
    cacheWrite: writes,
    start: r.start,
    end: r.end
  };
  if (r.model) bucket2.model = r.model;
  return { bucket: bucket2 };
}

// src/core/actuals/record.ts
var SOURCE_NAMES = {
  "openai-usage": "OpenAI Usage API (completions)",
  "openai-costs": "OpenAI Costs API",
  "anthropic-usage": "Anthropic usage report (messages)",
  "anthropic-cost": "Anthropic cost report",
  otel: "OpenTelemetry GenAI spans",
  litellm: "LiteLLM spend logs",
  "usage-log": "usage log (JSON Lines or CSV)"
};
var BAD_REASON_TEXT = {
  invalid: "not a usage record",
  "missing-field": "missing field",
  "negative-count": "negative or fractional count",
  "time-out-of-range": "timestamp out of range",
  duplicate: "duplicate (already read)",
  "unsupported-currency": "amount not in USD"
};
var BadRecord = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};

// src/core/actuals/fields.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return "a string";
  return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
}
function count(object, key, required = false) {
  let value = object[key];
  if (typeof value === "string" && /^-?\d{1,15}(\.\d+)?$/.test(value)) value = Number(value);
  if (value === "") value = void 0;
  if (value === void 0 || value === null) {
    if (required) throw new BadRecord("missing-field", `${key} is missing`);
    return void 0;
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new BadRecord(
      typeof value === "number" ? "negative-count" : "invalid",
      `${key} must be a non-negative integer, got ${kindOf(value)}`
    );
  }
  return value;
}
function text(object, key) {
  const value = object[key];
  if (value === void 0 || value === null || value === "") return void 0;
  if (typeof value !== "string") throw new BadRecord("invalid", `${key} must be a string, got ${kindOf(value)}`);
  return value;
}
function nested(object, key) {
  const value = object[key];
  return isObject(value) ? value : {};
}
var ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;
function timeOf(object, key, required = true) {
  const value = object[key];
  if (value === void 0 || value === null || value === "") {
    if (required) throw new BadRecord("missing-field", `${key} is missing`);
    return void 0;
  }
  if (typeof value === "number" && Number.isFinite(value)) return value * 1e3;
  if (typeof value === "string") {
    if (/^\d{1,12}(\.\d+)?$/.test(value)) return Number(value) * 1e3;
    const match = ISO.exec(value);
    const ms = match ? Date.parse(`${match[1]}T${match[2] ?? "00:00"}${match[3] ?? "Z"}`) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  throw new BadRecord("invalid", `${key} must be a timestamp, got ${kindOf(value)}`);
}
function nanosTime(object, key) {
  const value = object[key];
  if (typeof value === "string" && /^\d{1,20}$/.test(value)) return Number(BigInt(value) / 1000000n);
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value / 1e6);
  throw new BadRecord(
    value === void 0 ? "missing-field" : "invalid",
    `${key} must be nanoseconds since the epoch, got ${kindOf(value)}`
  );
}
function amount(value, key) {
  if (value === void 0 || value === null) throw new BadRecord("missing-field", `${key} is missing`);
  const ok = typeof value === "number" && Number.isFinite(value) || typeof value === "string" && /^-?\d{1,15}(\.\d{1,24})?$/.test(value);
  if (!ok) throw new BadRecord("invalid", `${key} must be a number, got ${kindOf(value)}`);
  const decimal = new Decimal(value);
  if (decimal.isNegative()) throw new BadRecord("negative-count", `${key} must not be negative`);
  return decimal;
}
function flatStrings(object, max = 50) {
  const out = {};
  let n = 0;
  for (const [key, value] of Object.entries(object)) {
    if (n >= max) break;
    if (key === "__proto__") continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      out[key] = String(value);
      n++;
    }
  }
  return out;
}
function parsedMaybe(value) {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return void 0;
  }
}

// src/core/actuals/otlp.ts
function attributesOf(list) {
  const out = /* @__PURE__ */ Object.create(null);
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isObject(item) || typeof item.key !== "string" || !isObject(item.value)) continue;
    const v = item.value;
    const value = v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[item.key] = value;
  }
  return out;
}
var WRAPPERS = /* @__PURE__ */ new Set(["invoke_agent", "create_agent", "execute_tool", "invoke_workflow"]);
var MAX_METADATA = 50;
function stringOf(attributes, key) {
  const value = attributes[key];
  return value === void 0 || value === "" ? void 0 : String(value);
}
function metadataOf(resource, span) {
  const out = {};
  let n = 0;
  for (const attributes of [resource, span]) {
    for (const key in attributes) {
      if (n >= MAX_METADATA) return out;
      if (key.startsWith("gen_ai.") || key === "service.name" || key === "__proto__") continue;
      out[key] = String(attributes[key]);
      n++;
    }
  }
  return out;
}
function spanRecord(span, resource, sink) {
  const a = attributesOf(span.attributes);
  const hasUsage = "gen_ai.usage.input_tokens" in a || "gen_ai.usage.output_tokens" in a;
  const operation = stringOf(a, "gen_ai.operation.name");
  if (operation !== void 0 && WRAPPERS.has(operation)) {
    sink.skip("agent or tool spans (their model calls are counted on their own spans)");
    return void 0;
  }
  if (!hasUsage) {
    const genAi = "gen_ai.request.model" in a || "gen_ai.response.model" in a;
    if (genAi) throw new BadRecord("missing-field", "a GenAI span without gen_ai.usage.input_tokens or gen_ai.usage.output_tokens");
    sink.skip("spans that are not GenAI model calls");
    return void 0;
  }
  const input = count(a, "gen_ai.usage.input_tokens", true);
  const cacheRead = count(a, "gen_ai.usage.cache_read.input_tokens") ?? 0;
  const cacheWrite = count(a, "gen_ai.usage.cache_creation.input_tokens") ?? 0;
  const start = nanosTime(span, "startTimeUnixNano");
  const end = "endTimeUnixNano" in span ? nanosTime(span, "endTimeUnixNano") : start;
  const traceId = typeof span.traceId === "string" ? span.traceId : "";
  const spanId = typeof span.spanId === "string" ? span.spanId : "";
  const record = {
    source: "otel",
    kind: "usage",
    start,
    end: Math.max(start, end),
    requests: 1,
    // Input SHOULD include cache reads and writes; instrumentations that follow Anthropic's own
    // usage object report them apart, which shows as cache tokens above input.
    uncachedInput: cacheRead + cacheWrite <= input ? input - cacheRead - cacheWrite : input,
    cachedInput: cacheRead,
    cacheWrite5m: cacheWrite,
    cacheWrite1h: 0,
    output: count(a, "gen_ai.usage.output_tokens") ?? 0,
    mode: stringOf(a, "gen_ai.openai.request.service_tier") === "batch" ? "batch" : "standard",
    attributes: { metadata: metadataOf(resource, a) },
    identity: traceId && spanId ? `otel\0${traceId}\0${spanId}` : ""
  };
  const model = stringOf(a, "gen_ai.response.model") ?? stringOf(a, "gen_ai.request.model");
  if (model) record.model = model;
  const provider = stringOf(a, "gen_ai.provider.name") ?? stringOf(a, "gen_ai.system");
  if (provider) record.provider = provider;
  const service = stringOf(resource, "service.name");
  if (service) record.attributes["service.name"] = service;
  return record;
}
function otlpRecords(resourceSpans, sink) {
  for (const rs of resourceSpans) {
    if (!isObject(rs)) {
      sink.reject(new BadRecord("invalid", "a resourceSpans item must be an object"));
      continue;
    }
    const resource = attributesOf(isObject(rs.resource) ? rs.resource.attributes : void 0);
    const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : [];
    for (const scope of scopes) {
      const spans = isObject(scope) && Array.isArray(scope.spans) ? scope.spans : [];
      for (const span of spans) {
        try {
          if (!isObject(span)) throw new BadRecord("invalid", "a span must be an object");
          const record = spanRecord(span, resource, sink);
          if (record) sink.record(record);
        } catch (error) {
          if (!(error instanceof BadRecord)) throw error;
          sink.reject(error);
        }
      }
    }
  }
}

// src/core/actuals/usage-log.ts
function kindOf2(value) {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function tokenCount(object, key) {
  const value = object[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${key} must be a non-negative integer, got ${kindOf2(value)}`);
  }
  return value;
}
function nested2(object, key) {
  const value = object[key];
  return isObject2(value) ? value : {};
}
function tokensOf(usage) {
  const promptTokens = tokenCount(usage, "prompt_tokens");
  if (promptTokens !== void 0) {
    return {
      input: promptTokens,
      output: tokenCount(usage, "completion_tokens") ?? 0,
      cached: tokenCount(nested2(usage, "prompt_tokens_details"), "cached_tokens") ?? 0
    };
  }
  const inputTokens = tokenCount(usage, "input_tokens");
  if (inputTokens === void 0) {
    throw new Error("no token usage: expected prompt_tokens/completion_tokens or input_tokens/output_tokens");
  }
  const output = tokenCount(usage, "output_tokens") ?? 0;
  if (isObject2(usage.input_tokens_details)) {
    return { input: inputTokens, output, cached: tokenCount(usage.input_tokens_details, "cached_tokens") ?? 0 };
  }
  const cacheRead = tokenCount(usage, "cache_read_input_tokens") ?? 0;
  const cacheWrite = tokenCount(usage, "cache_creation_input_tokens") ?? 0;
  return { input: inputTokens + cacheRead + cacheWrite, output, cached: cacheRead, cacheWrite };
}
var ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;
function timeOf2(entry) {
  const { timestamp, created, created_at: createdAt } = entry;
  if (timestamp !== void 0 && timestamp !== null) {
    const match = typeof timestamp === "string" ? ISO_TIMESTAMP.exec(timestamp) : null;
    const ms = match ? Date.parse(`${match[1]}T${match[2]}${match[3] ?? "Z"}`) : NaN;
    if (Number.isNaN(ms)) throw new Error(`timestamp must be an ISO 8601 date-time, got ${kindOf2(timestamp)}`);
    return ms;
  }
  const seconds = created ?? createdAt;
  if (seconds === void 0 || seconds === null) return void 0;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`created must be Unix seconds, got ${kindOf2(seconds)}`);
  }
  return seconds * 1e3;
}
function usageOfEntry(entry) {
  if (!isObject2(entry)) throw new Error("expected a JSON object");
  const usage = entry.usage === void 0 ? entry : entry.usage;
  if (!isObject2(usage)) throw new Error("usage must be an object");
  const { input, output, cached, cacheWrite } = tokensOf(usage);
  if (cached > input) throw new Error(`cached tokens (${cached}) exceed input tokens (${input})`);
  const { model } = entry;
  if (model !== void 0 && model !== null && typeof model !== "string") throw new Error("model must be a string");
  const time = timeOf2(entry);
  const record = { input, output, cached };
  if (model) record.model = model;
  if (time !== void 0) record.time = time;
  if (cacheWrite) record.cacheWrite = cacheWrite;
  return record;
}

// src/core/actuals/normalise.ts
function guarded(sink, read2) {
  let record;
  try {
    record = read2();
  } catch (error) {
    if (error instanceof BadRecord) return sink.reject(error);
    if (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError))
      return sink.reject(new BadRecord("invalid", error.message));
    throw error;
  }
  if (record) sink.record(record);
}
function withAttributes(record, attributes) {
  for (const [key, value] of Object.entries(attributes))
    if (value !== void 0) record.attributes[key] = value;
  return record;
}
function blank(source, kind, start, end, identity) {
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
    identity
  };
}
function bucket(source, kind, start, end, result, keys) {
  const group = JSON.stringify([source, ...keys.map((k) => result[k] ?? null)]);
  const record = blank(source, kind, start, end, `${group}\0${start}\0${end}`);
  record.group = group;
  return record;
}
var OPENAI_GROUP = ["model", "project_id", "api_key_id", "user_id", "batch", "service_tier"];
function openAiUsage(result, start, end) {
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
function openAiCost(result, start, end) {
  const money = nested(result, "amount");
  const currency = text(money, "currency");
  if (currency && currency.toLowerCase() !== "usd") throw new BadRecord("unsupported-currency", "amount.currency is not usd");
  const record = bucket("openai-costs", "cost", start, end, result, ["line_item", "project_id"]);
  record.provider = "openai";
  record.billed = amount(money.value, "amount.value");
  const lineItem = text(result, "line_item");
  const model = lineItem?.split(",")[0]?.trim();
  if (model) record.model = model;
  return withAttributes(record, { project_id: text(result, "project_id") });
}
var ANTHROPIC_GROUP = ["model", "workspace_id", "api_key_id", "service_tier", "context_window"];
function anthropicUsage(result, start, end) {
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
var ANTHROPIC_COST_GROUP = ["model", "workspace_id", "service_tier", "context_window", "description", "cost_type", "token_type"];
function anthropicCost(result, start, end) {
  const currency = text(result, "currency");
  if (currency && currency.toUpperCase() !== "USD") throw new BadRecord("unsupported-currency", "currency is not USD");
  const record = bucket("anthropic-cost", "cost", start, end, result, ANTHROPIC_COST_GROUP);
  record.provider = "anthropic";
  record.billed = amount(result.amount, "amount").div(100);
  const model = text(result, "model");
  if (model) record.model = model;
  if (result.service_tier === "batch" || result.service_tier === "standard") record.mode = result.service_tier;
  return withAttributes(record, { workspace_id: text(result, "workspace_id") });
}
function readerFor(result) {
  if (result.object === "organization.usage.completions.result" || "num_model_requests" in result) return openAiUsage;
  if (result.object === "organization.costs.result" || isObject(result.amount)) return openAiCost;
  if ("uncached_input_tokens" in result) return anthropicUsage;
  if (typeof result.amount === "string" || "cost_type" in result) return anthropicCost;
  return void 0;
}
function bucketRecords(bucket2, sink) {
  const results = bucket2.results;
  let start;
  let end;
  try {
    start = "start_time" in bucket2 ? timeOf(bucket2, "start_time") : timeOf(bucket2, "starting_at");
    end = "end_time" in bucket2 ? timeOf(bucket2, "end_time") : timeOf(bucket2, "ending_at");
  } catch (error) {
    if (!(error instanceof BadRecord)) throw error;
    for (let i = 0; i < Math.max(1, results.length); i++) sink.reject(error);
    return;
  }
  for (const result of results) {
    guarded(sink, () => {
      if (!isObject(result)) throw new BadRecord("invalid", "a bucket result must be an object");
      const read2 = readerFor(result);
      if (!read2) throw new BadRecord("invalid", "a bucket result that is neither usage nor cost");
      return read2(result, start, end);
    });
  }
}
function liteLlmMetadata(row) {
  const metadata = parsedMaybe(row.metadata);
  return isObject(metadata) ? metadata : {};
}
function liteLlmRecord(row) {
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
  const record = blank("litellm", "usage", start, end, `litellm\0${id}`);
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
  if (row.spend !== void 0 && row.spend !== null) record.billed = amount(row.spend, "spend");
  const tags = parsedMaybe(row.request_tags);
  const meta = flatStrings(metadata);
  for (const key of ["team_id", "user", "end_user"]) {
    const value = row[key];
    if (typeof value === "string" && value) meta[key] = value;
  }
  return withAttributes(record, {
    api_key_id: text(row, "api_key"),
    tags: Array.isArray(tags) ? tags.filter((t) => typeof t === "string").slice(0, 100) : void 0,
    metadata: meta
  });
}
function usageLogRecord(entry, position) {
  const usage = usageOfEntry(entry);
  if (usage.time === void 0) throw new BadRecord("missing-field", "timestamp is missing: the request cannot be placed in the period");
  const writes = usage.cacheWrite ?? 0;
  const record = blank("usage-log", "usage", usage.time, usage.time, `usage-log\0${position}`);
  record.requests = 1;
  record.uncachedInput = usage.input - usage.cached - writes;
  record.cachedInput = usage.cached;
  record.cacheWrite5m = writes;
  record.output = usage.output;
  record.mode = entry.service_tier === "batch" || entry.batch === true ? "batch" : "standard";
  if (usage.model) record.model = usage.model;
  return record;
}
function isUsageLogEntry(value) {
  if (!isObject(value)) return true;
  const other = Array.isArray(value.resourceSpans) || Array.isArray(value.scopeSpans) || Array.isArray(value.data) || Array.isArray(value.results);
  return !other && !("request_id" in value && ("spend" in value || "startTime" in value));
}
function recordsOf(value, sink, position) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => recordsOf(item, sink, `${position}.${i}`));
    return;
  }
  if (!isObject(value)) return sink.reject(new BadRecord("invalid", "expected a JSON object"));
  if (Array.isArray(value.resourceSpans)) return otlpRecords(value.resourceSpans, sink);
  if (Array.isArray(value.scopeSpans)) return otlpRecords([value], sink);
  if (Array.isArray(value.data)) {
    for (const bucket2 of value.data) {
      if (isObject(bucket2) && Array.isArray(bucket2.results)) bucketRecords(bucket2, sink);
      else sink.reject(new BadRecord("invalid", "a page's data item must be a bucket with results"));
    }
    return;
  }
  if (Array.isArray(value.results)) return bucketRecords(value, sink);
  if ("request_id" in value && ("spend" in value || "startTime" in value)) return guarded(sink, () => liteLlmRecord(value));
  guarded(sink, () => usageLogRecord(value, position));
}

// src/adapters/usage-logs.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
var UsageLogProblems = class {
  constructor(keep = 1e3) {
    this.keep = keep;
  }
  keep;
  count = 0;
  recorded = [];
  add(problem) {
    this.count++;
    if (this.recorded.length < this.keep) this.recorded.push(problem);
  }
};
function parseJsonLine(line) {
  const text2 = line.trim();
  try {
    return JSON.parse(text2);
  } catch {
    const at = jsonErrorAt(text2);
    throw new Error(at ? `invalid JSON at column ${at.col + line.length - line.trimStart().length}: ${at.problem}` : "invalid JSON");
  }
}
function calibrationOfLine(text2, at) {
  const value = parseJsonLine(text2);
  if (isUsageLogEntry(value)) return [usageOfEntry(value)];
  const out = [];
  const sink = {
    record: (r) => {
      const input = calibrationInput(r);
      if ("skip" in input) at(input.skip);
      else out.push("request" in input ? input.request : input.bucket);
    },
    reject: (e) => at(e.message),
    skip: () => {
    }
  };
  recordsOf(value, sink, "");
  return out;
}
var GZIP_MAGIC = [31, 139];
async function startsWithGzipMagic(handle) {
  const head = Buffer.alloc(GZIP_MAGIC.length);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return bytesRead === GZIP_MAGIC.length && GZIP_MAGIC.every((byte, index) => head[index] === byte);
}
async function openText(file) {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let gzipped;
  try {
    if (!(await handle.stat()).isFile()) throw new Error("is not a regular file");
    gzipped = await startsWithGzipMagic(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const raw = handle.createReadStream({ start: 0 });
  const text2 = gzipped ? pipeline(raw, createGunzip(), () => {
  }) : raw;
  return {
    raw,
    text: text2,
    close: () => {
      raw.destroy();
      if (text2 !== raw) text2.destroy();
    }
  };
}
async function* readUsageLog(file, problems, counter = { bytes: 0 }, limits = DEFAULT_LOG_LIMITS) {
  const { raw, text: text2, close } = await openText(file);
  let line = 0;
  const before = counter.bytes;
  try {
    for await (const { number, text: content } of nonBlankLines(text2, limits)) {
      line = number;
      counter.bytes = before + raw.bytesRead;
      const text3 = number === 1 ? content.replace(/^\uFEFF/, "") : content;
      if (text3.trim() === "") continue;
      let records;
      try {
        records = calibrationOfLine(text3, (message) => problems.add({ file, line, message }));
      } catch (error) {
        problems.add({ file, line, message: error.message });
        continue;
      }
      yield* records;
    }
  } catch (error) {
    if (error instanceof LineLimitError) throw error;
    problems.add({ file, line: line + 1, message: `cannot read further: ${error.message}` });
  } finally {
    close();
  }
}

// node_modules/csv-parse/lib/index.js
import { Transform } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser2 = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser2.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};
var parse = function() {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === void 0 && (typeof argument === "string" || Buffer.isBuffer(argument))) {
      data = argument;
    } else if (options === void 0 && is_object(argument)) {
      options = argument;
    } else if (callback === void 0 && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {}
      );
    }
  }
  const parser2 = new Parser(options);
  if (callback) {
    const records = options === void 0 || options.objname === void 0 ? [] : /* @__PURE__ */ Object.create(null);
    parser2.on("readable", function() {
      let record;
      while ((record = this.read()) !== null) {
        if (options === void 0 || options.objname === void 0) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1]
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser2.on("error", function(err) {
      callback(err, void 0, parser2.api.__infoDataSet());
    });
    parser2.on("end", function() {
      callback(void 0, records, parser2.api.__infoDataSet());
    });
  }
  if (data !== void 0) {
    const writer = function() {
      parser2.write(data);
      parser2.end();
    };
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser2;
};

// src/adapters/usage-files.ts
import { pipeline as pipeline2 } from "node:stream";

// node_modules/stream-chain/src/index.js
import { Readable, Writable, Duplex as Duplex2 } from "node:stream";

// node_modules/stream-chain/src/defs.js
var defs_exports = {};
__export(defs_exports, {
  Stop: () => Stop,
  abortSymbol: () => abortSymbol,
  clearFunctionList: () => clearFunctionList,
  combineMany: () => combineMany,
  combineManyMut: () => combineManyMut,
  fListSymbol: () => fListSymbol,
  final: () => final,
  finalSymbol: () => finalSymbol,
  finalValue: () => finalValue,
  flushSymbol: () => flushSymbol,
  flushable: () => flushable,
  getFinalValue: () => getFinalValue,
  getFunctionList: () => getFunctionList,
  getManyValues: () => getManyValues,
  isDuplexNodeStream: () => isDuplexNodeStream,
  isDuplexWebStream: () => isDuplexWebStream,
  isFinalValue: () => isFinalValue,
  isFlushable: () => isFlushable,
  isFunctionList: () => isFunctionList,
  isMany: () => isMany,
  isReadableNodeStream: () => isReadableNodeStream,
  isReadableWebStream: () => isReadableWebStream,
  isStop: () => isStop,
  isWritableNodeStream: () => isWritableNodeStream,
  isWritableWebStream: () => isWritableWebStream,
  many: () => many,
  manySymbol: () => manySymbol,
  none: () => none,
  normalizeMany: () => normalizeMany,
  setFunctionList: () => setFunctionList,
  stop: () => stop,
  stopErrorSymbol: () => stopErrorSymbol,
  toMany: () => toMany
});
var none = /* @__PURE__ */ Symbol.for("object-stream.none");
var stop = /* @__PURE__ */ Symbol.for("object-stream.stop");
var finalSymbol = /* @__PURE__ */ Symbol.for("object-stream.final");
var manySymbol = /* @__PURE__ */ Symbol.for("object-stream.many");
var flushSymbol = /* @__PURE__ */ Symbol.for("object-stream.flush");
var abortSymbol = /* @__PURE__ */ Symbol.for("object-stream.abort");
var fListSymbol = /* @__PURE__ */ Symbol.for("object-stream.fList");
var stopErrorSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopError");
var finalValue = (value) => ({ [finalSymbol]: 1, value });
var many = (values) => ({ [manySymbol]: 1, values });
var isFinalValue = (o) => o && o[finalSymbol] === 1;
var isMany = (o) => o && o[manySymbol] === 1;
var isFlushable = (o) => o && o[flushSymbol] === 1;
var isFunctionList = (o) => o && o[fListSymbol] === 1;
var isStop = (o) => o && o[stopErrorSymbol] === 1;
var getFinalValue = (o) => o.value;
var getManyValues = (o) => o.values;
var getFunctionList = (o) => o.fList;
var flushable = (write2, final3 = null, abort = null) => {
  const fn = final3 ? (value) => value === none ? final3() : write2(value) : write2;
  fn[flushSymbol] = 1;
  if (abort) fn[abortSymbol] = abort;
  return fn;
};
var setFunctionList = (o, fns) => {
  o.fList = fns;
  o[fListSymbol] = 1;
  return o;
};
var clearFunctionList = (o) => {
  delete o.fList;
  delete o[fListSymbol];
  return o;
};
var Stop = class extends Error {
};
Stop.prototype[stopErrorSymbol] = 1;
var toMany = (value) => value === none ? many([]) : value && value[manySymbol] === 1 ? value : many([value]);
var normalizeMany = (o) => {
  if (o?.[manySymbol] === 1) {
    switch (o.values.length) {
      case 0:
        return none;
      case 1:
        return o.values[0];
    }
  }
  return o;
};
var combineMany = (...args) => {
  const values = [];
  for (let i = 0; i < args.length; ++i) {
    const a = args[i];
    if (a === none) continue;
    if (a?.[manySymbol] === 1) {
      values.push(...a.values);
    } else {
      values.push(a);
    }
  }
  return many(values);
};
var combineManyMut = (a, ...args) => {
  const values = a === none ? [] : a?.[manySymbol] === 1 ? a.values : [a];
  for (let i = 0; i < args.length; ++i) {
    const b = args[i];
    if (b === none) continue;
    if (b?.[manySymbol] === 1) {
      values.push(...b.values);
    } else {
      values.push(b);
    }
  }
  return many(values);
};
var isReadableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getReader === "function" && typeof x.pipeTo === "function");
var isWritableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getWriter === "function" && typeof x.abort === "function");
var isDuplexWebStream = (x) => !!(x && typeof x === "object" && isReadableWebStream(x.readable) && isWritableWebStream(x.writable));
var isReadableNodeStream = (obj) => obj && typeof obj.pipe === "function" && typeof obj.on === "function" && (!obj._writableState || (typeof obj._readableState === "object" ? obj._readableState.readable : null) !== false) && (!obj._writableState || obj._readableState);
var isWritableNodeStream = (obj) => obj && typeof obj.write === "function" && typeof obj.on === "function" && (!obj._readableState || (typeof obj._writableState === "object" ? obj._writableState.writable : null) !== false);
var isDuplexNodeStream = (obj) => obj && typeof obj.pipe === "function" && obj._readableState && typeof obj.on === "function" && typeof obj.write === "function";
var final = finalValue;

// node_modules/stream-chain/src/exec.js
var cancelSymbol = /* @__PURE__ */ Symbol.for("object-stream.cancel");
var dropNullSymbol = /* @__PURE__ */ Symbol.for("object-stream.dropNull");
var stopAtSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopAt");
var GEN_CANCEL = /* @__PURE__ */ Symbol.for("object-stream.genCancel");
var markStop = (error, index) => {
  if (isStop(error)) error[stopAtSymbol] = index;
  throw error;
};
var stopIndex = (stop2, fns) => stop2[stopAtSymbol] ?? fns.length;
var withCleanupError = (err, cleanupErr) => {
  if (err == null || isStop(err)) return cleanupErr;
  return err instanceof Error ? new AggregateError([err, cleanupErr], "pipeline error; generator cleanup also failed") : err;
};
var hasAborters = (fns) => fns.some((fn) => fn[abortSymbol]);
var noteFinal = (value, fn, finished) => {
  if (value && typeof value.then == "function") return value.then((v) => (finished.add(fn), v));
  finished.add(fn);
  return value;
};
var abortStages = async (fns, finished, to = fns.length) => {
  let failure;
  for (let i = 0; i < to; ++i) {
    const fn = fns[i], abort = fn[abortSymbol];
    if (!abort || finished.has(fn)) continue;
    finished.add(fn);
    try {
      await abort();
    } catch (error) {
      failure = failure === void 0 ? error : new AggregateError([failure, error], "stage cleanup failed more than once");
    }
  }
  return failure;
};
var next = (value, fns, index, push) => {
  for (let i = index; ; ) {
    if (value && typeof value.then == "function") {
      const ii = i;
      return value.then(
        (v) => next(v, fns, ii, push),
        (e) => markStop(e, ii)
      );
    }
    if (value === none || value == null && push[dropNullSymbol]) return void 0;
    if (value === stop) markStop(new Stop(), i);
    if (isFinalValue(value)) {
      const final3 = getFinalValue(value);
      if (final3 == null && push[dropNullSymbol]) return void 0;
      return push(final3);
    }
    if (isMany(value)) {
      return nextMany(getManyValues(value), fns, i, push);
    }
    if (value && typeof value.next == "function") {
      return nextGen(value, fns, i, push);
    }
    if (i >= fns.length) {
      return push(value);
    }
    try {
      value = fns[i++](value);
    } catch (error) {
      markStop(error, i);
    }
  }
};
var nextMany = (values, fns, i, push) => {
  const step = (j) => {
    for (; j < values.length; ++j) {
      const r = next(values[j], fns, i, push);
      if (r && typeof r.then == "function") {
        const jj = j;
        return r.then(() => step(jj + 1));
      }
    }
  };
  return step(0);
};
var nextGen = (it, fns, i, push) => {
  const step = () => {
    for (; ; ) {
      if (push[cancelSymbol]) throw push[cancelSymbol];
      let data;
      try {
        data = it.next();
      } catch (error) {
        markStop(error, i);
      }
      if (data && typeof data.then == "function") {
        return data.then(
          (d) => {
            if (d.done) return;
            const r3 = next(d.value, fns, i, push);
            return r3 && typeof r3.then == "function" ? r3.then(step) : step();
          },
          (e) => markStop(e, i)
        );
      }
      if (data.done) return;
      const r2 = next(data.value, fns, i, push);
      if (r2 && typeof r2.then == "function") return r2.then(step);
    }
  };
  const abort = (err) => {
    const onCleanupError = (cleanupErr) => withCleanupError(err, cleanupErr);
    let ret;
    try {
      ret = it.return ? it.return() : void 0;
    } catch (cleanupErr) {
      throw onCleanupError(cleanupErr);
    }
    if (ret && typeof ret.then == "function") {
      return ret.then(
        () => {
          throw err;
        },
        (cleanupErr) => {
          throw onCleanupError(cleanupErr);
        }
      );
    }
    throw err;
  };
  let r;
  try {
    r = step();
  } catch (err) {
    return abort(err);
  }
  return r && typeof r.then == "function" ? r.then(void 0, abort) : r;
};
var flush = (fns, index, push, finished) => {
  let stop2 = null;
  const resume = (error) => {
    if (!isStop(error)) throw error;
    stop2 = error;
    return step(stopIndex(error, fns));
  };
  const step = (i) => {
    for (; i < fns.length; ++i) {
      const f = fns[i];
      if (!isFlushable(f) || finished?.has(f)) continue;
      let r;
      try {
        let value;
        try {
          value = f(none);
        } catch (error) {
          markStop(error, i + 1);
        }
        if (finished) value = noteFinal(value, f, finished);
        r = next(value, fns, i + 1, push);
      } catch (error) {
        return resume(error);
      }
      if (r && typeof r.then == "function") {
        const ii = i;
        return r.then(() => step(ii + 1), resume);
      }
    }
    if (stop2) throw stop2;
  };
  return step(index);
};
var releaseStopped = async (fns, finished, stop2) => {
  const failure = await abortStages(fns, finished, stopIndex(stop2, fns));
  if (failure === void 0) return void 0;
  const more = await abortStages(fns, finished);
  return more === void 0 ? failure : new AggregateError([failure, more], "stage cleanup failed more than once");
};
var finishStop = async (fns, stop2, push, finished) => {
  let error;
  try {
    await flush(fns, stopIndex(stop2, fns), push, finished);
  } catch (e) {
    if (isStop(e)) stop2 = e;
    else error = e;
  }
  const failure = error === void 0 ? await releaseStopped(fns, finished, stop2) : await abortStages(fns, finished);
  if (failure !== void 0) error = withCleanupError(error, failure);
  if (error !== void 0) throw error;
};
var genBridge = (fns, once) => {
  fns = fns.filter((fn) => fn).flat(Infinity).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    fns = [(x) => x];
  }
  const canAbort = hasAborters(fns), finished = /* @__PURE__ */ new Set();
  let flushed = false, stopAt = 0;
  const drive = async (value, push) => {
    try {
      await next(value, fns, 0, push);
    } catch (error) {
      if (!isStop(error)) throw error;
      await finishStop(fns, error, push, finished);
      throw error;
    }
    await flush(fns, 0, push, finished);
  };
  let g = async function* (value) {
    if (flushed) throw Error("Call to a flushed pipe.");
    const isFlush = !once && value === none;
    if (isFlush || once) flushed = true;
    const pending = [];
    let wakeConsumer = null;
    let resolveProducer = null;
    let rejectProducer = null;
    let done = false, error = null, cancelled = false, completed = false;
    const push = (v) => {
      if (cancelled) throw GEN_CANCEL;
      pending.push(v);
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
      return new Promise((res, rej) => {
        resolveProducer = res;
        rejectProducer = rej;
      });
    };
    Promise.resolve().then(
      () => once ? drive(value, push) : isFlush ? flush(fns, stopAt, push, finished) : next(value, fns, 0, push)
    ).then(
      () => {
      },
      (e) => {
        if (e === GEN_CANCEL) return;
        error = e;
        if (!isFlush && isStop(e)) stopAt = stopIndex(e, fns);
      }
    ).finally(() => {
      done = true;
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    });
    try {
      for (; ; ) {
        while (pending.length) {
          const v = pending.shift();
          if (resolveProducer) {
            const r = resolveProducer;
            resolveProducer = rejectProducer = null;
            r();
          }
          yield v;
        }
        if (error) throw error;
        if (done) {
          completed = true;
          return;
        }
        await new Promise((res) => wakeConsumer = res);
      }
    } finally {
      cancelled = true;
      push[cancelSymbol] = GEN_CANCEL;
      if (rejectProducer) {
        const rj = rejectProducer;
        resolveProducer = rejectProducer = null;
        rj(GEN_CANCEL);
      }
      if (!completed && canAbort) {
        const failure = isStop(error) ? await releaseStopped(fns, finished, error) : await abortStages(fns, finished);
        if (failure !== void 0) throw withCleanupError(error, failure);
      }
    }
  };
  if (once) return g;
  const needToFlush = fns.some((fn) => isFlushable(fn));
  if (needToFlush) g = flushable(g);
  return setFunctionList(g, fns);
};

// node_modules/stream-chain/src/gen.js
var gen = (...fns) => genBridge(fns, false);
var gen_default = gen;

// node_modules/stream-chain/src/asStream.js
import { Duplex } from "node:stream";
var CANCEL = /* @__PURE__ */ Symbol.for("object-stream.asStreamCancel");
var asStream = (fn, options) => {
  if (typeof fn != "function") {
    throw TypeError("Only a function is accepted as the first argument");
  }
  const innerFns = isFunctionList(fn) ? fn.fList : null;
  const stages = innerFns ?? [fn];
  const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
  let stopped = false;
  let destroyed = false;
  let flushed = false;
  let nullPushed = false;
  let resolvePaused = null;
  let rejectPaused = null;
  let stream = null;
  const resume = () => {
    if (!resolvePaused) return;
    const resolve = resolvePaused;
    resolvePaused = rejectPaused = null;
    resolve();
  };
  const cancelPaused = () => {
    if (!rejectPaused) return;
    const reject = rejectPaused;
    resolvePaused = rejectPaused = null;
    reject(CANCEL);
  };
  const signalEnd = () => {
    if (nullPushed) return;
    nullPushed = true;
    stream.push(null);
  };
  const enqueue = (value) => {
    if (destroyed) throw CANCEL;
    if (nullPushed) return;
    if (!stream.push(value)) {
      return new Promise((resolve, reject) => {
        resolvePaused = resolve;
        rejectPaused = reject;
      });
    }
  };
  enqueue[dropNullSymbol] = true;
  const queue = [];
  const pump = async () => {
    while (queue.length) {
      if (destroyed) throw CANCEL;
      const g = queue[queue.length - 1];
      let result = g.next();
      if (result && typeof result.then == "function") result = await result;
      if (result.done) {
        queue.pop();
        continue;
      }
      let value = result.value;
      if (value && typeof value.then == "function") value = await value;
      const r = processValue(value);
      if (r) await r;
    }
  };
  const release = async (error) => {
    while (queue.length) {
      const g = queue.pop();
      try {
        if (g.return) await g.return();
      } catch (cleanupErr) {
        error = withCleanupError(error, cleanupErr);
      }
    }
    throw error;
  };
  const processValue = (value) => {
    if (value && typeof value.then == "function") {
      return value.then(processValue);
    }
    if (value == null || value === none) return;
    if (value === stop) throw new Stop();
    if (isMany(value)) {
      const values = getManyValues(value);
      let promise;
      for (let i = 0; i < values.length; ++i) {
        if (promise) {
          const ii = i;
          promise = promise.then(() => processValue(values[ii]));
        } else {
          const r = processValue(values[i]);
          if (r) promise = r;
        }
      }
      return promise;
    }
    if (isFinalValue(value)) {
      return processValue(getFinalValue(value));
    }
    if (value && typeof value.next == "function") {
      queue.push(value);
      return pump().catch(release);
    }
    return enqueue(value);
  };
  const finishWrite = (callback, error) => {
    if (!error || error === CANCEL) {
      callback(null);
    } else if (!isStop(error)) {
      callback(error);
    } else {
      stopped = true;
      finishStop(stages, error, enqueue, finished).then(
        () => {
          flushed = true;
          signalEnd();
          callback(null);
        },
        (failure) => callback(failure)
      );
    }
  };
  stream = new Duplex({
    writableObjectMode: true,
    readableObjectMode: true,
    ...options,
    write(chunk, encoding, callback) {
      if (stopped) return callback(null);
      if (innerFns) {
        let r2;
        try {
          r2 = next(chunk, innerFns, 0, enqueue);
        } catch (error) {
          return finishWrite(callback, error);
        }
        if (r2 && typeof r2.then == "function") {
          r2.then(
            () => callback(null),
            (error) => finishWrite(callback, error)
          );
        } else {
          callback(null);
        }
        return;
      }
      let r;
      try {
        r = processValue(fn(chunk, encoding));
      } catch (error) {
        return finishWrite(callback, error);
      }
      if (r) {
        r.then(
          () => callback(null),
          (error) => finishWrite(callback, error)
        );
      } else {
        callback(null);
      }
    },
    final(callback) {
      const onComplete = () => {
        flushed = true;
        signalEnd();
        callback(null);
      };
      if (stopped) {
        onComplete();
        return;
      }
      if (innerFns) {
        let r2;
        try {
          r2 = flush(innerFns, 0, enqueue, finished);
        } catch (error) {
          return finishWrite(callback, error);
        }
        if (r2 && typeof r2.then == "function") {
          r2.then(onComplete, (error) => finishWrite(callback, error));
        } else {
          onComplete();
        }
        return;
      }
      if (!isFlushable(fn)) {
        onComplete();
        return;
      }
      let r;
      try {
        const value = fn(none, null);
        r = processValue(noteFinal(value, fn, finished));
      } catch (error) {
        return finishWrite(callback, error);
      }
      if (r) {
        r.then(onComplete, (error) => finishWrite(callback, error));
      } else {
        onComplete();
      }
    },
    read() {
      resume();
    },
    // Unblock any pending paused-promise so an in-flight write can settle —
    // mirrors asWebStream's controller.signal listener for writer.abort().
    destroy(error, callback) {
      stopped = destroyed = true;
      enqueue[cancelSymbol] = CANCEL;
      cancelPaused();
      if (flushed || !canAbort) {
        callback(error);
        return;
      }
      abortStages(stages, finished).then(
        (failure) => callback(
          failure === void 0 ? error : (
            /** @type {Error} */
            withCleanupError(error, failure)
          )
        )
      );
    }
  });
  return stream;
};
var asStream_default = asStream;

// node_modules/stream-chain/src/asWebStream.js
var CANCEL2 = /* @__PURE__ */ Symbol.for("object-stream.asWebStreamCancel");
var asWebStream = (fn, options) => {
  if (isDuplexWebStream(fn) || isReadableWebStream(fn) || isWritableWebStream(fn)) {
    return fn;
  }
  if (typeof fn !== "function") {
    throw new TypeError("Only a function or Web Streams object is accepted as the first argument");
  }
  const strategy = options?.strategy;
  const readableStrategy = options?.readableStrategy ?? strategy;
  const writableStrategy = options?.writableStrategy ?? strategy;
  const innerFns = isFunctionList(fn) ? fn.fList : null;
  const stages = innerFns ?? [fn];
  const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
  let stopped = false;
  let cancelled = false;
  let flushed = false;
  let releasing = null;
  let readableClosed = false;
  let writableErrored = false;
  let readableController;
  let writableController;
  let pendingDrain = null;
  let rejectDrain = null;
  const unblockDrain = () => {
    if (!pendingDrain) return;
    const resolve = pendingDrain;
    pendingDrain = rejectDrain = null;
    resolve();
  };
  const cancelDrain = () => {
    if (!rejectDrain) return;
    const reject = rejectDrain;
    pendingDrain = rejectDrain = null;
    reject(CANCEL2);
  };
  const closeReadable = () => {
    if (readableClosed) return;
    readableClosed = true;
    readableController.close();
  };
  const errorReadable = (reason) => {
    if (readableClosed) return;
    readableClosed = true;
    readableController.error(reason);
  };
  const errorWritable = (reason) => {
    if (writableErrored || !writableController) return;
    writableErrored = true;
    writableController.error(reason);
  };
  const readable = new ReadableStream(
    {
      start(c) {
        readableController = c;
      },
      pull() {
        unblockDrain();
      },
      cancel(reason) {
        readableClosed = true;
        cancelProducer();
        errorWritable(reason);
        return releaseStages().then(rethrow);
      }
    },
    readableStrategy
  );
  const enqueue = (value) => {
    if (cancelled) throw CANCEL2;
    if (readableClosed) return;
    readableController.enqueue(value);
    if (readableController.desiredSize <= 0) {
      return new Promise((resolve, reject) => {
        pendingDrain = resolve;
        rejectDrain = reject;
      });
    }
  };
  enqueue[dropNullSymbol] = true;
  const cancelProducer = () => {
    stopped = cancelled = true;
    enqueue[cancelSymbol] = CANCEL2;
    cancelDrain();
  };
  const releaseStages = () => {
    if (flushed || !canAbort) return Promise.resolve(void 0);
    releasing ??= abortStages(stages, finished);
    return releasing;
  };
  const rethrow = (failure) => {
    if (failure !== void 0) throw failure;
  };
  const queue = [];
  const pump = async () => {
    while (queue.length) {
      if (cancelled) throw CANCEL2;
      const g = queue[queue.length - 1];
      let result = g.next();
      if (result && typeof result.then == "function") result = await result;
      if (result.done) {
        queue.pop();
        continue;
      }
      let value = result.value;
      if (value && typeof value.then == "function") value = await value;
      const r = processValue(value);
      if (r) await r;
    }
  };
  const release = async (error) => {
    while (queue.length) {
      const g = queue.pop();
      try {
        if (g.return) await g.return();
      } catch (cleanupErr) {
        error = withCleanupError(error, cleanupErr);
      }
    }
    throw error;
  };
  const processValue = (value) => {
    if (value && typeof value.then == "function") {
      return value.then(processValue);
    }
    if (value == null || value === none) return;
    if (value === stop) throw new Stop();
    if (isMany(value)) {
      const values = getManyValues(value);
      let promise;
      for (let i = 0; i < values.length; ++i) {
        if (promise) {
          const ii = i;
          promise = promise.then(() => processValue(values[ii]));
        } else {
          const r = processValue(values[i]);
          if (r) promise = r;
        }
      }
      return promise;
    }
    if (isFinalValue(value)) {
      return processValue(getFinalValue(value));
    }
    if (value && typeof value.next == "function") {
      queue.push(value);
      return pump().catch(release);
    }
    return enqueue(value);
  };
  const endAfterStop = async (stop2) => {
    stopped = true;
    try {
      await finishStop(stages, stop2, enqueue, finished);
    } catch (error) {
      errorReadable(error);
      throw error;
    }
    flushed = true;
    closeReadable();
  };
  const writable = new WritableStream(
    {
      // `controller.signal` aborts during writer.abort() BEFORE the sink's
      // abort() callback runs. The spec waits for in-flight write() to
      // settle first — so if write() is awaiting pendingDrain, we'd
      // deadlock unless the signal listener wakes it.
      // Optional-chained because Bun ≤1.3.14 returns `undefined` for the
      // controller's signal (spec-required per WHATWG Streams §4.5.2 but
      // missing in Bun's builtin — see oven-sh/bun#31156 / PR #31157).
      // Fixed upstream (present in Bun 1.4.0); the chaining stays for older
      // Bun, which only loses the abort wakeup.
      start(controller) {
        writableController = controller;
        controller.signal?.addEventListener("abort", cancelProducer);
      },
      async write(chunk) {
        if (stopped) return;
        try {
          if (innerFns) {
            const r2 = next(chunk, innerFns, 0, enqueue);
            if (r2) await r2;
            return;
          }
          const r = processValue(fn(chunk));
          if (r) await r;
        } catch (error) {
          if (error === CANCEL2) return;
          if (isStop(error)) return endAfterStop(error);
          errorReadable(error);
          const failure = await releaseStages();
          throw failure === void 0 ? error : withCleanupError(error, failure);
        }
      },
      async close() {
        try {
          if (!stopped) {
            if (innerFns) {
              const r = flush(innerFns, 0, enqueue, finished);
              if (r) await r;
            } else if (isFlushable(fn)) {
              const r = processValue(noteFinal(fn(none), fn, finished));
              if (r) await r;
            }
            flushed = true;
          }
        } catch (error) {
          if (isStop(error)) return endAfterStop(error);
          if (error !== CANCEL2) {
            errorReadable(error);
            const failure = await releaseStages();
            throw failure === void 0 ? error : withCleanupError(error, failure);
          }
        }
        closeReadable();
      },
      abort(reason) {
        cancelProducer();
        errorReadable(reason);
        return releaseStages().then(rethrow);
      }
    },
    writableStrategy
  );
  return { readable, writable };
};
var asWebStream_default = asWebStream;

// node_modules/stream-chain/src/dataSource.js
var dataSource = (fn) => {
  if (typeof fn == "function") return fn;
  if (fn) {
    if (typeof fn[Symbol.asyncIterator] == "function") return fn[Symbol.asyncIterator].bind(fn);
    if (typeof fn[Symbol.iterator] == "function") return fn[Symbol.iterator].bind(fn);
  }
  throw new TypeError("The argument should be a function or an iterable object.");
};
var dataSource_default = dataSource;

// node_modules/stream-chain/src/index.js
var {
  isReadableWebStream: isReadableWebStream2,
  isWritableWebStream: isWritableWebStream2,
  isDuplexWebStream: isDuplexWebStream2,
  isReadableNodeStream: isReadableNodeStream2,
  isWritableNodeStream: isWritableNodeStream2,
  isDuplexNodeStream: isDuplexNodeStream2
} = defs_exports;
var groupFunctions = (output, fn, index, fns) => {
  if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
    output.push(fn);
    return output;
  }
  if (isDuplexWebStream2(fn)) {
    output.push(Duplex2.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (!index && isReadableWebStream2(fn)) {
    output.push(Readable.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (index === fns.length - 1 && isWritableWebStream2(fn)) {
    output.push(Writable.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (typeof fn != "function")
    throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
  if (!output.length) output.push([]);
  const last = output[output.length - 1];
  if (Array.isArray(last)) {
    last.push(fn);
  } else {
    output.push([fn]);
  }
  return output;
};
var produceStreams = (item) => {
  if (Array.isArray(item)) {
    if (!item.length) return null;
    if (item.length == 1) return item[0] && /** @type {any} */
    chain.asStream(item[0]);
    return (
      /** @type {any} */
      chain.asStream(
        /** @type {any} */
        chain.gen(...item)
      )
    );
  }
  return item;
};
var wrapFunctions = (fn, index, fns) => {
  if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
    return fn;
  }
  if (isDuplexWebStream2(fn)) {
    return Duplex2.fromWeb(fn, { objectMode: true });
  }
  if (!index && isReadableWebStream2(fn)) {
    return Readable.fromWeb(fn, { objectMode: true });
  }
  if (index === fns.length - 1 && isWritableWebStream2(fn)) {
    return Writable.fromWeb(fn, { objectMode: true });
  }
  if (typeof fn == "function") return (
    /** @type {any} */
    chain.asStream(fn)
  );
  throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
};
var write = (input, chunk, encoding, callback) => {
  let error = null;
  try {
    input.write(chunk, encoding, (e) => callback(e || error));
  } catch (e) {
    error = e;
  }
};
var final2 = (input, callback) => {
  let error = null;
  try {
    input.end(null, null, (e) => callback(e || error));
  } catch (e) {
    error = e;
  }
};
var read = (output) => {
  output.resume();
};
var chain = (fns, options) => {
  if (!Array.isArray(fns) || !fns.length) {
    throw TypeError("Chain's first argument should be a non-empty array.");
  }
  fns = fns.flat(Infinity).filter((fn) => fn);
  const streams = (options?.noGrouping ? fns.map(wrapFunctions) : fns.map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity).reduce(groupFunctions, []).map(produceStreams)).filter((s) => s), input = streams[0], output = streams.reduce((output2, item) => output2 && output2.pipe(item) || item);
  let stream = null;
  let writeMethod = (chunk, encoding, callback) => write(input, chunk, encoding, callback), finalMethod = (callback) => final2(input, callback), readMethod = () => read(output);
  if (!isWritableNodeStream2(input)) {
    writeMethod = (_1, _2, callback) => callback(null);
    finalMethod = (callback) => callback(null);
    input.on("end", () => stream.end());
  }
  if (isReadableNodeStream2(output)) {
    output.on("data", (chunk) => !stream.push(chunk) && output.pause());
    output.on("end", () => stream.push(null));
  } else {
    readMethod = () => {
    };
    output.on("finish", () => stream.push(null));
  }
  stream = /** @type {Duplex & {streams: any[], input: any, output: any}} */
  new Duplex2({
    writableObjectMode: true,
    readableObjectMode: true,
    ...options,
    readable: isReadableNodeStream2(output),
    writable: isWritableNodeStream2(input),
    write: writeMethod,
    final: finalMethod,
    read: readMethod,
    destroy(error, callback) {
      if (!stream.writableFinished || !stream.readableEnded) {
        for (const item of streams) item.destroy();
      }
      callback(error);
    }
  });
  stream.streams = streams;
  stream.input = input;
  stream.output = output;
  if (!isReadableNodeStream2(output)) {
    stream.resume();
  }
  if (!options?.skipEvents) {
    streams.forEach((item) => item.on("error", (error) => stream.emit("error", error)));
  }
  return stream;
};
chain.none = none;
chain.stop = stop;
chain.Stop = Stop;
chain.stopErrorSymbol = stopErrorSymbol;
chain.isStop = isStop;
chain.finalSymbol = finalSymbol;
chain.finalValue = finalValue;
chain.final = final;
chain.isFinalValue = isFinalValue;
chain.getFinalValue = getFinalValue;
chain.manySymbol = manySymbol;
chain.many = many;
chain.isMany = isMany;
chain.getManyValues = getManyValues;
chain.flushSymbol = flushSymbol;
chain.flushable = flushable;
chain.isFlushable = isFlushable;
chain.abortSymbol = abortSymbol;
chain.fListSymbol = fListSymbol;
chain.isFunctionList = isFunctionList;
chain.getFunctionList = getFunctionList;
chain.setFunctionList = setFunctionList;
chain.clearFunctionList = clearFunctionList;
chain.toMany = toMany;
chain.normalizeMany = normalizeMany;
chain.combineMany = combineMany;
chain.combineManyMut = combineManyMut;
chain.chain = chain;
chain.chainUnchecked = chain;
chain.gen = gen_default;
chain.asStream = asStream_default;
chain.asWebStream = asWebStream_default;
chain.dataSource = dataSource_default;

// node_modules/stream-chain/src/fun.js
var asArray = (...fns) => {
  fns = fns.filter((fn) => fn).flat(Infinity).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    fns = [(x) => x];
  }
  let flushed = false, stopAt = 0;
  const noteStop = (error) => {
    if (isStop(error)) stopAt = stopIndex(error, fns);
    throw error;
  };
  let g = (value) => {
    if (flushed) throw Error("Call to a flushed pipe.");
    const results = [], push = (v) => {
      results.push(v);
    };
    let pending;
    if (value !== none) {
      try {
        pending = next(value, fns, 0, push);
      } catch (error) {
        noteStop(error);
      }
    } else {
      flushed = true;
      pending = flush(fns, stopAt, push);
    }
    return pending && typeof pending.then == "function" ? pending.then(() => results, noteStop) : results;
  };
  const needToFlush = fns.some((fn) => isFlushable(fn));
  if (needToFlush) g = flushable(g);
  return setFunctionList(g, fns);
};
var fun = (...fns) => {
  const f = asArray(...fns);
  let g = (value) => {
    const result = (
      /** @type {any} */
      f(value)
    );
    if (result && typeof result.then == "function") {
      return result.then((results) => many(results));
    }
    return many(result);
  };
  if (isFlushable(f)) g = flushable(g);
  return setFunctionList(g, getFunctionList(f));
};
var fun_default = fun;

// node_modules/stream-chain/src/web/index.js
var groupFunctions2 = (output, item, index, items) => {
  if (isDuplexWebStream(item)) {
    output.push(item);
    return output;
  }
  if (!index && isReadableWebStream(item)) {
    output.push({ readable: item, writable: null });
    return output;
  }
  if (index === items.length - 1 && isWritableWebStream(item)) {
    output.push({ readable: null, writable: item });
    return output;
  }
  if (typeof item !== "function") {
    throw new TypeError(`Item #${index} is not a Web Streams object or function.`);
  }
  if (!output.length) output.push([]);
  const last = output[output.length - 1];
  if (Array.isArray(last)) {
    last.push(item);
  } else {
    output.push([item]);
  }
  return output;
};
var makeProduceStages = (options) => (item) => {
  if (Array.isArray(item)) {
    if (!item.length) return null;
    if (item.length === 1) return (
      /** @type {any} */
      chain2.asWebStream(item[0], options)
    );
    return (
      /** @type {any} */
      chain2.asWebStream(
        /** @type {any} */
        chain2.gen(...item),
        options
      )
    );
  }
  return item;
};
var chain2 = (fns, options) => {
  if (!Array.isArray(fns) || !fns.length) {
    throw new TypeError("Chain's first argument should be a non-empty array.");
  }
  fns = fns.flat(Infinity).filter(Boolean).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    throw new TypeError("Chain's first argument is empty after flattening.");
  }
  const stages = fns.reduce(groupFunctions2, []).map(makeProduceStages(options)).filter((s) => s);
  for (let i = 0; i < stages.length - 1; ++i) {
    const from = stages[i].readable;
    const to = stages[i + 1].writable;
    if (!from) {
      throw new TypeError(`Stage #${i} has no readable side; cannot pipe to next stage.`);
    }
    if (!to) {
      throw new TypeError(`Stage #${i + 1} has no writable side; cannot accept input.`);
    }
    from.pipeTo(to).catch(() => {
    });
  }
  const c = {
    readable: stages[stages.length - 1].readable,
    writable: stages[0].writable,
    streams: stages,
    input: stages[0],
    output: stages[stages.length - 1]
  };
  return c;
};
chain2.none = none;
chain2.stop = stop;
chain2.Stop = Stop;
chain2.stopErrorSymbol = stopErrorSymbol;
chain2.isStop = isStop;
chain2.finalSymbol = finalSymbol;
chain2.finalValue = finalValue;
chain2.final = final;
chain2.isFinalValue = isFinalValue;
chain2.getFinalValue = getFinalValue;
chain2.manySymbol = manySymbol;
chain2.many = many;
chain2.isMany = isMany;
chain2.getManyValues = getManyValues;
chain2.flushSymbol = flushSymbol;
chain2.flushable = flushable;
chain2.isFlushable = isFlushable;
chain2.abortSymbol = abortSymbol;
chain2.fListSymbol = fListSymbol;
chain2.isFunctionList = isFunctionList;
chain2.getFunctionList = getFunctionList;
chain2.setFunctionList = setFunctionList;
chain2.clearFunctionList = clearFunctionList;
chain2.toMany = toMany;
chain2.normalizeMany = normalizeMany;
chain2.combineMany = combineMany;
chain2.combineManyMut = combineManyMut;
chain2.chain = chain2;
chain2.chainUnchecked = chain2;
chain2.gen = gen_default;
chain2.fun = fun_default;
chain2.asWebStream = asWebStream_default;
chain2.dataSource = dataSource_default;

// node_modules/stream-chain/src/core/index.js
var chain3 = (fns, _options) => {
  const flat = (Array.isArray(fns) ? fns : []).flat(Infinity).filter(Boolean).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  const g = gen_default(...flat);
  const c = async function* (input) {
    if (input == null) return;
    if (typeof input === "string" || input[Symbol.asyncIterator] === void 0 && input[Symbol.iterator] === void 0) {
      yield* g(input);
      return;
    }
    for await (const value of input) yield* g(value);
  };
  c.streams = null;
  c.input = null;
  c.output = null;
  return c;
};
chain3.none = none;
chain3.stop = stop;
chain3.Stop = Stop;
chain3.stopErrorSymbol = stopErrorSymbol;
chain3.isStop = isStop;
chain3.finalSymbol = finalSymbol;
chain3.finalValue = finalValue;
chain3.final = final;
chain3.isFinalValue = isFinalValue;
chain3.getFinalValue = getFinalValue;
chain3.manySymbol = manySymbol;
chain3.many = many;
chain3.isMany = isMany;
chain3.getManyValues = getManyValues;
chain3.flushSymbol = flushSymbol;
chain3.flushable = flushable;
chain3.isFlushable = isFlushable;
chain3.abortSymbol = abortSymbol;
chain3.fListSymbol = fListSymbol;
chain3.isFunctionList = isFunctionList;
chain3.getFunctionList = getFunctionList;
chain3.setFunctionList = setFunctionList;
chain3.clearFunctionList = clearFunctionList;
chain3.toMany = toMany;
chain3.normalizeMany = normalizeMany;
chain3.combineMany = combineMany;
chain3.combineManyMut = combineManyMut;
chain3.chain = chain3;
chain3.chainUnchecked = chain3;
chain3.gen = gen_default;
chain3.fun = fun_default;
chain3.dataSource = dataSource_default;

// node_modules/stream-chain/src/utils/fixUtf8Stream.js
var dropBOM = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
var makeTextDecoderImpl = (options) => {
  const textDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let atStart = !options?.ignoreBOM;
  return flushable((chunk) => {
    let s;
    if (chunk === none) s = textDecoder.decode();
    else if (typeof chunk == "string") s = chunk;
    else if (chunk instanceof Uint8Array) s = textDecoder.decode(chunk, { stream: true });
    else throw new TypeError("Expected a string or a Uint8Array");
    if (!atStart || !s) return s;
    atStart = false;
    return dropBOM(s);
  });
};
var makeStringDecoderImpl = (StringDecoder) => (options) => {
  const stringDecoder = new StringDecoder();
  let atStart = !options?.ignoreBOM;
  return flushable((chunk) => {
    let s;
    if (chunk === none) s = stringDecoder.end();
    else if (typeof chunk == "string") s = chunk;
    else if (chunk instanceof Uint8Array) s = stringDecoder.write(chunk);
    else throw new TypeError("Expected a string or a Uint8Array");
    if (!atStart || !s) return s;
    atStart = false;
    return dropBOM(s);
  });
};
var impl = makeTextDecoderImpl;
var isDeno = typeof globalThis["Deno"] == "object" && globalThis["Deno"]?.version;
var isBun = typeof globalThis["Bun"] == "object" && globalThis["Bun"]?.version;
var isNode = !isDeno && !isBun && typeof process == "object" && process?.versions?.node;
var readyPromise = isNode ? import("node:string_decoder").then(
  ({ StringDecoder }) => {
    impl = makeStringDecoderImpl(StringDecoder);
  },
  () => {
  }
  // squelch — stick with TextDecoder
) : Promise.resolve();
var fixUtf8Stream = (options) => impl(options);
var fixUtf8Stream_default = fixUtf8Stream;

// node_modules/stream-json/src/core/utils/max-depth.js
var DEFAULT_MAX_DEPTH = 1024;
var max_depth_default = DEFAULT_MAX_DEPTH;

// node_modules/stream-json/src/core/utils/max-packed-length.js
var DEFAULT_MAX_PACKED_LENGTH = 2 ** 28;
var max_packed_length_default = DEFAULT_MAX_PACKED_LENGTH;

// node_modules/stream-json/src/core/parser.js
var patterns = {
  value1: /[\"\{\[\]\-\d]|true\b|false\b|null\b|\s{1,256}/y,
  string: /[^\x00-\x1f\"\\]{1,256}|\\[bfnrt\"\\\/]|\\u[\da-fA-F]{4}|\"/y,
  numberStart: /\d/y,
  numberDigit: /\d{0,256}/y,
  numberFraction: /[\.eE]/y,
  numberExponent: /[eE]/y,
  numberExpSign: /[-+]/y
};
var MAX_PATTERN_SIZE = 16;
patterns.numberFracStart = patterns.numberExpStart = patterns.numberStart;
patterns.numberFracDigit = patterns.numberExpDigit = patterns.numberDigit;
var expected = { object: "objectStop", array: "arrayStop", "": "done" };
var tokenStartObject = { name: "startObject" };
var tokenEndObject = { name: "endObject" };
var tokenStartArray = { name: "startArray" };
var tokenEndArray = { name: "endArray" };
var tokenStartString = { name: "startString" };
var tokenEndString = { name: "endString" };
var tokenStartNumber = { name: "startNumber" };
var tokenEndNumber = { name: "endNumber" };
var tokenStartKey = { name: "startKey" };
var tokenEndKey = { name: "endKey" };
var literalTokens = {
  true: { name: "trueValue", value: true },
  false: { name: "falseValue", value: false },
  null: { name: "nullValue", value: null }
};
var fromHex = (s) => String.fromCharCode(parseInt(s.slice(2), 16));
var codes = { b: "\b", f: "\f", n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\", "/": "/" };
var ASCII_TAB = "	".charCodeAt(0);
var ASCII_LF = "\n".charCodeAt(0);
var ASCII_CR = "\r".charCodeAt(0);
var ASCII_SPACE = " ".charCodeAt(0);
var ASCII_QUOTE = '"'.charCodeAt(0);
var ASCII_BACKSLASH = "\\".charCodeAt(0);
var ASCII_OPEN_BRACE = "{".charCodeAt(0);
var ASCII_CLOSE_BRACE = "}".charCodeAt(0);
var ASCII_OPEN_BRACKET = "[".charCodeAt(0);
var ASCII_CLOSE_BRACKET = "]".charCodeAt(0);
var ASCII_MINUS = "-".charCodeAt(0);
var ASCII_COLON = ":".charCodeAt(0);
var ASCII_COMMA = ",".charCodeAt(0);
var ASCII_ZERO = "0".charCodeAt(0);
var ASCII_NINE = "9".charCodeAt(0);
var ASCII_UPPER_A = "A".charCodeAt(0);
var ASCII_UPPER_F = "F".charCodeAt(0);
var ASCII_LOWER_A = "a".charCodeAt(0);
var ASCII_LOWER_F = "f".charCodeAt(0);
var ASCII_LOWER_N = "n".charCodeAt(0);
var ASCII_LOWER_T = "t".charCodeAt(0);
var ASCII_LOWER_U = "u".charCodeAt(0);
var HIGH_SURROGATE_FIRST = 55296;
var HIGH_SURROGATE_LAST = 56319;
var TERM = [];
for (const ch of ",}] 	\n\r") TERM[ch.charCodeAt(0)] = 1;
var numberFull = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
var HEX = (c) => c >= ASCII_ZERO && c <= ASCII_NINE || c >= ASCII_UPPER_A && c <= ASCII_UPPER_F || c >= ASCII_LOWER_A && c <= ASCII_LOWER_F;
var jsonParser = (options) => {
  let packKeys = true, packStrings = true, packNumbers = true, streamKeys = true, streamStrings = true, streamNumbers = true, jsonStreaming = false;
  if (options) {
    "packValues" in options && (packKeys = packStrings = packNumbers = options.packValues);
    "packKeys" in options && (packKeys = options.packKeys);
    "packStrings" in options && (packStrings = options.packStrings);
    "packNumbers" in options && (packNumbers = options.packNumbers);
    "streamValues" in options && (streamKeys = streamStrings = streamNumbers = options.streamValues);
    "streamKeys" in options && (streamKeys = options.streamKeys);
    "streamStrings" in options && (streamStrings = options.streamStrings);
    "streamNumbers" in options && (streamNumbers = options.streamNumbers);
    jsonStreaming = options.jsonStreaming;
  }
  !packKeys && (streamKeys = true);
  !packStrings && (streamStrings = true);
  !packNumbers && (streamNumbers = true);
  const maxDepth = options?.maxDepth ?? max_depth_default;
  const depthError = () => new RangeError(`parser: JSON nesting depth exceeds maxDepth (${maxDepth})`);
  const maxPackedLength = options?.maxPackedLength ?? max_packed_length_default;
  let done = false, expect = jsonStreaming ? "done" : "value", parent = "", openNumber = false, accumulator = "", heldSurrogate = "", buffer = "";
  const stack = [];
  const pushStringChunk = (tokens, value) => {
    if (heldSurrogate) {
      value = heldSurrogate + value;
      heldSurrogate = "";
    }
    const last = value.charCodeAt(value.length - 1);
    if (last >= HIGH_SURROGATE_FIRST && last <= HIGH_SURROGATE_LAST) {
      heldSurrogate = value.charAt(value.length - 1);
      if (value.length === 1) return;
      value = value.slice(0, -1);
    }
    tokens.push({ name: "stringChunk", value });
  };
  return flushable((buf) => {
    const tokens = [];
    if (buf === none) {
      done = true;
    } else {
      buffer += buf;
    }
    let match, fm, s, e, q, rs, cc, value, index = 0;
    main: for (; ; ) {
      switch (expect) {
        case "value1":
        case "value": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser has expected a value");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_QUOTE) {
            q = index + 1;
            rs = q;
            s = "";
            for (; ; ) {
              if (q >= buffer.length) {
                q = -1;
                break;
              }
              e = buffer.charCodeAt(q);
              if (e === ASCII_QUOTE) {
                s += buffer.slice(rs, q);
                break;
              }
              if (e < ASCII_SPACE) {
                q = -1;
                break;
              }
              if (e === ASCII_BACKSLASH) {
                if (q + 1 >= buffer.length) {
                  q = -1;
                  break;
                }
                cc = buffer.charCodeAt(q + 1);
                if (cc === ASCII_LOWER_U) {
                  if (q + 6 > buffer.length || !(HEX(buffer.charCodeAt(q + 2)) && HEX(buffer.charCodeAt(q + 3)) && HEX(buffer.charCodeAt(q + 4)) && HEX(buffer.charCodeAt(q + 5)))) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + String.fromCharCode(parseInt(buffer.slice(q + 2, q + 6), 16));
                  q += 6;
                } else {
                  value = codes[buffer.charAt(q + 1)];
                  if (value === void 0) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + value;
                  q += 2;
                }
                rs = q;
                continue;
              }
              ++q;
            }
            if (q >= 0) {
              if (streamStrings) {
                tokens.push(tokenStartString);
                if (s) tokens.push({ name: "stringChunk", value: s });
                tokens.push(tokenEndString);
              }
              if (packStrings) tokens.push({ name: "stringValue", value: s });
              index = q + 1;
              expect = expected[parent];
              continue main;
            }
            if (streamStrings) tokens.push(tokenStartString);
            expect = "string";
            ++index;
            continue main;
          }
          if (cc === ASCII_OPEN_BRACE) {
            if (stack.length >= maxDepth) throw depthError();
            tokens.push(tokenStartObject);
            stack.push(parent);
            parent = "object";
            expect = "key1";
            ++index;
            continue main;
          }
          if (cc === ASCII_OPEN_BRACKET) {
            if (stack.length >= maxDepth) throw depthError();
            tokens.push(tokenStartArray);
            stack.push(parent);
            parent = "array";
            expect = "value1";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACKET) {
            if (expect !== "value1") throw new Error("Parser cannot parse input: unexpected token ']'");
            tokens.push(tokenEndArray);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          if (cc === ASCII_MINUS || cc >= ASCII_ZERO && cc <= ASCII_NINE) {
            numberFull.lastIndex = index;
            fm = numberFull.exec(buffer);
            if (fm) {
              e = index + fm[0].length;
              if (e < buffer.length && TERM[buffer.charCodeAt(e)]) {
                s = fm[0];
                if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: s }, tokenEndNumber);
                if (packNumbers) tokens.push({ name: "numberValue", value: s });
                index = e;
                expect = expected[parent];
                continue main;
              }
            }
            openNumber = true;
            if (cc === ASCII_MINUS) {
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: "-" });
              packNumbers && (accumulator = "-");
              expect = "numberStart";
            } else if (cc === ASCII_ZERO) {
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: "0" });
              packNumbers && (accumulator = "0");
              expect = "numberFraction";
            } else {
              s = buffer.charAt(index);
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: s });
              packNumbers && (accumulator = s);
              expect = "numberDigit";
            }
            ++index;
            continue main;
          }
          if (cc === ASCII_LOWER_T || cc === ASCII_LOWER_F || cc === ASCII_LOWER_N) {
            patterns.value1.lastIndex = index;
            match = patterns.value1.exec(buffer);
            if (!match) {
              if (done || index + MAX_PATTERN_SIZE < buffer.length) {
                throw new Error("Parser cannot parse input: expected a value");
              }
              break main;
            }
            value = match[0];
            if (buffer.length - index === value.length && !done) break main;
            tokens.push(literalTokens[value]);
            expect = expected[parent];
            index += value.length;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected a value");
        }
        // incremental string body (escapes / long / cross-chunk)
        case "keyVal":
        case "string":
          patterns.string.lastIndex = index;
          match = patterns.string.exec(buffer);
          if (!match) {
            if (index < buffer.length && (done || buffer.length - index >= 6)) throw new Error("Parser cannot parse input: escaped characters");
            if (done) throw new Error("Parser has expected a string value");
            break main;
          }
          value = match[0];
          if (value === '"') {
            if (heldSurrogate) {
              tokens.push({ name: "stringChunk", value: heldSurrogate });
              heldSurrogate = "";
            }
            if (expect === "keyVal") {
              if (streamKeys) tokens.push(tokenEndKey);
              if (packKeys) {
                tokens.push({ name: "keyValue", value: accumulator });
                accumulator = "";
              }
              expect = "colon";
            } else {
              if (streamStrings) tokens.push(tokenEndString);
              if (packStrings) {
                tokens.push({ name: "stringValue", value: accumulator });
                accumulator = "";
              }
              expect = expected[parent];
            }
          } else if (value.length > 1 && value.charAt(0) === "\\") {
            const t = value.length == 2 ? codes[value.charAt(1)] : fromHex(value);
            if (expect === "keyVal" ? streamKeys : streamStrings) {
              pushStringChunk(tokens, t);
            }
            if (expect === "keyVal" ? packKeys : packStrings) {
              accumulator += t;
            }
          } else {
            if (expect === "keyVal" ? streamKeys : streamStrings) {
              pushStringChunk(tokens, value);
            }
            if (expect === "keyVal" ? packKeys : packStrings) {
              accumulator += value;
            }
          }
          index += value.length;
          break;
        case "key1":
        case "key": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected an object key");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_QUOTE) {
            q = index + 1;
            rs = q;
            s = "";
            for (; ; ) {
              if (q >= buffer.length) {
                q = -1;
                break;
              }
              e = buffer.charCodeAt(q);
              if (e === ASCII_QUOTE) {
                s += buffer.slice(rs, q);
                break;
              }
              if (e < ASCII_SPACE) {
                q = -1;
                break;
              }
              if (e === ASCII_BACKSLASH) {
                if (q + 1 >= buffer.length) {
                  q = -1;
                  break;
                }
                cc = buffer.charCodeAt(q + 1);
                if (cc === ASCII_LOWER_U) {
                  if (q + 6 > buffer.length || !(HEX(buffer.charCodeAt(q + 2)) && HEX(buffer.charCodeAt(q + 3)) && HEX(buffer.charCodeAt(q + 4)) && HEX(buffer.charCodeAt(q + 5)))) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + String.fromCharCode(parseInt(buffer.slice(q + 2, q + 6), 16));
                  q += 6;
                } else {
                  value = codes[buffer.charAt(q + 1)];
                  if (value === void 0) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + value;
                  q += 2;
                }
                rs = q;
                continue;
              }
              ++q;
            }
            if (q >= 0) {
              if (streamKeys) {
                tokens.push(tokenStartKey);
                if (s) tokens.push({ name: "stringChunk", value: s });
                tokens.push(tokenEndKey);
              }
              if (packKeys) tokens.push({ name: "keyValue", value: s });
              index = q + 1;
              expect = "colon";
              continue main;
            }
            if (streamKeys) tokens.push(tokenStartKey);
            expect = "keyVal";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACE) {
            if (expect !== "key1") throw new Error("Parser cannot parse input: unexpected token '}'");
            tokens.push(tokenEndObject);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected an object key");
        }
        case "colon": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected ':'");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_COLON) {
            expect = "value";
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected ':'");
        }
        case "arrayStop":
        case "objectStop": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected ','");
            break main;
          }
          if (openNumber) {
            if (streamNumbers) tokens.push(tokenEndNumber);
            openNumber = false;
            if (packNumbers) {
              tokens.push({ name: "numberValue", value: accumulator });
              accumulator = "";
            }
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_COMMA) {
            expect = expect === "arrayStop" ? "value" : "key";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACE || cc === ASCII_CLOSE_BRACKET) {
            if (cc === ASCII_CLOSE_BRACE ? expect === "arrayStop" : expect !== "arrayStop") {
              throw new Error("Parser cannot parse input: expected '" + (expect === "arrayStop" ? "]" : "}") + "'");
            }
            tokens.push(cc === ASCII_CLOSE_BRACE ? tokenEndObject : tokenEndArray);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected ','");
        }
        // number chunks — cross-chunk / fallback
        case "numberStart":
          patterns.numberStart.lastIndex = index;
          match = patterns.numberStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a starting digit");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = value === "0" ? "numberFraction" : "numberDigit";
          index += value.length;
          break;
        case "numberDigit":
          patterns.numberDigit.lastIndex = index;
          match = patterns.numberDigit.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a digit");
            break main;
          }
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length) {
              expect = "numberFraction";
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "numberFraction":
          patterns.numberFraction.lastIndex = index;
          match = patterns.numberFraction.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = value === "." ? "numberFracStart" : "numberExpSign";
          index += value.length;
          break;
        case "numberFracStart":
          patterns.numberFracStart.lastIndex = index;
          match = patterns.numberFracStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a fractional part of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberFracDigit";
          index += value.length;
          break;
        case "numberFracDigit":
          patterns.numberFracDigit.lastIndex = index;
          match = patterns.numberFracDigit.exec(buffer);
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length) {
              expect = "numberExponent";
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "numberExponent":
          patterns.numberExponent.lastIndex = index;
          match = patterns.numberExponent.exec(buffer);
          if (!match) {
            if (index < buffer.length) {
              expect = expected[parent];
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpSign";
          index += value.length;
          break;
        case "numberExpSign":
          patterns.numberExpSign.lastIndex = index;
          match = patterns.numberExpSign.exec(buffer);
          if (!match) {
            if (index < buffer.length) {
              expect = "numberExpStart";
              break;
            }
            if (done) throw new Error("Parser has expected an exponent value of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpStart";
          index += value.length;
          break;
        case "numberExpStart":
          patterns.numberExpStart.lastIndex = index;
          match = patterns.numberExpStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected an exponent part of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpDigit";
          index += value.length;
          break;
        case "numberExpDigit":
          patterns.numberExpDigit.lastIndex = index;
          match = patterns.numberExpDigit.exec(buffer);
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length || done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "done": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              if (openNumber) {
                if (streamNumbers) tokens.push(tokenEndNumber);
                openNumber = false;
                if (packNumbers) {
                  tokens.push({ name: "numberValue", value: accumulator });
                  accumulator = "";
                }
              }
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) break main;
          if (jsonStreaming) {
            if (openNumber) {
              if (streamNumbers) tokens.push(tokenEndNumber);
              openNumber = false;
              if (packNumbers) {
                tokens.push({ name: "numberValue", value: accumulator });
                accumulator = "";
              }
            }
            expect = "value";
            continue main;
          }
          throw new Error("Parser cannot parse input: unexpected characters");
        }
      }
    }
    if (done && openNumber) {
      if (streamNumbers) tokens.push(tokenEndNumber);
      openNumber = false;
      if (packNumbers) {
        tokens.push({ name: "numberValue", value: accumulator });
        accumulator = "";
      }
    }
    if (accumulator.length > maxPackedLength) throw new RangeError(`parser: a packed value exceeds maxPackedLength (${maxPackedLength})`);
    buffer = buffer.slice(index);
    return tokens.length ? many(tokens) : none;
  });
};
var parser = (options) => gen_default(fixUtf8Stream_default(options), jsonParser(options));
parser.parser = parser;
var parser_default = parser;

// node_modules/stream-json/src/parser.js
parser_default.asStream = (options) => asStream_default(parser_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
parser_default.asWebStream = (options) => asWebStream_default(parser_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
var parser_default2 = parser_default;

// node_modules/stream-json/src/index.js
var parserStream = parser_default2.asStream;
var src_default2 = parserStream;

// node_modules/stream-json/src/core/utils/path-matcher.js
var DIVERGED = -1;
var MATCHED = -2;
var defaultFilter = () => true;
var toPart = (key) => key == null ? "" : "" + key;
var PathMatcher = class {
  constructor(filter, separator = ".") {
    this.filter = filter;
    this.separator = separator;
    this.stateful = true;
    if (typeof filter == "string") {
      this.filterWithSeparator = filter + separator;
      this.states = [0];
      return;
    }
    if (filter instanceof RegExp) {
      this.path = "";
      this.ends = [0];
      this.parent = "";
      this.level = 0;
      this.extend = this._extendRegExp;
      this.test = this._testRegExp;
      this.testRecorded = this._testRecordedRegExp;
      return;
    }
    this.stateful = false;
    this.extend = this._extendNothing;
    this.test = this.testRecorded = typeof filter == "function" ? filter : defaultFilter;
  }
  extend(stack) {
    const length = stack.length;
    if (length) this.states[length] = this._step(this.states[length - 1], stack[length - 1], length === 1);
  }
  test(stack, _chunk) {
    const length = stack.length;
    return this._isMatch(length ? this._step(this.states[length - 1], stack[length - 1], length === 1) : 0);
  }
  testRecorded(stack) {
    return this._isMatch(this.states[stack.length]);
  }
  _isMatch(state) {
    return state === MATCHED || state === this.filter.length;
  }
  // state: a position when the path is a proper prefix of filter + separator
  _step(state, key, isRoot) {
    if (!isRoot) state = this._append(state, this.separator);
    return this._append(state, toPart(key));
  }
  _append(state, part) {
    if (state < 0) return state;
    const filterWithSeparator = this.filterWithSeparator;
    if (part.length < filterWithSeparator.length - state) return filterWithSeparator.startsWith(part, state) ? state + part.length : DIVERGED;
    return part.startsWith(filterWithSeparator.slice(state)) ? MATCHED : DIVERGED;
  }
  _extendRegExp(stack) {
    const length = stack.length;
    if (!length) return;
    if (this.level !== length) {
      this.level = length;
      this.parent = this.path.slice(0, this.ends[length - 1]);
    }
    this.path = length === 1 ? toPart(stack[0]) : [this.parent, this.separator, toPart(stack[length - 1])].join("");
    this.ends[length] = this.path.length;
  }
  _testRegExp(stack, _chunk) {
    const length = stack.length, filter = this.filter;
    filter.lastIndex = 0;
    if (!length) return filter.test("");
    return filter.test(length === 1 ? toPart(stack[0]) : this.path.slice(0, this.ends[length - 1]) + this.separator + toPart(stack[length - 1]));
  }
  _testRecordedRegExp(stack) {
    const filter = this.filter;
    filter.lastIndex = 0;
    return filter.test(this.path.slice(0, this.ends[stack.length]));
  }
  _extendNothing(_stack) {
  }
};
var path_matcher_default = PathMatcher;

// node_modules/stream-json/src/core/filters/filter-base.js
var checkableTokens = {
  startObject: 1,
  startArray: 1,
  startString: 1,
  startNumber: 1,
  nullValue: 1,
  trueValue: 1,
  falseValue: 1,
  stringValue: 1,
  numberValue: 1
};
var stopTokens = {
  startObject: "endObject",
  startArray: "endArray",
  startString: "endString",
  startNumber: "endNumber"
};
var optionalTokens = { endString: "stringValue", endNumber: "numberValue" };
var defaultFilter2 = () => true;
var filterBase = ({
  specialAction = "accept",
  defaultAction = "ignore",
  nonCheckableAction = "process-key",
  transition
} = {}) => (options) => {
  const once = options?.once, separator = options?.pathSeparator || ".", maxDepth = options?.maxDepth ?? max_depth_default;
  let filter = defaultFilter2;
  let streamKeys = false, mirrorStreamKeys = true;
  if (options) {
    if (typeof options.filter == "function" || typeof options.filter == "string" || options.filter instanceof RegExp) {
      filter = options.filter;
    }
    if ("streamValues" in options) {
      streamKeys = options.streamValues;
      mirrorStreamKeys = false;
    }
    if ("streamKeys" in options) {
      streamKeys = options.streamKeys;
      mirrorStreamKeys = false;
    }
  }
  const sanitizedOptions = { ...options, filter, streamKeys, separator }, matcher = new path_matcher_default(options?.filter, separator), passToken = transition ? none : stop;
  let state = "check", stack = [], depth = 0, previousToken = "", endToken = "", optionalToken = "", startTransition = false, matched = false;
  return flushable((chunk) => {
    if (chunk === none) return transition && state !== "all" ? transition([], null, "flush", sanitizedOptions) : none;
    if (optionalToken) {
      if (optionalToken === chunk.name) {
        let returnToken2 = none;
        switch (state) {
          case "process-key":
            stack[stack.length - 1] = chunk.value;
            state = "check";
            break;
          case "accept-value":
            returnToken2 = chunk;
            state = once && matched ? "pass" : "check";
            break;
          default:
            state = once ? "all" : "check";
            break;
        }
        optionalToken = "";
        return returnToken2;
      }
      optionalToken = "";
      state = once && matched ? state === "reject-value" ? "all" : "pass" : "check";
    }
    let returnToken = none;
    recheck: for (; ; ) {
      switch (state) {
        case "process-key":
          if (chunk.name === "endKey") optionalToken = "keyValue";
          return none;
        case "pass":
          return passToken;
        case "all":
          return chunk;
        case "accept":
        case "reject":
          if (startTransition) {
            startTransition = false;
            returnToken = transition(stack, chunk, state, sanitizedOptions) || none;
          }
          switch (chunk.name) {
            case "startObject":
            case "startArray":
              ++depth;
              break;
            case "endObject":
            case "endArray":
              --depth;
              break;
          }
          if (state === "accept") {
            returnToken = combineManyMut(returnToken, chunk);
          }
          if (!depth) {
            if (once) {
              state = state === "accept" ? "pass" : "all";
            } else {
              state = "check";
            }
          }
          return returnToken;
        case "accept-value":
        case "reject-value":
          if (startTransition) {
            startTransition = false;
            returnToken = transition(stack, chunk, state, sanitizedOptions) || none;
          }
          if (state === "accept-value") {
            returnToken = combineManyMut(returnToken, chunk);
          }
          if (chunk.name === endToken) {
            optionalToken = optionalTokens[endToken];
            endToken = "";
          }
          return returnToken;
      }
      if (typeof stack[stack.length - 1] == "number") {
        switch (chunk.name) {
          case "startObject":
          case "startArray":
          case "startString":
          case "startNumber":
          case "nullValue":
          case "trueValue":
          case "falseValue":
            ++stack[stack.length - 1];
            break;
          case "numberValue":
            if (previousToken !== "endNumber") ++stack[stack.length - 1];
            break;
          case "stringValue":
            if (previousToken !== "endString") ++stack[stack.length - 1];
            break;
        }
      } else {
        if (chunk.name === "keyValue") stack[stack.length - 1] = chunk.value;
      }
      previousToken = chunk.name;
      let action = nonCheckableAction;
      if (checkableTokens[chunk.name] === 1) {
        if (stack.length > maxDepth) throw new RangeError(`filter: JSON nesting depth exceeds maxDepth (${maxDepth})`);
        action = matcher.test(stack, chunk) ? specialAction : defaultAction;
      }
      endToken = stopTokens[chunk.name] || "";
      matched = action === specialAction;
      switch (action) {
        case "process-key":
          if (chunk.name === "startKey") {
            if (mirrorStreamKeys) sanitizedOptions.streamKeys = true;
            state = "process-key";
            continue recheck;
          }
          break;
        case "accept-token":
          if (endToken && optionalTokens[endToken]) {
            state = "accept-value";
            startTransition = !!transition;
            continue recheck;
          }
          if (transition) returnToken = transition(stack, chunk, action, sanitizedOptions);
          returnToken = combineManyMut(returnToken, chunk);
          if (once && matched) state = "pass";
          break;
        case "accept":
          if (endToken) {
            state = optionalTokens[endToken] ? "accept-value" : "accept";
            startTransition = !!transition;
            continue recheck;
          }
          if (transition) returnToken = transition(stack, chunk, action, sanitizedOptions);
          returnToken = combineManyMut(returnToken, chunk);
          if (once) state = "pass";
          break;
        case "reject":
          if (endToken) {
            state = optionalTokens[endToken] ? "reject-value" : "reject";
            startTransition = !!transition;
            continue recheck;
          }
          if (transition) returnToken = transition(stack, chunk, action, sanitizedOptions);
          if (once) state = "all";
          break;
        case "pass":
          state = "pass";
          continue recheck;
      }
      break;
    }
    switch (chunk.name) {
      case "startObject":
        matcher.extend(stack);
        stack.push(null);
        break;
      case "startArray":
        matcher.extend(stack);
        stack.push(-1);
        break;
      case "endObject":
      case "endArray":
        stack.pop();
        break;
    }
    return returnToken;
  });
};
var makeStackDiffer = (previousStack = []) => (stack, chunk, options) => {
  const returnTokens = [];
  let commonLength = 0;
  for (const n = Math.min(stack.length, previousStack.length); commonLength < n && stack[commonLength] === previousStack[commonLength]; ++commonLength) ;
  for (let i = previousStack.length - 1; i > commonLength; --i) {
    returnTokens.push({ name: typeof previousStack[i] == "number" ? "endArray" : "endObject" });
  }
  if (commonLength < previousStack.length) {
    if (commonLength < stack.length) {
      const key = stack[commonLength];
      if (typeof key == "string") {
        if (options?.streamKeys) {
          returnTokens.push({ name: "startKey" }, { name: "stringChunk", value: key }, { name: "endKey" });
        }
        returnTokens.push({ name: "keyValue", value: key });
      } else if (typeof key == "number" && options?.skippedArrayValue) {
        for (let i = Math.max(0, previousStack[commonLength] + 1); i < key; ++i) {
          returnTokens.push(...options.skippedArrayValue);
        }
      }
      previousStack[commonLength] = key;
      ++commonLength;
    } else {
      returnTokens.push({ name: typeof previousStack[commonLength] == "number" ? "endArray" : "endObject" });
    }
  }
  previousStack.splice(commonLength);
  for (let i = commonLength; i < stack.length; ++i) {
    const key = stack[i];
    previousStack.push(key);
    if (typeof key == "number") {
      if (key >= 0) {
        returnTokens.push({ name: "startArray" });
        if (options?.skippedArrayValue) {
          for (let j = 0; j < key; ++j) {
            returnTokens.push(...options.skippedArrayValue);
          }
        }
      }
    } else if (typeof key == "string") {
      returnTokens.push({ name: "startObject" });
      if (options?.streamKeys) {
        returnTokens.push({ name: "startKey" }, { name: "stringChunk", value: key }, { name: "endKey" });
      }
      returnTokens.push({ name: "keyValue", value: key });
    }
  }
  switch (chunk?.name) {
    case "startObject":
      previousStack.push(null);
      break;
    case "startArray":
      previousStack.push(-1);
      break;
  }
  return many(returnTokens);
};
filterBase.filterBase = filterBase;
filterBase.makeStackDiffer = makeStackDiffer;
var filter_base_default = filterBase;

// node_modules/stream-json/src/core/filters/pick.js
var pick = (
  /** @type {any} */
  filter_base_default()
);
pick.pick = pick;
var pick_default = pick;

// node_modules/stream-json/src/core/utils/with-parser.js
var withParser = (fn, options) => gen_default(parser_default(options), fn(options));
withParser.withParser = withParser;
var with_parser_default = withParser;

// node_modules/stream-json/src/utils/with-parser.js
with_parser_default.asStream = (fn, options) => asStream_default(with_parser_default(fn, options), { ...options, writableObjectMode: false, readableObjectMode: true });
with_parser_default.asWebStream = (fn, options) => asWebStream_default(with_parser_default(fn, options), { ...options, writableObjectMode: false, readableObjectMode: true });
var with_parser_default2 = with_parser_default;

// node_modules/stream-json/src/filters/pick.js
pick_default.asStream = (options) => asStream_default(pick_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
pick_default.asWebStream = (options) => asWebStream_default(pick_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
pick_default.withParser = (options) => with_parser_default2(pick_default, { packKeys: true, ...options });
pick_default.withParserAsStream = (options) => (
  /** @type {any} */
  with_parser_default2.asStream(pick_default, { packKeys: true, ...options })
);
pick_default.withParserAsWebStream = (options) => (
  /** @type {any} */
  with_parser_default2.asWebStream(pick_default, { packKeys: true, ...options })
);
var pick_default2 = pick_default;

// node_modules/stream-json/src/core/assembler.js
var startObject = (Ctr) => (
  /** @this {Assembler} */
  function() {
    if (this.done) {
      this.done = false;
    } else {
      this.stack.push(this.current, this.key);
    }
    this.current = new Ctr();
    this.key = null;
  }
);
var Assembler = class _Assembler {
  static connectTo(stream, options) {
    return new _Assembler(options).connectTo(stream);
  }
  constructor(options) {
    this.stack = [];
    this.current = this.key = null;
    this.done = true;
    this._onDone = null;
    if (options) {
      this.reviver = typeof options.reviver == "function" && options.reviver;
      if (this.reviver) {
        this.stringValue = this._saveValue = this._saveValueWithReviver;
      }
      if (options.numberAsString) {
        this.numberValue = this.stringValue;
      }
      if (typeof options.onDone == "function") {
        this._onDone = options.onDone;
      }
    }
    this.tapChain = (chunk) => {
      if (this[chunk.name]) {
        this[chunk.name](chunk.value);
        if (this.done) return this.current;
      }
      return none;
    };
  }
  connectTo(stream) {
    const consume = (chunk) => {
      if (this[chunk.name]) {
        this[chunk.name](chunk.value);
        if (this.done) this._onDone?.(this);
      }
    };
    if (typeof stream?.getReader === "function") {
      const reader = stream.getReader();
      (async () => {
        try {
          for (; ; ) {
            const { done, value } = await reader.read();
            if (done) return;
            consume(value);
          }
        } finally {
          reader.releaseLock();
        }
      })();
    } else {
      stream.on("data", consume);
    }
    return this;
  }
  onDone(fn) {
    this._onDone = typeof fn == "function" ? fn : null;
    return this;
  }
  get depth() {
    return (this.stack.length >> 1) + (this.done ? 0 : 1);
  }
  get path() {
    const path = [];
    for (let i = 0; i < this.stack.length; i += 2) {
      const key = this.stack[i + 1];
      path.push(key === null ? this.stack[i].length : key);
    }
    return path;
  }
  dropToLevel(level) {
    if (level < this.depth) {
      if (level > 0) {
        const index = level - 1 << 1;
        this.current = this.stack[index];
        this.key = this.stack[index + 1];
        this.stack.splice(index);
      } else {
        this.stack = [];
        this.current = this.key = null;
        this.done = true;
      }
    }
    return this;
  }
  consume(chunk) {
    this[chunk.name]?.(chunk.value);
    return this;
  }
  keyValue(value) {
    this.key = value;
  }
  //stringValue() - aliased below to _saveValue()
  numberValue(value) {
    this._saveValue(parseFloat(value));
  }
  nullValue() {
    this._saveValue(null);
  }
  trueValue() {
    this._saveValue(true);
  }
  falseValue() {
    this._saveValue(false);
  }
  //startObject() - assigned below
  endObject() {
    if (this.stack.length) {
      const value = this.current;
      this.key = this.stack.pop();
      this.current = this.stack.pop();
      this._saveValue(value);
    } else {
      if (this.reviver) {
        this.current = this.reviver.call({ "": this.current }, "", this.current);
      }
      this.done = true;
    }
  }
  //startArray() - assigned below
  //endArray() - aliased below to endObject()
  _saveValue(value) {
    if (this.done) {
      this.current = value;
      return;
    }
    if (this.current instanceof Array) {
      this.current.push(value);
    } else {
      if (this.key === "__proto__") {
        Object.defineProperty(this.current, this.key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        this.current[this.key] = value;
      }
      this.key = null;
    }
  }
  _saveValueWithReviver(value) {
    if (this.done) {
      this.current = this.reviver.call({ "": value }, "", value);
      return;
    }
    if (this.current instanceof Array) {
      this.current.push(value);
      value = this.reviver.call(this.current, String(this.current.length - 1), value);
      if (value === void 0) {
        delete this.current[this.current.length - 1];
      } else {
        this.current[this.current.length - 1] = value;
      }
    } else {
      value = this.reviver.call(this.current, this.key, value);
      if (value !== void 0) {
        if (this.key === "__proto__") {
          Object.defineProperty(this.current, this.key, { value, writable: true, enumerable: true, configurable: true });
        } else {
          this.current[this.key] = value;
        }
      }
      this.key = null;
    }
  }
};
var proto = (
  /** @type {any} */
  Assembler.prototype
);
proto.stringValue = Assembler.prototype._saveValue;
proto.startObject = startObject(Object);
proto.startArray = startObject(Array);
proto.endArray = Assembler.prototype.endObject;
var assembler = (options) => new Assembler(options);
Assembler.assembler = assembler;

// node_modules/stream-json/src/core/streamers/stream-base.js
var Counter = class {
  constructor(initialDepth) {
    this.depth = initialDepth;
  }
  startObject() {
    ++this.depth;
  }
  endObject() {
    --this.depth;
  }
  startArray() {
    ++this.depth;
  }
  endArray() {
    --this.depth;
  }
};
var streamBase = ({ push, first, level }) => (options = {}) => {
  const { objectFilter, includeUndecided } = options;
  let asm = assembler(options);
  let state = first ? "first" : "check", savedAsm = null;
  if (typeof objectFilter != "function") {
    if (state === "check")
      return (chunk) => {
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            return push(asm);
          }
        }
        return none;
      };
    return (chunk) => {
      switch (state) {
        case "first":
          first(chunk);
          state = "accept";
        // fall through
        case "accept":
          if (asm[chunk.name]) {
            asm[chunk.name](chunk.value);
            if (asm.depth === level) {
              return push(asm);
            }
          }
          break;
      }
      return none;
    };
  }
  return (chunk) => {
    switch (state) {
      case "first":
        first(chunk);
        state = "check";
      // fall through
      case "check":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          const result = objectFilter(asm);
          if (result) {
            state = "accept";
            if (asm.depth === level) return push(asm);
          } else if (result === false) {
            if (asm.depth === level) return push(asm, true);
            state = "reject";
            savedAsm = asm;
            asm = new Counter(savedAsm.depth);
            savedAsm.dropToLevel(level);
          } else {
            if (asm.depth === level) return push(asm, !includeUndecided);
          }
        }
        break;
      case "accept":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            state = "check";
            return push(asm);
          }
        }
        break;
      case "reject":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            state = "check";
            asm = savedAsm;
            savedAsm = null;
            return push(asm, true);
          }
        }
        break;
    }
    return none;
  };
};
var stream_base_default = streamBase;

// node_modules/stream-json/src/core/streamers/stream-values.js
var streamValues = (options) => {
  let key = 0;
  return stream_base_default({
    level: 0,
    push(asm, discard) {
      if (discard) {
        ++key;
        return none;
      }
      const result = { key: key++, value: asm.current };
      asm.key = asm.current = null;
      return result;
    }
  })(options);
};
streamValues.streamValues = streamValues;
var stream_values_default = streamValues;

// node_modules/stream-json/src/streamers/stream-values.js
stream_values_default.asStream = (options) => asStream_default(stream_values_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
stream_values_default.asWebStream = (options) => asWebStream_default(stream_values_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
stream_values_default.withParser = (options) => with_parser_default2(stream_values_default, { packKeys: true, jsonStreaming: true, ...options });
stream_values_default.withParserAsStream = (options) => (
  /** @type {any} */
  with_parser_default2.asStream(stream_values_default, { packKeys: true, jsonStreaming: true, ...options })
);
stream_values_default.withParserAsWebStream = (options) => (
  /** @type {any} */
  with_parser_default2.asWebStream(stream_values_default, { packKeys: true, jsonStreaming: true, ...options })
);
var stream_values_default2 = stream_values_default;

// src/core/actuals/csv.ts
var COLUMNS = {
  start: ["start_time", "starttime", "starting_at", "timestamp", "created", "date", "time"],
  end: ["end_time", "endtime", "ending_at"],
  input: ["input_tokens", "prompt_tokens"],
  cached: ["cached_input_tokens", "input_cached_tokens", "cached_tokens", "cache_read_input_tokens"],
  writes: ["cache_write_tokens", "cache_creation_input_tokens"],
  output: ["output_tokens", "completion_tokens"],
  requests: ["requests", "num_model_requests", "request_count"],
  billed: ["cost", "spend", "billed", "cost_usd"]
};
function pick2(row, names) {
  for (const name of names) if (row[name] !== void 0 && row[name] !== "") return name;
  return void 0;
}
function need(row, names) {
  const name = pick2(row, names);
  if (!name) throw new BadRecord("missing-field", `${names[0]} is missing`);
  return name;
}
function csvRecord(row, position) {
  const start = timeOf(row, need(row, COLUMNS.start));
  const endColumn = pick2(row, COLUMNS.end);
  const input = count(row, need(row, COLUMNS.input), true);
  const cachedColumn = pick2(row, COLUMNS.cached);
  const writesColumn = pick2(row, COLUMNS.writes);
  const cached = cachedColumn ? count(row, cachedColumn) ?? 0 : 0;
  const writes = writesColumn ? count(row, writesColumn) ?? 0 : 0;
  if (cached + writes > input)
    throw new BadRecord("invalid", `cached (${cached}) and cache-write (${writes}) tokens exceed input (${input}), which includes them`);
  const requestsColumn = pick2(row, COLUMNS.requests);
  const id = text(row, "request_id");
  const record = {
    source: "usage-log",
    kind: "usage",
    start,
    end: endColumn ? timeOf(row, endColumn) : start,
    requests: requestsColumn ? count(row, requestsColumn) ?? 1 : 1,
    uncachedInput: input - cached - writes,
    cachedInput: cached,
    cacheWrite5m: writes,
    cacheWrite1h: 0,
    output: count(row, need(row, COLUMNS.output), true),
    mode: String(row.batch).toLowerCase() === "true" || row.service_tier === "batch" ? "batch" : "standard",
    attributes: {},
    identity: id ? `usage-csv\0${id}` : `usage-csv\0${position}`
  };
  const billedColumn = pick2(row, COLUMNS.billed);
  if (billedColumn) record.billed = amount(row[billedColumn], billedColumn);
  const model = text(row, "model");
  if (model) record.model = model;
  const provider = text(row, "provider");
  if (provider) record.provider = provider;
  for (const key of ["project_id", "api_key_id", "workspace_id"]) {
    const value = text(row, key);
    if (value) record.attributes[key] = value;
  }
  const service = text(row, "service.name") ?? text(row, "service_name");
  if (service) record.attributes["service.name"] = service;
  return record;
}

// src/adapters/usage-files.ts
function sinkAt(sink, file, line) {
  const where = { file, line };
  return { record: (r) => sink.add(r, where), reject: (e) => sink.reject(e, where), skip: (w) => sink.skip(w) };
}
async function* capped(stream, limits) {
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limits.maxBytes)
      throw new LineLimitError(`more than ${limits.maxBytes} bytes after decompression (raise the limit with --max-usage-bytes)`);
    yield chunk;
  }
}
async function usageShape(file, limits) {
  const opened = await openText(file);
  try {
    for await (const { text: text2 } of nonBlankLines(opened.text, limits)) {
      const first = text2.replace(/^\uFEFF/, "").trimStart();
      if (first.startsWith("[")) return "document";
      if (!first.startsWith("{")) return /^[\w ."-]+(,[\w ."-]+)+$/.test(first) ? "csv" : "lines";
      try {
        JSON.parse(first);
        return "lines";
      } catch {
        return first.trimEnd().endsWith("}") ? "lines" : "document";
      }
    }
    return "lines";
  } finally {
    opened.close();
  }
}
async function readLines(reading, text2) {
  const { file, display, sink, limits, counter } = reading;
  for await (const { number, text: content } of nonBlankLines(text2, limits)) {
    counter();
    let value;
    try {
      value = JSON.parse(number === 1 ? content.replace(/^\uFEFF/, "") : content);
    } catch {
      const at = jsonErrorAt(content.trim());
      sink.reject(new BadRecord("invalid", at ? `invalid JSON at column ${at.col}: ${at.problem}` : "invalid JSON"), {
        file: display,
        line: number
      });
      continue;
    }
    recordsOf(value, sinkAt(sink, display, number), `${file}:${number}`);
  }
}
var DOCUMENT_ITEMS = /^(\d+|data\.\d+|resourceSpans\.\d+)$/;
async function readDocument(reading, text2) {
  const { file, display, sink, limits, counter } = reading;
  const values = pipeline2(
    capped(text2, limits),
    src_default2(),
    pick_default2.asStream({ filter: DOCUMENT_ITEMS }),
    stream_values_default2.asStream(),
    () => {
    }
  );
  let index = 0;
  try {
    for await (const item of values) {
      counter();
      recordsOf(item.value, sinkAt(sink, display, 0), `${file}#${index++}`);
    }
  } catch (error) {
    throw withoutContent(error, `not valid JSON after ${index} item(s)`);
  }
}
function withoutContent(error, message) {
  if (error instanceof LineLimitError || error.code?.startsWith("E")) return error;
  return new Error(message);
}
async function readCsv(reading, text2) {
  const { file, display, sink, limits, counter } = reading;
  const rows = pipeline2(
    capped(text2, limits),
    parse({
      columns: (header) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: limits.maxLineBytes,
      info: true
    }),
    () => {
    }
  );
  let line = 0;
  try {
    for await (const { record, info } of rows) {
      counter();
      line = info.lines;
      guarded(sinkAt(sink, display, info.lines), () => csvRecord(record, `${file}:${info.lines}`));
    }
  } catch (error) {
    throw withoutContent(error, `not valid CSV near line ${Math.max(line, 1) + 1}`);
  }
}
async function readUsageFile(file, display, sink, counter, limits = DEFAULT_USAGE_LIMITS) {
  const shape = await usageShape(file, limits);
  const opened = await openText(file);
  const before = counter.bytes;
  const count2 = () => {
    counter.bytes = before + opened.raw.bytesRead;
  };
  try {
    const reading = { file, display, sink, limits, counter: count2 };
    if (shape === "lines") await readLines(reading, opened.text);
    else if (shape === "document") await readDocument(reading, opened.text);
    else await readCsv(reading, opened.text);
  } finally {
    opened.close();
  }
}

export {
  calibrationInput,
  SOURCE_NAMES,
  BAD_REASON_TEXT,
  BadRecord,
  recordsOf,
  UsageLogProblems,
  readUsageLog,
  usageShape,
  readUsageFile
};
