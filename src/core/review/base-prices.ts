import type { PriceBook } from "../prices/catalog.js";
import { finding } from "../rules/finding.js";
import { resolveGpuRate } from "../prices/price.js";
import { Decimal, formatCount, formatUnitPrice } from "../money.js";
import type { ClusterSpec, DedicatedContract, DedicatedSpec, Finding, Manifest, Workload } from "../manifest/types.js";

/**
 * Under --trust base, the prices a head workload writes itself are the base's: `dedicated.hourly_rate`,
 * `cluster.hourly_rate`, `cluster.storage_monthly` and `network_monthly`, and `dedicated.contract`.
 * Each is replaced by the base's price for the same thing: the matched base workload's own value
 * (same provider and hardware), else the highest rate any workload of the governing base file
 * pays for that hardware, else the base's price books. A value the base cannot price at all is
 * kept for the numbers but reported as `price.changed-by-change` at error severity: a rate only
 * the head states is never a silent pass.
 */

type Kind = "dedicated" | "cluster";

/** The GPU-hour rates a base manifest's workloads state, highest per kind, provider and hardware. */
export type BaseRates = ReadonlyMap<string, Decimal>;

const rateKey = (kind: Kind, provider: string, hardware: string) => `${kind}\u0000${provider}\u0000${hardware}`;

export function baseRatesOf(manifest: Manifest): BaseRates {
  const rates = new Map<string, Decimal>();
  for (const w of manifest.workloads) {
    for (const [kind, spec] of [
      ["dedicated", w.dedicated],
      ["cluster", w.cluster],
    ] as const) {
      if (!spec?.hourlyRate) continue;
      const key = rateKey(kind, w.provider, spec.hardware);
      const known = rates.get(key);
      if (!known || spec.hourlyRate.gt(known)) rates.set(key, spec.hourlyRate);
    }
  }
  return rates;
}

export interface BasePriced {
  workload: Workload;
  findings: Finding[];
}

const usd = (d: Decimal | undefined) => (d === undefined ? "none" : formatUnitPrice(d));

function contractText(c: DedicatedContract | undefined): string {
  if (!c) return "no contract";
  const terms = [
    c.monthlyMinimum && `minimum ${usd(c.monthlyMinimum)}`,
    c.includedTokens && `${formatCount(c.includedTokens)} tokens included`,
    c.overagePerMillion && `overage ${usd(c.overagePerMillion)}/1M`,
  ];
  return terms.filter(Boolean).join(", ") || "a contract without terms";
}

const sameDecimal = (a: Decimal | undefined, b: Decimal | undefined) => (a === undefined ? b === undefined : b !== undefined && a.eq(b));
const sameContract = (a: DedicatedContract | undefined, b: DedicatedContract | undefined) =>
  (a === undefined) === (b === undefined) &&
  sameDecimal(a?.monthlyMinimum, b?.monthlyMinimum) &&
  sameDecimal(a?.includedTokens, b?.includedTokens) &&
  sameDecimal(a?.overagePerMillion, b?.overagePerMillion);

interface Context {
  head: Workload;
  base: Workload | undefined;
  rates: BaseRates;
  book: PriceBook;
  findings: Finding[];
}

function report(ctx: Context, severity: "error" | "warning", field: "dedicated" | "cluster", message: string): void {
  const at = ctx.head.at[field] ?? { line: ctx.head.line, col: ctx.head.col };
  ctx.findings.push(
    finding(
      "price.changed-by-change",
      { file: ctx.head.file, line: at.line, col: at.col, path: `workloads[${ctx.head.index}].${field}`, workload: ctx.head.name },
      message,
      severity,
    ),
  );
}

/** The base's GPU-hour rate for this hardware: the matched workload's, a base workload's, or undefined (the books decide). */
function baseRate(ctx: Context, kind: Kind, hardware: string): Decimal | undefined {
  const base = ctx.base;
  const matched = kind === "dedicated" ? base?.dedicated : base?.cluster;
  if (base && matched && matched.hardware === hardware && base.provider === ctx.head.provider && matched.hourlyRate)
    return matched.hourlyRate;
  return ctx.rates.get(rateKey(kind, ctx.head.provider, hardware));
}

/** Replaces the head's hourly rate; `contractPrices`: a contract the base has prices the endpoint without one. */
function rebaseRate<S extends DedicatedSpec | ClusterSpec>(ctx: Context, kind: Kind, spec: S, contractPrices: boolean): S {
  const stated = spec.hourlyRate;
  if (stated === undefined) return spec;
  const fromBase = baseRate(ctx, kind, spec.hardware);
  const { hourlyRate: _dropped, ...bookPriced } = spec;
  if (fromBase) {
    if (!fromBase.eq(stated))
      report(
        ctx,
        "warning",
        kind,
        `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)}; under --trust base the base's ${usd(fromBase)} for ${spec.hardware} was applied`,
      );
    return { ...spec, hourlyRate: fromBase };
  }
  const books = resolveGpuRate(ctx.head, kind, spec.hardware, undefined, ctx.book);
  if (!("problem" in books)) {
    report(
      ctx,
      "warning",
      kind,
      `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)}, which the base does not; under --trust base the base's price books' ${usd(books.hourly)} for ${spec.hardware} was applied`,
    );
    return bookPriced as S;
  }
  // A contract the base knows may price the endpoint without GPU-hours.
  if (contractPrices) {
    report(
      ctx,
      "warning",
      kind,
      `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)} for ${spec.hardware}, which the base does not price; under --trust base the base's contract alone prices it`,
    );
    return bookPriced as S;
  }
  report(
    ctx,
    "error",
    kind,
    `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)} for ${spec.hardware}, which the base revision does not price; under --trust base a rate only the head states cannot pass: price ${spec.hardware} at the base first (a base workload or price book)`,
  );
  return spec;
}

/** Whether the base can price this hardware's GPU time: a rate left in place (the base's) or its books. */
function gpuPriced(ctx: Context, kind: Kind, spec: DedicatedSpec | ClusterSpec): boolean {
  return spec.hourlyRate !== undefined || !("problem" in resolveGpuRate(ctx.head, kind, spec.hardware, undefined, ctx.book));
}

function rebaseDedicated(ctx: Context, d: DedicatedSpec): DedicatedSpec {
  const matched =
    ctx.base?.dedicated && ctx.base.dedicated.hardware === d.hardware && ctx.base.provider === ctx.head.provider
      ? ctx.base.dedicated
      : undefined;
  const { contract: stated, ...rest } = d;
  // A matched endpoint keeps the base's terms; a new one keeps its own, which can only add to GPU-hours the base prices.
  const contract = matched ? matched.contract : stated;
  if (matched && !sameContract(stated, contract)) {
    report(
      ctx,
      "warning",
      "dedicated",
      `workload ${ctx.head.name} states ${contractText(stated)}; under --trust base the base's terms (${contractText(contract)}) were applied`,
    );
  }
  const prices = contract !== undefined && (contract.monthlyMinimum !== undefined || contract.overagePerMillion !== undefined);
  const spec = rebaseRate(ctx, "dedicated", contract ? { ...rest, contract } : rest, prices && matched !== undefined);
  if (!matched && prices && d.hourlyRate === undefined && !gpuPriced(ctx, "dedicated", spec)) {
    report(
      ctx,
      "error",
      "dedicated",
      `workload ${ctx.head.name} is priced only by a dedicated.contract (${contractText(stated)}) that the base revision does not have; under --trust base contract terms only the head states cannot pass`,
    );
  }
  return spec;
}

function rebaseCluster(ctx: Context, c: ClusterSpec): ClusterSpec {
  const base = ctx.base;
  const matched = base?.cluster;
  let out = rebaseRate(ctx, "cluster", c, false);
  if (base && matched && base.provider === ctx.head.provider) {
    for (const [field, name] of [
      ["storageMonthly", "storage_monthly"],
      ["networkMonthly", "network_monthly"],
    ] as const) {
      if (out[field].eq(matched[field])) continue;
      report(
        ctx,
        "warning",
        "cluster",
        `workload ${ctx.head.name} states cluster.${name} ${usd(out[field])}; under --trust base the base's ${usd(matched[field])} was applied`,
      );
      out = { ...out, [field]: matched[field] };
    }
  }
  return out;
}

/** The head workload with the base's prices in place of its own, and what was replaced or refused. */
export function withBasePrices(head: Workload, base: Workload | undefined, rates: BaseRates, book: PriceBook): BasePriced {
  if (!head.dedicated && !head.cluster) return { workload: head, findings: [] };
  const ctx: Context = { head, base, rates, book, findings: [] };
  const workload: Workload = { ...head };
  if (head.dedicated) workload.dedicated = rebaseDedicated(ctx, head.dedicated);
  if (head.cluster) workload.cluster = rebaseCluster(ctx, head.cluster);
  return ctx.findings.length === 0 ? { workload: head, findings: [] } : { workload, findings: ctx.findings };
}
