/**
 * The one normal form every usage reader emits. A record is either usage (tokens, maybe
 * requests, maybe a billed amount) over a period, or a cost line (a billed amount only).
 * Attribution, aggregation, pricing and variance are written once, over these.
 */
import type { Decimal } from "../money.js";

/** Where a record came from; also what `--format json` lists per source. */
export type UsageSource = "openai-usage" | "openai-costs" | "anthropic-usage" | "anthropic-cost" | "otel" | "litellm" | "usage-log";

export const SOURCE_NAMES: Record<UsageSource, string> = {
  "openai-usage": "OpenAI Usage API (completions)",
  "openai-costs": "OpenAI Costs API",
  "anthropic-usage": "Anthropic usage report (messages)",
  "anthropic-cost": "Anthropic cost report",
  otel: "OpenTelemetry GenAI spans",
  litellm: "LiteLLM spend logs",
  "usage-log": "usage log (JSON Lines or CSV)",
};

/** What `match:` selectors read. */
export interface UsageAttributes {
  project_id?: string;
  api_key_id?: string;
  workspace_id?: string;
  "service.name"?: string;
  tags?: string[];
  metadata?: Record<string, string>;
}

export interface ActualRecord {
  source: UsageSource;
  kind: "usage" | "cost";
  /** Period, milliseconds since the epoch; start = end for an instant. */
  start: number;
  end: number;
  provider?: string;
  /** As the source writes it. */
  model?: string;
  /** Absent when the source does not say (cost lines without a tier): matches either. */
  mode?: "standard" | "batch";
  /** Absent when the source has no request counts (Anthropic's usage report). */
  requests?: number;
  uncachedInput: number;
  cachedInput: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  output: number;
  /** USD the source says was billed (or, for LiteLLM, what the proxy charged). */
  billed?: Decimal;
  attributes: UsageAttributes;
  /**
   * Identity for duplicate detection: a request or span id, or for buckets the source, period
   * and group. Two records with one identity are one record read twice.
   */
  identity: string;
  /** Buckets only: the source and grouping fields without the period, to find overlapping periods. */
  group?: string;
}

/** Why a record was not counted. */
export type BadReason = "invalid" | "missing-field" | "negative-count" | "time-out-of-range" | "duplicate" | "unsupported-currency";

export const BAD_REASON_TEXT: Record<BadReason, string> = {
  invalid: "not a usage record",
  "missing-field": "missing field",
  "negative-count": "negative or fractional count",
  "time-out-of-range": "timestamp out of range",
  duplicate: "duplicate (already read)",
  "unsupported-currency": "amount not in USD",
};

/** Thrown by the normalisers for one bad record; the readers count it and go on. */
export class BadRecord extends Error {
  constructor(
    readonly reason: BadReason,
    message: string,
  ) {
    super(message);
  }
}

export interface Sink {
  record(record: ActualRecord): void;
  reject(error: BadRecord): void;
  /** Something read that is not usage and not wrong (an HTTP span, an agent span summing its children). */
  skip(what: string): void;
}
