import type { CatalogLayer } from "../prices/catalog.js";
import { buildNameIndex, resolveModel, type NameIndex } from "../prices/resolve.js";
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

const WORD_BREAK = /[-._:/@ ]+/;
const MAX_REMEMBERED = 100_000;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Providers that resell other makers' models under the same names (the price catalog's Bedrock, Azure, Vertex AI). */
const RESELLERS = new Set(["bedrock", "azure", "vertex"]);

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
  /** The first word of every part of every name (`meta-llama/Llama-3.3-70B` -> meta, llama): a spelling without one cannot resolve. */
  private readonly words = new Set<string>();
  /** The catalog's spelling resolver (dated snapshots, dots and dashes, Bedrock and Vertex ids), built on first use. */
  private names?: NameIndex;
  private wordPattern?: RegExp;
  /** Spellings already put to the resolver: a repository repeats its strings. Bounded. */
  private readonly resolved = new Map<string, ResolvedModel | undefined>();

  constructor(
    private readonly layers: readonly CatalogLayer[],
    declared: readonly ResolvedModel[] = [],
  ) {
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
    for (const part of lower.split(/[/:]/)) {
      const cut = part.search(WORD_BREAK);
      this.words.add(cut < 0 ? part : part.slice(0, cut));
    }
    // A bare name is its maker's: resellers (Azure's gpt-4o, Vertex's gemini-1.5-pro) only fill names no maker has.
    const held = this.any.get(lower);
    if (!held || (RESELLERS.has(held.provider) && !RESELLERS.has(resolved.provider))) this.any.set(lower, resolved);
    this.byProvider.set(key(resolved.provider, lower), resolved);
  }

  /** The model a string names, with a provider prefix resolved, or undefined. */
  resolve(text: string): ResolvedModel | undefined {
    if (text.length === 0 || text.length > MAX_MODEL_CHARS) return undefined;
    const lower = text.toLowerCase();
    const exact = this.any.get(lower);
    if (exact) return exact;
    const cut = lower.search(/[/:]/);
    // Own keys only: a string such as "constructor:x" must not reach Object.prototype.
    const prefix = cut > 0 ? lower.slice(0, cut) : "";
    const provider = Object.hasOwn(PROVIDER_PREFIXES, prefix) ? PROVIDER_PREFIXES[prefix] : undefined;
    const prefixed = provider === undefined ? undefined : this.byProvider.get(key(provider, lower.slice(cut + 1)));
    return prefixed ?? this.spelling(text, lower);
  }

  /**
   * The catalog resolver's reading of a spelling (`claude-sonnet-4-20250514`, `claude-haiku-4.5`,
   * `us.anthropic.claude-3-5-sonnet-20240620-v1:0`). An ambiguous spelling still names a model:
   * the first candidate the resolver lists stands for it. Only spellings that share a word with
   * some model name get that far.
   */
  private spelling(text: string, lower: string): ResolvedModel | undefined {
    // One native test, no allocation: most strings of code share no word with any model name.
    this.wordPattern ??= new RegExp(`(?:^|[-._:/@])(?:${[...this.words].filter(Boolean).map(escapeRegExp).join("|")})(?=$|[-._:/@])`);
    if (/\s/.test(lower) || !this.wordPattern.test(lower)) return undefined;
    if (this.resolved.has(lower)) return this.resolved.get(lower);
    this.names ??= buildNameIndex(this.layers);
    const r = resolveModel(this.names, text);
    const found =
      r.kind === "found"
        ? { provider: r.provider, model: r.id }
        : r.kind === "ambiguous"
          ? { provider: r.candidates[0].provider, model: r.candidates[0].id }
          : undefined;
    if (this.resolved.size < MAX_REMEMBERED) this.resolved.set(lower, found);
    return found;
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
