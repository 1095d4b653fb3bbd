import type { CatalogLayer } from "../prices/catalog.js";
import { closest } from "../suggest.js";

/** A model as the price books (or a manifest) name it. */
export interface ResolvedModel {
  provider: string;
  model: string;
}

/**
 * Prefixes that gateways and SDKs put before a provider's own model id (LiteLLM's
 * `together_ai/`, Vercel's registry `openai:`, Google's `models/`), mapped to the catalog's
 * provider ids.
 */
const PROVIDER_PREFIXES: Record<string, string> = {
  together_ai: "together",
  together: "together",
  togetherai: "together",
  openai: "openai",
  anthropic: "anthropic",
  google: "google",
  gemini: "google",
  google_genai: "google",
  "google-genai": "google",
  vertex_ai: "google",
  models: "google",
};

/** Longest model id worth a lookup: anything longer is prose or data, not a model name. */
const MAX_MODEL_CHARS = 300;

/**
 * Every name the price books know a model by (ids and aliases, case-insensitive), plus the
 * models manifests declare, so a private fine-tune declared in a manifest is found in code too.
 */
export class ModelIndex {
  private readonly any = new Map<string, ResolvedModel>();
  private readonly byProvider = new Map<string, ResolvedModel>();
  /** Every id as the books write it, for "did you mean". */
  private readonly ids = new Set<string>();

  constructor(layers: readonly CatalogLayer[], declared: readonly ResolvedModel[] = []) {
    for (const { catalog } of layers) {
      for (const m of catalog.models) {
        const resolved = { provider: m.provider, model: m.id };
        for (const name of [m.id, ...(m.aliases ?? [])]) this.add(name, resolved);
      }
    }
    for (const d of declared) if (!this.byProvider.has(key(d.provider, d.model))) this.add(d.model, d);
  }

  private add(name: string, resolved: ResolvedModel): void {
    this.ids.add(resolved.model);
    const lower = name.toLowerCase();
    this.any.set(lower, resolved);
    this.byProvider.set(key(resolved.provider, lower), resolved);
  }

  /** The model a string names, with a provider prefix resolved, or undefined. */
  resolve(text: string): ResolvedModel | undefined {
    if (text.length === 0 || text.length > MAX_MODEL_CHARS) return undefined;
    const lower = text.toLowerCase();
    const exact = this.any.get(lower);
    if (exact) return exact;
    const cut = lower.search(/[/:]/);
    if (cut <= 0) return undefined;
    const provider = PROVIDER_PREFIXES[lower.slice(0, cut)];
    return provider === undefined ? undefined : this.byProvider.get(key(provider, lower.slice(cut + 1)));
  }

  /** Up to `limit` known ids closest to an unknown model as written (its provider prefix dropped). */
  suggest(text: string, limit = 3): string[] {
    const bare = text.slice(text.search(/[^/:]*$/));
    return closest(bare, this.ids, limit);
  }

  /** The catalog entry a manifest's provider and model name, when the books know it. */
  find(provider: string, model: string): ResolvedModel | undefined {
    return this.byProvider.get(key(provider, model.toLowerCase()));
  }
}

function key(provider: string, lowerModel: string): string {
  return `${provider.toLowerCase()}\u0000${lowerModel}`;
}
