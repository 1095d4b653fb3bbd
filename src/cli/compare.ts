// Nothing is used from main.js: importing it keeps the start-up code in one chunk (commands.ts).
import "./main.js";
import { compareWorkload, type CompareOption, type WorkloadComparison } from "../core/plan/compare.js";
import { Decimal, HOURS_PER_MONTH, formatNumber, formatPercent, formatUsd, formatUsdPrecise } from "../core/money.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import { compareHtml, pageMeta } from "../app/html.js";
import { TOOL_VERSION } from "../version.js";
import { notFound, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { COMPARE_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests, noManifests } from "./manifests.js";
import { columns, jsonText } from "./output.js";

function perDay(perMonth: Decimal): Decimal {
  return perMonth.times(24).div(HOURS_PER_MONTH);
}

function volume(perMonth: Decimal): string {
  return `${formatNumber(perMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))} requests/month (${formatNumber(perDay(perMonth).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))}/day)`;
}

function label(option: CompareOption): string {
  if (!option.hardware) return option.mode;
  const replicas = option.replicas ? ` x${option.replicas.expected}` : "";
  return `${option.mode} ${plain(option.hardware.id)}${replicas}`;
}

function rangeText(option: CompareOption): string {
  const { low, expected, high } = option.range;
  return low.eq(expected) && high.eq(expected) ? "" : `${formatUsd(low)} .. ${formatUsd(high)}`;
}

function comparisonText(c: WorkloadComparison): string[] {
  const w = c.workload;
  const out = [
    `${plain(w.name)}: ${plain(w.provider)} ${plain(w.model)}, ${w.mode}${c.current.hardware ? ` on ${plain(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${volume(w.requests.perMonth.expected)}`,
  ];
  const ranged = c.options.some((o) => rangeText(o) !== "");
  const rows = [["", "OPTION", "MONTHLY", ...(ranged ? ["LOW .. HIGH"] : []), "PER REQUEST", "UTILIZATION"]];
  c.options.forEach((o, i) => {
    rows.push([
      i === c.cheapest ? "*" : o.eligible ? "" : "x",
      label(o),
      formatUsd(o.monthlyCost),
      ...(ranged ? [rangeText(o)] : []),
      o.perRequestCost ? formatUsdPrecise(o.perRequestCost) : "-",
      o.utilization ? `${formatPercent(o.utilization.times(100), 1)}${o.idleShare?.gt(0) ? ` (${formatPercent(o.idleShare.times(100), 1)} idle)` : ""}` : "-",
    ]);
  });
  const lines = columns(rows);
  out.push(`  ${lines[0]}`);
  c.options.forEach((o, i) => {
    out.push(`  ${lines[i + 1]}`);
    for (const note of o.notes) out.push(`        ${plain(note)}`);
  });
  for (const a of c.assumptions) out.push(`  dedicated sizing: ${plain(a)}`);
  for (const u of c.unavailable) out.push(`  - ${u.mode}${u.hardware ? ` ${plain(u.hardware)}` : ""}: ${plain(u.reason)}`);

  const current = c.current.monthlyCost ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${plain(c.current.hardware)}` : ""})` : "unpriced as declared";
  if (c.cheapest === undefined) out.push(`  cheapest: no option meets the constraints; now ${current}`);
  else {
    const best = c.options[c.cheapest]!;
    const saving = c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
    out.push(`  cheapest: ${label(best)} at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}`);
  }
  const b = c.breakEven;
  if (b) {
    if (b.never || !b.requestsPerMonth) out.push(`  break-even: none; even a fully used dedicated ${plain(b.hardware)} replica costs more per request than serverless`);
    else {
      const share = b.requestsPerMonth.isZero() ? "" : `; now at ${formatPercent(w.requests.perMonth.expected.div(b.requestsPerMonth).times(100))} of it`;
      out.push(`  break-even: dedicated ${plain(b.hardware)} beats serverless above ${volume(b.requestsPerMonth)}${b.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}${share}`);
    }
  }
  if (c.forecast) {
    out.push(`  growth ${w.requests.growthPercentPerMonth}%/month, next 12 months:`);
    const dedicated = c.options.map((o, i) => [o, i] as const).filter(([o]) => o.mode === "dedicated");
    const others = c.options.map((o, i) => [o, i] as const).filter(([o]) => o.mode !== "dedicated");
    const rows = [["MONTH", "REQUESTS/MONTH", ...others.map(([o]) => label(o)), ...(dedicated.length ? ["BEST DEDICATED"] : []), "CHEAPEST"]];
    for (const month of c.forecast) {
      let bestDedicated = "";
      if (dedicated.length) {
        const [o, i] = dedicated.reduce((a, d) => (month.costs[d[1]]!.lt(month.costs[a[1]]!) ? d : a));
        bestDedicated = `${formatUsd(month.costs[i]!)} (${plain(o.hardware!.id)} x${month.replicas[i]}${o.eligible ? "" : ", capacity unknown"})`;
      }
      const best = month.cheapest === undefined ? undefined : c.options[month.cheapest]!;
      rows.push([
        String(month.month),
        formatNumber(month.requestsPerMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)),
        ...others.map(([, i]) => formatUsd(month.costs[i]!)),
        ...(dedicated.length ? [bestDedicated] : []),
        best ? `${best.mode}${best.hardware ? ` ${plain(best.hardware.id)} x${month.replicas[month.cheapest!]}` : ""}` : "-",
      ]);
    }
    out.push(...columns(rows).map((l) => `    ${l}`));
  }
  return out;
}

function comparisonJson(c: WorkloadComparison): unknown {
  const w = c.workload;
  const optionLabel = (i: number | undefined) => (i === undefined ? null : label(c.options[i]!));
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
    forecast: c.forecast
      ? c.forecast.map((m) => ({ month: m.month, requestsPerMonth: m.requestsPerMonth, costs: Object.fromEntries(c.options.map((o, i) => [o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode, m.costs[i]])), replicas: Object.fromEntries(c.options.flatMap((o, i) => (o.hardware && m.replicas[i] !== null ? [[`${o.mode} ${o.hardware.id}`, m.replicas[i]]] : []))), cheapest: optionLabel(m.cheapest) }))
      : null,
  };
}

/** The two sizing flags serve workloads whose manifest does not size them (only a dedicated workload carries a `dedicated:` block). */
export async function compare({ values, positionals }: Parsed<typeof COMPARE_OPTIONS>, io: Io): Promise<number> {
  const tps = values["tokens-per-second"];
  if (tps !== undefined && !(Number(tps) > 0 && Number.isFinite(Number(tps)))) throw new UsageError(`--tokens-per-second must be a positive number, got "${tps}"`);

  const gpus = values.gpus;
  if (gpus !== undefined && !(Number.isSafeInteger(Number(gpus)) && Number(gpus) > 0)) throw new UsageError(`--gpus must be a positive whole number, got "${gpus}"`);
  const context = { ...(tps ? { tokensPerSecond: new Decimal(tps) } : {}), ...(gpus ? { gpusPerReplica: Number(gpus) } : {}) };

  const loaded = await loadManifests(io.cwd, positionals, values.catalog, io.today);
  for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}\n`);
  if (loaded.files.length === 0) throw noManifests("compare", positionals);

  const comparisons: WorkloadComparison[] = [];
  for (const file of loaded.files) {
    if (!file.manifest || !file.book) continue;
    for (const workload of file.manifest.workloads) {
      if (values.workload !== undefined && workload.name !== values.workload) continue;
      comparisons.push(compareWorkload(workload, file.manifest, file.book, context));
    }
  }
  if (values.workload !== undefined && comparisons.length === 0 && loaded.inputErrors.length === 0) {
    throw notFound("no workload named", values.workload, loaded.files.flatMap((f) => f.manifest?.workloads.map((w) => w.name) ?? []));
  }

  const format = values.format;
  if (format === "json") io.stdout.write(jsonText({ workloads: comparisons.map(comparisonJson) }));
  else if (format === "html") io.stdout.write(await compareHtml(comparisons, TOOL_VERSION, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })));
  else {
    const out: string[] = [];
    for (const file of [...new Set(comparisons.map((c) => c.workload.file))]) {
      if (out.length > 0) out.push("");
      out.push(plain(file));
      for (const c of comparisons.filter((x) => x.workload.file === file)) out.push("", ...comparisonText(c).map((l) => `  ${l}`));
    }
    out.push("", "* cheapest option that meets the workload's constraints; x not eligible (see the note under it)");
    io.stdout.write(`${out.join("\n")}\n`);
  }
  return loaded.inputErrors.length > 0 ? 2 : 0;
}
