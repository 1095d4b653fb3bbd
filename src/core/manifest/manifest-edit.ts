/**
 * Writes calibrated values into an ai-workloads.yaml manifest through the `yaml` Document API,
 * so comments, key order and flow/block styles of the file survive the edit.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Document, type Pair } from "yaml";

/** Per-request token averages as the manifest spells them (input includes cached_input). */
export interface ManifestTokens {
  input: number;
  output: number;
  cached_input: number;
  /** Written only when the logs saw cache writes. */
  cache_write?: number;
}

/** Values to write into one workload; either part may be left out. */
export interface ManifestCalibration {
  tokens?: ManifestTokens;
  requests?: { per_day: number; peak_to_average?: number };
}

export type ApplyCalibrationResult = { text: string; changed: boolean } | { error: string };

const TOKEN_KEYS = ["input", "output", "cached_input"] as const;

/** True for the request-volume keys (per_month, per_day, per_hour, per_second, ...). */
function isVolumeKey(key: unknown): boolean {
  return typeof key === "string" && key.startsWith("per_");
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function checkValues(values: ManifestCalibration): string | undefined {
  const { tokens, requests } = values;
  if (tokens) {
    for (const key of TOKEN_KEYS) {
      if (!Number.isSafeInteger(tokens[key]) || tokens[key] < 0) {
        return `tokens.${key} must be a non-negative integer, got ${tokens[key]}`;
      }
    }
    if (tokens.cached_input > tokens.input) {
      return `tokens.cached_input (${tokens.cached_input}) cannot exceed tokens.input (${tokens.input}), which includes it`;
    }
  }
  if (requests && !(Number.isFinite(requests.per_day) && requests.per_day >= 0)) {
    return `requests.per_day must be a non-negative number, got ${requests.per_day}`;
  }
  if (requests?.peak_to_average !== undefined && !(Number.isFinite(requests.peak_to_average) && requests.peak_to_average >= 1)) {
    return `requests.peak_to_average must be a number of at least 1, got ${requests.peak_to_average}`;
  }
  if (
    tokens?.cache_write !== undefined &&
    (!Number.isSafeInteger(tokens.cache_write) || tokens.cache_write < 0 || tokens.cached_input + tokens.cache_write > tokens.input)
  ) {
    return `tokens.cache_write (${tokens.cache_write}) must be a non-negative integer that fits in tokens.input (${tokens.input}) with cached_input`;
  }
  return undefined;
}

/**
 * Sets `pair.value` to `value`, keeping the existing scalar node (and so its comments) when there is one.
 * Returns whether the value differed.
 */
function setPairValue(pair: Pair, value: number): boolean {
  if (isScalar(pair.value)) {
    if (pair.value.value === value) return false;
    pair.value.value = value;
    // Counts are written as plain decimals, not in the old node's hex/exponent/fraction-digit style.
    delete pair.value.format;
    delete pair.value.minFractionDigits;
    pair.value.type = Scalar.PLAIN;
    return true;
  }
  pair.value = new Scalar(value);
  return true;
}

/** Sets `key` in `map` (appending the key when missing). Returns whether anything changed. */
function setMapValue(map: YAMLMap, key: string, value: number): boolean {
  const pair = map.items.find((item) => keyOf(item) === key);
  if (pair) return setPairValue(pair, value);
  map.set(key, value);
  return true;
}

/** Finds the workload's mapping, or explains why it cannot. */
function findWorkload(doc: Document, workloadName: string): YAMLMap | string {
  const workloads = doc.get("workloads", true);
  if (!isSeq(workloads)) return "the manifest has no `workloads` list";
  const matches = workloads.items.filter((item): item is YAMLMap => isMap(item) && item.get("name") === workloadName);
  if (matches.length === 0) return `no workload named "${workloadName}"`;
  if (matches.length > 1) return `${matches.length} workloads are named "${workloadName}"`;
  return matches[0] as YAMLMap;
}

/** Finds or creates the child mapping `key` of `parent`, or explains why it cannot. */
function childMap(parent: YAMLMap, key: string, workloadName: string): YAMLMap | string {
  const existing = parent.get(key, true);
  if (existing === undefined) {
    const created = new YAMLMap(parent.schema);
    parent.set(key, created);
    return created;
  }
  if (!isMap(existing)) return `workload "${workloadName}": \`${key}\` is not a mapping`;
  return existing;
}

function applyTokens(workload: YAMLMap, tokens: ManifestTokens, workloadName: string): boolean | string {
  const map = childMap(workload, "tokens", workloadName);
  if (typeof map === "string") return map;
  let changed = false;
  for (const key of TOKEN_KEYS) changed = setMapValue(map, key, tokens[key]) || changed;
  if (tokens.cache_write !== undefined) changed = setMapValue(map, "cache_write", tokens.cache_write) || changed;
  return changed;
}

/**
 * Makes `per_day` the only volume key of `requests`. The first existing volume pair is renamed in
 * place rather than removed and re-added, so its position and trailing comment stay with it.
 */
function applyRequests(workload: YAMLMap, perDay: number, workloadName: string): boolean | string {
  const map = childMap(workload, "requests", workloadName);
  if (typeof map === "string") return map;
  const volumePairs = map.items.filter((pair) => isVolumeKey(keyOf(pair)));
  const [kept, ...others] = volumePairs;
  if (!kept) {
    map.set("per_day", perDay);
    return true;
  }
  let changed = others.length > 0;
  map.items = map.items.filter((pair) => !others.includes(pair));
  if (keyOf(kept) !== "per_day") {
    if (isScalar(kept.key)) kept.key.value = "per_day";
    else kept.key = new Scalar("per_day");
    changed = true;
  }
  return setPairValue(kept, perDay) || changed;
}

/**
 * Writes calibrated `tokens` and/or `requests.per_day` into the workload named `workloadName`.
 * When nothing differs, the original text is returned untouched (`changed: false`), because
 * re-serialising can still normalise whitespace the author chose.
 */
export function applyCalibration(yamlText: string, workloadName: string, values: ManifestCalibration): ApplyCalibrationResult {
  const invalid = checkValues(values);
  if (invalid) return { error: invalid };

  const doc = parseDocument(yamlText);
  const [firstError] = doc.errors;
  if (firstError) return { error: `the manifest is not valid YAML: ${firstError.message}` };

  const workload = findWorkload(doc, workloadName);
  if (typeof workload === "string") return { error: workload };

  let changed = false;
  if (values.tokens) {
    const outcome = applyTokens(workload, values.tokens, workloadName);
    if (typeof outcome === "string") return { error: outcome };
    changed = outcome || changed;
  }
  if (values.requests) {
    const outcome = applyRequests(workload, values.requests.per_day, workloadName);
    if (typeof outcome === "string") return { error: outcome };
    changed = outcome || changed;
    const peak = values.requests.peak_to_average;
    const requests = childMap(workload, "requests", workloadName);
    if (peak !== undefined && typeof requests !== "string") changed = setMapValue(requests, "peak_to_average", peak) || changed;
  }
  return changed ? { text: spliceWorkload(yamlText, doc.toString(), workload), changed } : { text: yamlText, changed };
}

const squeeze = (lines: readonly string[]) => lines.join("\n").replace(/\s+/g, "");

/**
 * The original text with only the workload's lines taken from the re-serialised document.
 * Serialising normalises styles elsewhere too (`[../a.json]` becomes `[ ../a.json ]`); lines
 * before and after the workload are kept byte for byte when they differ from the new text only
 * in whitespace, else the whole new text is returned.
 */
function spliceWorkload(original: string, serialised: string, workload: YAMLMap): string {
  const [start, end] = workload.range ?? [];
  if (start === undefined || end === undefined) return serialised;
  const before = original.slice(0, start).split("\n").length - 1;
  const after = original.slice(0, Math.max(start, end - 1)).split("\n").length;
  const old = original.split("\n");
  const next = serialised.split("\n");
  const tail = old.length - after;
  if (next.length - tail < before) return serialised;
  const sameHead = squeeze(old.slice(0, before)) === squeeze(next.slice(0, before));
  const sameTail = squeeze(old.slice(after)) === squeeze(next.slice(next.length - tail));
  if (!sameHead || !sameTail) return serialised;
  return [...old.slice(0, before), ...next.slice(before, next.length - tail), ...old.slice(after)].join("\n");
}
