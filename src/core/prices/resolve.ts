/**
 * One model, many spellings: maps the names real code and gateways use (`openai/gpt-4o`,
 * `gpt-4o-2024-08-06`, `claude-haiku-4.5`, `us.anthropic.claude-3-5-sonnet-20240620-v1:0`,
 * `claude-3-5-sonnet-v2@20241022`) onto one catalog entry, and says which rules it took.
 *
 *     const index = buildNameIndex(layers);            // once per run; indexes lazily (PriceBook.names keeps one)
 *     const r = resolveModel(index, "openai/gpt-4o-2024-08-06");
 *     if (r.kind === "found") r.provider, r.id, r.model, r.rules   // "openai", "gpt-4o-2024-08-06", ..., ["prefix"]
 *     if (r.kind === "ambiguous") r.candidates                      // never a guess: the caller lists them
 *
 * Pure and bounded: every loop runs over the spelling's few variants, never over the catalog.
 */
import type { CatalogModel, PriceCatalog } from "./catalog-types.js";
import { isNonEmpty, type NonEmpty } from "../collections.js";

/** How a spelling reached its entry; `exact` alone when it is an id or alias as written (ignoring case). */
export type MatchRule =
  /** Matched an id or alias only after ignoring case. */
  | "case"
  /** A gateway or SDK prefix was removed (`openai/`, `openai:`, `together_ai/`, `openrouter/`...). */
  | "prefix"
  /** An Amazon Bedrock model id (`anthropic.claude-...-v1:0`), its inference-profile region (`us.`) removed. */
  | "bedrock-id"
  /** A Vertex AI id with an `@version` (`claude-3-5-sonnet-v2@20241022`). */
  | "vertex-id"
  /** A trailing snapshot date or version tag removed (`-20250514`, `-2024-08-06`, `-0613`, `-latest`, `-001`), or `-latest` added. */
  | "dated-snapshot"
  /** Dots, dashes and underscores in the name treated alike (`claude-haiku-4.5` = `claude-haiku-4-5`). */
  | "dots-dashes"
  /** A reseller (Bedrock, Azure, Vertex AI) the books have no entry of its own for: the maker's entry prices it. */
  | "maker"
  | "exact";

export interface ModelRef {
  provider: string;
  id: string;
}

export type Resolution =
  | ({ kind: "found"; model: CatalogModel; origin: string; rules: MatchRule[] } & ModelRef)
  | { kind: "ambiguous"; candidates: NonEmpty<ModelRef>; rules: MatchRule[] }
  | { kind: "unknown" };

interface Entry extends ModelRef {
  model: CatalogModel;
  origin: string;
}

/** Names to entries: exact (lowercased) and with dots, dashes and underscores folded. */
interface Names {
  exact: Map<string, Entry[]>;
  folded: Map<string, Entry[]>;
}

/**
 * Providers that resell other companies' models under their own ids and prices. A spelling
 * without a provider or prefix reaches them only when no first-party provider has it.
 */
const RESELLERS = new Set(["bedrock", "azure", "vertex", "openrouter"]);

/**
 * Gateway and SDK prefixes, mapped to catalog providers. `openrouter` names no priced provider:
 * its ids carry the vendor next (`openrouter/anthropic/claude-3.5-sonnet`).
 */
const PREFIXES: ReadonlyMap<string, string | undefined> = new Map([
  ["openai", "openai"],
  ["azure", "azure"],
  ["azure_ai", "azure"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["gemini", "google"],
  ["google_genai", "google"],
  ["google-genai", "google"],
  ["models", "google"],
  ["vertex_ai", "vertex"],
  ["vertex", "vertex"],
  ["google-vertex", "vertex"],
  ["together_ai", "together"],
  ["together", "together"],
  ["togetherai", "together"],
  ["bedrock", "bedrock"],
  ["bedrock_converse", "bedrock"],
  ["amazon-bedrock", "bedrock"],
  ["mistral", "mistral"],
  ["mistralai", "mistral"],
  ["deepseek", "deepseek"],
  ["xai", "xai"],
  ["x-ai", "xai"],
  ["cohere", "cohere"],
  ["cohere_chat", "cohere"],
  ["groq", "groq"],
  ["fireworks_ai", "fireworks"],
  ["fireworks", "fireworks"],
  ["perplexity", "perplexity"],
  ["openrouter", undefined],
]);

/** Bedrock model vendors (the part before the first dot) and the provider that makes the model. */
const BEDROCK_VENDORS: ReadonlyMap<string, string | undefined> = new Map([
  ["anthropic", "anthropic"],
  ["meta", undefined],
  ["amazon", undefined],
  ["mistral", "mistral"],
  ["cohere", "cohere"],
  ["ai21", undefined],
  ["deepseek", "deepseek"],
  ["openai", "openai"],
  ["qwen", undefined],
  ["writer", undefined],
]);

/** Cross-region inference-profile prefixes Bedrock puts before a model id. */
const BEDROCK_REGION = /^(?:us|eu|apac|ap|au|ca|jp|us-gov|global)\./;
const BEDROCK_ID = /^([a-z0-9-]+)\.([a-z0-9][a-z0-9.\-_]*?)(?:-v\d+(?::\d+)?)?(?::\d+k?)?$/;
/** Snapshot suffixes: ISO or compact dates, OpenAI's MMDD, `-latest`, Gemini's `-001`. */
const SNAPSHOT = /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest|\d{3}))$/;

/** Longest spelling worth a look: anything longer is prose or data. */
const MAX_SPELLING = 300;

const fold = (name: string) => name.toLowerCase().replace(/[._]/g, "-");

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.provider === entry.provider && e.id === entry.id)) list.push(entry);
}

/**
 * Every id and alias of the books, indexed on first use per provider (a manifest names its
 * provider, so estimate indexes only those) and across all providers (a spelling without one).
 * A higher layer's entry replaces a lower one's for the same provider and name, as PriceBook's
 * lookups do.
 */
export class NameIndex {
  private readonly layers: ReadonlyArray<{ origin: string; catalog: PriceCatalog }>;
  private readonly byProvider = new Map<string, Names>();
  private everywhere: Names | undefined;

  constructor(layers: ReadonlyArray<{ origin: string; catalog: PriceCatalog }>) {
    this.layers = layers;
  }

  /** The names of one provider's models, or of every provider's when `provider` is undefined. */
  names(provider: string | undefined): Names {
    if (provider === undefined) return (this.everywhere ??= this.build(undefined));
    let names = this.byProvider.get(provider);
    if (!names) this.byProvider.set(provider, (names = this.build(provider)));
    return names;
  }

  private build(provider: string | undefined): Names {
    const winners = new Map<string, Entry>();
    for (const { origin, catalog } of this.layers) {
      for (const model of catalog.models) {
        const owner = model.provider.toLowerCase();
        if (provider !== undefined && owner !== provider) continue;
        const entry = { provider: owner, id: model.id, model, origin };
        for (const name of [model.id, ...(model.aliases ?? [])]) winners.set(`${owner}\u0000${name.toLowerCase()}`, entry);
      }
    }
    const names: Names = { exact: new Map(), folded: new Map() };
    for (const [key, entry] of winners) {
      const name = key.slice(key.indexOf("\u0000") + 1);
      push(names.exact, name, entry);
      push(names.folded, fold(name), entry);
    }
    return names;
  }
}

/** The index of some books, built lazily (PriceBook.names keeps one per book). */
export function buildNameIndex(layers: ReadonlyArray<{ origin: string; catalog: PriceCatalog }>): NameIndex {
  return new NameIndex(layers);
}

/** One way of reading the spelling: a name, the provider it implies, and the rules that led there. */
interface Form {
  name: string;
  provider: string | undefined;
  rules: MatchRule[];
}

/** Removes gateway prefixes (at most a few: `openrouter/anthropic/...`); the last named provider wins. */
function stripPrefixes(form: Form, given: string | undefined): Form[] {
  const forms = [form];
  let current = form;
  for (let i = 0; i < 3; i++) {
    const cut = current.name.search(/[/:]/);
    if (cut <= 0) break;
    const prefix = current.name.slice(0, cut).toLowerCase();
    if (!PREFIXES.has(prefix)) break;
    const implied = PREFIXES.get(prefix);
    // A manifest's provider is explicit: a prefix naming another first-party provider is part of the id.
    if (given !== undefined && implied !== undefined && implied !== given && !RESELLERS.has(given) && !RESELLERS.has(implied)) break;
    current = { name: current.name.slice(cut + 1), provider: given ?? implied ?? current.provider, rules: [...current.rules, "prefix"] };
    forms.push(current);
  }
  return forms;
}

/** Bedrock and Vertex ids read as the model they serve. */
function platformForms(form: Form): Form[] {
  const out: Form[] = [];
  const lower = form.name.toLowerCase();
  const regionless = lower.replace(BEDROCK_REGION, "");
  const [bedrock, vendor, model] = BEDROCK_ID.exec(regionless) ?? [];
  if (bedrock !== undefined && vendor !== undefined && model !== undefined && BEDROCK_VENDORS.has(vendor)) {
    // The id's form names Bedrock: its own entries first (with and without the region), then the maker's.
    const provider = form.provider ?? "bedrock";
    const rules: MatchRule[] = [...form.rules, "bedrock-id"];
    out.push({ name: lower, provider, rules });
    if (regionless !== lower) out.push({ name: regionless, provider, rules });
    const maker = provider === "bedrock" ? BEDROCK_VENDORS.get(vendor) : provider;
    if (maker !== undefined) out.push({ name: model, provider: maker, rules: [...rules, "maker"] });
  }
  const at = lower.indexOf("@");
  if (at > 0) {
    // An `@version` is Vertex AI's form; `claude-3-5-sonnet-v2@20241022` is Anthropic's `claude-3-5-sonnet-20241022`.
    const provider = form.provider ?? "vertex";
    const rules: MatchRule[] = [...form.rules, "vertex-id"];
    const base = lower.slice(0, at).replace(/-v\d+$/, "");
    out.push({ name: lower, provider, rules });
    out.push({ name: `${lower.slice(0, at)}-${lower.slice(at + 1)}`, provider, rules });
    out.push({ name: `${base}-${lower.slice(at + 1)}`, provider, rules });
    out.push({ name: base, provider, rules: [...rules, "dated-snapshot"] });
  }
  return out;
}

/**
 * The name without its snapshot suffixes (at most two: `gpt-4-0613` or `...-001-latest`), and
 * with `-latest` added (Anthropic's `claude-3-opus` is `claude-3-opus-latest`).
 */
function snapshotForms(form: Form): Form[] {
  const out: Form[] = [{ name: `${form.name}-latest`, provider: form.provider, rules: [...form.rules, "dated-snapshot"] }];
  let name = form.name;
  for (let i = 0; i < 2; i++) {
    const base = name.replace(SNAPSHOT, "");
    if (base === name || base.length < 2) break;
    name = base;
    out.push({ name, provider: form.provider, rules: [...form.rules, "dated-snapshot"] });
  }
  return out;
}

/** Entries a name reaches within a provider; with none known, among makers only unless `resellers`. */
function pick(entries: Entry[] | undefined, provider: string | undefined, resellers: boolean): Entry[] {
  if (!entries) return [];
  if (provider !== undefined) return entries.filter((e) => e.provider === provider);
  return resellers ? entries : entries.filter((e) => !RESELLERS.has(e.provider));
}

const refOf = ({ provider, id }: Entry): ModelRef => ({ provider, id });

function answer(hits: NonEmpty<Entry>, rules: MatchRule[]): Resolution {
  const [hit, ...others] = hits;
  if (others.length === 0) {
    return {
      kind: "found",
      provider: hit.provider,
      id: hit.id,
      model: hit.model,
      origin: hit.origin,
      rules: rules.length > 0 ? rules : ["exact"],
    };
  }
  return { kind: "ambiguous", candidates: [refOf(hit), ...others.map(refOf)], rules };
}

function lookup(index: NameIndex, form: Form, resellers = false): Resolution | undefined {
  const names = index.names(form.provider);
  const exact = pick(names.exact.get(form.name.toLowerCase()), form.provider, resellers);
  if (isNonEmpty(exact)) {
    const [{ model }, ...others] = exact;
    const cased = others.length === 0 && model.id !== form.name && !(model.aliases ?? []).includes(form.name);
    return answer(exact, cased && form.rules.length === 0 ? ["case"] : form.rules);
  }
  const folded = pick(names.folded.get(fold(form.name)), form.provider, resellers);
  if (isNonEmpty(folded)) return answer(folded, [...form.rules, "dots-dashes"]);
  return undefined;
}

/**
 * The catalog entry a spelling names. `provider` (a manifest's, or one the caller knows)
 * narrows the search; without it a gateway prefix or a Bedrock vendor may name one. Rules are
 * tried from the most literal reading to the loosest, and the first reading that reaches any
 * entry decides: one entry is found, several are ambiguous.
 */
export function resolveModel(index: NameIndex, spelling: string, provider?: string): Resolution {
  const name = spelling.trim();
  if (name.length === 0 || name.length > MAX_SPELLING) return { kind: "unknown" };
  const given = provider?.toLowerCase();
  const start: Form = { name, provider: given, rules: [] };
  const prefixed = stripPrefixes(start, given);
  const readings: Form[] = [];
  for (const form of [...prefixed].reverse()) {
    readings.push(form);
    const platform = platformForms(form);
    readings.push(...platform);
    for (const f of [form, ...platform]) readings.push(...snapshotForms(f));
  }
  // The literal spelling first: some ids contain a slash ("openai/gpt-oss-120b" at Together).
  readings.sort((a, b) => a.rules.length - b.rules.length);
  for (const form of readings) {
    const found = lookup(index, form);
    if (found) return found;
    // A reseller that lacks the model: the maker's entry prices it, and the rules say so.
    if (form.provider !== undefined && RESELLERS.has(form.provider)) {
      const maker = lookup(index, { ...form, provider: undefined, rules: [...form.rules, "maker"] });
      if (maker) return maker;
    }
  }
  // A name only a reseller's books know (Azure's `gpt-35-turbo`), reached without its prefix.
  for (const form of readings) {
    const found = form.provider === undefined ? lookup(index, form, true) : undefined;
    if (found) return found;
  }
  return { kind: "unknown" };
}

/** A one-line account of how a resolution went, for `catalog show` and findings. */
export function describeRules(rules: readonly MatchRule[]): string {
  const words: Record<MatchRule, string> = {
    exact: "exact id or alias",
    case: "same id, other case",
    prefix: "gateway/SDK prefix removed",
    "bedrock-id": "Amazon Bedrock model id read as the model it serves",
    "vertex-id": "Vertex AI @version read as a snapshot",
    "dated-snapshot": "snapshot date or version tag removed (or -latest added)",
    "dots-dashes": "dots and dashes treated alike",
    maker: "the reseller has no entry of its own: the maker's price",
  };
  return rules.map((r) => words[r]).join(", then ");
}
