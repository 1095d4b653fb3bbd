import type { Decimal } from "../money.js";
import type { Latency, ManifestDocument, Mode, Workload as WorkloadDocument } from "./generated/manifest-types.js";

export type { Severity } from "../rules/registry.js";
export type { Finding } from "../rules/finding.js";
// The manifest's words (modes, latencies, volume units, policy values) are the types generated
// from its schema, so the two cannot drift apart.
export type { Mode, Latency };
type PolicyDocument = NonNullable<ManifestDocument["policy"]>;
type MatchDocument = NonNullable<WorkloadDocument["match"]>;

/** A position in a source file, 1-based. */
export interface SourcePosition {
  line: number;
  col: number;
}

/** YAML path such as ["workloads", 2, "tokens", "output"]. */
export type YamlPath = ReadonlyArray<string | number>;

/** A low / expected / high triple; a plain number in the manifest gives three equal values. */
export interface Range {
  low: Decimal;
  expected: Decimal;
  high: Decimal;
}

export type Scenario = keyof Range;
export const SCENARIOS: readonly Scenario[] = ["low", "expected", "high"];

/** A dedicated contract's terms (USD and tokens per month); any part may be absent. */
export interface DedicatedContract {
  monthlyMinimum?: Decimal;
  includedTokens?: Decimal;
  overagePerMillion?: Decimal;
}

export interface DedicatedSpec {
  hardware: string;
  /** GPUs per replica; 1 when not written. */
  gpus: number;
  /** 1 when not written. */
  replicas: number;
  /** Hours a month; 730 when not written. */
  hours: Decimal;
  hourlyRate?: Decimal;
  tokensPerSecond?: Decimal;
  contract?: DedicatedContract;
}

export interface ClusterSpec {
  hardware: string;
  gpus: number;
  hours: Decimal;
  hourlyRate?: Decimal;
  storageMonthly: Decimal;
  networkMonthly: Decimal;
  tokensPerSecond?: Decimal;
}

export type WorkloadField = "model" | "mode" | "tokens" | "budget" | "dedicated" | "cluster";

/** The keys of `requests:` that give a volume: per_month ... per_second. */
export type VolumeUnit = Extract<keyof WorkloadDocument["requests"], `per_${string}`>;

/** A workload after validation and defaults: every number is exact and every field present. */
export interface Workload {
  /** `file#name`, stable across revisions. */
  id: string;
  file: string;
  name: string;
  index: number;
  line: number;
  col: number;
  /** Where the fields that findings point at are written; the workload's own position when absent. */
  at: Partial<Record<WorkloadField, SourcePosition>>;
  provider: string;
  model: string;
  mode: Mode;
  latency?: Latency;
  tokens: {
    input: Range;
    output: Range;
    cachedInput: Range;
    /** Input tokens written to the prompt cache, part of `input` like `cachedInput`. */
    cacheWrite: Range;
    /** Tokens counted from `input_from`, already included in `input`. */
    template?: { path: string; tokens: number; tokenizer: string };
  };
  requests: {
    unit: VolumeUnit;
    /** As written, in `unit`. */
    declared: Range;
    perMonth: Range;
    growthPercentPerMonth?: Decimal;
    /** Peak hourly rate over the mean; absent means 1 (steady traffic). */
    peakToAverage?: Decimal;
  };
  budgetMonthly?: Decimal;
  tags: Record<string, string>;
  /** `match:` selectors for actuals; absent means match by model and mode. */
  match?: WorkloadMatch;
  dedicated?: DedicatedSpec;
  cluster?: ClusterSpec;
}

/**
 * Which real usage belongs to a workload (`match:`, the schema's keys, each documented there).
 * Every selector given must match; a list matches any of its values. Keys are the usage
 * attributes they read; a single value in the manifest is a list of one here.
 */
export type WorkloadMatch = { [K in keyof MatchDocument]?: K extends "metadata" ? Record<string, string> : string[] };

/** A private price from the manifest's `prices:`. */
export interface PriceOverride {
  provider?: string;
  model: string;
  input: Decimal;
  output: Decimal;
  cachedInput?: Decimal;
  cacheWrite?: Decimal;
  batchInput?: Decimal;
  batchOutput?: Decimal;
  batchCachedInput?: Decimal;
  batchCacheWrite?: Decimal;
  contextWindow?: number;
  line: number;
}

export interface GroupBudget {
  name: string;
  match: Record<string, string>;
  monthly: Decimal;
  line: number;
  col: number;
  /** Its place in the file's budgets: list, for findings' `budgets[i]` path. */
  index: number;
}

export interface Policy {
  warnAtPercent: Decimal;
  maxIncreasePercent?: Decimal;
  maxIncrease?: Decimal;
  requireBudget: boolean;
  unknownModel: NonNullable<PolicyDocument["unknown_model"]>;
  /** Models the code uses that no manifest declares: `model.undeclared` findings at this severity. */
  undeclaredModels: NonNullable<PolicyDocument["undeclared_models"]>;
  maxPriceAgeDays?: number;
  forecastMonths?: number;
  /** actuals: measured spend this many percent off the projection is a finding (default 25). */
  actualsVariancePercent?: Decimal;
}

/** A manifest's `scan:` section: what the code scan reads below the manifest's folder. */
export interface ScanSettings {
  /** Globs relative to the manifest's folder; empty: every file. */
  include: string[];
  exclude: string[];
  /** Uses in test code: not listed, listed but never failed (default), or counted like any other. */
  tests: NonNullable<NonNullable<ManifestDocument["scan"]>["tests"]>;
}

/** One validated manifest file. */
export interface Manifest {
  file: string;
  workloads: Workload[];
  prices: PriceOverride[];
  budgets: GroupBudget[];
  policy: Policy;
  /** Line of the `policy:` key (for findings about the policy itself). */
  policyLine: number;
  catalogs: string[];
  /** Where each `catalogs:` entry is written, for findings about the price book it names. */
  catalogsAt?: SourcePosition[];
  scan: ScanSettings;
  /** Prompt templates named by `input_from`, relative to the repository; filled by the loader. */
  templates: string[];
}
