import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  compareHtml,
  pageMeta
} from "./chunk-T25Z4CKQ.js";
import {
  optionLabel
} from "./chunk-BHAIR6YR.js";
import {
  Decimal,
  HOURS_PER_MONTH,
  SECONDS_PER_HOUR,
  TOOL_VERSION,
  UsageError,
  batchTerms,
  columns,
  compound,
  dailyBatchTokens,
  dec,
  dedicatedCost,
  estimateWorkload,
  formatCount,
  formatNumber,
  formatPercent,
  formatProblem,
  formatUsd,
  formatUsdPrecise,
  jsonText,
  loadManifests,
  noManifests,
  notFound,
  peakFactor,
  queueOverage,
  resolveGpuRate,
  sanitizePlain
} from "./chunk-2REODJWC.js";
import "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/core/manifest/types.ts
var SCENARIOS = ["low", "expected", "high"];

// src/core/plan/compare.ts
function replicasFor(scaling, requests) {
  if (!scaling.capacityTokens) return scaling.assumedReplicas;
  const needed = requests.times(scaling.tokensPerRequest).times(scaling.peak).div(scaling.capacityTokens).ceil();
  return Math.max(1, needed.toNumber());
}
function costAt(scaling, requests) {
  switch (scaling.kind) {
    case "per-request":
      return scaling.perRequest.times(requests);
    case "replicas": {
      const replicas = replicasFor(scaling, requests);
      const { contract } = scaling;
      if (!contract) return scaling.replicaMonthly.times(replicas);
      const monthlyTokens = requests.times(scaling.tokensPerRequest);
      return dedicatedCost(contract.workload, contract.endpoint, contract.hourly, monthlyTokens, replicas, requests).monthlyCost;
    }
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
    const terms = batchTerms(book, workload.provider);
    const daily = dailyBatchTokens(estimate);
    if (terms && daily.gt(terms.enqueuedTokensPerModel)) {
      eligible = false;
      notes.push(`infeasible: ${formatCount(daily)} tokens a day, ${queueOverage(daily, terms)}`);
    }
    if (workload.latency === "interactive") {
      eligible = false;
      notes.push("not for latency: interactive (batch jobs complete within 24 hours)");
    } else if (workload.latency === void 0 && workload.mode !== "batch") {
      eligible = false;
      notes.push("latency not declared; set latency: offline to allow batch (jobs complete within 24 hours)");
    }
  }
  const perRequest = cost.perRequestCost;
  if (!perRequest) return { mode, reason: `${workload.model} has no ${mode} price per request` };
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
  const declared = workload.dedicated?.hardware.toLowerCase() === hardwareId.toLowerCase() ? workload.dedicated : void 0;
  const rate = resolveGpuRate(workload, "dedicated", hardwareId, declared?.hourlyRate, book);
  if ("problem" in rate)
    return { mode: "dedicated", hardware: hardwareId, reason: `no dedicated endpoint rate for ${hardwareId}; set dedicated.hourly_rate` };
  const hours = workload.dedicated?.hours ?? HOURS_PER_MONTH;
  const contract = declared?.contract ? { workload, endpoint: declared, hourly: rate.hourly } : void 0;
  const scaling = replicaScaling(workload, rate.hourly.times(gpusPerReplica).times(hours), hours, capacity, contract);
  const { capacityTokens, assumedReplicas } = scaling;
  const notes = capacityTokens ? [] : [`capacity unknown: ${assumedReplicas} replica${assumedReplicas === 1 ? "" : "s"} assumed, so not recommended`];
  if (contract) notes.push("priced by the declared contract (minimum and overage)");
  const { replicas, range } = scenarioReplicas(workload, scaling);
  const requests = workload.requests.perMonth.expected;
  const monthlyTokens = requests.times(scaling.tokensPerRequest);
  const utilization = capacityTokens && monthlyTokens.gt(0) ? monthlyTokens.div(capacityTokens.times(replicas.expected)) : void 0;
  const breakEven = serverlessPerRequest?.gt(0) ? breakEvenOf(scaling, serverlessPerRequest) : void 0;
  return {
    option: {
      mode: "dedicated",
      hardware: { id: hardwareId, name: rate.hardwareName, hourly: rate.hourly, gpusPerReplica, hours },
      replicas,
      monthlyCost: range.expected,
      range,
      ...requests.gt(0) ? { perRequestCost: range.expected.div(requests) } : {},
      ...utilization ? { utilization, idleShare: dec(1).minus(utilization) } : {},
      // An endpoint whose capacity is unknown cannot be shown to carry the volume, so it is never recommended.
      eligible: capacityTokens !== void 0,
      notes,
      ...breakEven ? { breakEven } : {},
      price: rate.origin
    },
    scaling
  };
}
function replicaScaling(workload, replicaMonthly, hours, capacity, contract) {
  const served = capacity.tokensPerSecond?.times(hours).times(SECONDS_PER_HOUR);
  const capacityTokens = served?.isZero() ? void 0 : served;
  const assumedReplicas = workload.mode === "dedicated" && workload.dedicated ? workload.dedicated.replicas : 1;
  return {
    kind: "replicas",
    replicaMonthly,
    assumedReplicas,
    tokensPerRequest: tokensPerRequest(workload, "expected"),
    peak: peakFactor(workload),
    ...capacityTokens ? { capacityTokens } : {},
    ...contract ? { contract } : {}
  };
}
function scenarioReplicas(workload, scaling) {
  const replicas = {};
  const range = {};
  for (const s of SCENARIOS) {
    const scenario = { ...scaling, tokensPerRequest: tokensPerRequest(workload, s) };
    replicas[s] = replicasFor(scenario, workload.requests.perMonth[s]);
    range[s] = costAt(scenario, workload.requests.perMonth[s]);
  }
  return { replicas, range };
}
function breakEvenOf(scaling, perRequest) {
  const { capacityTokens, tokensPerRequest: tokens, peak } = scaling;
  const requestsPerMonth = scaling.replicaMonthly.div(perRequest);
  const requestsPerReplica = capacityTokens && tokens.gt(0) ? capacityTokens.div(tokens.times(peak)) : void 0;
  const never = requestsPerReplica !== void 0 && requestsPerMonth.gte(requestsPerReplica);
  return { never, assumesOneReplica: !capacityTokens, ...never ? {} : { requestsPerMonth } };
}
function isUnavailable(value) {
  return "reason" in value;
}
function cheapestIndex(options, costs) {
  let best;
  for (const [index, option] of options.entries()) {
    const cost = costs[index];
    if (option.eligible && cost && (!best || cost.lt(best.cost))) best = { index, cost };
  }
  return best?.index;
}
function capacityOf(workload, context) {
  const own = workload.dedicated?.tokensPerSecond;
  if (own) return { tokensPerSecond: own, source: "workload" };
  return context.tokensPerSecond ? { tokensPerSecond: context.tokensPerSecond, source: "stated" } : { source: "unknown" };
}
function sizingAssumptions(workload, capacity, gpusPerReplica, context) {
  const assumptions = [];
  if (!workload.dedicated)
    assumptions.push(
      context.gpusPerReplica ? `${gpusPerReplica} GPUs per replica, as stated` : "1 GPU per replica (no dedicated.gpus; state it with --gpus)"
    );
  if (capacity.source === "workload")
    assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica from dedicated.tokens_per_second, on every hardware`);
  if (capacity.source === "stated") assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica, as stated, on every hardware`);
  if (capacity.source === "unknown")
    assumptions.push("per-replica throughput unknown: give dedicated.tokens_per_second or --tokens-per-second to size replicas");
  const peak = peakFactor(workload);
  if (peak.gt(1) && capacity.source !== "unknown")
    assumptions.push(
      `replicas sized for the peak, ${peak}x the average rate (requests.peak_to_average); the idle share is what the peak costs`
    );
  return assumptions;
}
function dedicatedHardware(workload, book) {
  const ids = book.hardwareIds(workload.provider).filter((id) => book.findHardware(workload.provider, id)?.hardware.dedicatedHourly !== void 0);
  const declared = workload.dedicated?.hardware;
  if (declared && !ids.some((id) => id.toLowerCase() === declared.toLowerCase())) ids.push(declared);
  return ids;
}
function clusterOption(workload, estimate) {
  const cost = estimate.priced ? estimate.cost : void 0;
  if (!cost)
    return { mode: "gpu-cluster", reason: estimate.findings.find((f) => f.severity === "error")?.message ?? "the cluster is unpriced" };
  const { cluster } = workload;
  const hourly = cost.components[0]?.unitPrice;
  return {
    option: {
      mode: "gpu-cluster",
      ...cluster && hourly ? {
        hardware: {
          id: cluster.hardware,
          name: estimate.hardware?.name ?? cluster.hardware,
          hourly,
          gpusPerReplica: cluster.gpus,
          hours: cluster.hours
        }
      } : {},
      monthlyCost: cost.monthlyCost,
      range: estimate.range ?? { low: cost.monthlyCost, expected: cost.monthlyCost, high: cost.monthlyCost },
      ...cost.perRequestCost ? { perRequestCost: cost.perRequestCost } : {},
      ...cost.utilization ? { utilization: cost.utilization } : {},
      eligible: true,
      notes: ["the cluster as declared"],
      ...estimate.price ? { price: estimate.price } : {}
    },
    scaling: { kind: "flat", monthly: cost.monthlyCost }
  };
}
function soonestBreakEven(options) {
  let best;
  for (const option of options) {
    const b = option.breakEven;
    if (!b || !option.hardware) continue;
    const sooner = !best || best.never && !b.never || b.requestsPerMonth !== void 0 && best.requestsPerMonth !== void 0 && b.requestsPerMonth.lt(best.requestsPerMonth);
    if (sooner) best = { ...b, hardware: option.hardware.id };
  }
  return best;
}
function growthForecast(workload, built, options) {
  const growth = workload.requests.growthPercentPerMonth;
  if (!growth || growth.isZero()) return void 0;
  return compound(workload.requests.perMonth.expected, growth, 12).map((requestsPerMonth, i) => {
    const costs = built.map((b) => costAt(b.scaling, requestsPerMonth));
    const replicas = built.map((b) => b.scaling.kind === "replicas" ? replicasFor(b.scaling, requestsPerMonth) : null);
    const best = cheapestIndex(options, costs);
    return { month: i + 1, requestsPerMonth, costs, replicas, ...best !== void 0 ? { cheapest: best } : {} };
  });
}
function compareWorkload(workload, manifest, book, context = {}) {
  const capacity = capacityOf(workload, context);
  const built = [];
  const unavailable = [];
  const add = (result) => isUnavailable(result) ? unavailable.push(result) : built.push(result);
  const serverless = tokenOption(workload, "serverless", manifest, book);
  add(serverless);
  add(tokenOption(workload, "batch", manifest, book));
  const serverlessPerRequest = isUnavailable(serverless) ? void 0 : serverless.option.perRequestCost;
  const gpusPerReplica = workload.dedicated?.gpus ?? context.gpusPerReplica ?? 1;
  const hardwareIds = dedicatedHardware(workload, book);
  if (hardwareIds.length === 0)
    unavailable.push({
      mode: "dedicated",
      reason: `the price books list no dedicated endpoint hardware for provider ${workload.provider}`
    });
  for (const id of hardwareIds) add(dedicatedOption(workload, id, book, capacity, serverlessPerRequest, gpusPerReplica));
  const currentEstimate = estimateWorkload(workload, manifest, book);
  if (workload.mode === "gpu-cluster") add(clusterOption(workload, currentEstimate));
  const options = built.map((b) => b.option);
  const cheapest = cheapestIndex(
    options,
    options.map((o) => o.monthlyCost)
  );
  const cheapestOption = cheapest === void 0 ? void 0 : options[cheapest];
  const currentCost = currentEstimate.priced ? currentEstimate.cost?.monthlyCost : void 0;
  const breakEven = soonestBreakEven(options);
  const forecast = growthForecast(workload, built, options);
  return {
    workload,
    current: {
      mode: workload.mode,
      ...currentEstimate.hardware ? { hardware: currentEstimate.hardware.id } : {},
      ...currentCost ? { monthlyCost: currentCost } : {}
    },
    capacity,
    assumptions: hardwareIds.length > 0 ? sizingAssumptions(workload, capacity, gpusPerReplica, context) : [],
    options,
    unavailable,
    ...cheapest !== void 0 ? { cheapest } : {},
    ...cheapestOption && currentCost ? { savings: currentCost.minus(cheapestOption.monthlyCost) } : {},
    ...breakEven ? { breakEven } : {},
    ...forecast ? { forecast } : {}
  };
}

// src/core/render/compare.ts
function perDay(perMonth) {
  return perMonth.times(24).div(HOURS_PER_MONTH);
}
function volume(perMonth) {
  return `${formatNumber(perMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))} requests/month (${formatNumber(perDay(perMonth).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))}/day)`;
}
function label(option) {
  return sanitizePlain(optionLabel(option));
}
function cheapestSentence(c, esc, emphasis = (t) => t) {
  const current = c.current.monthlyCost ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${esc(c.current.hardware)}` : ""})` : "unpriced as declared";
  const best = c.cheapest === void 0 ? void 0 : c.options[c.cheapest];
  if (!best) return `no option meets the constraints; now ${current}`;
  const saving = c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
  return `${emphasis(esc(optionLabel(best)))} at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}`;
}
function breakEvenSentence(breakEven, esc, volumeText) {
  const { hardware, requestsPerMonth } = breakEven;
  if (breakEven.never || !requestsPerMonth)
    return `none; even a fully used dedicated ${esc(hardware)} replica costs more per request than serverless`;
  return `dedicated ${esc(hardware)} beats serverless above ${volumeText(requestsPerMonth)}${breakEven.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}`;
}
function rangeText(option) {
  const { low, expected, high } = option.range;
  return low.eq(expected) && high.eq(expected) ? "" : `${formatUsd(low)} .. ${formatUsd(high)}`;
}
function optionLines(c) {
  const ranged = c.options.some((o) => rangeText(o) !== "");
  const rows = [["", "OPTION", "MONTHLY", ...ranged ? ["LOW .. HIGH"] : [], "PER REQUEST", "UTILIZATION"]];
  c.options.forEach((o, i) => {
    rows.push([
      i === c.cheapest ? "*" : o.eligible ? "" : "x",
      label(o),
      formatUsd(o.monthlyCost),
      ...ranged ? [rangeText(o)] : [],
      o.perRequestCost ? formatUsdPrecise(o.perRequestCost) : "-",
      o.utilization ? `${formatPercent(o.utilization.times(100), 1)}${o.idleShare?.gt(0) ? ` (${formatPercent(o.idleShare.times(100), 1)} idle)` : ""}` : "-"
    ]);
  });
  const lines = columns(rows);
  return [`  ${lines[0]}`, ...c.options.flatMap((o, i) => [`  ${lines[i + 1]}`, ...o.notes.map((note) => `        ${sanitizePlain(note)}`)])];
}
function bestDedicated(c, month, dedicated) {
  const [first, ...rest] = dedicated;
  if (!first) return "";
  const cost = (i2) => month.costs[i2] ?? new Decimal(0);
  const [o, i] = rest.reduce((a, d) => cost(d[1]).lt(cost(a[1])) ? d : a, first);
  return `${formatUsd(cost(i))} (${sanitizePlain(o.hardware?.id ?? o.mode)} x${month.replicas[i]}${o.eligible ? "" : ", capacity unknown"})`;
}
function forecastLines(c, forecast) {
  const indexed = c.options.map((o, i) => [o, i]);
  const dedicated = indexed.filter(([o]) => o.mode === "dedicated");
  const others = indexed.filter(([o]) => o.mode !== "dedicated");
  const rows = [["MONTH", "REQUESTS/MONTH", ...others.map(([o]) => label(o)), ...dedicated.length ? ["BEST DEDICATED"] : [], "CHEAPEST"]];
  for (const month of forecast) {
    const best = month.cheapest === void 0 ? void 0 : c.options[month.cheapest];
    rows.push([
      String(month.month),
      formatNumber(month.requestsPerMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)),
      ...others.map(([, i]) => formatUsd(month.costs[i] ?? new Decimal(0))),
      ...dedicated.length ? [bestDedicated(c, month, dedicated)] : [],
      best && month.cheapest !== void 0 ? `${best.mode}${best.hardware ? ` ${sanitizePlain(best.hardware.id)} x${month.replicas[month.cheapest]}` : ""}` : "-"
    ]);
  }
  return [`  growth ${c.workload.requests.growthPercentPerMonth}%/month, next 12 months:`, ...columns(rows).map((l) => `    ${l}`)];
}
function comparisonText(c) {
  const w = c.workload;
  const out = [
    `${sanitizePlain(w.name)}: ${sanitizePlain(w.provider)} ${sanitizePlain(w.model)}, ${w.mode}${c.current.hardware ? ` on ${sanitizePlain(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${volume(w.requests.perMonth.expected)}`,
    ...optionLines(c)
  ];
  for (const a of c.assumptions) out.push(`  dedicated sizing: ${sanitizePlain(a)}`);
  for (const u of c.unavailable) out.push(`  - ${u.mode}${u.hardware ? ` ${sanitizePlain(u.hardware)}` : ""}: ${sanitizePlain(u.reason)}`);
  out.push(`  cheapest: ${cheapestSentence(c, sanitizePlain)}`);
  const b = c.breakEven;
  if (b) {
    const share = !b.never && b.requestsPerMonth && !b.requestsPerMonth.isZero() ? `; now at ${formatPercent(w.requests.perMonth.expected.div(b.requestsPerMonth).times(100))} of it` : "";
    out.push(`  break-even: ${breakEvenSentence(b, sanitizePlain, volume)}${share}`);
  }
  if (c.forecast) out.push(...forecastLines(c, c.forecast));
  return out;
}
function renderCompareText(comparisons) {
  const out = [];
  for (const file of new Set(comparisons.map((c) => c.workload.file))) {
    if (out.length > 0) out.push("");
    out.push(sanitizePlain(file));
    for (const c of comparisons.filter((x) => x.workload.file === file)) out.push("", ...comparisonText(c).map((l) => `  ${l}`));
  }
  out.push("", "* cheapest option that meets the workload's constraints; x not eligible (see the note under it)");
  return `${out.join("\n")}
`;
}
function comparisonJson(c) {
  const w = c.workload;
  const labelAt = (i) => {
    const option = i === void 0 ? void 0 : c.options[i];
    return option ? label(option) : null;
  };
  const key = (o) => o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode;
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
    cheapest: labelAt(c.cheapest),
    savings: c.savings ?? null,
    breakEven: c.breakEven ? { ...c.breakEven, requestsPerDay: c.breakEven.requestsPerMonth ? perDay(c.breakEven.requestsPerMonth) : null } : null,
    forecast: c.forecast?.map((m) => ({
      month: m.month,
      requestsPerMonth: m.requestsPerMonth,
      costs: Object.fromEntries(c.options.map((o, i) => [key(o), m.costs[i]])),
      replicas: Object.fromEntries(c.options.flatMap((o, i) => o.hardware && m.replicas[i] !== null ? [[key(o), m.replicas[i]]] : [])),
      cheapest: labelAt(m.cheapest)
    })) ?? null
  };
}
function renderCompareJson(comparisons) {
  return jsonText({ workloads: comparisons.map(comparisonJson) });
}

// src/cli/compare.ts
async function compare({ values, positionals }, io) {
  const tps = values["tokens-per-second"];
  if (tps !== void 0 && !(Number(tps) > 0 && Number.isFinite(Number(tps))))
    throw new UsageError(`--tokens-per-second must be a positive number, got "${tps}"`);
  const gpus = values.gpus;
  if (gpus !== void 0 && !(Number.isSafeInteger(Number(gpus)) && Number(gpus) > 0))
    throw new UsageError(`--gpus must be a positive whole number, got "${gpus}"`);
  const context = { ...tps ? { tokensPerSecond: new Decimal(tps) } : {}, ...gpus ? { gpusPerReplica: Number(gpus) } : {} };
  const loaded = await loadManifests(io, positionals, values.catalog, values["stdin-name"]);
  for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
  if (loaded.files.length === 0) throw noManifests("compare", positionals);
  const comparisons = [];
  for (const file of loaded.files) {
    if (!file.manifest || !file.book) continue;
    for (const workload of file.manifest.workloads) {
      if (values.workload !== void 0 && workload.name !== values.workload) continue;
      comparisons.push(compareWorkload(workload, file.manifest, file.book, context));
    }
  }
  if (values.workload !== void 0 && comparisons.length === 0 && loaded.inputErrors.length === 0) {
    throw notFound(
      "no workload named",
      values.workload,
      loaded.files.flatMap((f) => f.manifest?.workloads.map((w) => w.name) ?? [])
    );
  }
  const format = values.format;
  if (format === "json") io.stdout.write(renderCompareJson(comparisons));
  else if (format === "html")
    io.stdout.write(await compareHtml(comparisons, TOOL_VERSION, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })));
  else io.stdout.write(renderCompareText(comparisons));
  return loaded.inputErrors.length > 0 ? 2 : 0;
}
export {
  compare
};
