import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  UsageLogProblems,
  calibrationInput,
  readUsageFile,
  readUsageLog,
  usageShape
} from "./chunk-WUEFJHEF.js";
import {
  formatBytes,
  startProgress
} from "./chunk-EWH76XSK.js";
import {
  DEFAULT_LOG_LIMITS,
  Decimal,
  HOURS_PER_MONTH,
  UsageError,
  columns,
  estimateWorkload,
  formatNumber,
  formatPercent,
  formatProblem,
  formatUsd,
  formatUsdChange,
  jsonText,
  loadManifests,
  positiveInt,
  sanitizePlain
} from "./chunk-2REODJWC.js";
import {
  require_dist
} from "./chunk-SP6KIYMT.js";
import {
  resolveOperatorPath
} from "./chunk-2IK5AYSC.js";
import {
  __toESM
} from "./chunk-LZQXQOPJ.js";

// src/cli/calibrate.ts
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// src/core/plan/calibrate.ts
var UNKNOWN_MODEL = "(unknown)";
var MS_PER_DAY = 864e5;
var MS_PER_HOUR = 36e5;
var OUTLIER_SPREADS = 3;
var NumberColumn = class {
  values = new Float64Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  /** Sorts the filled part in place; order carries no meaning for the statistics. */
  sorted() {
    return this.values.subarray(0, this.length).sort();
  }
};
function nearestRank(sorted, p) {
  const rank = Math.ceil(p * sorted.length / 100);
  return sorted[rank - 1];
}
function distribution(column, sum, requests) {
  const sorted = column.sorted();
  const mean = new Decimal(sum).div(requests);
  if (sorted.length === 0) return { mean, p50: roundCount(mean), p95: roundCount(mean) };
  return { mean, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95) };
}
function roundCount(value) {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
function roundPerDay(perDay) {
  return perDay.toDecimalPlaces(perDay.gte(1) ? 0 : 2, Decimal.ROUND_HALF_UP).toNumber();
}
var ModelAccumulator = class {
  constructor(model, now) {
    this.model = model;
    this.now = now;
  }
  model;
  now;
  inputs = new NumberColumn();
  outputs = new NumberColumn();
  // BigInt sums stay exact however long the log; each mean is then a single exact-money division.
  inputSum = 0n;
  outputSum = 0n;
  cachedSum = 0n;
  cacheWriteSum = 0n;
  times = new NumberColumn();
  bucketRequests = 0;
  bucketStart = Infinity;
  bucketEnd = -Infinity;
  add(record) {
    this.inputs.push(record.input);
    this.outputs.push(record.output);
    this.inputSum += BigInt(record.input);
    this.outputSum += BigInt(record.output);
    this.cachedSum += BigInt(record.cached);
    if (record.cacheWrite) this.cacheWriteSum += BigInt(record.cacheWrite);
    if (record.time !== void 0) this.times.push(record.time);
  }
  addBucket(bucket) {
    this.inputSum += BigInt(bucket.input);
    this.outputSum += BigInt(bucket.output);
    this.cachedSum += BigInt(bucket.cached);
    this.cacheWriteSum += BigInt(bucket.cacheWrite);
    this.bucketRequests += bucket.requests;
    this.bucketStart = Math.min(this.bucketStart, bucket.start);
    this.bucketEnd = Math.max(this.bucketEnd, bucket.end);
  }
  /** Buckets' rate: their requests over the period they cover together (no peak: buckets hide it). */
  bucketRate() {
    const span = this.bucketEnd - this.bucketStart;
    if (!(span > 0) || this.bucketRequests === 0) return void 0;
    const periodDays = new Decimal(span).div(MS_PER_DAY);
    return {
      timedRequests: this.bucketRequests,
      first: this.bucketStart,
      last: this.bucketEnd,
      periodDays,
      perDay: new Decimal(this.bucketRequests).times(MS_PER_DAY).div(span),
      coversFullDay: periodDays.gte(1)
    };
  }
  /** The timestamps the rate is measured from: sorted, without future ones and outliers. */
  usableTimes() {
    const all = this.times.sorted();
    const now = this.now;
    const firstFuture = now === void 0 ? -1 : all.findIndex((t) => t > now);
    const past = firstFuture === -1 ? all : all.subarray(0, firstFuture);
    const q1 = past[Math.floor(past.length / 4)];
    const q3 = past[Math.floor(past.length * 3 / 4)];
    if (past.length < 4 || q1 === void 0 || q3 === void 0) {
      const future2 = all.length - past.length;
      return future2 > 0 ? { times: past, rejected: { future: future2, outliers: 0 } } : { times: past };
    }
    const spread = OUTLIER_SPREADS * Math.max(q3 - q1, MS_PER_DAY);
    const kept = past.filter((t) => t >= q1 - spread && t <= q3 + spread);
    const future = all.length - past.length;
    const outliers = past.length - kept.length;
    return future + outliers > 0 ? { times: kept, rejected: { future, outliers } } : { times: kept };
  }
  rate(times) {
    const n = times.length;
    const first = times[0];
    const last = times.at(-1);
    if (first === void 0 || last === void 0 || first === last) return void 0;
    const spanMs = last - first;
    const periodDays = new Decimal(spanMs).times(n).div((n - 1) * MS_PER_DAY);
    const coversFullDay = periodDays.gte(1);
    return {
      timedRequests: n,
      first,
      last,
      periodDays,
      perDay: new Decimal(n - 1).times(MS_PER_DAY).div(spanMs),
      coversFullDay,
      // Under one request an hour on average the busiest hour says nothing about a peak.
      ...coversFullDay && periodDays.times(24).lte(n) ? { peakToAverage: peakToAverage(times, periodDays) } : {}
    };
  }
  result() {
    const requests = this.inputs.length + this.bucketRequests;
    const input = distribution(this.inputs, this.inputSum, requests);
    const output = distribution(this.outputs, this.outputSum, requests);
    const cachedMean = new Decimal(this.cachedSum).div(requests);
    const cacheWriteMean = new Decimal(this.cacheWriteSum).div(requests);
    const { times, rejected } = this.usableTimes();
    const rate = this.rate(times) ?? (this.times.length === 0 ? this.bucketRate() : void 0);
    const perDay = rate?.coversFullDay ? roundPerDay(rate.perDay) : 0;
    const peak = rate?.peakToAverage?.gt(1) ? rate.peakToAverage.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() : void 0;
    return {
      model: this.model,
      requests,
      input,
      output,
      cachedMean,
      cacheWriteMean,
      cachedShare: this.inputSum === 0n ? new Decimal(0) : new Decimal(this.cachedSum).div(this.inputSum.toString()),
      ...rate && { rate },
      ...rejected && { rejectedTimes: rejected },
      suggested: {
        // Rounding is monotone and cached + writes ≤ input per record, so that still holds (up to one token, clamped).
        tokens: {
          input: roundCount(input.mean),
          output: roundCount(output.mean),
          cached_input: roundCount(cachedMean),
          ...this.cacheWriteSum > 0n && {
            cache_write: Math.min(roundCount(cacheWriteMean), roundCount(input.mean) - roundCount(cachedMean))
          }
        },
        // A rate too small to show in two decimals is never written as 0 over a measured one.
        ...perDay > 0 && { requests: { per_day: perDay, ...peak !== void 0 && { peak_to_average: peak } } }
      }
    };
  }
};
function peakToAverage(sorted, periodDays) {
  let busiest = 0;
  let hour = Number.NaN;
  let count = 0;
  for (const t of sorted) {
    const h = Math.floor(t / MS_PER_HOUR);
    count = h === hour ? count + 1 : 1;
    hour = h;
    busiest = Math.max(busiest, count);
  }
  const meanPerHour = new Decimal(sorted.length).div(periodDays.times(24));
  return Decimal.max(1, new Decimal(busiest).div(meanPerHour));
}
function checkRecord(record) {
  for (const key of ["input", "output", "cached"]) {
    const value = record[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`usage record ${key} must be a non-negative integer, got ${value}`);
    }
  }
  if (record.cached > record.input) {
    throw new RangeError(`usage record cached (${record.cached}) exceeds input (${record.input}), which includes it`);
  }
  if (record.cacheWrite !== void 0 && (!Number.isSafeInteger(record.cacheWrite) || record.cacheWrite < 0 || record.cached + record.cacheWrite > record.input)) {
    throw new RangeError(
      `usage record cache writes (${record.cacheWrite}) must be a non-negative integer that fits in input (${record.input}) with the cached tokens`
    );
  }
  if (record.time !== void 0 && !Number.isFinite(record.time)) {
    throw new RangeError(`usage record time must be a finite number of milliseconds, got ${record.time}`);
  }
}
function createCalibration(options = {}) {
  const byModel = /* @__PURE__ */ new Map();
  const accumulatorFor = (name) => {
    const model = name ?? UNKNOWN_MODEL;
    let accumulator = byModel.get(model);
    if (!accumulator) {
      accumulator = new ModelAccumulator(model, options.now);
      byModel.set(model, accumulator);
    }
    return accumulator;
  };
  return {
    add(record) {
      checkRecord(record);
      accumulatorFor(record.model).add(record);
    },
    addBucket(bucket) {
      if (bucket.requests === 0) return;
      accumulatorFor(bucket.model).addBucket(bucket);
    },
    result() {
      const names = [...byModel.keys()].sort();
      return { models: names.map((name) => byModel.get(name).result()) };
    }
  };
}

// src/core/plan/calibrate-workload.ts
function rejectedText(r) {
  const parts = [
    r.future > 0 ? `${r.future} in the future` : "",
    r.outliers > 0 ? `${r.outliers} far outside the rest of the log` : ""
  ].filter(Boolean);
  return `${parts.join(" and ")} timestamp(s) left out of the request rate`;
}
function flat(value) {
  return { low: value, expected: value, high: value };
}
function keptVolumeNote(stats) {
  if (stats.suggested.requests) return void 0;
  if (!stats.rate) return "the logs carry no usable timestamps: the request volume is kept as declared";
  return stats.rate.coversFullDay ? "the measured rate rounds to 0 requests a day: the request volume is kept as declared" : "the logs cover less than a day: the request volume is kept as declared";
}
function measuredTokens(tokens) {
  return {
    input: new Decimal(tokens.input),
    output: new Decimal(tokens.output),
    cachedInput: new Decimal(tokens.cached_input),
    cacheWrite: new Decimal(tokens.cache_write ?? 0)
  };
}
function measuredWorkload(workload, stats, requestsPerMonth) {
  const tokens = measuredTokens(stats.suggested.tokens);
  const peak = stats.suggested.requests?.peak_to_average;
  return {
    ...workload,
    tokens: {
      input: flat(tokens.input),
      output: flat(tokens.output),
      cachedInput: flat(tokens.cachedInput),
      cacheWrite: flat(tokens.cacheWrite)
    },
    requests: {
      ...workload.requests,
      unit: "per_day",
      declared: flat(requestsPerMonth.times(24).div(HOURS_PER_MONTH)),
      perMonth: flat(requestsPerMonth),
      ...peak !== void 0 ? { peakToAverage: new Decimal(peak) } : {}
    }
  };
}
function monthlyCost(workload, place) {
  const estimate = estimateWorkload(workload, place.manifest, place.book);
  return estimate.priced ? estimate.cost?.monthlyCost : void 0;
}
function declaredValues(workload, place) {
  const cost = monthlyCost(workload, place);
  return {
    input: workload.tokens.input.expected,
    output: workload.tokens.output.expected,
    cachedInput: workload.tokens.cachedInput.expected,
    cacheWrite: workload.tokens.cacheWrite.expected,
    requestsPerMonth: workload.requests.perMonth.expected,
    peakToAverage: workload.requests.peakToAverage ?? new Decimal(1),
    ...cost ? { monthlyCost: cost } : {}
  };
}
function calibrateWorkload(place, workload, stats, notes) {
  const { suggested } = stats;
  const template = workload.tokens.template;
  if (template)
    notes.push(`${template.path} counts ${template.tokens} tokens (${template.tokenizer}); input is what the requests send on top of it`);
  const volumeNote = keptVolumeNote(stats);
  if (volumeNote) notes.push(volumeNote);
  if (stats.rejectedTimes) notes.push(rejectedText(stats.rejectedTimes));
  const requestsPerMonth = suggested.requests ? new Decimal(suggested.requests.per_day).times(HOURS_PER_MONTH).div(24) : workload.requests.perMonth.expected;
  const measured = measuredWorkload(workload, stats, requestsPerMonth);
  const measuredCost = monthlyCost(measured, place);
  const peak = suggested.requests?.peak_to_average;
  const variableInput = template ? Math.max(0, suggested.tokens.input - template.tokens) : suggested.tokens.input;
  return {
    file: place.file,
    workload,
    model: stats.model,
    values: { tokens: { ...suggested.tokens, input: variableInput }, ...suggested.requests ? { requests: suggested.requests } : {} },
    declared: declaredValues(workload, place),
    measured: {
      ...measuredTokens(suggested.tokens),
      requestsPerMonth,
      ...peak !== void 0 ? { peakToAverage: new Decimal(peak) } : {},
      ...measuredCost ? { monthlyCost: measuredCost } : {}
    },
    notes
  };
}

// src/core/manifest/manifest-edit.ts
var import_yaml = __toESM(require_dist(), 1);
var TOKEN_KEYS = ["input", "output", "cached_input"];
function isVolumeKey(key) {
  return typeof key === "string" && key.startsWith("per_");
}
function keyOf(pair) {
  return (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
}
function checkValues(values) {
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
  if (requests?.peak_to_average !== void 0 && !(Number.isFinite(requests.peak_to_average) && requests.peak_to_average >= 1)) {
    return `requests.peak_to_average must be a number of at least 1, got ${requests.peak_to_average}`;
  }
  if (tokens?.cache_write !== void 0 && (!Number.isSafeInteger(tokens.cache_write) || tokens.cache_write < 0 || tokens.cached_input + tokens.cache_write > tokens.input)) {
    return `tokens.cache_write (${tokens.cache_write}) must be a non-negative integer that fits in tokens.input (${tokens.input}) with cached_input`;
  }
  return void 0;
}
function setPairValue(pair, value) {
  if ((0, import_yaml.isScalar)(pair.value)) {
    if (pair.value.value === value) return false;
    pair.value.value = value;
    delete pair.value.format;
    delete pair.value.minFractionDigits;
    pair.value.type = import_yaml.Scalar.PLAIN;
    return true;
  }
  pair.value = new import_yaml.Scalar(value);
  return true;
}
function setMapValue(map, key, value) {
  const pair = map.items.find((item) => keyOf(item) === key);
  if (pair) return setPairValue(pair, value);
  map.set(key, value);
  return true;
}
function findWorkload(doc, workloadName) {
  const workloads = doc.get("workloads", true);
  if (!(0, import_yaml.isSeq)(workloads)) return "the manifest has no `workloads` list";
  const matches = workloads.items.filter((item) => (0, import_yaml.isMap)(item) && item.get("name") === workloadName);
  if (matches.length === 0) return `no workload named "${workloadName}"`;
  if (matches.length > 1) return `${matches.length} workloads are named "${workloadName}"`;
  return matches[0];
}
function childMap(parent, key, workloadName) {
  const existing = parent.get(key, true);
  if (existing === void 0) {
    const created = new import_yaml.YAMLMap(parent.schema);
    parent.set(key, created);
    return created;
  }
  if (!(0, import_yaml.isMap)(existing)) return `workload "${workloadName}": \`${key}\` is not a mapping`;
  return existing;
}
function applyTokens(workload, tokens, workloadName) {
  const map = childMap(workload, "tokens", workloadName);
  if (typeof map === "string") return map;
  let changed = false;
  for (const key of TOKEN_KEYS) changed = setMapValue(map, key, tokens[key]) || changed;
  if (tokens.cache_write !== void 0) changed = setMapValue(map, "cache_write", tokens.cache_write) || changed;
  return changed;
}
function applyRequests(workload, perDay, workloadName) {
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
    if ((0, import_yaml.isScalar)(kept.key)) kept.key.value = "per_day";
    else kept.key = new import_yaml.Scalar("per_day");
    changed = true;
  }
  return setPairValue(kept, perDay) || changed;
}
function applyCalibration(yamlText, workloadName, values) {
  const invalid = checkValues(values);
  if (invalid) return { error: invalid };
  const doc = (0, import_yaml.parseDocument)(yamlText);
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
    if (peak !== void 0 && typeof requests !== "string") changed = setMapValue(requests, "peak_to_average", peak) || changed;
  }
  return changed ? { text: spliceWorkload(yamlText, doc.toString(), workload), changed } : { text: yamlText, changed };
}
var squeeze = (lines) => lines.join("\n").replace(/\s+/g, "");
function spliceWorkload(original, serialised, workload) {
  const [start, end] = workload.range ?? [];
  if (start === void 0 || end === void 0) return serialised;
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

// src/core/render/calibrate.ts
function valuesYaml(values) {
  const t = values.tokens;
  const write = t.cache_write !== void 0 ? `, cache_write: ${t.cache_write}` : "";
  const r = values.requests;
  const peak = r?.peak_to_average !== void 0 ? `, peak_to_average: ${r.peak_to_average}` : "";
  return `tokens: { input: ${t.input}, output: ${t.output}, cached_input: ${t.cached_input}${write} }${r ? `, requests: { per_day: ${r.per_day}${peak} }` : ""}`;
}
function isoDay(ms) {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
function distribution2(d) {
  return `${formatNumber(d.mean)} / ${formatNumber(new Decimal(d.p50))} / ${formatNumber(new Decimal(d.p95))}`;
}
function period(rate) {
  if (!rate) return "no timestamps";
  return `${formatNumber(rate.periodDays)} days from ${isoDay(rate.first)}${rate.coversFullDay ? "" : " (under a day)"}`;
}
function statsText(models) {
  const rows = [["MODEL", "REQUESTS", "INPUT mean / p50 / p95", "OUTPUT mean / p50 / p95", "CACHED", "REQUESTS/DAY", "PEAK/AVG", "PERIOD"]];
  for (const m of models) {
    rows.push([
      sanitizePlain(m.model),
      formatNumber(new Decimal(m.requests)),
      distribution2(m.input),
      distribution2(m.output),
      formatPercent(m.cachedShare.times(100), 1),
      m.rate ? formatNumber(m.rate.perDay) : "-",
      m.rate?.peakToAverage ? formatNumber(m.rate.peakToAverage) : "-",
      period(m.rate)
    ]);
  }
  const rejected = models.flatMap((m) => m.rejectedTimes ? [`  ${sanitizePlain(m.model)}: ${rejectedText(m.rejectedTimes)}`] : []);
  return [...columns(rows).map((l) => `  ${l}`), ...rejected];
}
function comparisonRows(c) {
  const n = (d) => formatNumber(d);
  const whole = (d) => n(d.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN));
  const cost = (d) => d ? formatUsd(d) : "unpriced";
  const { declared, measured } = c;
  return [
    ["", "DECLARED", "MEASURED"],
    ["input tokens", n(declared.input), n(measured.input)],
    ["output tokens", n(declared.output), n(measured.output)],
    ["cached input tokens", n(declared.cachedInput), n(measured.cachedInput)],
    ...declared.cacheWrite.gt(0) || measured.cacheWrite.gt(0) ? [["cache write tokens", n(declared.cacheWrite), n(measured.cacheWrite)]] : [],
    ["requests/month", whole(declared.requestsPerMonth), whole(measured.requestsPerMonth)],
    ...measured.peakToAverage ? [["peak / average", n(declared.peakToAverage), n(measured.peakToAverage)]] : [],
    ["monthly cost", cost(declared.monthlyCost), cost(measured.monthlyCost)]
  ];
}
function valuesLine(c) {
  if (c.written === void 0) return `  put in the manifest: ${valuesYaml(c.values)}   (or run again with --write)`;
  return c.written ? `  wrote ${valuesYaml(c.values)} to ${sanitizePlain(c.file)}` : `  ${sanitizePlain(c.file)} already has these values`;
}
function workloadText(c) {
  const w = c.workload;
  const change = c.declared.monthlyCost && c.measured.monthlyCost ? ` (${formatUsdChange(c.measured.monthlyCost.minus(c.declared.monthlyCost))} a month)` : "";
  return [
    `Workload ${sanitizePlain(w.name)} in ${sanitizePlain(c.file)}: ${sanitizePlain(w.provider)} ${sanitizePlain(w.model)}, ${w.mode}, measured from ${sanitizePlain(c.model)}${change}`,
    ...columns(comparisonRows(c)).map((l) => `  ${l}`),
    ...c.notes.map((note) => `  note: ${sanitizePlain(note)}`),
    valuesLine(c)
  ];
}
function requestCount(models) {
  return models.reduce((n, m) => n + m.requests, 0);
}
function renderSkippedLines(output) {
  const lines = output.problems.map((p) => `${sanitizePlain(p.file)}:${p.line}: skipped: ${sanitizePlain(p.message)}
`);
  if (output.badLines > output.problems.length) lines.push(`... and ${output.badLines - output.problems.length} more bad lines
`);
  return lines.join("");
}
function renderCalibrationText(output) {
  const { models, workload, badLines } = output;
  const out = [
    `Usage logs: ${output.files.length} file(s), ${formatNumber(new Decimal(requestCount(models)))} requests${badLines ? `, ${badLines} bad line(s) skipped` : ""}`,
    "",
    ...statsText(models),
    ""
  ];
  if (workload) out.push(...workloadText(workload));
  else {
    out.push("Manifest values per model:");
    for (const m of models) out.push(`  ${sanitizePlain(m.model)}: ${valuesYaml(m.suggested)}`);
    out.push("", "Give --workload NAME (and --manifest FILE) to price these against a workload, --write to update it.");
  }
  return `${out.join("\n")}
`;
}
function modelJson(m) {
  return {
    model: m.model,
    requests: m.requests,
    input: { mean: m.input.mean, p50: m.input.p50, p95: m.input.p95 },
    output: { mean: m.output.mean, p50: m.output.p50, p95: m.output.p95 },
    cachedMean: m.cachedMean,
    cacheWriteMean: m.cacheWriteMean,
    cachedShare: m.cachedShare,
    rate: m.rate ? {
      timedRequests: m.rate.timedRequests,
      first: isoDay(m.rate.first),
      last: isoDay(m.rate.last),
      periodDays: m.rate.periodDays,
      perDay: m.rate.perDay,
      coversFullDay: m.rate.coversFullDay,
      peakToAverage: m.rate.peakToAverage ? m.rate.peakToAverage : null
    } : null,
    rejectedTimes: m.rejectedTimes ?? null,
    suggested: m.suggested
  };
}
function workloadJson(c) {
  return {
    file: c.file,
    name: c.workload.name,
    model: c.model,
    declared: c.declared,
    measured: c.measured,
    values: c.values,
    notes: c.notes,
    written: c.written ?? false
  };
}
function renderCalibrationJson(output) {
  return jsonText({
    logs: { files: output.files, requests: requestCount(output.models), badLines: output.badLines, problems: output.problems },
    models: output.models.map(modelJson),
    workload: output.workload ? workloadJson(output.workload) : null
  });
}

// src/cli/calibrate.ts
function pickModel(models, workload) {
  const exactMatch = models.find((m) => m.model.toLowerCase() === workload.model.toLowerCase());
  if (exactMatch) return { stats: exactMatch, notes: [] };
  const [only] = models;
  if (only && models.length === 1)
    return { stats: only, notes: [`the log's model ${only.model} is not the workload's ${workload.model}; its measurements are used`] };
  throw new UsageError(
    `the logs hold ${models.length} models (${models.map((m) => m.model).join(", ")}) and none is ${workload.model}; pass only the logs of workload ${workload.name}`
  );
}
function calibrationSink(file, problems, take) {
  return {
    add(record, where) {
      const input = calibrationInput(record);
      if ("skip" in input) problems.add({ file, line: where.line, message: input.skip });
      else take("request" in input ? input.request : input.bucket);
    },
    reject: (error, where) => {
      problems.add({ file, line: where.line, message: error.message });
    },
    skip: () => {
    }
  };
}
function checkArguments(values, positionals) {
  if (positionals.length === 0) throw new UsageError("calibrate needs at least one usage log (JSON Lines, plain or gzipped)");
  if ((values.write || values.manifest) && !values.workload)
    throw new UsageError(`${values.write ? "--write" : "--manifest"} needs --workload NAME`);
}
async function refusedLogs(cwd, positionals) {
  const refusals = [];
  for (const p of positionals) {
    const resolved = await resolveOperatorPath(cwd, p);
    if ("problem" in resolved) refusals.push(`tokenbudget: usage log ${sanitizePlain(p)} ${resolved.problem.message}
`);
  }
  return refusals;
}
async function totalBytes(files) {
  const sizes = await Promise.all(
    files.map(
      (f) => stat(f).then(
        (s) => s.size,
        () => 0
      )
    )
  );
  return sizes.reduce((a, b) => a + b, 0);
}
function logLimits(values) {
  return {
    maxLineBytes: positiveInt("max-line-bytes", values["max-line-bytes"], DEFAULT_LOG_LIMITS.maxLineBytes),
    maxBytes: positiveInt("max-log-bytes", values["max-log-bytes"], DEFAULT_LOG_LIMITS.maxBytes)
  };
}
async function measureLogs(files, limits, problems, io) {
  const accumulator = createCalibration({ now: Date.parse(io.today) + 864e5 });
  const counter = { bytes: 0 };
  const total = await totalBytes(files);
  const progress = startProgress(io);
  let records = 0;
  const take = (record) => {
    if ("requests" in record) accumulator.addBucket(record);
    else accumulator.add(record);
    records += "requests" in record ? record.requests : 1;
    progress.update(
      () => `reading usage logs: ${formatBytes(counter.bytes)} of ${formatBytes(total)}, ${formatNumber(new Decimal(records))} requests`
    );
  };
  let reading = "";
  try {
    for (const file of files) {
      reading = file;
      if (await usageShape(file, limits) === "lines") {
        for await (const record of readUsageLog(file, problems, counter, limits)) take(record);
      } else {
        await readUsageFile(file, path.relative(io.cwd, file) || file, calibrationSink(file, problems, take), counter, limits);
      }
    }
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      `cannot read usage log ${sanitizePlain(path.relative(io.cwd, reading) || reading)}: ${code ? `cannot be read (${code})` : error.message}`
    );
  } finally {
    progress.done();
  }
  return accumulator.result().models;
}
async function namedWorkload(values, io) {
  const loaded = await loadManifests(io, values.manifest ? [values.manifest] : [], values.catalog);
  if (loaded.inputErrors.length > 0) return { inputErrors: loaded.inputErrors };
  const matches = loaded.files.flatMap(
    ({ file, manifest, book }) => manifest && book ? manifest.workloads.filter((w) => w.name === values.workload).map((workload) => ({ file, manifest, book, workload })) : []
  );
  const [match] = matches;
  if (!match)
    throw new UsageError(
      `no workload named "${values.workload}"${values.manifest ? ` in ${values.manifest}` : " in **/ai-workloads.{yaml,yml}"}`
    );
  if (matches.length > 1)
    throw new UsageError(`workload "${values.workload}" is in ${matches.map((m) => m.file).join(", ")}; pick one with --manifest`);
  return { match };
}
async function writeCalibration(calibration, cwd) {
  const absolute = path.resolve(cwd, calibration.file);
  const applied = applyCalibration(await readFile(absolute, "utf8"), calibration.workload.name, calibration.values);
  if ("error" in applied) throw new UsageError(`cannot update ${calibration.file}: ${applied.error}`);
  if (applied.changed) await writeFile(absolute, applied.text);
  calibration.written = applied.changed;
}
async function calibrateNamed(values, models, io) {
  const found = await namedWorkload(values, io);
  if (!found.match) {
    for (const f of found.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
    return 2;
  }
  const { stats, notes } = pickModel(models, found.match.workload);
  const calibration = calibrateWorkload(found.match, found.match.workload, stats, notes);
  if (values.write) await writeCalibration(calibration, io.cwd);
  return calibration;
}
async function calibrate({ values, positionals }, io) {
  checkArguments(values, positionals);
  const refusals = await refusedLogs(io.cwd, positionals);
  if (refusals.length > 0) {
    io.stderr.write(refusals.join(""));
    return 2;
  }
  const problems = new UsageLogProblems();
  const models = await measureLogs(
    positionals.map((p) => path.resolve(io.cwd, p)),
    logLimits(values),
    problems,
    io
  );
  const output = {
    files: positionals,
    problems: problems.recorded.slice(0, 10).map((p) => ({ ...p, file: path.relative(io.cwd, p.file) || p.file })),
    badLines: problems.count,
    models
  };
  io.stderr.write(renderSkippedLines(output));
  if (models.length === 0) throw new UsageError(`no usage records in ${positionals.join(" ")}`);
  const { workload } = values;
  if (workload) {
    const calibrated = await calibrateNamed({ ...values, workload }, models, io);
    if (typeof calibrated === "number") return calibrated;
    output.workload = calibrated;
  }
  io.stdout.write(values.format === "json" ? renderCalibrationJson(output) : renderCalibrationText(output));
  return 0;
}
export {
  calibrate
};
