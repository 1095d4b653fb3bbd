import { Decimal } from "../../money.js";
import type { CatalogModel, PriceCatalog, TokenPrices } from "../catalog-types.js";

/** Options every importer takes; importers are pure, so the caller supplies the file name and date. */
export interface ImportOptions {
  /** Keep only models of this tokenbudget provider id (e.g. "together"). */
  provider?: string;
  /** File the data was read from, recorded in the source title. */
  sourceFile: string;
  /** Date (YYYY-MM-DD) of the source snapshot; becomes every price's `asOf`. */
  sourceDate: string;
}

export interface ImportResult {
  catalog: PriceCatalog;
  /** Entries skipped or values the converter had to interpret; never fatal. */
  warnings: string[];
}

/**
 * Third-party feeds name providers in their own way; tokenbudget's ids are fixed so manifests
 * stay portable across catalogs. Unknown providers keep a lowercased slug of the feed's id.
 */
const PROVIDER_ALIASES: ReadonlyMap<string, string> = new Map([
  ["together", "together"],
  ["together_ai", "together"],
  ["together-ai", "together"],
  ["togetherai", "together"],
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["gemini", "google"],
  ["text-completion-openai", "openai"],
  ["vertex_ai", "vertex"],
  ["google-vertex", "vertex"],
  ["codestral", "mistral"],
  ["text-completion-codestral", "mistral"],
  ["cohere_chat", "cohere"],
  ["fireworks_ai", "fireworks"],
  ["x-ai", "xai"],
  ["aws", "bedrock"],
  ["bedrock_converse", "bedrock"],
  ["amazon-bedrock", "bedrock"],
  ["azure_text", "azure"],
]);

/** A Map, not an object literal: a feed's provider named `constructor` or `__proto__` is plain data. */
export function mapProviderId(feedId: string): string {
  const lower = feedId.trim().toLowerCase();
  return PROVIDER_ALIASES.get(lower) ?? lower.replace(/[^a-z0-9._-]+/g, "-");
}

/**
 * Converts a per-token USD price to USD per 1M tokens. Going through the number's shortest
 * decimal string keeps 1.5e-7 at exactly 0.15 (a float multiply gives 0.15000000000000002).
 */
export function perTokenToPerMillion(perToken: number): number {
  return new Decimal(String(perToken)).times(1_000_000).toNumber();
}

/** Half of a per-1M price, exact in decimal (used for "50% off" batch statements). */
export function halfPrice(price: number): number {
  return new Decimal(String(price)).div(2).toNumber();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function finiteNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The note on a model a feed prices at 0 for both input and output. */
export const FREE_NOTE = "source lists this model as free (0 USD)";

/**
 * Token prices from a feed's rates, each converted to USD per 1M by `perMillion`; a cache rate
 * the feed does not state stays absent (the model then has none).
 */
export function tokenPrices<Rate>(
  rates: { input: Rate; output: Rate; cachedInput?: Rate | undefined; cacheWrite?: Rate | undefined },
  perMillion: (rate: Rate) => number,
): TokenPrices {
  const { input, output, cachedInput, cacheWrite } = rates;
  return {
    input: perMillion(input),
    output: perMillion(output),
    ...(cachedInput !== undefined ? { cachedInput: perMillion(cachedInput) } : {}),
    ...(cacheWrite !== undefined ? { cacheWrite: perMillion(cacheWrite) } : {}),
  };
}

/** For a feed whose rates are USD per 1M already. */
export const asIs = (rate: number): number => rate;

/** Sets each token limit the feed states as a positive number; a missing, zero or malformed one stays unknown. */
export function setLimits(
  model: CatalogModel,
  limits: { contextWindow?: unknown; maxInputTokens?: unknown; maxOutputTokens?: unknown },
): void {
  for (const field of ["contextWindow", "maxInputTokens", "maxOutputTokens"] as const) {
    const count = finiteNumber(limits[field]);
    if (count !== undefined && count > 0) model[field] = count;
  }
}

/** An empty catalog around one source, the shape every importer returns. */
export function emptyCatalog(sourceKey: string, title: string, url: string, options: ImportOptions, license: string): PriceCatalog {
  return {
    formatVersion: 1,
    // Imported catalogs are versioned by their snapshot date so two imports of the same
    // snapshot compare equal.
    version: options.sourceDate.replaceAll("-", "."),
    asOf: options.sourceDate,
    currency: "USD",
    sources: {
      [sourceKey]: { title: `${title} (${options.sourceFile})`, url, asOf: options.sourceDate, license },
    },
    models: [],
    hardware: [],
  };
}

/**
 * Adds a model unless its provider/id pair (matched case-insensitively, like tokenbudget's
 * lookup) is already present: the first entry wins and the duplicate is reported.
 */
export function addUnique<T extends { provider: string; id: string }>(
  list: T[],
  seen: Set<string>,
  entry: T,
  warnings: string[],
  origin: string,
): void {
  const key = `${entry.provider}\u0000${entry.id.toLowerCase()}`;
  if (seen.has(key)) {
    warnings.push(`${origin}: duplicate of ${entry.provider}/${entry.id} (ids match case-insensitively); kept the first`);
    return;
  }
  seen.add(key);
  list.push(entry);
}

/**
 * Above this, a token price in USD per 1M is taken for a unit error (a per-token or per-1K
 * figure read as per-1M), not a price: the dearest chat models cost a few hundred.
 */
export const MAX_PLAUSIBLE_PER_MILLION = 1000;

/** A model's prices over the limit, as `field value` strings; empty when every price is plausible. */
export function implausibleFields(m: CatalogModel, limit = MAX_PLAUSIBLE_PER_MILLION): string[] {
  const problems: string[] = [];
  const parts: [string, { input: number; output: number; cachedInput?: number; cacheWrite?: number } | undefined][] = [
    ["", m.serverless],
    ["batch ", m.batch?.available && m.batch.discounted ? m.batch : undefined],
    ...(m.longContext ?? []).map((t): [string, typeof t] => [`above ${t.aboveInputTokens} `, t]),
  ];
  for (const [prefix, p] of parts) {
    if (!p) continue;
    for (const field of ["input", "output", "cachedInput", "cacheWrite"] as const) {
      const value = p[field];
      if (value !== undefined && value > limit) problems.push(`${prefix}${field} ${value}`);
    }
  }
  return problems;
}

/**
 * Splits an import's models into the plausible and the implausible (each named with its
 * prices over the limit). A feed where most models are implausible is mis-scaled as a whole
 * (per 1K read as per token, say): `misScaled` tells the caller to refuse it.
 */
export function screenImplausible(
  models: readonly CatalogModel[],
  limit = MAX_PLAUSIBLE_PER_MILLION,
): { kept: CatalogModel[]; skipped: string[]; misScaled: boolean } {
  const kept: CatalogModel[] = [];
  const skipped: string[] = [];
  for (const m of models) {
    const problems = implausibleFields(m, limit);
    if (problems.length === 0) kept.push(m);
    else skipped.push(`${m.provider}/${m.id} ${problems.join(", ")}`);
  }
  return { kept, skipped, misScaled: skipped.length * 2 > models.length };
}

/** Deepest nesting a feed may have: real feeds nest a handful of levels; hostile ones would exhaust the stack. */
export const MAX_FEED_DEPTH = 64;

/** Whether `value` nests arrays or objects deeper than `limit`; iterative, so any depth is safe to check. */
export function nestsDeeper(value: unknown, limit = MAX_FEED_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [item, depth] = top;
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Where and when an import read its data: stamped on the catalog's one source. */
export interface Retrieval {
  url: string;
  /** UTC ISO 8601; absent for a local file. */
  retrievedAt?: string;
  sha256: string;
}

export function withProvenance(catalog: PriceCatalog, retrieval: Retrieval): PriceCatalog {
  const sources = Object.fromEntries(
    Object.entries(catalog.sources).map(([key, source]) => [
      key,
      { ...source, url: retrieval.url, ...(retrieval.retrievedAt ? { retrievedAt: retrieval.retrievedAt } : {}), sha256: retrieval.sha256 },
    ]),
  );
  return { ...catalog, sources };
}
