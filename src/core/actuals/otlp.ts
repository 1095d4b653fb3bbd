/**
 * OpenTelemetry GenAI spans (OTLP JSON, as the file exporter and the collector's file exporter
 * write them) as ActualRecords. One model call is one span carrying `gen_ai.usage.input_tokens`
 * and `gen_ai.usage.output_tokens` (semantic conventions for generative AI); cache reads and
 * writes (`gen_ai.usage.cache_read.input_tokens`, `gen_ai.usage.cache_creation.input_tokens`)
 * are part of input. Agent and tool spans may repeat their children's totals, so only model
 * calls are counted.
 */
import { BadRecord, type ActualRecord, type Sink } from "./record.js";
import { count, isObject, nanosTime, type Json } from "./fields.js";

type Primitive = string | number | boolean;

/** OTLP's `[{ key, value: { stringValue | intValue | doubleValue | boolValue } }]` as a plain object. */
function attributesOf(list: unknown): Record<string, Primitive> {
  const out: Record<string, Primitive> = Object.create(null) as Record<string, Primitive>;
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isObject(item) || typeof item.key !== "string" || !isObject(item.value)) continue;
    const v = item.value;
    const value = v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[item.key] = value;
  }
  return out;
}

/** Operations that wrap model calls rather than make one (their usage repeats their children's). */
const WRAPPERS = new Set(["invoke_agent", "create_agent", "execute_tool", "invoke_workflow"]);
const MAX_METADATA = 50;

function stringOf(attributes: Record<string, Primitive>, key: string): string | undefined {
  const value = attributes[key];
  return value === undefined || value === "" ? undefined : String(value);
}

function metadataOf(resource: Record<string, Primitive>, span: Record<string, Primitive>): Record<string, string> {
  const out: Record<string, string> = {};
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

function spanRecord(span: Json, resource: Record<string, Primitive>, sink: Sink): ActualRecord | undefined {
  const a = attributesOf(span.attributes);
  const hasUsage = "gen_ai.usage.input_tokens" in a || "gen_ai.usage.output_tokens" in a;
  const operation = stringOf(a, "gen_ai.operation.name");
  if (operation !== undefined && WRAPPERS.has(operation)) {
    sink.skip("agent or tool spans (their model calls are counted on their own spans)");
    return undefined;
  }
  if (!hasUsage) {
    const genAi = "gen_ai.request.model" in a || "gen_ai.response.model" in a;
    if (genAi) throw new BadRecord("missing-field", "a GenAI span without gen_ai.usage.input_tokens or gen_ai.usage.output_tokens");
    sink.skip("spans that are not GenAI model calls");
    return undefined;
  }
  const input = count(a, "gen_ai.usage.input_tokens", true);
  const cacheRead = count(a, "gen_ai.usage.cache_read.input_tokens") ?? 0;
  const cacheWrite = count(a, "gen_ai.usage.cache_creation.input_tokens") ?? 0;
  const start = nanosTime(span, "startTimeUnixNano");
  const end = "endTimeUnixNano" in span ? nanosTime(span, "endTimeUnixNano") : start;
  const traceId = typeof span.traceId === "string" ? span.traceId : "";
  const spanId = typeof span.spanId === "string" ? span.spanId : "";
  const record: ActualRecord = {
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
    identity: traceId && spanId ? `otel\u0000${traceId}\u0000${spanId}` : "",
  };
  const model = stringOf(a, "gen_ai.response.model") ?? stringOf(a, "gen_ai.request.model");
  if (model) record.model = model;
  const provider = stringOf(a, "gen_ai.provider.name") ?? stringOf(a, "gen_ai.system");
  if (provider) record.provider = provider;
  const service = stringOf(resource, "service.name");
  if (service) record.attributes["service.name"] = service;
  return record;
}

/** The records of `resourceSpans` (ResourceSpans objects); a bad span is rejected alone. */
export function otlpRecords(resourceSpans: readonly unknown[], sink: Sink): void {
  for (const rs of resourceSpans) {
    if (!isObject(rs)) {
      sink.reject(new BadRecord("invalid", "a resourceSpans item must be an object"));
      continue;
    }
    const resource = attributesOf(isObject(rs.resource) ? rs.resource.attributes : undefined);
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
