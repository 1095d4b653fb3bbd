/**
 * Sums normalised records per workload (and per unattributed or ambiguous model), streaming:
 * only totals, the identities of what was read (to refuse a second reading) and bucket periods
 * (to find overlaps) are kept. Every record read ends up in exactly one place: a total, or a
 * count of bad records by reason, or a count of skipped non-usage items.
 */
import { Decimal, ZERO } from "../money.js";
import type { Workload } from "../manifest/types.js";
import type { Attributor } from "./attribute.js";
import { BadRecord, SOURCE_NAMES, type ActualRecord, type BadReason, type UsageSource } from "./record.js";

export interface Totals {
  /** Usage records (a bucket result, a span, a request row). */
  usageRecords: number;
  /** Cost lines (billed amounts without tokens). */
  costRecords: number;
  requests: bigint;
  /** Usage records that carried no request count (Anthropic's usage report). */
  uncountedRecords: number;
  uncachedInput: bigint;
  cachedInput: bigint;
  cacheWrite5m: bigint;
  cacheWrite1h: bigint;
  output: bigint;
  billed: Decimal;
  /** Usage records that stated a billed amount. */
  billedUsageRecords: number;
  sources: Set<UsageSource>;
}

export type TargetKind = "workload" | "unattributed" | "ambiguous";

export interface Target {
  kind: TargetKind;
  /** The workload's, or the model key of unattributed or ambiguous usage. */
  workloads: Workload[];
  model: string;
  /** A spelling as the data wrote it, for reports. */
  written: string;
  provider?: string;
  batch: boolean;
  /** Where it was first seen, for findings about it. */
  firstSeen: Where;
  totals: Totals;
}

/** A place in the usage data: a file and a 1-based line (of the decompressed text), or 0 for the whole file. */
export interface Where {
  file: string;
  line: number;
}

export interface BadSample {
  where: Where;
  reason: BadReason;
  message: string;
}

export interface Overlap {
  where: Where;
  source: UsageSource;
  message: string;
}

export interface ActualsData {
  /** Earliest start and latest end of the usage read (of the cost lines when there is no usage). */
  period?: { start: number; end: number };
  targets: Target[];
  bad: Partial<Record<BadReason, number>>;
  badSamples: BadSample[];
  skipped: Record<string, number>;
  overlaps: Overlap[];
  overlapCount: number;
  /** Per-request identities stopped being remembered past the limit: later duplicates are not detected. */
  identitiesSaturated: boolean;
  /** Whether any usage (tokens) was read, not only cost lines. */
  hasUsage: boolean;
}

export interface AggregateOptions {
  /** Records ending after this (ms) are out of range: the caller's clock, the core reads none. */
  now: number;
  /** Records starting before this (ms) are out of range. */
  earliest?: number;
  /** Per-request identities remembered for duplicate detection. */
  maxIdentities?: number;
}

/** About 40 MB of hashes; a false duplicate among a million requests has odds near 1 in 10,000. */
const DEFAULT_MAX_IDENTITIES = 1_000_000;
const MAX_SAMPLES = 20;
const MAX_OVERLAPS = 20;
const MAX_INTERVALS = 10_000;
const EARLIEST = Date.UTC(2015, 0, 1);

export function emptyTotals(): Totals {
  return {
    usageRecords: 0,
    costRecords: 0,
    requests: 0n,
    uncountedRecords: 0,
    uncachedInput: 0n,
    cachedInput: 0n,
    cacheWrite5m: 0n,
    cacheWrite1h: 0n,
    output: 0n,
    billed: ZERO,
    billedUsageRecords: 0,
    sources: new Set(),
  };
}

function addTo(t: Totals, r: ActualRecord): void {
  t.sources.add(r.source);
  if (r.billed) t.billed = t.billed.plus(r.billed);
  if (r.kind === "cost") {
    t.costRecords++;
    return;
  }
  t.usageRecords++;
  if (r.requests === undefined) t.uncountedRecords++;
  else t.requests += BigInt(r.requests);
  t.uncachedInput += BigInt(r.uncachedInput);
  t.cachedInput += BigInt(r.cachedInput);
  t.cacheWrite5m += BigInt(r.cacheWrite5m);
  t.cacheWrite1h += BigInt(r.cacheWrite1h);
  t.output += BigInt(r.output);
  if (r.billed) t.billedUsageRecords++;
}

export class ActualsAccumulator {
  private readonly targets = new Map<string, Target>();
  /** Buckets' identities, exactly (they are few). */
  private readonly buckets = new Set<string>();
  /** Requests' and spans' identities as 52-bit hashes, up to `maxIdentities` (bounded memory). */
  private readonly requests = new Set<number>();
  private readonly intervals = new Map<string, Array<[number, number]>>();
  private readonly data: Omit<ActualsData, "targets" | "period" | "hasUsage"> = {
    bad: {},
    badSamples: [],
    skipped: {},
    overlaps: [],
    overlapCount: 0,
    identitiesSaturated: false,
  };
  private readonly covered = new Map<string, Map<UsageSource, { start: number; end: number; where: Where }>>();
  private usagePeriod?: { start: number; end: number };
  private costPeriod?: { start: number; end: number };

  constructor(
    private readonly attributor: Attributor,
    private readonly options: AggregateOptions,
  ) {}

  reject(error: BadRecord, where: Where): void {
    this.data.bad[error.reason] = (this.data.bad[error.reason] ?? 0) + 1;
    if (this.data.badSamples.length < MAX_SAMPLES) this.data.badSamples.push({ where, reason: error.reason, message: error.message });
  }

  skip(what: string): void {
    this.data.skipped[what] = (this.data.skipped[what] ?? 0) + 1;
  }

  add(record: ActualRecord, where: Where): void {
    const earliest = this.options.earliest ?? EARLIEST;
    if (!(record.start >= earliest && record.end <= this.options.now && record.end >= record.start)) {
      return this.reject(
        new BadRecord(
          "time-out-of-range",
          `period ${iso(record.start)} to ${iso(record.end)} is before ${iso(earliest)}, after ${iso(this.options.now)} or ends before it starts`,
        ),
        where,
      );
    }
    if (!this.firstReading(record))
      return this.reject(new BadRecord("duplicate", "the same record (period and group, or request id) was already read"), where);
    if (record.group !== undefined) this.checkOverlap(record, record.group, where);
    const period = record.kind === "usage" ? "usagePeriod" : "costPeriod";
    const p = this[period];
    this[period] = p
      ? { start: Math.min(p.start, record.start), end: Math.max(p.end, record.end) }
      : { start: record.start, end: record.end };
    const target = this.targetOf(record, where);
    addTo(target.totals, record);
    if (record.kind === "usage") this.coverSource(target.model, record, where);
  }

  private firstReading(record: ActualRecord): boolean {
    if (!record.identity) return true;
    if (record.group !== undefined) {
      if (this.buckets.has(record.identity)) return false;
      this.buckets.add(record.identity);
      return true;
    }
    const hash = identityHash(record.identity);
    if (this.requests.has(hash)) return false;
    if (this.requests.size < (this.options.maxIdentities ?? DEFAULT_MAX_IDENTITIES)) this.requests.add(hash);
    else this.data.identitiesSaturated = true;
    return true;
  }

  /** A bucket whose period overlaps another of the same source and group (not the same period: that is a duplicate). */
  private checkOverlap(record: ActualRecord, group: string, where: Where): void {
    const list = this.intervals.get(group) ?? [];
    const clash = list.find(([s, e]) => record.start < e && s < record.end);
    if (clash) {
      this.data.overlapCount++;
      if (this.data.overlaps.length < MAX_OVERLAPS) {
        this.data.overlaps.push({
          where,
          source: record.source,
          message: `the bucket ${iso(record.start)} to ${iso(record.end)} overlaps ${iso(clash[0])} to ${iso(clash[1])} of the same group: the usage in both may be counted twice`,
        });
      }
    }
    if (list.length < MAX_INTERVALS) list.push([record.start, record.end]);
    this.intervals.set(group, list);
  }

  private targetOf(record: ActualRecord, where: Where): Target {
    const { workloads, model } = this.attributor.match(record);
    const kind: TargetKind = workloads.length === 1 ? "workload" : workloads.length === 0 ? "unattributed" : "ambiguous";
    const batch = record.mode === "batch";
    const [only] = workloads;
    const key =
      kind === "workload" && only !== undefined
        ? `w\u0000${only.id}`
        : `${kind}\u0000${model}\u0000${batch}\u0000${workloads.map((w) => w.id).join("\u0000")}`;
    let target = this.targets.get(key);
    if (!target) {
      target = { kind, workloads, model, written: record.model ?? "(no model)", batch, firstSeen: where, totals: emptyTotals() };
      if (record.provider) target.provider = record.provider;
      this.targets.set(key, target);
    }
    return target;
  }

  /** The period each source covers per model, to tell when two sources may report the same requests. */
  private coverSource(model: string, record: ActualRecord, where: Where): void {
    const bySource = this.covered.get(model) ?? new Map<UsageSource, { start: number; end: number; where: Where }>();
    const seen = bySource.get(record.source);
    if (seen) {
      seen.start = Math.min(seen.start, record.start);
      seen.end = Math.max(seen.end, record.end);
    } else bySource.set(record.source, { start: record.start, end: record.end, where });
    this.covered.set(model, bySource);
  }

  /** Two sources with usage of one model in overlapping periods: likely the same requests read twice. */
  private sourceOverlaps(): Overlap[] {
    const out: Overlap[] = [];
    for (const [model, bySource] of this.covered) {
      const sources = [...bySource.entries()];
      for (const [i, [a, pa]] of sources.entries()) {
        for (const [b, pb] of sources.slice(i + 1)) {
          if (pa.start < pb.end && pb.start < pa.end)
            out.push({
              where: pb.where,
              source: b,
              message: `${model || "(no model)"} is in both ${SOURCE_NAMES[a]} and ${SOURCE_NAMES[b]} over the same days: if they record the same requests, those are counted twice`,
            });
        }
      }
    }
    return out;
  }

  result(): ActualsData {
    const period = this.usagePeriod ?? this.costPeriod;
    const across = this.sourceOverlaps();
    const overlaps = [...this.data.overlaps, ...across].slice(0, MAX_OVERLAPS);
    return {
      ...this.data,
      overlaps,
      overlapCount: this.data.overlapCount + across.length,
      targets: [...this.targets.values()],
      hasUsage: this.usagePeriod !== undefined,
      ...(period ? { period } : {}),
    };
  }
}

function iso(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().replace(".000Z", "Z") : String(ms);
}

/** Two 32-bit FNV-1a hashes of the text, as one 52-bit number (a Set of numbers holds no strings). */
function identityHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}
