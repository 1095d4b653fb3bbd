/**
 * The price catalog format (on disk: JSON, described by schemas/price-catalog.schema.json).
 * Token prices are USD per 1M tokens; GPU prices are USD per GPU-hour. Numbers in JSON are
 * read through their shortest decimal string, so 0.88 stays exactly 0.88 on the money path.
 */

/** Where a price came from. Every price in the catalog resolves to one of these. */
export interface CatalogSource {
  /** Human title, e.g. "Together AI docs: dedicated endpoints". */
  title: string;
  /** URL or repository reference of the original. */
  url: string;
  /** Date (YYYY-MM-DD) the source states or was captured. */
  asOf: string;
  license?: string;
  /** When `catalog import` read the source (UTC ISO 8601 date-time). */
  retrievedAt?: string;
  /** SHA-256 (hex) of the response or file the prices were read from. */
  sha256?: string;
}

/** A price and where it came from; `source` is a key of `PriceCatalog.sources`. */
export interface Provenance {
  source: string;
  asOf: string;
  note?: string;
}

export interface TokenPrices extends Partial<Provenance> {
  input: number;
  output: number;
  /** Rate for input tokens served from the prompt cache, when the model has one. */
  cachedInput?: number;
  /** Rate for input tokens written to the prompt cache (Anthropic: 1.25x input for the 5-minute cache). */
  cacheWrite?: number;
}

/** Cliff tier: when a request's input tokens exceed `aboveInputTokens`, every token of that kind pays the tier rate. */
export interface LongContextTier extends Partial<Provenance> {
  aboveInputTokens: number;
  input: number;
  output: number;
  cachedInput?: number;
  cacheWrite?: number;
}

export type BatchOffer =
  /**
   * Discounted batch prices for listed models. `longContext` lists batch rates for the
   * long-context tiers when the provider publishes them; otherwise the serverless tiers
   * apply scaled by the batch discount ratio (batch input / serverless input).
   */
  | ({ available: true; discounted: true; longContext?: LongContextTier[] } & TokenPrices)
  /** Batch runs at the serverless price (no discount). */
  | ({ available: true; discounted: false } & Partial<Provenance>)
  /** The provider does not run batch jobs for this model. */
  | ({ available: false } & Partial<Provenance>);

export interface CatalogModel extends Provenance {
  provider: string;
  /** Provider's model id, matched case-insensitively. */
  id: string;
  /** Other ids the same model is known by (matched like `id`). */
  aliases?: string[];
  /** Total tokens (input + output) a request may hold. */
  contextWindow?: number;
  /** Most input tokens a request may send, when the provider states a limit below the context window. */
  maxInputTokens?: number;
  /** Most output tokens a request may produce. */
  maxOutputTokens?: number;
  serverless?: TokenPrices;
  /** Absent: batch pricing unknown for this model: treated as not discounted, with a notice. */
  batch?: BatchOffer;
  longContext?: LongContextTier[];
  deprecated?: boolean;
  /** Date (YYYY-MM-DD) the provider stops serving the model, when a source states it. */
  retires?: string;
}

export interface CatalogHardware extends Provenance {
  provider: string;
  /** e.g. "h100-80gb" */
  id: string;
  name: string;
  /** USD per GPU-hour for a dedicated endpoint replica. */
  dedicatedHourly?: number;
  /** USD per GPU-hour for an on-demand GPU cluster. */
  clusterHourly?: number;
  /** GPU memory in GB, used by planning to size replicas. */
  memoryGb?: number;
}

export interface PriceCatalog {
  $schema?: string;
  /** Catalog format version. */
  formatVersion: 1;
  /** Version of the price data, e.g. "2026.11.0". */
  version: string;
  /** Newest as-of date of any price in the file. */
  asOf: string;
  currency: "USD";
  sources: Record<string, CatalogSource>;
  models: CatalogModel[];
  hardware: CatalogHardware[];
  /** Provider-level facts, e.g. cluster GPU multiples and batch queue terms. */
  providers?: Record<string, CatalogProvider>;
}

export interface CatalogProvider {
  name: string;
  clusterGpuMultiple?: number;
  /** Batch API terms that hold for every model of the provider. */
  batch?: BatchTerms;
  notes?: string[];
}

/** Provider batch queue terms, e.g. Together: 30B enqueued tokens per model per user, done within 24 hours. */
export interface BatchTerms {
  /** Most tokens (input + output) one user may have enqueued per model at a time. */
  enqueuedTokensPerModel: number;
  /** Hours within which the provider completes a batch (its SLA). */
  completionHours: number;
  /** Key of `PriceCatalog.sources`. */
  source: string;
  asOf: string;
}
