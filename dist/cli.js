import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  BUILTIN_LAYER,
  DEFAULT_LIMITS,
  Decimal,
  Decimal2,
  GitError,
  HOURS_PER_MONTH,
  PriceBook,
  TOOL_VERSION,
  ZERO,
  dec,
  estimateWorkload,
  formatCount,
  formatNumber,
  formatPercent,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  gitBaseSource,
  isInputError,
  jsonText,
  loadCatalogFile,
  loadHead,
  loadLayers,
  parseCatalog,
  readCapped,
  renderJson,
  renderMarkdown,
  require_dist,
  resolveGpuRate,
  run,
  sanitizePlain,
  sum
} from "./chunks/chunk-BCV6QCND.js";
import {
  __toESM
} from "./chunks/chunk-LZQXQOPJ.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/core/render/table.ts
function palette(color) {
  const wrap = (open2, close) => color ? (t) => `\x1B[${open2}m${t}\x1B[${close}m` : (t) => t;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
function columns(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - [...cell].length)).join("  ").trimEnd());
}
function budgetText(w, p) {
  if (!w.budget) return "";
  const text = `${formatPercent(w.budget.percentUsed)} of ${formatUsd(w.budget.monthly)} budget`;
  return w.budget.status === "over" ? p.red(text) : w.budget.status === "near" ? p.yellow(text) : p.green(text);
}
function volumeLine(w) {
  const per = w.perRequestCost ? ` x ${formatUsdPrecise(w.perRequestCost)}/request` : "";
  return `${formatCount(w.requests.perMonth)} requests/month${per} = ${w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced"}/month`;
}
function renderTable(report, options) {
  const p = palette(options.color);
  const out = [];
  const s = report.summary;
  const files = [...new Set(report.workloads.map((w) => w.file))];
  for (const file of files) {
    out.push(p.bold(sanitizePlain(file)));
    const rows = report.workloads.filter((w) => w.file === file);
    const header = [["", "WORKLOAD", "MODEL", "MODE", "MONTHLY", report.base ? "CHANGE" : "PER REQUEST", "BUDGET"]];
    const body = rows.map((w) => [
      w.change === "added" ? "+" : w.change === "removed" ? "-" : w.change === "changed" ? "~" : " ",
      sanitizePlain(w.name),
      sanitizePlain(w.model),
      w.mode + (w.hardware ? ` (${sanitizePlain(w.hardware)})` : ""),
      w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced",
      report.base ? w.diffMonthlyCost ? formatUsdChange(w.diffMonthlyCost) : "n/a" : w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : "-",
      w.status === "error" ? "error" : w.status === "unpriced" ? "unpriced" : w.budget ? `${w.budget.status} ${formatPercent(w.budget.percentUsed)}` : "-"
    ]);
    const lines = columns([...header, ...body]);
    out.push(`  ${p.dim(lines[0])}`);
    rows.forEach((w, i) => {
      out.push(`  ${lines[i + 1]}`);
      if (w.change === "removed") return;
      const detail = [];
      if (w.monthlyCost) detail.push(volumeLine(w));
      for (const c of w.costComponents) detail.push(`  ${c.math}`);
      if (w.effectivePerMillionTokens && (w.mode === "dedicated" || w.mode === "gpu-cluster")) {
        const util = w.utilization ? `, utilization ${formatPercent(w.utilization.times(100), 1)}` : "";
        detail.push(`  effective ${formatUnitPrice(w.effectivePerMillionTokens.toDecimalPlaces(4))}/1M tokens over ${formatCount(w.monthlyTokens)} tokens${util}`);
      }
      if (w.range) detail.push(`  range: low ${formatUsd(w.range.low)} / expected ${formatUsd(w.range.expected)} / high ${formatUsd(w.range.high)}`);
      if (w.price) {
        const origin = w.price.kind === "override" ? `price override (${sanitizePlain(w.price.note ?? w.price.book)})` : `${sanitizePlain(w.price.source ?? w.price.book)}${w.price.asOf ? `, as of ${w.price.asOf}` : ""}`;
        detail.push(`  ${p.dim(`price: ${origin}`)}`);
      }
      const budget = budgetText(w, p);
      if (budget) detail.push(`  ${budget}`);
      for (const d of w.drivers ?? []) detail.push(`  why: ${sanitizePlain(d.detail)} ${formatUsdChange(d.amount)}`);
      for (const line of detail) out.push(`      ${line}`);
    });
    out.push("");
  }
  if (report.budgets.length > 0) {
    out.push(p.bold("Group budgets"));
    const rows = report.budgets.map((b) => [
      sanitizePlain(b.name),
      sanitizePlain(b.file),
      formatUsd(b.projected),
      `of ${formatUsd(b.monthly)}`,
      b.percentUsed.isFinite() ? formatPercent(b.percentUsed) : "-",
      b.status
    ]);
    for (const line of columns(rows)) out.push(`  ${line}`);
    out.push("");
  }
  for (const g of report.groups) {
    out.push(`${p.bold(`By ${sanitizePlain(g.tag)}:`)} ${g.values.map((v) => `${sanitizePlain(v.value)} ${formatUsd(v.monthlyCost)}`).join(", ")}`);
  }
  if (report.groups.length) out.push("");
  if (report.findings.length > 0) {
    out.push(p.bold("Findings"));
    for (const f of report.findings) {
      const sev = f.severity === "error" ? p.red("error") : f.severity === "warning" ? p.yellow("warning") : p.dim("notice");
      out.push(`  ${sanitizePlain(f.file)}:${f.line}:${f.col} ${sev} ${f.rule}: ${sanitizePlain(f.message)}${f.path ? p.dim(` [${sanitizePlain(f.path)}]`) : ""}`);
    }
    out.push("");
  }
  for (const note of report.notes) out.push(`note: ${sanitizePlain(note)}`);
  const verdict = s.status === "fail" ? p.red("FAIL") : s.status === "warn" ? p.yellow("WARN") : p.green("PASS");
  const total = `${formatUsd(s.monthlyCost)}/month${s.complete ? "" : ` + ${s.unpricedWorkloads} unpriced`}`;
  const diff2 = s.diffMonthlyCost !== void 0 ? ` (base ${formatUsd(s.baseMonthlyCost)}, ${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? `, ${s.diffPercent.gt(0) ? "+" : ""}${formatPercent(s.diffPercent, 1)}` : ""})` : "";
  const range = s.range ? `; range ${formatUsd(s.range.low)} - ${formatUsd(s.range.high)}` : "";
  out.push(`Total: ${p.bold(total)}${diff2}${range} across ${s.workloads} workload(s) in ${s.files} file(s) \xB7 ${verdict}`);
  out.push(p.dim(`Prices: catalog ${sanitizePlain(report.catalog.version)}, as of ${report.catalog.asOf}; a month is 730 hours.`));
  return `${out.join("\n")}
`;
}

// src/cli/manifests.ts
async function loadManifests(cwd, paths, catalogFiles, today) {
  const { files } = await loadHead({ cwd, paths, catalogFiles, today });
  return { files, inputErrors: files.flatMap((f) => f.findings).filter(isInputError) };
}
function formatProblem(f) {
  return `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message}${f.path ? ` [${f.path}]` : ""} (${f.rule})`;
}

// src/cli/calibrate.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/adapters/usage-logs.ts
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
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
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function tokenCount(object, key) {
  const value = object[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${key} must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}
function nested(object, key) {
  const value = object[key];
  return isObject(value) ? value : {};
}
function tokensOf(usage) {
  const promptTokens = tokenCount(usage, "prompt_tokens");
  if (promptTokens !== void 0) {
    return {
      input: promptTokens,
      output: tokenCount(usage, "completion_tokens") ?? 0,
      cached: tokenCount(nested(usage, "prompt_tokens_details"), "cached_tokens") ?? 0
    };
  }
  const inputTokens = tokenCount(usage, "input_tokens");
  if (inputTokens === void 0) {
    throw new Error("no token usage: expected prompt_tokens/completion_tokens or input_tokens/output_tokens");
  }
  const output = tokenCount(usage, "output_tokens") ?? 0;
  if (isObject(usage.input_tokens_details)) {
    return { input: inputTokens, output, cached: tokenCount(usage.input_tokens_details, "cached_tokens") ?? 0 };
  }
  const cacheRead = tokenCount(usage, "cache_read_input_tokens") ?? 0;
  const cacheWrite = tokenCount(usage, "cache_creation_input_tokens") ?? 0;
  return { input: inputTokens + cacheRead + cacheWrite, output, cached: cacheRead };
}
var ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;
function timeOf(entry) {
  const { timestamp, created, created_at: createdAt } = entry;
  if (timestamp !== void 0 && timestamp !== null) {
    const match = typeof timestamp === "string" ? ISO_TIMESTAMP.exec(timestamp) : null;
    const ms = match ? Date.parse(`${match[1]}T${match[2]}${match[3] ?? "Z"}`) : NaN;
    if (Number.isNaN(ms)) throw new Error(`timestamp must be an ISO 8601 date-time, got ${JSON.stringify(timestamp)}`);
    return ms;
  }
  const seconds = created ?? createdAt;
  if (seconds === void 0 || seconds === null) return void 0;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`created must be Unix seconds, got ${JSON.stringify(seconds)}`);
  }
  return seconds * 1e3;
}
function parseUsageLine(text) {
  let entry;
  try {
    entry = JSON.parse(text);
  } catch (error) {
    throw new Error(`invalid JSON: ${error.message}`);
  }
  if (!isObject(entry)) throw new Error("expected a JSON object");
  const usage = entry.usage === void 0 ? entry : entry.usage;
  if (!isObject(usage)) throw new Error("usage must be an object");
  const { input, output, cached } = tokensOf(usage);
  if (cached > input) throw new Error(`cached tokens (${cached}) exceed input tokens (${input})`);
  const { model } = entry;
  if (model !== void 0 && model !== null && typeof model !== "string") throw new Error("model must be a string");
  const time = timeOf(entry);
  const record = { input, output, cached };
  if (model) record.model = model;
  if (time !== void 0) record.time = time;
  return record;
}
var GZIP_MAGIC = [31, 139];
async function startsWithGzipMagic(handle) {
  const head = Buffer.alloc(GZIP_MAGIC.length);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return bytesRead === GZIP_MAGIC.length && GZIP_MAGIC.every((byte, index) => head[index] === byte);
}
async function* readUsageLog(file, problems) {
  const handle = await open(file);
  let gzipped;
  try {
    gzipped = await startsWithGzipMagic(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const raw = handle.createReadStream({ start: 0 });
  const text = gzipped ? pipeline(raw, createGunzip(), () => {
  }) : raw;
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const content of lines) {
      line++;
      const trimmed = (line === 1 ? content.replace(/^\uFEFF/, "") : content).trim();
      if (trimmed === "") continue;
      let record;
      try {
        record = parseUsageLine(trimmed);
      } catch (error) {
        problems.add({ file, line, message: error.message });
        continue;
      }
      yield record;
    }
  } catch (error) {
    problems.add({ file, line: line + 1, message: `cannot read further: ${error.message}` });
  } finally {
    lines.close();
    raw.destroy();
  }
}
async function* readUsageLogs(files, problems) {
  for (const file of files) yield* readUsageLog(file, problems);
}

// src/core/calibrate.ts
var UNKNOWN_MODEL = "(unknown)";
var MS_PER_DAY = 864e5;
var Exact = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
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
function distribution(column, sum2) {
  const sorted = column.sorted();
  return {
    mean: new Exact(sum2.toString()).div(column.length),
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95)
  };
}
function roundCount(value) {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
function roundPerDay(perDay2) {
  return perDay2.toDecimalPlaces(perDay2.gte(1) ? 0 : 2, Decimal.ROUND_HALF_UP).toNumber();
}
var ModelAccumulator = class {
  constructor(model) {
    this.model = model;
  }
  model;
  inputs = new NumberColumn();
  outputs = new NumberColumn();
  // BigInt sums stay exact however long the log; each mean is then a single 30-digit Decimal division.
  inputSum = 0n;
  outputSum = 0n;
  cachedSum = 0n;
  timedRequests = 0;
  first = Infinity;
  last = -Infinity;
  add(record) {
    this.inputs.push(record.input);
    this.outputs.push(record.output);
    this.inputSum += BigInt(record.input);
    this.outputSum += BigInt(record.output);
    this.cachedSum += BigInt(record.cached);
    if (record.time !== void 0) {
      this.timedRequests++;
      this.first = Math.min(this.first, record.time);
      this.last = Math.max(this.last, record.time);
    }
  }
  rate() {
    const n = this.timedRequests;
    if (n < 2 || this.last === this.first) return void 0;
    const spanMs = this.last - this.first;
    const periodDays = new Exact(spanMs).mul(n).div((n - 1) * MS_PER_DAY);
    return {
      timedRequests: n,
      first: this.first,
      last: this.last,
      periodDays,
      perDay: new Exact(n - 1).mul(MS_PER_DAY).div(spanMs),
      coversFullDay: periodDays.gte(1)
    };
  }
  result() {
    const requests = this.inputs.length;
    const input = distribution(this.inputs, this.inputSum);
    const output = distribution(this.outputs, this.outputSum);
    const cachedMean = new Exact(this.cachedSum.toString()).div(requests);
    const rate = this.rate();
    return {
      model: this.model,
      requests,
      input,
      output,
      cachedMean,
      cachedShare: this.inputSum === 0n ? new Exact(0) : new Exact(this.cachedSum.toString()).div(this.inputSum.toString()),
      ...rate && { rate },
      suggested: {
        // Rounding is monotone and cached ≤ input per record, so cached_input ≤ input still holds.
        tokens: { input: roundCount(input.mean), output: roundCount(output.mean), cached_input: roundCount(cachedMean) },
        ...rate?.coversFullDay && { requests: { per_day: roundPerDay(rate.perDay) } }
      }
    };
  }
};
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
  if (record.time !== void 0 && !Number.isFinite(record.time)) {
    throw new RangeError(`usage record time must be a finite number of milliseconds, got ${record.time}`);
  }
}
function createCalibration() {
  const byModel = /* @__PURE__ */ new Map();
  return {
    add(record) {
      checkRecord(record);
      const model = record.model ?? UNKNOWN_MODEL;
      let accumulator = byModel.get(model);
      if (!accumulator) {
        accumulator = new ModelAccumulator(model);
        byModel.set(model, accumulator);
      }
      accumulator.add(record);
    },
    result() {
      const names = [...byModel.keys()].sort();
      return { models: names.map((name) => byModel.get(name).result()) };
    }
  };
}

// src/core/manifest-edit.ts
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
  const matches = workloads.items.filter(
    (item) => (0, import_yaml.isMap)(item) && item.get("name") === workloadName
  );
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
  return changed;
}
function applyRequests(workload, perDay2, workloadName) {
  const map = childMap(workload, "requests", workloadName);
  if (typeof map === "string") return map;
  const volumePairs = map.items.filter((pair) => isVolumeKey(keyOf(pair)));
  const [kept, ...others] = volumePairs;
  if (!kept) {
    map.set("per_day", perDay2);
    return true;
  }
  let changed = others.length > 0;
  map.items = map.items.filter((pair) => !others.includes(pair));
  if (keyOf(kept) !== "per_day") {
    if ((0, import_yaml.isScalar)(kept.key)) kept.key.value = "per_day";
    else kept.key = new import_yaml.Scalar("per_day");
    changed = true;
  }
  return setPairValue(kept, perDay2) || changed;
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
  }
  return changed ? { text: doc.toString(), changed } : { text: yamlText, changed };
}

// src/cli/output.ts
function formatUnitPriceChange(value) {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}

// src/cli/calibrate.ts
function exact(value) {
  return new Decimal2(value.toString());
}
function flat(value) {
  return { low: value, expected: value, high: value };
}
function pickModel(models, workload) {
  const exactMatch = models.find((m) => m.model.toLowerCase() === workload.model.toLowerCase());
  if (exactMatch) return { stats: exactMatch };
  if (models.length === 1) return { stats: models[0], note: `the log's model ${models[0].model} is not the workload's ${workload.model}; its measurements are used` };
  throw new UsageError(`the logs hold ${models.length} models (${models.map((m) => m.model).join(", ")}) and none is ${workload.model}; pass only the logs of workload ${workload.name}`);
}
function calibrateWorkload(file, workload, manifest, book, models) {
  const { stats, note } = pickModel(models, workload);
  const notes = note ? [note] : [];
  const suggested = stats.suggested;
  const tokens = suggested.tokens;
  const template = workload.tokens.template;
  const variableInput = template ? Math.max(0, tokens.input - template.tokens) : tokens.input;
  if (template) notes.push(`${template.path} counts ${template.tokens} tokens (${template.tokenizer}); input is what the requests send on top of it`);
  const values = { tokens: { ...tokens, input: variableInput }, ...suggested.requests ? { requests: suggested.requests } : {} };
  const requestsPerMonth = suggested.requests ? new Decimal2(suggested.requests.per_day).times(HOURS_PER_MONTH).div(24) : workload.requests.perMonth.expected;
  if (!suggested.requests) notes.push(stats.rate ? "the logs cover less than a day: the request volume is kept as declared" : "the logs carry no usable timestamps: the request volume is kept as declared");
  const measuredWorkload = {
    ...workload,
    tokens: { input: flat(new Decimal2(tokens.input)), output: flat(new Decimal2(tokens.output)), cachedInput: flat(new Decimal2(tokens.cached_input)) },
    requests: { ...workload.requests, unit: "per_day", declared: flat(requestsPerMonth.times(24).div(HOURS_PER_MONTH)), perMonth: flat(requestsPerMonth) }
  };
  const cost = (w) => {
    const estimate = estimateWorkload(w, manifest, book);
    return estimate.priced ? estimate.cost?.monthlyCost : void 0;
  };
  const declaredCost = cost(workload);
  const measuredCost = cost(measuredWorkload);
  return {
    file,
    workload,
    model: stats.model,
    values,
    declared: {
      input: workload.tokens.input.expected,
      output: workload.tokens.output.expected,
      cachedInput: workload.tokens.cachedInput.expected,
      requestsPerMonth: workload.requests.perMonth.expected,
      ...declaredCost ? { monthlyCost: declaredCost } : {}
    },
    measured: {
      input: new Decimal2(tokens.input),
      output: new Decimal2(tokens.output),
      cachedInput: new Decimal2(tokens.cached_input),
      requestsPerMonth,
      ...measuredCost ? { monthlyCost: measuredCost } : {}
    },
    notes
  };
}
function valuesYaml(values) {
  const t = values.tokens;
  return `tokens: { input: ${t.input}, output: ${t.output}, cached_input: ${t.cached_input} }${values.requests ? `, requests: { per_day: ${values.requests.per_day} }` : ""}`;
}
function isoDay(ms) {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
function statsText(models) {
  const rows = [["MODEL", "REQUESTS", "INPUT mean / p50 / p95", "OUTPUT mean / p50 / p95", "CACHED", "REQUESTS/DAY", "PERIOD"]];
  for (const m of models) {
    const dist = (d) => `${formatNumber(exact(d.mean))} / ${formatNumber(new Decimal2(d.p50))} / ${formatNumber(new Decimal2(d.p95))}`;
    rows.push([
      sanitizePlain(m.model),
      formatNumber(new Decimal2(m.requests)),
      dist(m.input),
      dist(m.output),
      formatPercent(exact(m.cachedShare).times(100), 1),
      m.rate ? formatNumber(exact(m.rate.perDay)) : "-",
      m.rate ? `${formatNumber(exact(m.rate.periodDays))} days from ${isoDay(m.rate.first)}${m.rate.coversFullDay ? "" : " (under a day)"}` : "no timestamps"
    ]);
  }
  return columns(rows).map((l) => `  ${l}`);
}
function workloadText(c) {
  const n = (d) => formatNumber(d);
  const cost = (d) => d ? formatUsd(d) : "unpriced";
  const rows = [
    ["", "DECLARED", "MEASURED"],
    ["input tokens", n(c.declared.input), n(c.measured.input)],
    ["output tokens", n(c.declared.output), n(c.measured.output)],
    ["cached input tokens", n(c.declared.cachedInput), n(c.measured.cachedInput)],
    ["requests/month", n(c.declared.requestsPerMonth.toDecimalPlaces(0, Decimal2.ROUND_HALF_EVEN)), n(c.measured.requestsPerMonth.toDecimalPlaces(0, Decimal2.ROUND_HALF_EVEN))],
    ["monthly cost", cost(c.declared.monthlyCost), cost(c.measured.monthlyCost)]
  ];
  const w = c.workload;
  const change = c.declared.monthlyCost && c.measured.monthlyCost ? ` (${formatUsdChange(c.measured.monthlyCost.minus(c.declared.monthlyCost))} a month)` : "";
  const out = [`Workload ${sanitizePlain(w.name)} in ${sanitizePlain(c.file)}: ${sanitizePlain(w.provider)} ${sanitizePlain(w.model)}, ${w.mode}, measured from ${sanitizePlain(c.model)}${change}`, ...columns(rows).map((l) => `  ${l}`)];
  for (const note of c.notes) out.push(`  note: ${sanitizePlain(note)}`);
  out.push(c.written === void 0 ? `  put in the manifest: ${valuesYaml(c.values)}   (or run again with --write)` : c.written ? `  wrote ${valuesYaml(c.values)} to ${sanitizePlain(c.file)}` : `  ${sanitizePlain(c.file)} already has these values`);
  return out;
}
function modelJson(m) {
  return {
    model: m.model,
    requests: m.requests,
    input: { mean: exact(m.input.mean), p50: m.input.p50, p95: m.input.p95 },
    output: { mean: exact(m.output.mean), p50: m.output.p50, p95: m.output.p95 },
    cachedMean: exact(m.cachedMean),
    cachedShare: exact(m.cachedShare),
    rate: m.rate ? { timedRequests: m.rate.timedRequests, first: isoDay(m.rate.first), last: isoDay(m.rate.last), periodDays: exact(m.rate.periodDays), perDay: exact(m.rate.perDay), coversFullDay: m.rate.coversFullDay } : null,
    suggested: m.suggested
  };
}
async function calibrateCommand(args, io) {
  const { values, positionals } = parse(args, {
    workload: { type: "string" },
    manifest: { type: "string" },
    write: { type: "boolean", default: false },
    format: { type: "string", default: "table" },
    catalog: { type: "string", multiple: true }
  });
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);
  if (positionals.length === 0) throw new UsageError("calibrate needs at least one usage log (JSON Lines, plain or gzipped)");
  if ((values.write || values.manifest) && !values.workload) throw new UsageError(`${values.write ? "--write" : "--manifest"} needs --workload NAME`);
  const problems = new UsageLogProblems();
  const accumulator = createCalibration();
  const files = positionals.map((p) => path.resolve(io.cwd, p));
  try {
    for await (const record of readUsageLogs(files, problems)) accumulator.add(record);
  } catch (error) {
    throw new UsageError(`cannot read usage log: ${error.message}`);
  }
  const { models } = accumulator.result();
  const relative = (file) => path.relative(io.cwd, file) || file;
  for (const p of problems.recorded.slice(0, 10)) io.stderr.write(`${sanitizePlain(relative(p.file))}:${p.line}: skipped: ${sanitizePlain(p.message)}
`);
  if (problems.count > 10) io.stderr.write(`... and ${problems.count - 10} more bad lines
`);
  if (models.length === 0) throw new UsageError(`no usage records in ${positionals.join(" ")}`);
  let calibration;
  if (values.workload) {
    const loaded = await loadManifests(io.cwd, values.manifest ? [values.manifest] : [], values.catalog ?? [], io.today);
    if (loaded.inputErrors.length > 0) {
      for (const f2 of loaded.inputErrors) io.stderr.write(`${formatProblem(f2)}
`);
      return 2;
    }
    const matches = loaded.files.flatMap((f2) => f2.manifest && f2.book ? f2.manifest.workloads.filter((w2) => w2.name === values.workload).map((w2) => ({ f: f2, w: w2 })) : []);
    if (matches.length === 0) throw new UsageError(`no workload named "${values.workload}"${values.manifest ? ` in ${values.manifest}` : " in **/ai-workloads.{yaml,yml}"}`);
    if (matches.length > 1) throw new UsageError(`workload "${values.workload}" is in ${matches.map((m) => m.f.file).join(", ")}; pick one with --manifest`);
    const { f, w } = matches[0];
    calibration = calibrateWorkload(f.file, w, f.manifest, f.book, models);
    if (values.write) {
      const absolute = path.resolve(io.cwd, f.file);
      const applied = applyCalibration(await readFile(absolute, "utf8"), w.name, calibration.values);
      if ("error" in applied) throw new UsageError(`cannot update ${f.file}: ${applied.error}`);
      if (applied.changed) await writeFile(absolute, applied.text);
      calibration.written = applied.changed;
    }
  }
  const requests = models.reduce((n, m) => n + m.requests, 0);
  if (values.format === "json") {
    io.stdout.write(
      jsonText({
        logs: { files: positionals, requests, badLines: problems.count, problems: problems.recorded.slice(0, 10).map((p) => ({ ...p, file: relative(p.file) })) },
        models: models.map(modelJson),
        workload: calibration ? { file: calibration.file, name: calibration.workload.name, model: calibration.model, declared: calibration.declared, measured: calibration.measured, values: calibration.values, notes: calibration.notes, written: calibration.written ?? false } : null
      })
    );
    return 0;
  }
  const out = [`Usage logs: ${positionals.length} file(s), ${formatNumber(new Decimal2(requests))} requests${problems.count ? `, ${problems.count} bad line(s) skipped` : ""}`, "", ...statsText(models), ""];
  if (calibration) out.push(...workloadText(calibration));
  else {
    out.push("Manifest values per model:");
    for (const m of models) out.push(`  ${sanitizePlain(m.model)}: ${valuesYaml(m.suggested)}`);
    out.push("", "Give --workload NAME (and --manifest FILE) to price these against a workload, --write to update it.");
  }
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}

// src/cli/catalog.ts
import { stat, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/core/catalog-view.ts
function rates(prices) {
  return { input: dec(prices.input), output: dec(prices.output), ...prices.cachedInput !== void 0 ? { cachedInput: dec(prices.cachedInput) } : {} };
}
function batchTerms(batch) {
  if (!batch) return { kind: "unknown" };
  if (!batch.available) return { kind: "not-offered" };
  if (!batch.discounted) return { kind: "serverless-price" };
  return { kind: "discounted", rates: rates(batch) };
}
function modelRow(model, book, pb) {
  const layer = pb.layers.find((l) => l.origin === book);
  const source = layer?.catalog.sources[model.source];
  return {
    provider: model.provider,
    id: model.id,
    aliases: model.aliases ?? [],
    ...model.contextWindow !== void 0 ? { contextWindow: model.contextWindow } : {},
    ...model.serverless ? { serverless: rates(model.serverless) } : {},
    batch: batchTerms(model.batch),
    longContext: (model.longContext ?? []).map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, ...rates(tier) })),
    deprecated: model.deprecated === true,
    book,
    source: source?.title ?? model.source,
    ...source?.url ? { url: source.url } : {},
    asOf: model.asOf,
    ...model.note ? { note: model.note } : {}
  };
}
function hardwareRow(hw, book, pb) {
  const source = pb.layers.find((l) => l.origin === book)?.catalog.sources[hw.source];
  return {
    provider: hw.provider,
    id: hw.id,
    name: hw.name,
    ...hw.memoryGb !== void 0 ? { memoryGb: hw.memoryGb } : {},
    ...hw.dedicatedHourly !== void 0 ? { dedicatedHourly: dec(hw.dedicatedHourly) } : {},
    ...hw.clusterHourly !== void 0 ? { clusterHourly: dec(hw.clusterHourly) } : {},
    book,
    source: source?.title ?? hw.source,
    asOf: hw.asOf,
    ...hw.note ? { note: hw.note } : {}
  };
}
var byProviderAndId = (a, b) => a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0;
function effectiveEntries(book) {
  const models = [];
  const hardware = [];
  for (const { origin, catalog } of book.layers) {
    for (const model of catalog.models) if (book.findModel(model.provider, model.id)?.model === model) models.push(modelRow(model, origin, book));
    for (const hw of catalog.hardware) if (book.findHardware(hw.provider, hw.id)?.hardware === hw) hardware.push(hardwareRow(hw, origin, book));
  }
  return { models: models.sort(byProviderAndId), hardware: hardware.sort(byProviderAndId) };
}
function listCatalog(book, filter = {}) {
  const { models, hardware } = effectiveEntries(book);
  const provider = filter.provider?.toLowerCase();
  const mode = filter.mode;
  const ofProvider = (row) => provider === void 0 || row.provider.toLowerCase() === provider;
  return {
    books: book.layers.map((l) => ({ origin: l.origin, version: l.catalog.version, asOf: l.catalog.asOf })),
    models: models.filter(ofProvider).filter((m) => {
      if (mode === void 0) return true;
      if (mode === "serverless") return m.serverless !== void 0;
      if (mode === "batch") return m.batch.kind === "discounted" || m.batch.kind === "serverless-price";
      return false;
    }),
    hardware: hardware.filter(ofProvider).filter((h) => {
      if (mode === void 0) return true;
      if (mode === "dedicated") return h.dedicatedHourly !== void 0;
      if (mode === "gpu-cluster") return h.clusterHourly !== void 0;
      return false;
    })
  };
}
function showModel(book, id, provider) {
  const wanted = id.toLowerCase();
  const providers = provider ? [provider.toLowerCase()] : book.providers();
  const details = [];
  for (const p of providers) {
    const found = book.findModel(p, id);
    if (!found) continue;
    const foundIndex = book.layers.findIndex((l) => l.origin === found.origin);
    const names = /* @__PURE__ */ new Set([wanted, found.model.id.toLowerCase()]);
    const replaces = [];
    for (const layer of book.layers.slice(0, foundIndex).reverse()) {
      for (const model of layer.catalog.models) {
        const ids = [model.id, ...model.aliases ?? []].map((n) => n.toLowerCase());
        if (model.provider.toLowerCase() === p && ids.some((n) => names.has(n))) replaces.push(modelRow(model, layer.origin, book));
      }
    }
    details.push({ model: modelRow(found.model, found.origin, book), replaces });
  }
  return details;
}

// src/core/catalog-diff.ts
function kilo(tokens) {
  return tokens % 1e3 === 0 ? `${tokens / 1e3}K` : String(tokens);
}
function rateFields(prefix, suffix, rates2, out) {
  out.set(`${prefix}input${suffix}`, rates2.input);
  out.set(`${prefix}output${suffix}`, rates2.output);
  if (rates2.cachedInput) out.set(`${prefix}cached input${suffix}`, rates2.cachedInput);
}
function modelFields(model) {
  const out = /* @__PURE__ */ new Map();
  if (model.serverless) rateFields("", "", model.serverless, out);
  else out.set("serverless", "not offered");
  switch (model.batch.kind) {
    case "discounted":
      out.set("batch", "discounted");
      rateFields("batch ", "", model.batch.rates, out);
      break;
    case "serverless-price":
      out.set("batch", "serverless price");
      break;
    case "not-offered":
      out.set("batch", "not offered");
      break;
    case "unknown":
      out.set("batch", "unknown");
  }
  for (const tier of model.longContext) rateFields("", ` above ${kilo(tier.aboveInputTokens)}`, tier, out);
  return out;
}
function hardwareFields(hw) {
  const out = /* @__PURE__ */ new Map();
  out.set("dedicated GPU-hour", hw.dedicatedHourly ?? "not offered");
  out.set("cluster GPU-hour", hw.clusterHourly ?? "not offered");
  return out;
}
function valueChange(old, now) {
  if (!(old instanceof Decimal2) || !(now instanceof Decimal2)) return old === now ? void 0 : {};
  if (old.eq(now)) return void 0;
  const change = now.minus(old);
  return { change, ...old.isZero() ? {} : { percent: change.div(old).times(100) } };
}
var keyOf2 = (row) => `${row.provider.toLowerCase()}\0${row.id.toLowerCase()}`;
function diffEntries(kind, olds, news, fields) {
  const changes = [];
  const oldByKey = new Map(olds.map((r) => [keyOf2(r), r]));
  const newByKey = new Map(news.map((r) => [keyOf2(r), r]));
  const keys = [.../* @__PURE__ */ new Set([...oldByKey.keys(), ...newByKey.keys()])].sort();
  for (const key of keys) {
    const before = oldByKey.get(key);
    const after = newByKey.get(key);
    const { provider, id } = after ?? before;
    if (!before || !after) {
      changes.push({ kind, provider, id, field: "entry", old: before ? "present" : "absent", new: after ? "present" : "absent" });
      continue;
    }
    const a = fields(before);
    const b = fields(after);
    for (const field of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
      const old = a.get(field) ?? "absent";
      const now = b.get(field) ?? "absent";
      const moved = valueChange(old, now);
      if (moved) changes.push({ kind, provider, id, field, old, new: now, ...moved });
    }
  }
  return changes;
}
function diffPriceBooks(oldBook, newBook) {
  const before = effectiveEntries(oldBook);
  const after = effectiveEntries(newBook);
  return [...diffEntries("model", before.models, after.models, modelFields), ...diffEntries("hardware", before.hardware, after.hardware, hardwareFields)];
}
function diffWorkloadCosts(manifests, oldBook, newBook) {
  const moves = [];
  const olds = [];
  const news = [];
  let compared = 0;
  for (const manifest of manifests) {
    for (const workload of manifest.workloads) {
      compared++;
      const costOf = (book) => {
        const estimate = estimateWorkload(workload, manifest, book);
        return estimate.priced ? estimate.cost?.monthlyCost : void 0;
      };
      const old = costOf(oldBook);
      const now = costOf(newBook);
      if (old && now) {
        olds.push(old);
        news.push(now);
      }
      const change = old && now ? now.minus(old) : void 0;
      if (change?.isZero() || !old && !now) continue;
      moves.push({
        file: workload.file,
        workload: workload.name,
        provider: workload.provider,
        model: workload.model,
        mode: workload.mode,
        ...old ? { old } : {},
        ...now ? { new: now } : {},
        ...change ? { change } : {},
        ...change && old && !old.isZero() ? { percent: change.div(old).times(100) } : {}
      });
    }
  }
  moves.sort((a, b) => (b.change?.abs() ?? ZERO.minus(1)).comparedTo(a.change?.abs() ?? ZERO.minus(1)) || a.file.localeCompare(b.file) || a.workload.localeCompare(b.workload));
  const oldTotal = sum(olds);
  const newTotal = sum(news);
  return { workloads: moves, workloadsCompared: compared, total: { old: oldTotal, new: newTotal, change: newTotal.minus(oldTotal) } };
}
function diffCatalogs(oldBook, newBook, manifests) {
  return { changes: diffPriceBooks(oldBook, newBook), ...diffWorkloadCosts(manifests, oldBook, newBook) };
}

// src/core/import/common.ts
var PROVIDER_ALIASES = {
  together: "together",
  together_ai: "together",
  "together-ai": "together",
  togetherai: "together",
  openai: "openai",
  anthropic: "anthropic",
  google: "google",
  gemini: "google"
};
function mapProviderId(feedId) {
  const lower = feedId.trim().toLowerCase();
  return PROVIDER_ALIASES[lower] ?? lower.replace(/[^a-z0-9._-]+/g, "-");
}
function perTokenToPerMillion(perToken) {
  return new Decimal(String(perToken)).times(1e6).toNumber();
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function finiteNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function emptyCatalog(sourceKey, title, url, options, license) {
  return {
    formatVersion: 1,
    // Imported catalogs are versioned by their snapshot date so two imports of the same
    // snapshot compare equal.
    version: options.sourceDate.replaceAll("-", "."),
    asOf: options.sourceDate,
    currency: "USD",
    sources: {
      [sourceKey]: { title: `${title} (${options.sourceFile})`, url, asOf: options.sourceDate, license }
    },
    models: [],
    hardware: []
  };
}
function addUnique(list2, seen, entry, warnings, origin) {
  const key = `${entry.provider}\0${entry.id.toLowerCase()}`;
  if (seen.has(key)) {
    warnings.push(`${origin}: duplicate of ${entry.provider}/${entry.id} (ids match case-insensitively); kept the first`);
    return;
  }
  seen.add(key);
  list2.push(entry);
}

// src/core/import/genai-prices.ts
var GENAI_PRICES_SOURCE_KEY = "genai-prices";
function priceValue(value) {
  const plain = finiteNumber(value);
  if (plain !== void 0) return plain;
  if (!isRecord(value) || finiteNumber(value.base) === void 0 || !Array.isArray(value.tiers)) return void 0;
  const tiers = value.tiers.filter(isRecord).map((tier) => ({ start: finiteNumber(tier.start), price: finiteNumber(tier.price) })).filter((tier) => tier.start !== void 0 && tier.price !== void 0).sort((a, b) => a.start - b.start);
  return { base: value.base, tiers };
}
function basePrice(value) {
  return typeof value === "number" ? value : value.base;
}
function priceAbove(value, threshold) {
  if (typeof value === "number") return value;
  let price = value.base;
  for (const tier of value.tiers) if (tier.start <= threshold) price = tier.price;
  return price;
}
function resolvePrices(prices, date, label2, warnings) {
  if (isRecord(prices)) return { prices };
  if (!Array.isArray(prices)) return void 0;
  const conditional = prices.filter(isRecord).filter((entry) => isRecord(entry.prices));
  if (conditional.length === 0) return void 0;
  let chosen;
  const upcoming = [];
  for (const entry of conditional) {
    const constraint = entry.constraint;
    if (!isRecord(constraint)) {
      chosen = entry;
    } else if (typeof constraint.start_date === "string") {
      if (constraint.start_date <= date) chosen = entry;
      else upcoming.push(describeChange(constraint.start_date, entry.prices));
    } else {
      warnings.push(`${label2}: time-of-day price window ignored (not modelled); regular price used`);
    }
  }
  const picked = chosen ?? conditional[0];
  const notes = [];
  if (isRecord(picked.constraint) && typeof picked.constraint.start_date === "string") {
    notes.push(`price in force since ${picked.constraint.start_date}`);
  }
  if (upcoming.length > 0) notes.push(`source schedules ${upcoming.join("; ")}`);
  return { prices: picked.prices, ...notes.length > 0 ? { note: notes.join("; ") } : {} };
}
function describeChange(startDate, prices) {
  const input = priceValue(prices.input_mtok);
  const output = priceValue(prices.output_mtok);
  const rates2 = input !== void 0 && output !== void 0 ? ` to ${basePrice(input)}/${basePrice(output)} per 1M in/out` : "";
  return `a price change on ${startDate}${rates2}`;
}
function exactMatches(match) {
  if (!isRecord(match)) return [];
  if (typeof match.equals === "string") return [match.equals];
  if (Array.isArray(match.or)) return match.or.flatMap(exactMatches);
  return [];
}
function aliasesOf(id, match) {
  const seen = /* @__PURE__ */ new Set([id.toLowerCase()]);
  const aliases = [];
  for (const spelling of exactMatches(match)) {
    if (seen.has(spelling.toLowerCase())) continue;
    seen.add(spelling.toLowerCase());
    aliases.push(spelling);
  }
  return aliases;
}
function longContextTiers(input, output, cached) {
  const thresholds = /* @__PURE__ */ new Set();
  for (const value of [input, output, cached]) {
    if (value !== void 0 && typeof value !== "number") for (const tier of value.tiers) thresholds.add(tier.start);
  }
  return [...thresholds].sort((a, b) => a - b).map((aboveInputTokens) => ({
    aboveInputTokens,
    input: priceAbove(input, aboveInputTokens),
    output: priceAbove(output, aboveInputTokens),
    ...cached !== void 0 ? { cachedInput: priceAbove(cached, aboveInputTokens) } : {}
  }));
}
function convertModel(raw, provider, options, warnings) {
  const id = typeof raw.id === "string" ? raw.id : void 0;
  if (id === void 0) {
    warnings.push(`${provider}: model without id; skipped`);
    return void 0;
  }
  const label2 = `${provider}/${id}`;
  const resolved = resolvePrices(raw.prices, options.effectiveDate ?? options.sourceDate, label2, warnings);
  const input = resolved && priceValue(resolved.prices.input_mtok);
  const output = resolved && priceValue(resolved.prices.output_mtok);
  if (!resolved || input === void 0 || output === void 0) {
    warnings.push(`${label2}: no input/output token price; skipped`);
    return void 0;
  }
  const cached = priceValue(resolved.prices.cache_read_mtok);
  const model = {
    provider,
    id,
    source: GENAI_PRICES_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: {
      input: basePrice(input),
      output: basePrice(output),
      ...cached !== void 0 ? { cachedInput: basePrice(cached) } : {}
    }
  };
  const aliases = aliasesOf(id, raw.match);
  if (aliases.length > 0) model.aliases = aliases;
  const context = finiteNumber(raw.context_window);
  if (context !== void 0 && context > 0) model.contextWindow = context;
  const tiers = longContextTiers(input, output, cached);
  if (tiers.length > 0) model.longContext = tiers;
  if (raw.deprecated === true) model.deprecated = true;
  const notes = [];
  if (typeof raw.prices_checked === "string") notes.push(`prices checked ${raw.prices_checked}`);
  if (resolved.note) notes.push(resolved.note);
  if (basePrice(input) === 0 && basePrice(output) === 0) notes.push("source lists this model as free (0 USD)");
  if (notes.length > 0) model.note = notes.join("; ");
  return model;
}
function importGenaiPrices(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    GENAI_PRICES_SOURCE_KEY,
    "pydantic/genai-prices v2 data",
    "https://github.com/pydantic/genai-prices/blob/main/prices/new_data/v2/data.json",
    options,
    "MIT"
  );
  const providers = Array.isArray(data) ? data : [data];
  const seen = /* @__PURE__ */ new Set();
  for (const rawProvider of providers) {
    if (!isRecord(rawProvider) || typeof rawProvider.id !== "string" || !Array.isArray(rawProvider.models)) {
      warnings.push("entry is not a genai-prices provider (id + models); skipped");
      continue;
    }
    const provider = mapProviderId(rawProvider.id);
    if (options.provider !== void 0 && provider !== options.provider) continue;
    for (const rawModel of rawProvider.models) {
      if (!isRecord(rawModel)) continue;
      const model = convertModel(rawModel, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${model.id}`);
    }
  }
  return { catalog, warnings };
}

// src/core/import/litellm.ts
var LITELLM_SOURCE_KEY = "litellm";
var TEXT_MODES = /* @__PURE__ */ new Set(["chat", "completion", "responses"]);
var TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;
function litellmProvider(litellmProviderValue) {
  return litellmProviderValue.startsWith("vertex_ai") ? "vertex_ai" : mapProviderId(litellmProviderValue);
}
function modelIdFromKey(key, provider) {
  const slash = key.indexOf("/");
  if (slash > 0 && litellmProvider(key.slice(0, slash)) === provider) return key.slice(slash + 1);
  return key;
}
function longContextTiers2(entry, key, warnings) {
  const byThreshold = /* @__PURE__ */ new Map();
  for (const [field, value] of Object.entries(entry)) {
    const match = TIER_KEY.exec(field);
    const price = finiteNumber(value);
    if (!match || price === void 0) continue;
    const threshold = Number(match[2]) * 1e3;
    const kind = match[1] === "input_cost_per_token" ? "input" : match[1] === "output_cost_per_token" ? "output" : "cachedInput";
    const tier = byThreshold.get(threshold) ?? {};
    tier[kind] = perTokenToPerMillion(price);
    byThreshold.set(threshold, tier);
  }
  const tiers = [];
  for (const [aboveInputTokens, tier] of [...byThreshold].sort((a, b) => a[0] - b[0])) {
    if (tier.input === void 0 || tier.output === void 0) {
      warnings.push(`${key}: long-context tier above ${aboveInputTokens} tokens lacks an input or output price; tier skipped`);
      continue;
    }
    tiers.push({
      aboveInputTokens,
      input: tier.input,
      output: tier.output,
      ...tier.cachedInput !== void 0 ? { cachedInput: tier.cachedInput } : {}
    });
  }
  return tiers;
}
function batchOffer(entry, key, warnings) {
  const input = finiteNumber(entry.input_cost_per_token_batches);
  const output = finiteNumber(entry.output_cost_per_token_batches);
  if (input === void 0 && output === void 0) return void 0;
  if (input === void 0 || output === void 0) {
    warnings.push(`${key}: batch price given for only one of input/output; batch left unknown`);
    return void 0;
  }
  return { available: true, discounted: true, input: perTokenToPerMillion(input), output: perTokenToPerMillion(output) };
}
function importLiteLLM(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    LITELLM_SOURCE_KEY,
    "LiteLLM model_prices_and_context_window.json",
    "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    options,
    "MIT"
  );
  if (!isRecord(data)) {
    warnings.push("LiteLLM data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const seen = /* @__PURE__ */ new Set();
  const skippedModes = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(data)) {
    if (key === "sample_spec" || !isRecord(entry) || typeof entry.litellm_provider !== "string") continue;
    const provider = litellmProvider(entry.litellm_provider);
    if (options.provider !== void 0 && provider !== options.provider) continue;
    const mode = typeof entry.mode === "string" ? entry.mode : "unknown";
    if (!TEXT_MODES.has(mode)) {
      skippedModes.set(mode, (skippedModes.get(mode) ?? 0) + 1);
      continue;
    }
    if (/^together-ai-/.test(key)) {
      warnings.push(`${key}: size-bracket fallback price, not a model; skipped`);
      continue;
    }
    const input = finiteNumber(entry.input_cost_per_token);
    const output = finiteNumber(entry.output_cost_per_token);
    if (input === void 0 || output === void 0) {
      warnings.push(`${key}: no input/output price; skipped`);
      continue;
    }
    const cached = finiteNumber(entry.cache_read_input_token_cost);
    const model = {
      provider,
      id: modelIdFromKey(key, provider),
      source: LITELLM_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: {
        input: perTokenToPerMillion(input),
        output: perTokenToPerMillion(output),
        ...cached !== void 0 ? { cachedInput: perTokenToPerMillion(cached) } : {}
      }
    };
    if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
    const context = finiteNumber(entry.max_input_tokens);
    if (context !== void 0 && context > 0) model.contextWindow = context;
    const batch = batchOffer(entry, key, warnings);
    if (batch) model.batch = batch;
    const tiers = longContextTiers2(entry, key, warnings);
    if (tiers.length > 0) model.longContext = tiers;
    if (typeof entry.deprecation_date === "string" && entry.deprecation_date <= options.sourceDate) model.deprecated = true;
    addUnique(catalog.models, seen, model, warnings, key);
  }
  for (const [mode, count] of skippedModes) {
    warnings.push(`skipped ${count} ${mode} entries (not priced per input/output text token)`);
  }
  return { catalog, warnings };
}

// src/core/import/models-dev.ts
var MODELS_DEV_SOURCE_KEY = "models.dev";
var MODELS_DEV_LONG_CONTEXT_THRESHOLD = 2e5;
function feedProviderId(block) {
  if (typeof block.id === "string") return block.id;
  const meta = isRecord(block.provider) ? block.provider : block;
  if (typeof meta.id === "string") return meta.id;
  if (typeof meta.npm === "string") return meta.npm.split("/").pop();
  return void 0;
}
function cachedRate(cost, label2, warnings) {
  const cacheRead = finiteNumber(cost.cache_read);
  if (cacheRead !== void 0) return cacheRead;
  const cachedInput = finiteNumber(cost.cached_input);
  if (cachedInput !== void 0) warnings.push(`${label2}: cached-input rate read from nonstandard key cost.cached_input`);
  return cachedInput;
}
function convertModel2(id, raw, provider, options, warnings) {
  const label2 = `${provider}/${id}`;
  const outputs = isRecord(raw.modalities) && Array.isArray(raw.modalities.output) ? raw.modalities.output : ["text"];
  if (!outputs.includes("text")) {
    warnings.push(`${label2}: produces no text (${outputs.join(", ")}); skipped`);
    return void 0;
  }
  const cost = isRecord(raw.cost) ? raw.cost : {};
  const input = finiteNumber(cost.input);
  const output = finiteNumber(cost.output);
  if (input === void 0 || output === void 0) {
    warnings.push(`${label2}: no input/output cost; skipped`);
    return void 0;
  }
  const cached = cachedRate(cost, label2, warnings);
  const model = {
    provider,
    id,
    source: MODELS_DEV_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: { input, output, ...cached !== void 0 ? { cachedInput: cached } : {} }
  };
  const context = isRecord(raw.limit) ? finiteNumber(raw.limit.context) : void 0;
  if (context !== void 0 && context > 0) model.contextWindow = context;
  const over = isRecord(cost.context_over_200k) ? cost.context_over_200k : void 0;
  if (over) {
    const tierInput = finiteNumber(over.input);
    const tierOutput = finiteNumber(over.output);
    const tierCached = finiteNumber(over.cache_read);
    if (tierInput !== void 0 && tierOutput !== void 0) {
      model.longContext = [
        {
          aboveInputTokens: MODELS_DEV_LONG_CONTEXT_THRESHOLD,
          input: tierInput,
          output: tierOutput,
          ...tierCached !== void 0 ? { cachedInput: tierCached } : {}
        }
      ];
    } else {
      warnings.push(`${label2}: context_over_200k lacks input or output; tier skipped`);
    }
  }
  if (raw.status === "deprecated") model.deprecated = true;
  if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
  return model;
}
function importModelsDev(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    MODELS_DEV_SOURCE_KEY,
    "models.dev provider data",
    "https://github.com/anomalyco/models.dev",
    options,
    "MIT"
  );
  if (!isRecord(data)) {
    warnings.push("models.dev data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const blocks = isRecord(data.models) ? [data] : Object.values(data).filter(isRecord).filter((block) => isRecord(block.models));
  const seen = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    const feedId = feedProviderId(block);
    const provider = feedId !== void 0 ? mapProviderId(feedId) : options.provider;
    if (provider === void 0) {
      warnings.push("models.dev block names no provider and options.provider is not set; skipped");
      continue;
    }
    if (options.provider !== void 0 && provider !== options.provider) continue;
    for (const [id, raw] of Object.entries(block.models)) {
      if (!isRecord(raw)) continue;
      const model = convertModel2(id, raw, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${id}`);
    }
  }
  return { catalog, warnings };
}

// src/core/import/index.ts
var IMPORTERS = {
  litellm: importLiteLLM,
  "genai-prices": importGenaiPrices,
  "models.dev": importModelsDev
};

// src/cli/catalog.ts
var HELP = `Usage:
  tokenbudget catalog list [--provider P] [--mode M] [--format table|json] [--catalog FILE...]
  tokenbudget catalog show MODEL [--provider P] [--format table|json] [--catalog FILE...]
  tokenbudget catalog diff OLD NEW [paths...] [--format table|json]
  tokenbudget catalog import --from litellm|genai-prices|models-dev FILE [--provider ID] [--as-of YYYY-MM-DD] --out FILE

OLD and NEW are price book files, or "built-in". Each is layered over the built-in catalog, as
--catalog does; the manifests found in paths are priced with both and their costs compared
(their own prices: apply on both sides; their catalogs: are not loaded).
`;
var MODES = ["serverless", "batch", "dedicated", "gpu-cluster"];
var FEEDS = { litellm: "litellm", "genai-prices": "genai-prices", "models-dev": "models.dev" };
function format(value) {
  if (value !== "table" && value !== "json") throw new UsageError(`--format must be table or json, got "${value}"`);
  return value;
}
function ratesText(r) {
  return `${formatUnitPrice(r.input)} / ${formatUnitPrice(r.output)}`;
}
function batchText(b) {
  switch (b.kind) {
    case "discounted":
      return ratesText(b.rates);
    case "serverless-price":
      return "no discount";
    case "not-offered":
      return "not offered";
    case "unknown":
      return "unknown";
  }
}
function kilo2(tokens) {
  return tokens % 1e3 === 0 ? `${formatNumber(new Decimal2(tokens / 1e3))}K` : formatNumber(new Decimal2(tokens));
}
function tiersText(m) {
  return m.longContext.map((t) => `>${kilo2(t.aboveInputTokens)} ${ratesText(t)}`).join("; ") || "-";
}
function booksLine(books) {
  return `Price books (lowest precedence first): ${books.map((b) => `${sanitizePlain(b.origin)} ${sanitizePlain(b.version)} (as of ${b.asOf})`).join(", ")}`;
}
async function bookFromFlags(io, catalogFiles) {
  const { layers, findings } = await loadLayers(io.cwd, catalogFiles);
  if (findings.length > 0) throw new UsageError(findings.map((f) => f.message).join("; "));
  return new PriceBook(layers);
}
async function list(args, io) {
  const { values, positionals } = parse(args, {
    provider: { type: "string" },
    mode: { type: "string" },
    format: { type: "string", default: "table" },
    catalog: { type: "string", multiple: true }
  });
  if (positionals.length > 0) throw new UsageError(`catalog list takes no arguments, got ${positionals.join(" ")}`);
  const mode = values.mode;
  if (mode !== void 0 && !MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(", ")}, got "${mode}"`);
  const book = await bookFromFlags(io, values.catalog ?? []);
  const listing = listCatalog(book, { ...values.provider ? { provider: values.provider } : {}, ...mode ? { mode } : {} });
  if (format(values.format) === "json") {
    io.stdout.write(jsonText(listing));
    return 0;
  }
  const out = [booksLine(listing.books)];
  if (listing.models.length > 0) {
    out.push("", `Models (USD per 1M tokens, input / output): ${listing.models.length}`);
    const rows = [["PROVIDER", "MODEL", "SERVERLESS", "CACHED IN", "BATCH", "LONG CONTEXT", "CONTEXT", "BOOK", "AS OF"]];
    for (const m of listing.models) {
      rows.push([
        sanitizePlain(m.provider),
        sanitizePlain(m.id) + (m.deprecated ? " (deprecated)" : ""),
        m.serverless ? ratesText(m.serverless) : "-",
        m.serverless?.cachedInput ? formatUnitPrice(m.serverless.cachedInput) : "-",
        batchText(m.batch),
        tiersText(m),
        m.contextWindow !== void 0 ? formatNumber(new Decimal2(m.contextWindow)) : "-",
        sanitizePlain(m.book),
        m.asOf
      ]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  if (listing.hardware.length > 0) {
    out.push("", `Hardware (USD per GPU-hour): ${listing.hardware.length}`);
    const rows = [["PROVIDER", "HARDWARE", "NAME", "DEDICATED", "CLUSTER", "BOOK", "AS OF"]];
    for (const h of listing.hardware) {
      rows.push([sanitizePlain(h.provider), sanitizePlain(h.id), sanitizePlain(h.name), h.dedicatedHourly ? formatUnitPrice(h.dedicatedHourly) : "-", h.clusterHourly ? formatUnitPrice(h.clusterHourly) : "-", sanitizePlain(h.book), h.asOf]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  if (listing.models.length === 0 && listing.hardware.length === 0) out.push("", "No entries match.");
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}
function modelLines(m) {
  const lines = [`${sanitizePlain(m.provider)} ${sanitizePlain(m.id)}${m.deprecated ? " (deprecated)" : ""}   [book: ${sanitizePlain(m.book)}]`];
  if (m.aliases.length > 0) lines.push(`  aliases:      ${m.aliases.map(sanitizePlain).join(", ")}`);
  if (m.contextWindow !== void 0) lines.push(`  context:      ${formatNumber(new Decimal2(m.contextWindow))} tokens`);
  if (m.serverless) {
    const cached = m.serverless.cachedInput ? `, cached input ${formatUnitPrice(m.serverless.cachedInput)}` : "";
    lines.push(`  serverless:   input ${formatUnitPrice(m.serverless.input)}, output ${formatUnitPrice(m.serverless.output)}${cached} per 1M tokens`);
  } else {
    lines.push("  serverless:   not offered");
  }
  const batch = m.batch;
  lines.push(
    `  batch:        ${batch.kind === "discounted" ? `input ${formatUnitPrice(batch.rates.input)}, output ${formatUnitPrice(batch.rates.output)}${batch.rates.cachedInput ? `, cached input ${formatUnitPrice(batch.rates.cachedInput)}` : ""} per 1M tokens` : batch.kind === "serverless-price" ? "offered at the serverless price (no discount)" : batch.kind === "not-offered" ? "not offered" : "terms unknown (estimated at the serverless price)"}`
  );
  for (const t of m.longContext) {
    lines.push(`  long context: above ${formatNumber(new Decimal2(t.aboveInputTokens))} input tokens per request, every token: input ${formatUnitPrice(t.input)}, output ${formatUnitPrice(t.output)}${t.cachedInput ? `, cached input ${formatUnitPrice(t.cachedInput)}` : ""} per 1M`);
  }
  lines.push(`  source:       ${sanitizePlain(m.source)}${m.url ? ` <${sanitizePlain(m.url)}>` : ""}, as of ${m.asOf}`);
  if (m.note) lines.push(`  note:         ${sanitizePlain(m.note)}`);
  return lines;
}
async function show(args, io) {
  const { values, positionals } = parse(args, {
    provider: { type: "string" },
    format: { type: "string", default: "table" },
    catalog: { type: "string", multiple: true }
  });
  if (positionals.length !== 1) throw new UsageError("catalog show needs exactly one MODEL");
  const id = positionals[0];
  const book = await bookFromFlags(io, values.catalog ?? []);
  const details = showModel(book, id, values.provider);
  if (details.length === 0) {
    const suggestions = book.suggestModels(values.provider ?? "together", id);
    throw new UsageError(`no model "${id}"${values.provider ? ` for provider ${values.provider}` : ""} in the price books${suggestions.length ? ` (did you mean ${suggestions.join(", ")}?)` : ""}`);
  }
  if (format(values.format) === "json") {
    io.stdout.write(jsonText(details));
    return 0;
  }
  const out = [];
  for (const detail of details) {
    if (out.length > 0) out.push("");
    out.push(...modelLines(detail.model));
    for (const replaced of detail.replaces) out.push(`  replaces:     ${sanitizePlain(replaced.book)}: ${replaced.serverless ? ratesText(replaced.serverless) : "no serverless price"} (as of ${replaced.asOf})`);
  }
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}
async function sideBook(io, name) {
  if (name === "built-in") return { book: new PriceBook([BUILTIN_LAYER]), label: `built-in ${BUILTIN_LAYER.catalog.version}` };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  const layers = [BUILTIN_LAYER, loaded.layer];
  return { book: new PriceBook(layers), label: `${sanitizePlain(name)} ${sanitizePlain(loaded.layer.catalog.version)} (over built-in)` };
}
function valueText(value) {
  return typeof value === "string" ? value : formatUnitPrice(value);
}
function diffText(diff2, oldLabel, newLabel) {
  const out = [`Price books: ${oldLabel} -> ${newLabel}`, ""];
  if (diff2.changes.length === 0) out.push("No price differs.");
  else {
    out.push(`Prices that differ: ${diff2.changes.length} (USD per 1M tokens; per GPU-hour for hardware)`);
    const rows = [["PROVIDER", "MODEL / HARDWARE", "PRICE", "OLD", "NEW", "CHANGE"]];
    for (const c of diff2.changes) {
      rows.push([sanitizePlain(c.provider), sanitizePlain(c.id), c.field, valueText(c.old), valueText(c.new), c.change ? `${formatUnitPriceChange(c.change)}${c.percent ? ` (${c.percent.isNegative() ? "" : "+"}${formatPercent(c.percent, 1)})` : ""}` : ""]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  out.push("");
  if (diff2.workloadsCompared === 0) out.push("No manifests given: no workload was priced.");
  else if (diff2.workloads.length === 0) out.push(`None of the ${diff2.workloadsCompared} workloads changes cost.`);
  else {
    out.push(`Workloads that move: ${diff2.workloads.length} of ${diff2.workloadsCompared} (monthly)`);
    const rows = [["FILE", "WORKLOAD", "MODEL", "MODE", "OLD", "NEW", "CHANGE"]];
    for (const w of diff2.workloads) {
      rows.push([
        sanitizePlain(w.file),
        sanitizePlain(w.workload),
        sanitizePlain(w.model),
        w.mode,
        w.old ? formatUsd(w.old) : "unpriced",
        w.new ? formatUsd(w.new) : "unpriced",
        w.change ? `${formatUsdChange(w.change)}${w.percent ? ` (${w.percent.isNegative() ? "" : "+"}${formatPercent(w.percent, 1)})` : ""}` : ""
      ]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
    out.push("", `Total of the workloads both books price: ${formatUsd(diff2.total.old)} -> ${formatUsd(diff2.total.new)} (${formatUsdChange(diff2.total.change)}) a month`);
  }
  return `${out.join("\n")}
`;
}
async function diff(args, io) {
  const { values, positionals } = parse(args, { format: { type: "string", default: "table" } });
  const fmt = format(values.format);
  const [oldName, newName, ...paths] = positionals;
  if (!oldName || !newName) throw new UsageError("catalog diff needs OLD and NEW (price book files or built-in)");
  const before = await sideBook(io, oldName);
  const after = await sideBook(io, newName);
  let manifests = [];
  let failed = false;
  if (paths.length > 0) {
    const loaded = await loadManifests(io.cwd, paths, [], io.today);
    for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
    failed = loaded.inputErrors.length > 0;
    manifests = loaded.files.flatMap((f) => f.manifest ? [f.manifest] : []);
  }
  const result = diffCatalogs(before.book, after.book, manifests);
  io.stdout.write(fmt === "json" ? jsonText({ old: before.label, new: after.label, ...result }) : diffText(result, before.label, after.label));
  return failed ? 2 : 0;
}
var DATE = /^\d{4}-\d{2}-\d{2}$/;
async function importFeed(args, io) {
  const { values, positionals } = parse(args, {
    from: { type: "string" },
    provider: { type: "string" },
    out: { type: "string" },
    "as-of": { type: "string" }
  });
  const feed = values.from;
  if (!feed || !(feed in FEEDS)) throw new UsageError(`catalog import needs --from ${Object.keys(FEEDS).join("|")}${feed ? `, got "${feed}"` : ""}`);
  if (positionals.length !== 1) throw new UsageError("catalog import needs exactly one FILE to read");
  if (!values.out) throw new UsageError("catalog import needs --out FILE");
  const asOf = values["as-of"];
  if (asOf !== void 0 && !DATE.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  const input = positionals[0];
  const absolute = path2.resolve(io.cwd, input);
  const read = await readCapped(absolute, 256 * 1024 * 1024);
  if (!("bytes" in read)) throw new UsageError(`${input} ${read.problem.message}`);
  let data;
  try {
    data = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (error) {
    throw new UsageError(`${input} is not valid JSON: ${error.message}`);
  }
  const sourceDate = asOf ?? (await stat(absolute)).mtime.toISOString().slice(0, 10);
  const { catalog, warnings } = IMPORTERS[FEEDS[feed]](data, { sourceFile: path2.basename(input), sourceDate, ...values.provider ? { provider: values.provider } : {} });
  if (catalog.models.length === 0) throw new UsageError(`no models imported from ${input}${values.provider ? ` for provider ${values.provider}` : ""}`);
  const text = `${JSON.stringify(catalog, null, 2)}
`;
  const checked = parseCatalog(values.out, text);
  if ("findings" in checked) throw new UsageError(`the imported catalog is invalid: ${checked.findings.map((f) => f.message).join("; ")}`);
  await writeFile2(path2.resolve(io.cwd, values.out), text);
  for (const w of warnings.slice(0, 20)) io.stderr.write(`warning: ${sanitizePlain(w)}
`);
  if (warnings.length > 20) io.stderr.write(`warning: ... and ${warnings.length - 20} more
`);
  const providers = [...new Set(catalog.models.map((m) => m.provider))].sort();
  io.stdout.write(`wrote ${values.out}: ${catalog.models.length} models (${providers.map(sanitizePlain).join(", ")}) from ${FEEDS[feed]} ${sanitizePlain(input)}, as of ${sourceDate}; ${warnings.length} warning(s)
`);
  return 0;
}
async function catalogCommand(args, io) {
  const [sub, ...rest] = args;
  switch (sub) {
    case "list":
      return list(rest, io);
    case "show":
      return show(rest, io);
    case "diff":
      return diff(rest, io);
    case "import":
      return importFeed(rest, io);
    case void 0:
    case "-h":
    case "--help":
    case "help":
      io.stdout.write(HELP);
      return sub === void 0 ? 2 : 0;
    default:
      throw new UsageError(`unknown catalog command "${sub}"; use list, show, diff or import`);
  }
}

// src/core/types.ts
var SCENARIOS = ["low", "expected", "high"];

// src/core/compare.ts
var SECONDS_PER_HOUR = 3600;
function replicasFor(scaling, requests) {
  if (!scaling.capacityTokens) return scaling.assumedReplicas;
  const needed = requests.times(scaling.tokensPerRequest).div(scaling.capacityTokens).ceil();
  return Math.max(1, needed.toNumber());
}
function costAt(scaling, requests) {
  switch (scaling.kind) {
    case "per-request":
      return scaling.perRequest.times(requests);
    case "replicas":
      return scaling.replicaMonthly.times(replicasFor(scaling, requests));
    case "flat":
      return scaling.monthly;
  }
}
function tokensPerRequest(workload, scenario) {
  return workload.tokens.input[scenario].plus(workload.tokens.output[scenario]);
}
function tokenOption(workload, mode, manifest, book) {
  const estimate = estimateWorkload({ ...workload, mode }, manifest, book);
  if (mode === "batch" && estimate.batch === "unavailable") {
    return { mode, reason: `${workload.provider} does not run batch jobs for ${workload.model}` };
  }
  const problem = estimate.findings.find((f) => f.severity === "error" && f.rule !== "batch.interactive");
  if (!estimate.priced || !estimate.cost || problem) {
    return { mode, reason: problem?.message ?? `${workload.model} has no ${mode} price` };
  }
  const cost = estimate.cost;
  const notes = [];
  let eligible = true;
  if (mode === "batch") {
    if (estimate.batch === "not-discounted") notes.push("no batch discount for this model: billed at the serverless price");
    if (estimate.batch === "unknown") notes.push("batch terms unknown: assumed billed at the serverless price");
    if (workload.latency === "interactive") {
      eligible = false;
      notes.push("not for latency: interactive (batch jobs complete within 24 hours)");
    } else if (workload.latency === void 0 && workload.mode !== "batch") {
      eligible = false;
      notes.push("latency not declared; set latency: offline to allow batch (jobs complete within 24 hours)");
    }
  }
  const perRequest = cost.perRequestCost;
  return {
    option: {
      mode,
      monthlyCost: cost.monthlyCost,
      range: estimate.range ?? { low: cost.monthlyCost, expected: cost.monthlyCost, high: cost.monthlyCost },
      perRequestCost: perRequest,
      eligible,
      notes,
      ...estimate.price ? { price: estimate.price } : {}
    },
    scaling: { kind: "per-request", perRequest }
  };
}
function dedicatedOption(workload, hardwareId, book, capacity, serverlessPerRequest, gpusPerReplica) {
  const declared = workload.dedicated;
  const explicit = declared?.hardware.toLowerCase() === hardwareId.toLowerCase() ? declared.hourlyRate : void 0;
  const rate = resolveGpuRate(workload, "dedicated", hardwareId, explicit, book);
  if ("problem" in rate) return { mode: "dedicated", hardware: hardwareId, reason: `no dedicated endpoint rate for ${hardwareId}; set dedicated.hourly_rate` };
  const hours = declared?.hours ?? HOURS_PER_MONTH;
  const replicaMonthly = rate.hourly.times(gpusPerReplica).times(hours);
  const capacityTokens = capacity.tokensPerSecond?.times(hours).times(SECONDS_PER_HOUR);
  const assumedReplicas = workload.mode === "dedicated" && declared ? declared.replicas : 1;
  const notes = capacityTokens ? [] : [`capacity unknown: ${assumedReplicas} replica${assumedReplicas === 1 ? "" : "s"} assumed, so not recommended`];
  const scaling = { kind: "replicas", replicaMonthly, assumedReplicas, tokensPerRequest: tokensPerRequest(workload, "expected"), ...capacityTokens ? { capacityTokens } : {} };
  const replicas = {};
  const range = {};
  for (const s of SCENARIOS) {
    replicas[s] = replicasFor({ ...scaling, tokensPerRequest: tokensPerRequest(workload, s) }, workload.requests.perMonth[s]);
    range[s] = replicaMonthly.times(replicas[s]);
  }
  const requests = workload.requests.perMonth.expected;
  const monthlyTokens = requests.times(scaling.tokensPerRequest);
  let breakEven;
  if (serverlessPerRequest?.gt(0)) {
    const requestsPerMonth = replicaMonthly.div(serverlessPerRequest);
    const requestsPerReplica = capacityTokens && scaling.tokensPerRequest.gt(0) ? capacityTokens.div(scaling.tokensPerRequest) : void 0;
    const never = requestsPerReplica !== void 0 && requestsPerMonth.gte(requestsPerReplica);
    breakEven = { never, assumesOneReplica: !capacityTokens, ...never ? {} : { requestsPerMonth } };
  }
  return {
    option: {
      mode: "dedicated",
      hardware: { id: hardwareId, name: rate.hardwareName, hourly: rate.hourly, gpusPerReplica, hours },
      replicas,
      monthlyCost: range.expected,
      range,
      ...requests.gt(0) ? { perRequestCost: range.expected.div(requests) } : {},
      ...capacityTokens && monthlyTokens.gt(0) ? { utilization: monthlyTokens.div(capacityTokens.times(replicas.expected)) } : {},
      // An endpoint whose capacity is unknown cannot be shown to carry the volume, so it is never recommended.
      eligible: capacityTokens !== void 0,
      notes,
      ...breakEven ? { breakEven } : {},
      price: rate.origin
    },
    scaling
  };
}
function isUnavailable(value) {
  return "reason" in value;
}
function cheapestIndex(options, costs) {
  let best;
  options.forEach((option, i) => {
    if (option.eligible && (best === void 0 || costs[i].lt(costs[best]))) best = i;
  });
  return best;
}
function compareWorkload(workload, manifest, book, context = {}) {
  const ownThroughput = workload.dedicated?.tokensPerSecond;
  const capacity = ownThroughput ? { tokensPerSecond: ownThroughput, source: "workload" } : context.tokensPerSecond ? { tokensPerSecond: context.tokensPerSecond, source: "stated" } : { source: "unknown" };
  const built = [];
  const unavailable = [];
  const add = (result) => isUnavailable(result) ? unavailable.push(result) : built.push(result);
  const serverless = tokenOption(workload, "serverless", manifest, book);
  add(serverless);
  add(tokenOption(workload, "batch", manifest, book));
  const serverlessPerRequest = isUnavailable(serverless) ? void 0 : serverless.option.perRequestCost;
  const gpusPerReplica = workload.dedicated?.gpus ?? context.gpusPerReplica ?? 1;
  const assumptions = [];
  if (!workload.dedicated) assumptions.push(context.gpusPerReplica ? `${gpusPerReplica} GPUs per replica, as stated` : "1 GPU per replica (no dedicated.gpus; state it with --gpus)");
  if (capacity.source === "workload") assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica from dedicated.tokens_per_second, on every hardware`);
  if (capacity.source === "stated") assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica, as stated, on every hardware`);
  if (capacity.source === "unknown") assumptions.push("per-replica throughput unknown: give dedicated.tokens_per_second or --tokens-per-second to size replicas");
  const hardwareIds = book.hardwareIds(workload.provider).filter((id) => book.findHardware(workload.provider, id)?.hardware.dedicatedHourly !== void 0);
  if (workload.dedicated && !hardwareIds.some((id) => id.toLowerCase() === workload.dedicated.hardware.toLowerCase())) hardwareIds.push(workload.dedicated.hardware);
  if (hardwareIds.length === 0) unavailable.push({ mode: "dedicated", reason: `the price books list no dedicated endpoint hardware for provider ${workload.provider}` });
  for (const id of hardwareIds) add(dedicatedOption(workload, id, book, capacity, serverlessPerRequest, gpusPerReplica));
  const currentEstimate = estimateWorkload(workload, manifest, book);
  if (workload.mode === "gpu-cluster") {
    if (currentEstimate.priced && currentEstimate.cost) {
      const cost = currentEstimate.cost;
      built.push({
        option: {
          mode: "gpu-cluster",
          ...workload.cluster ? { hardware: { id: workload.cluster.hardware, name: currentEstimate.hardware?.name ?? workload.cluster.hardware, hourly: cost.components[0].unitPrice, gpusPerReplica: workload.cluster.gpus, hours: workload.cluster.hours } } : {},
          monthlyCost: cost.monthlyCost,
          range: currentEstimate.range ?? { low: cost.monthlyCost, expected: cost.monthlyCost, high: cost.monthlyCost },
          ...cost.perRequestCost ? { perRequestCost: cost.perRequestCost } : {},
          ...cost.utilization ? { utilization: cost.utilization } : {},
          eligible: true,
          notes: ["the cluster as declared"],
          ...currentEstimate.price ? { price: currentEstimate.price } : {}
        },
        scaling: { kind: "flat", monthly: cost.monthlyCost }
      });
    } else {
      unavailable.push({ mode: "gpu-cluster", reason: currentEstimate.findings.find((f) => f.severity === "error")?.message ?? "the cluster is unpriced" });
    }
  }
  const options = built.map((b) => b.option);
  const cheapest = cheapestIndex(options, options.map((o) => o.monthlyCost));
  const currentCost = currentEstimate.priced ? currentEstimate.cost?.monthlyCost : void 0;
  let breakEven;
  for (const option of options) {
    const b = option.breakEven;
    if (!b || !option.hardware) continue;
    const better = !breakEven || breakEven.never && !b.never || !b.never && b.requestsPerMonth.lt(breakEven.requestsPerMonth);
    if (better) breakEven = { ...b, hardware: option.hardware.id };
  }
  let forecast;
  const growth = workload.requests.growthPercentPerMonth;
  if (growth && !growth.isZero()) {
    const factor = growth.div(100).plus(1);
    forecast = Array.from({ length: 12 }, (_, i) => {
      const requestsPerMonth = workload.requests.perMonth.expected.times(factor.pow(i + 1));
      const costs = built.map((b) => costAt(b.scaling, requestsPerMonth));
      const replicas = built.map((b) => b.scaling.kind === "replicas" ? replicasFor(b.scaling, requestsPerMonth) : null);
      const best = cheapestIndex(options, costs);
      return { month: i + 1, requestsPerMonth, costs, replicas, ...best !== void 0 ? { cheapest: best } : {} };
    });
  }
  return {
    workload,
    current: {
      mode: workload.mode,
      ...currentEstimate.hardware ? { hardware: currentEstimate.hardware.id } : {},
      ...currentCost ? { monthlyCost: currentCost } : {}
    },
    capacity,
    assumptions: hardwareIds.length > 0 ? assumptions : [],
    options,
    unavailable,
    ...cheapest !== void 0 ? { cheapest } : {},
    ...cheapest !== void 0 && currentCost ? { savings: currentCost.minus(options[cheapest].monthlyCost) } : {},
    ...breakEven ? { breakEven } : {},
    ...forecast ? { forecast } : {}
  };
}

// src/cli/compare.ts
function perDay(perMonth) {
  return perMonth.times(24).div(HOURS_PER_MONTH);
}
function volume(perMonth) {
  return `${formatNumber(perMonth.toDecimalPlaces(0, Decimal2.ROUND_HALF_EVEN))} requests/month (${formatNumber(perDay(perMonth).toDecimalPlaces(0, Decimal2.ROUND_HALF_EVEN))}/day)`;
}
function label(option) {
  if (!option.hardware) return option.mode;
  const replicas = option.replicas ? ` x${option.replicas.expected}` : "";
  return `${option.mode} ${sanitizePlain(option.hardware.id)}${replicas}`;
}
function rangeText(option) {
  const { low, expected, high } = option.range;
  return low.eq(expected) && high.eq(expected) ? "" : `${formatUsd(low)} .. ${formatUsd(high)}`;
}
function comparisonText(c) {
  const w = c.workload;
  const out = [
    `${sanitizePlain(w.name)}: ${sanitizePlain(w.provider)} ${sanitizePlain(w.model)}, ${w.mode}${c.current.hardware ? ` on ${sanitizePlain(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${volume(w.requests.perMonth.expected)}`
  ];
  const ranged = c.options.some((o) => rangeText(o) !== "");
  const rows = [["", "OPTION", "MONTHLY", ...ranged ? ["LOW .. HIGH"] : [], "PER REQUEST", "UTILIZATION"]];
  c.options.forEach((o, i) => {
    rows.push([
      i === c.cheapest ? "*" : o.eligible ? "" : "x",
      label(o),
      formatUsd(o.monthlyCost),
      ...ranged ? [rangeText(o)] : [],
      o.perRequestCost ? formatUsdPrecise(o.perRequestCost) : "-",
      o.utilization ? formatPercent(o.utilization.times(100), 1) : "-"
    ]);
  });
  const lines = columns(rows);
  out.push(`  ${lines[0]}`);
  c.options.forEach((o, i) => {
    out.push(`  ${lines[i + 1]}`);
    for (const note of o.notes) out.push(`        ${sanitizePlain(note)}`);
  });
  for (const a of c.assumptions) out.push(`  dedicated sizing: ${sanitizePlain(a)}`);
  for (const u of c.unavailable) out.push(`  - ${u.mode}${u.hardware ? ` ${sanitizePlain(u.hardware)}` : ""}: ${sanitizePlain(u.reason)}`);
  const current = c.current.monthlyCost ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${sanitizePlain(c.current.hardware)}` : ""})` : "unpriced as declared";
  if (c.cheapest === void 0) out.push(`  cheapest: no option meets the constraints; now ${current}`);
  else {
    const best = c.options[c.cheapest];
    const saving = c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
    out.push(`  cheapest: ${label(best)} at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}`);
  }
  const b = c.breakEven;
  if (b) {
    if (b.never || !b.requestsPerMonth) out.push(`  break-even: none; even a fully used dedicated ${sanitizePlain(b.hardware)} replica costs more per request than serverless`);
    else {
      const share = b.requestsPerMonth.isZero() ? "" : `; now at ${formatPercent(w.requests.perMonth.expected.div(b.requestsPerMonth).times(100))} of it`;
      out.push(`  break-even: dedicated ${sanitizePlain(b.hardware)} beats serverless above ${volume(b.requestsPerMonth)}${b.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}${share}`);
    }
  }
  if (c.forecast) {
    out.push(`  growth ${w.requests.growthPercentPerMonth}%/month, next 12 months:`);
    const dedicated = c.options.map((o, i) => [o, i]).filter(([o]) => o.mode === "dedicated");
    const others = c.options.map((o, i) => [o, i]).filter(([o]) => o.mode !== "dedicated");
    const rows2 = [["MONTH", "REQUESTS/MONTH", ...others.map(([o]) => label(o)), ...dedicated.length ? ["BEST DEDICATED"] : [], "CHEAPEST"]];
    for (const month of c.forecast) {
      let bestDedicated = "";
      if (dedicated.length) {
        const [o, i] = dedicated.reduce((a, d) => month.costs[d[1]].lt(month.costs[a[1]]) ? d : a);
        bestDedicated = `${formatUsd(month.costs[i])} (${sanitizePlain(o.hardware.id)} x${month.replicas[i]}${o.eligible ? "" : ", capacity unknown"})`;
      }
      const best = month.cheapest === void 0 ? void 0 : c.options[month.cheapest];
      rows2.push([
        String(month.month),
        formatNumber(month.requestsPerMonth.toDecimalPlaces(0, Decimal2.ROUND_HALF_EVEN)),
        ...others.map(([, i]) => formatUsd(month.costs[i])),
        ...dedicated.length ? [bestDedicated] : [],
        best ? `${best.mode}${best.hardware ? ` ${sanitizePlain(best.hardware.id)} x${month.replicas[month.cheapest]}` : ""}` : "-"
      ]);
    }
    out.push(...columns(rows2).map((l) => `    ${l}`));
  }
  return out;
}
function comparisonJson(c) {
  const w = c.workload;
  const optionLabel = (i) => i === void 0 ? null : label(c.options[i]);
  return {
    file: w.file,
    workload: w.name,
    provider: w.provider,
    model: w.model,
    mode: w.mode,
    latency: w.latency ?? null,
    requestsPerMonth: w.requests.perMonth.expected,
    current: { mode: c.current.mode, hardware: c.current.hardware ?? null, monthlyCost: c.current.monthlyCost ?? null },
    capacity: { tokensPerSecond: c.capacity.tokensPerSecond ?? null, source: c.capacity.source },
    assumptions: c.assumptions,
    options: c.options.map((o) => ({ ...o, label: label(o) })),
    unavailable: c.unavailable,
    cheapest: optionLabel(c.cheapest),
    savings: c.savings ?? null,
    breakEven: c.breakEven ? { ...c.breakEven, requestsPerDay: c.breakEven.requestsPerMonth ? perDay(c.breakEven.requestsPerMonth) : null } : null,
    forecast: c.forecast ? c.forecast.map((m) => ({ month: m.month, requestsPerMonth: m.requestsPerMonth, costs: Object.fromEntries(c.options.map((o, i) => [o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode, m.costs[i]])), replicas: Object.fromEntries(c.options.flatMap((o, i) => o.hardware && m.replicas[i] !== null ? [[`${o.mode} ${o.hardware.id}`, m.replicas[i]]] : [])), cheapest: optionLabel(m.cheapest) })) : null
  };
}
async function compareCommand(args, io) {
  const { values, positionals } = parse(args, {
    workload: { type: "string" },
    format: { type: "string", default: "table" },
    catalog: { type: "string", multiple: true },
    "tokens-per-second": { type: "string" },
    gpus: { type: "string" }
  });
  if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, got "${values.format}"`);
  const tps = values["tokens-per-second"];
  if (tps !== void 0 && !(Number(tps) > 0 && Number.isFinite(Number(tps)))) throw new UsageError(`--tokens-per-second must be a positive number, got "${tps}"`);
  const gpus = values.gpus;
  if (gpus !== void 0 && !(Number.isSafeInteger(Number(gpus)) && Number(gpus) > 0)) throw new UsageError(`--gpus must be a positive whole number, got "${gpus}"`);
  const context = { ...tps ? { tokensPerSecond: new Decimal2(tps) } : {}, ...gpus ? { gpusPerReplica: Number(gpus) } : {} };
  const loaded = await loadManifests(io.cwd, positionals, values.catalog ?? [], io.today);
  for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
  if (loaded.files.length === 0) throw new UsageError(`no manifests found${positionals.length ? ` in ${positionals.join(" ")}` : " (looked for **/ai-workloads.{yaml,yml})"}`);
  const comparisons = [];
  for (const file of loaded.files) {
    if (!file.manifest || !file.book) continue;
    for (const workload of file.manifest.workloads) {
      if (values.workload !== void 0 && workload.name !== values.workload) continue;
      comparisons.push(compareWorkload(workload, file.manifest, file.book, context));
    }
  }
  if (values.workload !== void 0 && comparisons.length === 0 && loaded.inputErrors.length === 0) throw new UsageError(`no workload named "${values.workload}"`);
  if (values.format === "json") io.stdout.write(jsonText({ workloads: comparisons.map(comparisonJson) }));
  else {
    const out = [];
    for (const file of [...new Set(comparisons.map((c) => c.workload.file))]) {
      if (out.length > 0) out.push("");
      out.push(sanitizePlain(file));
      for (const c of comparisons.filter((x) => x.workload.file === file)) out.push("", ...comparisonText(c).map((l) => `  ${l}`));
    }
    out.push("", "* cheapest option that meets the workload's constraints; x not eligible (see the note under it)");
    io.stdout.write(`${out.join("\n")}
`);
  }
  return loaded.inputErrors.length > 0 ? 2 : 0;
}

// src/cli/main.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP2 = `tokenbudget: cost policy for LLM inference, as code

Usage:
  tokenbudget validate [paths...]                 check manifests against the schema and the catalog
  tokenbudget estimate [paths...]                 project monthly spend, with the math
  tokenbudget check [paths...] [--base REF]       estimate, enforce budgets and policy, diff against REF
  tokenbudget diff --base REF [paths...]          only the changes against REF
  tokenbudget compare [paths...] [--workload N]   every mode's cost, the cheapest, the break-even volume
  tokenbudget calibrate LOGS... [--workload N] [--manifest FILE] [--write]
  tokenbudget catalog list|show|diff|import ...   the price books

Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.

Options:
  --format table|json|markdown   output format (default table)
  --group-by TAG                 also total spend by this tag (repeatable)
  --base REF                     git revision to diff against (check, diff)
  --trust head|base              whose budgets and policy judge the change (default head)
  --fail-on error|warning|never  which status fails check (default error)
  --catalog FILE                 extra price book, overrides the built-in one (repeatable)
  --max-file-bytes N             refuse larger manifests (default ${DEFAULT_LIMITS.maxFileBytes})
  --max-alias-count N            refuse YAML whose aliases expand to more nodes (default ${DEFAULT_LIMITS.maxAliasCount})
  --max-workloads N              refuse files with more workloads (default ${DEFAULT_LIMITS.maxWorkloads})
  --no-color                     plain output (also NO_COLOR=1)
  -h, --help, --version

Exit codes: 0 fine, 1 a budget or policy failure, 2 invalid input or usage.
`;
var COMMON = {
  format: { type: "string", default: "table" },
  "group-by": { type: "string", multiple: true },
  base: { type: "string" },
  trust: { type: "string", default: "head" },
  "fail-on": { type: "string", default: "error" },
  catalog: { type: "string", multiple: true },
  "max-file-bytes": { type: "string" },
  "max-alias-count": { type: "string" },
  "max-workloads": { type: "string" },
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
function positiveInt(name, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}
function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}
function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function render(report, format2, io, noColor) {
  if (format2 === "json") return renderJson(report);
  if (format2 === "markdown") return renderMarkdown(report);
  const color = !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
  return renderTable(report, { color });
}
function printInputProblems(result, io) {
  for (const f of result.report.findings) if (isInputError(f)) io.stderr.write(`${formatProblem(f)}
`);
}
async function manifestCommand(command, args, io) {
  const { values, positionals } = parse(args, COMMON);
  if (values.help) {
    io.stdout.write(HELP2);
    return 0;
  }
  const format2 = oneOf("format", values.format, ["table", "json", "markdown"]);
  const trust = oneOf("trust", values.trust, ["head", "base"]);
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "never"]);
  if (command === "diff" && !values.base) throw new UsageError("diff needs --base REF");
  if (values.base && (command === "validate" || command === "estimate")) throw new UsageError(`--base is for check and diff, not ${command}`);
  const limits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads)
  };
  const result = await run({
    cwd: io.cwd,
    paths: positionals,
    ...values.base ? { base: gitBaseSource(io.cwd, values.base) } : {},
    trust,
    catalogFiles: values.catalog ?? [],
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION
  });
  const { report } = result;
  if (result.files.length === 0 && report.findings.length === 0) {
    throw new UsageError(`no manifests found${positionals.length ? ` in ${positionals.join(" ")}` : " (looked for **/ai-workloads.{yaml,yml})"}`);
  }
  if (command === "validate") {
    if (format2 === "json") io.stdout.write(renderJson(report));
    else {
      printInputProblems(result, io);
      for (const f of report.findings.filter((x) => x.severity !== "error")) {
        io.stdout.write(`${formatProblem(f)}
`);
      }
      if (!result.inputErrors) io.stdout.write(`${report.summary.files} file(s), ${report.summary.workloads} workload(s): valid
`);
    }
    return result.inputErrors ? 2 : 0;
  }
  if (command === "diff") {
    report.workloads = report.workloads.filter((w) => w.change !== "unchanged");
  }
  io.stdout.write(render(report, format2, io, values["no-color"]));
  if (format2 !== "table") printInputProblems(result, io);
  if (result.inputErrors) return 2;
  if (command === "estimate") return 0;
  const status = report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || failOn === "warning" && status === "warn") return 1;
  return 0;
}
async function main(argv, io) {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "validate":
      case "estimate":
      case "check":
      case "diff":
        return await manifestCommand(command, args, io);
      case "compare":
        return await compareCommand(args, io);
      case "calibrate":
        return await calibrateCommand(args, io);
      case "catalog":
        return await catalogCommand(args, io);
      case "--version":
      case "version":
        io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
        return 0;
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(HELP2);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; try tokenbudget --help`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError) {
      io.stderr.write(`tokenbudget: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli/index.ts
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tokenbudget: internal error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    process.exitCode = 3;
  }
);
