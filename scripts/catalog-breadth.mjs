/**
 * Breadth for scripts/build-catalog.mjs: every token-priced text model of the listed providers
 * that genai-prices or LiteLLM prices, beyond the curated entries, plus the coverage ledger
 * (catalog/coverage.json) that says, per provider and source, which models a source prices and
 * why any of them is left out. Rules are in catalog/README.md ("Breadth").
 */

/** Providers filled from the community sources, beyond Together's and the flagships' curated entries. */
export const BREADTH_PROVIDERS = [
  "openai",
  "anthropic",
  "google",
  "vertex",
  "mistral",
  "deepseek",
  "xai",
  "cohere",
  "groq",
  "fireworks",
  "perplexity",
  "bedrock",
  "azure",
];

/** Model names that are no text chat or completion model: embeddings, speech, images, video, moderation. */
const NOT_TEXT =
  /embed|(^|[-/.])tts|transcri|realtime|audio|image|imagen|moderation|whisper|dall-e|(^|-)live(-|$)|ocr|rerank|(^|\/)veo|sora|speech|computer-use/i;
/** genai-prices' fine-tune price patterns (`ft:gpt-4o`, `gpt-4o-mini-2024-07-18.ft-`) price a family of private ids, not a model. */
const FINE_TUNE = /^ft:|\.ft-/i;
/** Perplexity's Agent API passes other makers' models through (`openai/gpt-5.2`) and sells presets; neither is a Perplexity model. */
const PASS_THROUGH = /^(openai|anthropic|google|xai|perplexity|preset)\//i;

const RESELLERS = new Set(["vertex", "bedrock", "azure"]);
const lower = (id) => id.toLowerCase();
const samePrice = (a, b) => a !== undefined && b !== undefined && a.input === b.input && a.output === b.output;

/** genai-prices' `match` expression, as its own matcher applies it (to the lowercased name). */
export function genaiMatches(clause, id) {
  if (clause === null || typeof clause !== "object") return false;
  if (typeof clause.equals === "string") return id === lower(clause.equals);
  if (typeof clause.starts_with === "string") return id.startsWith(lower(clause.starts_with));
  if (typeof clause.ends_with === "string") return id.endsWith(lower(clause.ends_with));
  if (typeof clause.contains === "string") return id.includes(lower(clause.contains));
  if (Array.isArray(clause.or)) return clause.or.some((c) => genaiMatches(c, id));
  if (Array.isArray(clause.and)) return clause.and.every((c) => genaiMatches(c, id));
  return false;
}

/** Why a source's model is not an entry, or undefined when it should be one. */
function exclusion(provider, id) {
  if (FINE_TUNE.test(id)) return "fine-tune price pattern (prices private fine-tuned ids), not a model id";
  if (NOT_TEXT.test(id)) return "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)";
  if (provider === "perplexity" && PASS_THROUGH.test(id))
    return "Perplexity Agent API pass-through of another maker's model or a preset; priced under its maker";
  return undefined;
}

/**
 * Adds breadth entries to `models` (the curated ones stay as they are) and returns the coverage
 * ledger. `feeds.genai` / `feeds.litellm` are importer outputs over every provider; `rawMatch`
 * maps "provider:id" to genai-prices' match expression; `stamp` gives an entry's source key,
 * as-of date and note; `skipped` lists, per provider and source, models screened out with why.
 */
export function addBreadth(models, feeds, rawMatch, stamp, skipped) {
  const byName = new Map();
  const index = (model) => {
    for (const name of [model.id, ...(model.aliases ?? [])]) byName.set(`${model.provider}:${lower(name)}`, model);
  };
  models.forEach(index);
  const ledger = {};
  const note = (provider, source, id, reason) => {
    const entry = ((ledger[provider] ??= {})[source] ??= { models: [], explained: {} });
    entry.models.push(id);
    if (reason) entry.explained[id] = reason;
  };
  const addGenai = (provider, genai) => {
    for (const g of genai) {
      const reason = exclusion(provider, g.id);
      note(provider, "genai-prices", g.id, reason);
      if (reason || byName.has(`${provider}:${lower(g.id)}`)) continue;
      const model = { ...g, ...stamp.genai(g) };
      // An alias another entry already answers to stays with it: one name, one entry.
      const aliases = (g.aliases ?? []).filter((a) => !byName.has(`${provider}:${lower(a)}`));
      if (aliases.length > 0) model.aliases = aliases;
      else delete model.aliases;
      models.push(model);
      index(model);
    }
  };
  const addLitellm = (provider, litellm, genai) => {
    const genaiEntries = genai.filter((g) => byName.get(`${provider}:${lower(g.id)}`));
    for (const l of litellm) {
      const reason = exclusion(provider, l.id);
      note(provider, "litellm", l.id, reason);
      if (reason) continue;
      const own = byName.get(`${provider}:${lower(l.id)}`);
      if (own) {
        if (l.retires && lower(own.id) === lower(l.id) && !own.retires) own.retires = l.retires;
        continue;
      }
      // genai-prices' own matcher says which of its entries a snapshot id belongs to; same price: an alias.
      const family = genaiEntries.find((g) => genaiMatches(rawMatch.get(`${provider}:${lower(g.id)}`), lower(l.id)));
      const owner = family && byName.get(`${provider}:${lower(family.id)}`);
      // A snapshot with its own retirement date stays its own entry, so the date reaches workloads that name it.
      if (owner && samePrice(owner.serverless, l.serverless) && !l.retires) {
        owner.aliases = [...(owner.aliases ?? []), l.id];
        index(owner);
        continue;
      }
      const model = { ...l, ...stamp.litellm };
      if (owner)
        model.note = `LiteLLM prices this snapshot ${l.serverless.input}/${l.serverless.output}; genai-prices' ${owner.id} says ${owner.serverless.input}/${owner.serverless.output}`;
      models.push(model);
      index(model);
    }
  };
  for (const provider of BREADTH_PROVIDERS) {
    const genai = feeds.genai.filter((m) => m.provider === provider);
    const litellm = feeds.litellm.filter((m) => m.provider === provider);
    // Resellers: LiteLLM spells their models by the platform's own ids (genai-prices has `regional.` names of its own).
    if (RESELLERS.has(provider)) {
      addLitellm(provider, litellm, []);
      addGenai(provider, genai);
    } else {
      addGenai(provider, genai);
      addLitellm(provider, litellm, genai);
    }
    for (const [source, ids] of Object.entries(skipped[provider] ?? {})) for (const [id, reason] of ids) note(provider, source, id, reason);
  }
  return ledger;
}
