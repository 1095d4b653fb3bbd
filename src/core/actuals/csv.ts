/**
 * One row of a usage CSV (a header row names the columns, in any order and case): the same
 * fields as a usage-log line, a row per request or per bucket. `input_tokens` (or
 * `prompt_tokens`) includes cached tokens and cache writes, as in calibrate's logs.
 */
import { amount, count, text, timeOf, type Json } from "./fields.js";
import { BadRecord, type ActualRecord } from "./record.js";

/** Accepted headers for each field, first found wins. */
const COLUMNS = {
  start: ["start_time", "starttime", "starting_at", "timestamp", "created", "date", "time"],
  end: ["end_time", "endtime", "ending_at"],
  input: ["input_tokens", "prompt_tokens"],
  cached: ["cached_input_tokens", "input_cached_tokens", "cached_tokens", "cache_read_input_tokens"],
  writes: ["cache_write_tokens", "cache_creation_input_tokens"],
  output: ["output_tokens", "completion_tokens"],
  requests: ["requests", "num_model_requests", "request_count"],
  billed: ["cost", "spend", "billed", "cost_usd"],
} as const;

function pick(row: Json, names: readonly string[]): string | undefined {
  for (const name of names) if (row[name] !== undefined && row[name] !== "") return name;
  return undefined;
}

function need(row: Json, names: readonly string[]): string {
  const name = pick(row, names);
  if (!name) throw new BadRecord("missing-field", `${names[0]} is missing`);
  return name;
}

/** `row` has lower-case header names as keys. `position` (file and line) is the identity unless a request_id column gives one. */
export function csvRecord(row: Json, position: string): ActualRecord {
  const start = timeOf(row, need(row, COLUMNS.start));
  const endColumn = pick(row, COLUMNS.end);
  const input = count(row, need(row, COLUMNS.input), true);
  const cachedColumn = pick(row, COLUMNS.cached);
  const writesColumn = pick(row, COLUMNS.writes);
  // An empty cell in a present column reports nothing, as an absent column does.
  const cached = cachedColumn ? (count(row, cachedColumn) ?? 0) : 0;
  const writes = writesColumn ? (count(row, writesColumn) ?? 0) : 0;
  if (cached + writes > input)
    throw new BadRecord("invalid", `cached (${cached}) and cache-write (${writes}) tokens exceed input (${input}), which includes them`);
  const requestsColumn = pick(row, COLUMNS.requests);
  const id = text(row, "request_id");
  const record: ActualRecord = {
    source: "usage-log",
    kind: "usage",
    start,
    end: endColumn ? timeOf(row, endColumn) : start,
    requests: requestsColumn ? (count(row, requestsColumn) ?? 1) : 1,
    uncachedInput: input - cached - writes,
    cachedInput: cached,
    cacheWrite5m: writes,
    cacheWrite1h: 0,
    output: count(row, need(row, COLUMNS.output), true),
    mode: String(row.batch).toLowerCase() === "true" || row.service_tier === "batch" ? "batch" : "standard",
    attributes: {},
    identity: id ? `usage-csv\u0000${id}` : `usage-csv\u0000${position}`,
  };
  const billedColumn = pick(row, COLUMNS.billed);
  if (billedColumn) record.billed = amount(row[billedColumn], billedColumn);
  const model = text(row, "model");
  if (model) record.model = model;
  const provider = text(row, "provider");
  if (provider) record.provider = provider;
  for (const key of ["project_id", "api_key_id", "workspace_id"] as const) {
    const value = text(row, key);
    if (value) record.attributes[key] = value;
  }
  const service = text(row, "service.name") ?? text(row, "service_name");
  if (service) record.attributes["service.name"] = service;
  return record;
}
