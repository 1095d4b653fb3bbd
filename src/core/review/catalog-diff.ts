/**
 * `catalog diff`: which prices differ between two price books, and what that does to the
 * workloads of the current manifests (each priced with both books). Pure.
 */
import type { PriceBook } from "../prices/catalog.js";
import { effectiveEntries, type HardwareRow, type ModelRow, type RatesRow } from "../prices/catalog-view.js";
import { estimateWorkload } from "../cost/estimate.js";
import { Decimal, ZERO, sum } from "../money.js";
import type { Manifest, Mode } from "../manifest/types.js";

/** A price as a number, or a state in words ("not offered", "serverless price", "absent"). */
export type PriceValue = Decimal | string;

export interface PriceChange {
  kind: "model" | "hardware";
  provider: string;
  id: string;
  /** e.g. "input", "batch output", "input above 200K", "dedicated GPU-hour", or "entry" for added/removed. */
  field: string;
  old: PriceValue;
  new: PriceValue;
  /** new - old, when both are numbers. */
  change?: Decimal;
  /** change / old x 100, when both are numbers and old is not zero. */
  percent?: Decimal;
}

export interface WorkloadMove {
  file: string;
  workload: string;
  provider: string;
  model: string;
  mode: Mode;
  /** Monthly cost with each book; absent when that book cannot price the workload. */
  old?: Decimal;
  new?: Decimal;
  change?: Decimal;
  percent?: Decimal;
}

export interface CatalogDiff {
  changes: PriceChange[];
  /** Workloads whose monthly cost (or pricability) differs, biggest change first. */
  workloads: WorkloadMove[];
  /** Workloads looked at, including those that do not move. */
  workloadsCompared: number;
  /** Totals over the workloads both books price. */
  total: { old: Decimal; new: Decimal; change: Decimal };
}

function kilo(tokens: number): string {
  return tokens % 1000 === 0 ? `${tokens / 1000}K` : String(tokens);
}

function rateFields(prefix: string, suffix: string, rates: RatesRow, out: Map<string, PriceValue>): void {
  out.set(`${prefix}input${suffix}`, rates.input);
  out.set(`${prefix}output${suffix}`, rates.output);
  if (rates.cachedInput) out.set(`${prefix}cached input${suffix}`, rates.cachedInput);
}

/** A model's prices flattened to named fields, so two entries compare field by field. */
function modelFields(model: ModelRow): Map<string, PriceValue> {
  const out = new Map<string, PriceValue>();
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

function hardwareFields(hw: HardwareRow): Map<string, PriceValue> {
  const out = new Map<string, PriceValue>();
  out.set("dedicated GPU-hour", hw.dedicatedHourly ?? "not offered");
  out.set("cluster GPU-hour", hw.clusterHourly ?? "not offered");
  return out;
}

function valueChange(old: PriceValue, now: PriceValue): Pick<PriceChange, "change" | "percent"> | undefined {
  if (!(old instanceof Decimal) || !(now instanceof Decimal)) return old === now ? undefined : {};
  if (old.eq(now)) return undefined;
  const change = now.minus(old);
  return { change, ...(old.isZero() ? {} : { percent: change.div(old).times(100) }) };
}

const keyOf = (row: { provider: string; id: string }) => `${row.provider.toLowerCase()}\u0000${row.id.toLowerCase()}`;

function diffEntries<T extends { provider: string; id: string }>(
  kind: PriceChange["kind"],
  olds: T[],
  news: T[],
  fields: (row: T) => Map<string, PriceValue>,
): PriceChange[] {
  const changes: PriceChange[] = [];
  const oldByKey = new Map(olds.map((r) => [keyOf(r), r]));
  const newByKey = new Map(news.map((r) => [keyOf(r), r]));
  const keys = [...new Set([...oldByKey.keys(), ...newByKey.keys()])].sort();
  for (const key of keys) {
    const before = oldByKey.get(key);
    const after = newByKey.get(key);
    const either = after ?? before;
    if (either === undefined) continue;
    const { provider, id } = either;
    if (!before || !after) {
      changes.push({ kind, provider, id, field: "entry", old: before ? "present" : "absent", new: after ? "present" : "absent" });
      continue;
    }
    const a = fields(before);
    const b = fields(after);
    for (const field of new Set([...a.keys(), ...b.keys()])) {
      const old = a.get(field) ?? "absent";
      const now = b.get(field) ?? "absent";
      const moved = valueChange(old, now);
      if (moved) changes.push({ kind, provider, id, field, old, new: now, ...moved });
    }
  }
  return changes;
}

/** Every price that differs between the books in force on each side. */
export function diffPriceBooks(oldBook: PriceBook, newBook: PriceBook): PriceChange[] {
  const before = effectiveEntries(oldBook);
  const after = effectiveEntries(newBook);
  return [
    ...diffEntries("model", before.models, after.models, modelFields),
    ...diffEntries("hardware", before.hardware, after.hardware, hardwareFields),
  ];
}

/** Prices every workload with both books; a manifest's own `prices:` apply on both sides. */
export function diffWorkloadCosts(
  manifests: readonly Manifest[],
  oldBook: PriceBook,
  newBook: PriceBook,
): Pick<CatalogDiff, "workloads" | "workloadsCompared" | "total"> {
  const moves: WorkloadMove[] = [];
  const olds: Decimal[] = [];
  const news: Decimal[] = [];
  let compared = 0;
  for (const manifest of manifests) {
    for (const workload of manifest.workloads) {
      compared++;
      const costOf = (book: PriceBook) => {
        const estimate = estimateWorkload(workload, manifest, book);
        return estimate.priced ? estimate.cost?.monthlyCost : undefined;
      };
      const old = costOf(oldBook);
      const now = costOf(newBook);
      if (old && now) {
        olds.push(old);
        news.push(now);
      }
      const change = old && now ? now.minus(old) : undefined;
      if (change?.isZero() || (!old && !now)) continue;
      moves.push({
        file: workload.file,
        workload: workload.name,
        provider: workload.provider,
        model: workload.model,
        mode: workload.mode,
        ...(old ? { old } : {}),
        ...(now ? { new: now } : {}),
        ...(change ? { change } : {}),
        ...(change && old && !old.isZero() ? { percent: change.div(old).times(100) } : {}),
      });
    }
  }
  // Biggest moves first; workloads only one book can price go last.
  moves.sort(
    (a, b) =>
      (b.change?.abs() ?? ZERO.minus(1)).comparedTo(a.change?.abs() ?? ZERO.minus(1)) ||
      a.file.localeCompare(b.file) ||
      a.workload.localeCompare(b.workload),
  );
  const oldTotal = sum(olds);
  const newTotal = sum(news);
  return { workloads: moves, workloadsCompared: compared, total: { old: oldTotal, new: newTotal, change: newTotal.minus(oldTotal) } };
}

export function diffCatalogs(oldBook: PriceBook, newBook: PriceBook, manifests: readonly Manifest[]): CatalogDiff {
  return { changes: diffPriceBooks(oldBook, newBook), ...diffWorkloadCosts(manifests, oldBook, newBook) };
}
