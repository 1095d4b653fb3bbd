import { Decimal, HOURS_PER_MONTH, formatNumber, formatPercent, formatUsd, formatUsdPrecise } from "../money.js";
import type { CompareOption, WorkloadComparison } from "../plan/compare.js";
import { optionLabel } from "./charts.js";
import { sanitizePlain as plain } from "./escape.js";
import { jsonText } from "./json.js";
import { columns } from "./table.js";

/**
 * `compare` as text and JSON, and the sentences its text and HTML (html.ts) both say: the
 * cheapest option and the break-even volume. A manifest author's strings (names, hardware ids)
 * are untrusted: the caller's `esc` escapes them for its medium.
 */

type Escape = (text: string) => string;

function perDay(perMonth: Decimal): Decimal {
  return perMonth.times(24).div(HOURS_PER_MONTH);
}

function volume(perMonth: Decimal): string {
  return `${formatNumber(perMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))} requests/month (${formatNumber(perDay(perMonth).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN))}/day)`;
}

function label(option: CompareOption): string {
  return plain(optionLabel(option));
}

/** What the cheapest option is and what it saves against the workload as declared: "`serverless` at $1.00/month; now ...". */
export function cheapestSentence(c: WorkloadComparison, esc: Escape, emphasis: Escape = (t) => t): string {
  const current = c.current.monthlyCost
    ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${esc(c.current.hardware)}` : ""})`
    : "unpriced as declared";
  const best = c.cheapest === undefined ? undefined : c.options[c.cheapest];
  if (!best) return `no option meets the constraints; now ${current}`;
  const saving =
    c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
  return `${emphasis(esc(optionLabel(best)))} at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}`;
}

/** The volume above which the best dedicated hardware beats serverless, or why it never does. */
export function breakEvenSentence(
  breakEven: NonNullable<WorkloadComparison["breakEven"]>,
  esc: Escape,
  volumeText: (perMonth: Decimal) => string,
): string {
  const { hardware, requestsPerMonth } = breakEven;
  if (breakEven.never || !requestsPerMonth)
    return `none; even a fully used dedicated ${esc(hardware)} replica costs more per request than serverless`;
  return `dedicated ${esc(hardware)} beats serverless above ${volumeText(requestsPerMonth)}${breakEven.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}`;
}

function rangeText(option: CompareOption): string {
  const { low, expected, high } = option.range;
  return low.eq(expected) && high.eq(expected) ? "" : `${formatUsd(low)} .. ${formatUsd(high)}`;
}

/** Every option in a table, each followed by its notes. */
function optionLines(c: WorkloadComparison): string[] {
  const ranged = c.options.some((o) => rangeText(o) !== "");
  const rows = [["", "OPTION", "MONTHLY", ...(ranged ? ["LOW .. HIGH"] : []), "PER REQUEST", "UTILIZATION"]];
  c.options.forEach((o, i) => {
    rows.push([
      i === c.cheapest ? "*" : o.eligible ? "" : "x",
      label(o),
      formatUsd(o.monthlyCost),
      ...(ranged ? [rangeText(o)] : []),
      o.perRequestCost ? formatUsdPrecise(o.perRequestCost) : "-",
      o.utilization
        ? `${formatPercent(o.utilization.times(100), 1)}${o.idleShare?.gt(0) ? ` (${formatPercent(o.idleShare.times(100), 1)} idle)` : ""}`
        : "-",
    ]);
  });
  const lines = columns(rows);
  return [`  ${lines[0]}`, ...c.options.flatMap((o, i) => [`  ${lines[i + 1]}`, ...o.notes.map((note) => `        ${plain(note)}`)])];
}

/** The dedicated option cheapest in one forecast month, with its replicas. */
function bestDedicated(
  c: WorkloadComparison,
  month: NonNullable<WorkloadComparison["forecast"]>[number],
  dedicated: ReadonlyArray<readonly [CompareOption, number]>,
): string {
  const [first, ...rest] = dedicated;
  if (!first) return "";
  const cost = (i: number) => month.costs[i] ?? new Decimal(0);
  const [o, i] = rest.reduce((a, d) => (cost(d[1]).lt(cost(a[1])) ? d : a), first);
  return `${formatUsd(cost(i))} (${plain(o.hardware?.id ?? o.mode)} x${month.replicas[i]}${o.eligible ? "" : ", capacity unknown"})`;
}

/** Twelve months of growth: each option's cost, the best dedicated one, the cheapest. */
function forecastLines(c: WorkloadComparison, forecast: NonNullable<WorkloadComparison["forecast"]>): string[] {
  const indexed = c.options.map((o, i) => [o, i] as const);
  const dedicated = indexed.filter(([o]) => o.mode === "dedicated");
  const others = indexed.filter(([o]) => o.mode !== "dedicated");
  const rows = [["MONTH", "REQUESTS/MONTH", ...others.map(([o]) => label(o)), ...(dedicated.length ? ["BEST DEDICATED"] : []), "CHEAPEST"]];
  for (const month of forecast) {
    const best = month.cheapest === undefined ? undefined : c.options[month.cheapest];
    rows.push([
      String(month.month),
      formatNumber(month.requestsPerMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)),
      ...others.map(([, i]) => formatUsd(month.costs[i] ?? new Decimal(0))),
      ...(dedicated.length ? [bestDedicated(c, month, dedicated)] : []),
      best && month.cheapest !== undefined
        ? `${best.mode}${best.hardware ? ` ${plain(best.hardware.id)} x${month.replicas[month.cheapest]}` : ""}`
        : "-",
    ]);
  }
  return [`  growth ${c.workload.requests.growthPercentPerMonth}%/month, next 12 months:`, ...columns(rows).map((l) => `    ${l}`)];
}

function comparisonText(c: WorkloadComparison): string[] {
  const w = c.workload;
  const out = [
    `${plain(w.name)}: ${plain(w.provider)} ${plain(w.model)}, ${w.mode}${c.current.hardware ? ` on ${plain(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${volume(w.requests.perMonth.expected)}`,
    ...optionLines(c),
  ];
  for (const a of c.assumptions) out.push(`  dedicated sizing: ${plain(a)}`);
  for (const u of c.unavailable) out.push(`  - ${u.mode}${u.hardware ? ` ${plain(u.hardware)}` : ""}: ${plain(u.reason)}`);
  out.push(`  cheapest: ${cheapestSentence(c, plain)}`);
  const b = c.breakEven;
  if (b) {
    const share =
      !b.never && b.requestsPerMonth && !b.requestsPerMonth.isZero()
        ? `; now at ${formatPercent(w.requests.perMonth.expected.div(b.requestsPerMonth).times(100))} of it`
        : "";
    out.push(`  break-even: ${breakEvenSentence(b, plain, volume)}${share}`);
  }
  if (c.forecast) out.push(...forecastLines(c, c.forecast));
  return out;
}

/** `compare` in the terminal: the workloads file by file, then the legend. */
export function renderCompareText(comparisons: readonly WorkloadComparison[]): string {
  const out: string[] = [];
  for (const file of new Set(comparisons.map((c) => c.workload.file))) {
    if (out.length > 0) out.push("");
    out.push(plain(file));
    for (const c of comparisons.filter((x) => x.workload.file === file)) out.push("", ...comparisonText(c).map((l) => `  ${l}`));
  }
  out.push("", "* cheapest option that meets the workload's constraints; x not eligible (see the note under it)");
  return `${out.join("\n")}\n`;
}

function comparisonJson(c: WorkloadComparison): unknown {
  const w = c.workload;
  const labelAt = (i: number | undefined) => {
    const option = i === undefined ? undefined : c.options[i];
    return option ? label(option) : null;
  };
  const key = (o: CompareOption) => (o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode);
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
    breakEven: c.breakEven
      ? { ...c.breakEven, requestsPerDay: c.breakEven.requestsPerMonth ? perDay(c.breakEven.requestsPerMonth) : null }
      : null,
    forecast:
      c.forecast?.map((m) => ({
        month: m.month,
        requestsPerMonth: m.requestsPerMonth,
        costs: Object.fromEntries(c.options.map((o, i) => [key(o), m.costs[i]])),
        replicas: Object.fromEntries(c.options.flatMap((o, i) => (o.hardware && m.replicas[i] !== null ? [[key(o), m.replicas[i]]] : []))),
        cheapest: labelAt(m.cheapest),
      })) ?? null,
  };
}

/** `compare --format json`. */
export function renderCompareJson(comparisons: readonly WorkloadComparison[]): string {
  return jsonText({ workloads: comparisons.map(comparisonJson) });
}
