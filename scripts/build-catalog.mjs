#!/usr/bin/env node
/**
 * Rebuilds catalog/builtin.json from the source snapshots vendored in catalog/sources/ (see
 * catalog/sources/PROVENANCE.md), byte for byte: no argument, no network, no clock.
 *
 *     node scripts/build-catalog.mjs            # rewrite catalog/builtin.json
 *     node scripts/build-catalog.mjs --check    # exit 1 if catalog/builtin.json is not what the sources give
 *
 * The TypeScript importers in src/core/prices/import are bundled in memory with esbuild, so the
 * catalog is built by the same code users run. Source-choice and date rules are documented in
 * catalog/README.md; review the diff of catalog/builtin.json before committing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { parse as parseYaml } from "yaml";
import { addBreadth, BREADTH_PROVIDERS } from "./catalog-breadth.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES_DIR = join(ROOT, "catalog", "sources");
const OUT = join(ROOT, "catalog", "builtin.json");
const COVERAGE_OUT = join(ROOT, "catalog", "coverage.json");
const CHECK = process.argv.includes("--check");

/**
 * genai-prices announces price changes ahead of time; the catalog carries the prices in force
 * when it ships (December 2026), and each model's note names any later scheduled change.
 */
const EFFECTIVE_DATE = "2026-12-01";

const readText = (name) => readFileSync(join(SOURCES_DIR, name), "utf8");
const readJson = (name) => JSON.parse(readText(name));
const readYaml = (name) => parseYaml(readText(name));

const litellmData = readJson("litellm-model-prices.json");
/** When the mirror fetched LiteLLM's live file: the date LiteLLM is known to have stated its prices. */
const LITELLM_RETRIEVED = litellmData.last_updated.slice(0, 10);
/** npm publish date of @pydantic/genai-prices 0.1.8, whose bundled data is vendored. */
const GENAI_RELEASE_DATE = "2026-09-23";
/** The genai-prices repository commit whose provider YAML files carry `prices_checked`. */
const GENAI_YAML_COMMIT = "47df840a";
const GENAI_PROVIDERS = ["together", "huggingface_together", "openai", "anthropic", "google"];
/** Commit date of genai-prices' repository data.json @47df840a, vendored whole for the providers 0.1.8's subset lacks. */
const GENAI_HEAD_DATE = "2026-08-21";

const SOURCES = {
  "genai-prices": {
    title: `pydantic/genai-prices 0.1.8 data (npm, ${GENAI_RELEASE_DATE}); price dates from prices/providers/*.yml @${GENAI_YAML_COMMIT} (prices_checked, else the date the price lines were written)`,
    url: "https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8",
    asOf: GENAI_RELEASE_DATE,
    license: "MIT",
  },
  "genai-prices-47df840a": {
    title: `pydantic/genai-prices prices/new_data/v2/data.json @${GENAI_YAML_COMMIT} (${GENAI_HEAD_DATE}); used for providers the 0.1.8 subset lacks (mistral, deepseek, x-ai, cohere, groq, fireworks, perplexity, aws, azure); dated by that commit, as it carries no prices_checked`,
    url: `https://github.com/pydantic/genai-prices/blob/${GENAI_YAML_COMMIT}/prices/new_data/v2/data.json`,
    asOf: GENAI_HEAD_DATE,
    license: "MIT",
  },
  litellm: {
    title: `LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, fetched ${LITELLM_RETRIEVED} by the mirror RoCry/llm-api-price@8442b939)`,
    url: "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    asOf: LITELLM_RETRIEVED,
    license: "MIT",
  },
  "models.dev": {
    title: "models.dev providers/togetherai @f3fc6922 (price dates: each file's last commit)",
    url: "https://github.com/anomalyco/models.dev/tree/f3fc692299671838c7c65fd8126bf84d81a2e817/providers/togetherai",
    asOf: "2026-07-02",
    license: "MIT",
  },
  "together-batch-docs": {
    title: "Together AI docs: batch inference overview (stored copy) and togethercomputer/skills together-batch-inference api-reference.md",
    url: "https://docs.together.ai/docs/inference/batch/overview",
    asOf: "2026-07-13",
  },
  "together-dedicated-2026-07-16": {
    title:
      "Together AI dedicated endpoint hardware prices, togethercomputer/skills commits 6583dbc / 5d3afa2 (DMI v2 docs rewrite, mintlify-docs#991)",
    url: "https://github.com/togethercomputer/skills",
    asOf: "2026-07-16",
  },
  "anthropic-batch-docs": {
    title:
      "Anthropic docs: batch processing pricing (Message Batches bill 50% of standard prices on input, output, cache reads and cache writes)",
    url: "https://platform.claude.com/docs/en/build-with-claude/batch-processing#pricing",
    asOf: "2026-11-02",
  },
};

/**
 * HuggingFace's router names Together-served models by their Hub ids; these pairs are the same
 * Together endpoint (prices agree with at least one Together-specific source), so the HF-route
 * price counts as a genai-prices statement about the Together id.
 */
const HF_TO_TOGETHER = {
  "Qwen/Qwen3-235B-A22B-Instruct-2507": "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
  "meta-llama/Llama-3.3-70B-Instruct": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  "deepcogito/cogito-671b-v2.1": "deepcogito/cogito-v2-1-671b",
  "zai-org/GLM-4.7-FP8": "zai-org/GLM-4.7",
  "Qwen/Qwen2.5-7B-Instruct": "Qwen/Qwen2.5-7B-Instruct-Turbo",
};

/** Together spells some models two ways; genai-prices prices both spellings identically. */
const TOGETHER_ALIASES = {
  "meta-llama/Llama-3.3-70B-Instruct-Turbo": ["meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo"],
};

/** models.dev derives ids from file names; Together's API and docs spell these differently. */
const MODELS_DEV_ID_FIXES = { "deepseek-ai/DeepSeek-V3-1": "deepseek-ai/DeepSeek-V3.1" };

/** The seed article's example; no Together source confirms its price (the example manifest overrides it). */
const EXCLUDED_TOGETHER_IDS = new Set(["arcee-ai/maestro-reasoning"]);

/** Current, most used text models of the big three (ids as genai-prices spells them). */
const FLAGSHIPS = {
  openai: [
    "gpt-5",
    "gpt-5-mini",
    "gpt-5-nano",
    "gpt-5-pro",
    "gpt-5.1",
    "gpt-5.1-codex-mini",
    "gpt-5.2",
    "gpt-5.2-pro",
    "gpt-5.3-codex",
    "gpt-5.4",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
    "gpt-5.4-pro",
    "gpt-5.5",
    "gpt-5.5-pro",
    "gpt-5.6-luna",
    "gpt-5.6-sol",
    "gpt-5.6-terra",
    "gpt-6-astra",
    "gpt-6-sol",
    "gpt-6-luna",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "gpt-4o",
    "gpt-4o-mini",
    "o3",
    "o3-pro",
    "o3-mini",
    "o4-mini",
  ],
  anthropic: [
    "claude-haiku-4-5",
    "claude-sonnet-4-0",
    "claude-sonnet-4-5",
    "claude-sonnet-4-6",
    "claude-sonnet-5",
    "claude-opus-4-0",
    "claude-opus-4-1",
    "claude-opus-4-5",
    "claude-opus-4-6",
    "claude-opus-4-7",
    "claude-opus-4-8",
    "claude-opus-5",
    "claude-opus-5-5",
    "claude-fable-5",
    "claude-fable-5-1",
  ],
  google: [
    "gemini-2.0-flash",
    "gemini-2.0-flash-lite",
    "gemini-2.5-pro",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3-pro-preview",
    "gemini-3-flash-preview",
    "gemini-3.1-pro-preview",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gemini-3.5-flash-lite",
    "gemini-3.6-flash",
    "gemini-3.7-flash",
    "gemini-3.8-flash",
  ],
};

/** Display names of the providers only the breadth step fills. */
const BREADTH_NAMES = {
  vertex: "Google Vertex AI",
  mistral: "Mistral AI",
  deepseek: "DeepSeek",
  xai: "xAI",
  cohere: "Cohere",
  groq: "Groq",
  fireworks: "Fireworks AI",
  perplexity: "Perplexity",
  bedrock: "Amazon Bedrock",
  azure: "Azure OpenAI",
};

const HARDWARE = {
  h100_80gb: { id: "h100-80gb", name: "NVIDIA H100 80GB SXM", memoryGb: 80 },
  h200_141gb: { id: "h200-141gb", name: "NVIDIA H200 141GB SXM", memoryGb: 141 },
  b200_180gb: { id: "b200-180gb", name: "NVIDIA B200 180GB SXM", memoryGb: 180 },
  gb300_280gb: { id: "gb300-280gb", name: "NVIDIA GB300 280GB", memoryGb: 280 },
  b300_280gb: { id: "b300-280gb", name: "NVIDIA B300 280GB", memoryGb: 280 },
};

const warnings = [];
const lower = (id) => id.toLowerCase();
const samePrice = (a, b) => a !== undefined && b !== undefined && a.input === b.input && a.output === b.output;
const fmt = (p) => `${p.input}/${p.output}`;
const newest = (dates) => dates.filter(Boolean).sort().at(-1);
/** A date-time's calendar date as written (its own offset), never converted through this machine's zone. */
const day = (dateTime) => dateTime.slice(0, 10);

async function loadImporters() {
  const result = await build({
    stdin: {
      contents: 'export * from "./src/core/prices/import/index.js"; export { halfPrice } from "./src/core/prices/import/common.js";',
      resolveDir: ROOT,
      sourcefile: "build-catalog-entry.ts",
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/** Index a catalog's models by provider and lowercased id. */
function byId(models) {
  const map = new Map();
  for (const model of models) map.set(`${model.provider}:${lower(model.id)}`, model);
  return map;
}

/**
 * The date genai-prices is known to have stated a model's price: for a price unchanged since the
 * provider YAML, its `prices_checked` date or the date its price lines were last written (git
 * blame, vendored), whichever is newer; a price that differs from the YAML (or a model the YAML
 * lacks) was first stated by the 0.1.8 release.
 */
function genaiDater(imp) {
  const lineDates = readJson(`genai-prices-${GENAI_YAML_COMMIT}/price-lines-dates.json`);
  const yaml = new Map();
  for (const provider of GENAI_PROVIDERS) {
    const raw = readYaml(`genai-prices-${GENAI_YAML_COMMIT}/${provider}.yml`);
    const checked = new Map(raw.models.map((m) => [m.id, m.prices_checked]));
    const imported = imp.importGenaiPrices(raw, {
      sourceFile: `${provider}.yml`,
      sourceDate: GENAI_RELEASE_DATE,
      effectiveDate: EFFECTIVE_DATE,
    });
    for (const m of imported.catalog.models) {
      yaml.set(`${m.provider}:${m.id}`, { model: m, checked: checked.get(m.id), written: lineDates[provider]?.[m.id] });
    }
  }
  const priceOf = (m) => JSON.stringify([m.serverless, m.longContext ?? []]);
  return (model) => {
    const known = yaml.get(`${model.provider}:${model.id}`);
    if (!known || priceOf(known.model) !== priceOf(model)) {
      return {
        date: GENAI_RELEASE_DATE,
        how: `first stated by genai-prices 0.1.8 (${GENAI_RELEASE_DATE}); differs from or is absent in the @${GENAI_YAML_COMMIT} YAML`,
      };
    }
    const date = newest([known.checked, known.written]);
    return {
      date,
      how: known.checked
        ? `genai-prices prices_checked ${known.checked}`
        : `genai-prices price written ${known.written} (no prices_checked)`,
    };
  };
}

/**
 * Together: one entry per model any Together-specific listing prices. Each source's statement
 * carries its date; the price most sources agree on wins, ties go to the newest statement.
 */
function buildTogether(imp, feeds, observed) {
  const litellm = feeds.litellm.filter((m) => m.provider === "together");
  const modelsDev = feeds.modelsDev.map((m) => ({ ...m, id: MODELS_DEV_ID_FIXES[m.id] ?? m.id }));
  const genaiTogether = feeds.genai.filter((m) => m.provider === "together");
  const hf = feeds.genai.filter((m) => m.provider === "huggingface_together");
  const batch = observed.batch;
  const discounted = new Set(batch.discounted_models.map(lower));
  const unavailable = new Set(batch.not_available_for_batch.map(lower));
  const aliasOf = new Map(Object.entries(TOGETHER_ALIASES).flatMap(([id, aliases]) => aliases.map((a) => [lower(a), id])));

  // Candidate ids: Together's own API spelling from LiteLLM/models.dev, genai-prices entries with a
  // prices_checked date, and legacy genai-prices entries Together's batch page still names (the
  // rest of that list is 2023-era).
  const ids = new Map();
  for (const model of [...litellm, ...modelsDev]) if (!ids.has(lower(model.id))) ids.set(lower(model.id), model.id);
  for (const model of genaiTogether) {
    const key = lower(model.id);
    if (aliasOf.has(key)) continue;
    if (feeds.genaiChecked.has(model.id) || discounted.has(key) || unavailable.has(key)) ids.set(key, model.id);
  }
  for (const id of [...batch.discounted_models, ...batch.not_available_for_batch]) {
    if (!ids.has(lower(id)))
      warnings.push(`together: ${id} is in Together's batch lists but no source prices it as a chat model; not in catalog`);
  }

  // Models only HuggingFace's router prices for Together (Qwen3-VL-8B, say) are Together-served Hub ids.
  for (const model of hf) {
    const spellings = [model.id, ...(model.aliases ?? []), HF_TO_TOGETHER[model.id]].filter(Boolean).map(lower);
    if (!spellings.some((s) => ids.has(s))) ids.set(lower(model.id), model.id);
  }
  const hfByTogetherId = new Map();
  for (const model of hf) {
    const spellings = [model.id, ...(model.aliases ?? []), HF_TO_TOGETHER[model.id]].filter(Boolean).map(lower);
    for (const spelling of spellings) if (ids.has(spelling)) hfByTogetherId.set(spelling, model);
  }
  const genaiById = new Map(genaiTogether.map((m) => [lower(m.id), m]));
  const litellmById = new Map(litellm.map((m) => [lower(m.id), m]));
  const modelsDevById = new Map(modelsDev.map((m) => [lower(m.id), m]));

  const models = [];
  for (const [key, id] of ids) {
    if (EXCLUDED_TOGETHER_IDS.has(id)) continue;
    const genai = genaiById.get(key);
    const hfModel = hfByTogetherId.get(key);
    const fromLitellm = litellmById.get(key);
    const fromModelsDev = modelsDevById.get(key);
    // Precedence order (for ties): genai-prices' own Together list, its HuggingFace route, LiteLLM, models.dev.
    const said = [
      genai && { label: "genai-prices (together)", key: "genai-prices", model: genai, ...feeds.genaiDate(genai) },
      hfModel && { label: "genai-prices (huggingface_together route)", key: "genai-prices", model: hfModel, ...feeds.genaiDate(hfModel) },
      fromLitellm && {
        label: "LiteLLM",
        key: "litellm",
        model: fromLitellm,
        date: LITELLM_RETRIEVED,
        how: `LiteLLM fetched ${LITELLM_RETRIEVED}`,
      },
      fromModelsDev && {
        label: "models.dev",
        key: "models.dev",
        model: fromModelsDev,
        date: day(fromModelsDev.fileLastCommit),
        how: `models.dev file written ${day(fromModelsDev.fileLastCommit)}`,
      },
    ].filter((s) => s && s.model.serverless);
    const agreeing = (s) => said.filter((o) => samePrice(o.model.serverless, s.model.serverless));
    const ranked = [...said].sort((a, b) => agreeing(b).length - agreeing(a).length || (b.date > a.date ? 1 : b.date < a.date ? -1 : 0));
    const chosen = ranked[0];
    const agree = agreeing(chosen);
    const prices = chosen.model.serverless;
    const asOf = newest(agree.map((s) => s.date));
    const notes = [];
    const distinct = new Set(said.map((s) => fmt(s.model.serverless)));
    const dated = (s) => `${s.label} ${fmt(s.model.serverless)} (${s.date})`;
    if (distinct.size > 1) {
      const why = agree.length > 1 ? `the price ${agree.length} sources agree on` : "the newest statement";
      notes.push(`sources disagree (input/output per 1M): ${said.map(dated).join(", ")}; chose ${chosen.label}, ${why}`);
    } else if (said.length > 1) {
      notes.push(`${fmt(prices)} agreed by ${said.map((s) => `${s.label} (${s.date})`).join(", ")}`);
    } else {
      notes.push(`only ${chosen.label} prices this model (${chosen.how})`);
    }
    if (!fromLitellm && !fromModelsDev && !hfModel) {
      notes.push(
        feeds.genaiChecked.has(genai.id)
          ? `genai-prices prices it with prices_checked ${feeds.genaiChecked.get(genai.id)}`
          : "kept because Together's batch docs still name it",
      );
    }
    if (chosen.model.note) notes.push(`${chosen.label}: ${chosen.model.note}`);
    const serverless = { input: prices.input, output: prices.output };
    // Cached-input rates only from a source that agrees on the base prices.
    const cacheSource = said.find((s) => s.model.serverless.cachedInput !== undefined && samePrice(s.model.serverless, prices));
    if (cacheSource) {
      serverless.cachedInput = cacheSource.model.serverless.cachedInput;
      if (cacheSource !== chosen) notes.push(`cachedInput from ${cacheSource.label}`);
    }
    // Context: genai-prices' HF route and models.dev read Together's API context_length; LiteLLM rounds it.
    const contextSource = [hfModel, genai, fromModelsDev, fromLitellm].find((m) => m?.contextWindow !== undefined);
    const model = { provider: "together", id, source: chosen.key, asOf };
    const aliases = TOGETHER_ALIASES[id];
    if (aliases) model.aliases = aliases;
    if (contextSource) model.contextWindow = contextSource.contextWindow;
    if (fromModelsDev?.maxOutputTokens !== undefined && fromModelsDev.maxOutputTokens < (model.contextWindow ?? Infinity)) {
      model.maxOutputTokens = fromModelsDev.maxOutputTokens;
    }
    model.serverless = serverless;
    const batchSource = { source: "together-batch-docs", asOf: SOURCES["together-batch-docs"].asOf };
    if (discounted.has(key)) {
      model.batch = {
        available: true,
        discounted: true,
        input: imp.halfPrice(prices.input),
        output: imp.halfPrice(prices.output),
        ...batchSource,
        note: "50% of the serverless price; Together lists this model for the batch discount",
      };
    } else if (unavailable.has(key)) {
      model.batch = { available: false, ...batchSource };
    } else {
      model.batch = {
        available: true,
        discounted: false,
        ...batchSource,
        note: "not in Together's discounted list: batch runs at serverless rates",
      };
    }
    if (said.some((s) => s.model.deprecated)) {
      model.deprecated = true;
      notes.push(
        `deprecated per ${said
          .filter((s) => s.model.deprecated)
          .map((s) => s.label)
          .join(", ")}`,
      );
    }
    if (notes.length > 0) model.note = notes.join("; ");
    models.push(model);
  }
  return models.sort((a, b) => lower(a.id).localeCompare(lower(b.id)));
}

/** Message Batches bill every token kind at half price (catalog/sources/anthropic-batch.yaml). */
function messageBatches(s, anthropicBatch) {
  const half = (p) => (p === undefined ? undefined : imp.halfPrice(p));
  return {
    available: true,
    discounted: true,
    input: half(s.input),
    output: half(s.output),
    ...(s.cachedInput !== undefined ? { cachedInput: half(s.cachedInput) } : {}),
    ...(s.cacheWrite !== undefined ? { cacheWrite: half(s.cacheWrite) } : {}),
    source: "anthropic-batch-docs",
    asOf: anthropicBatch.as_of,
    note: "Message Batches: 50% of the standard price on input, output, cache reads and cache writes",
  };
}

/** OpenAI, Anthropic, Google: genai-prices (newest) for prices and tiers; LiteLLM for limits and batch prices. */
function buildFlagships(imp, provider, feeds, anthropicBatch) {
  const genai = byId(feeds.genai);
  const litellm = feeds.litellm.filter((m) => m.provider === provider);
  const litellmById = new Map(litellm.map((m) => [lower(m.id), m]));
  const models = [];
  for (const id of FLAGSHIPS[provider]) {
    const source = genai.get(`${provider}:${lower(id)}`);
    if (!source?.serverless) {
      warnings.push(`${provider}: ${id} not priced in genai-prices; not in catalog`);
      continue;
    }
    // Anthropic's "-0" ids alias dated snapshots (claude-sonnet-4-0 = claude-sonnet-4-20250514).
    const stem = provider === "anthropic" && id.endsWith("-0") ? id.slice(0, -2) : id;
    const snapshot = new RegExp(`^${stem.replace(/[.]/g, "\\.")}-\\d{4}-?\\d{2}-?\\d{2}$`, "i");
    const snapshots = litellm.filter((m) => snapshot.test(m.id) && samePrice(m.serverless, source.serverless));
    const fromLitellm = litellmById.get(lower(id)) ?? snapshots[0];
    const litellmAgrees = samePrice(fromLitellm?.serverless, source.serverless);
    const stated = feeds.genaiDate(source);
    const notes = [`price dates: ${stated.how}${litellmAgrees ? `; LiteLLM states the same ${LITELLM_RETRIEVED}` : ""}`];
    if (source.note) notes.push(`genai-prices: ${source.note}`);
    const model = { provider, id, source: "genai-prices", asOf: newest([stated.date, litellmAgrees ? LITELLM_RETRIEVED : undefined]) };
    const aliases = [...new Set([...(source.aliases ?? []), ...snapshots.map((m) => m.id)])].filter((a) => lower(a) !== lower(id));
    if (aliases.length > 0) model.aliases = aliases;
    const context = source.contextWindow ?? fromLitellm?.contextWindow;
    if (context !== undefined) model.contextWindow = context;
    if (source.contextWindow === undefined && context !== undefined) notes.push("contextWindow from LiteLLM");
    // LiteLLM's max_input_tokens is a separate limit only where it is below the context window (gpt-5: 272K of 400K).
    if (fromLitellm?.maxInputTokens !== undefined && fromLitellm.maxInputTokens < (context ?? Infinity))
      model.maxInputTokens = fromLitellm.maxInputTokens;
    if (fromLitellm?.maxOutputTokens !== undefined) model.maxOutputTokens = fromLitellm.maxOutputTokens;
    if (model.maxInputTokens !== undefined || model.maxOutputTokens !== undefined)
      notes.push(`input/output limits from LiteLLM (${fromLitellm.id})`);
    model.serverless = source.serverless;
    if (provider === "anthropic") {
      model.batch = messageBatches(source.serverless, anthropicBatch);
    } else if (fromLitellm?.batch) {
      // LiteLLM's batch rates only fit if LiteLLM agrees on the serverless rates they discount.
      if (litellmAgrees) {
        model.batch = { ...fromLitellm.batch, source: "litellm", asOf: LITELLM_RETRIEVED };
      } else {
        notes.push(
          `LiteLLM lists ${fmt(fromLitellm.serverless)} serverless and ${fmt(fromLitellm.batch)} batch; genai-prices (newer) ` +
            `says ${fmt(source.serverless)}, so LiteLLM's batch rates are not used`,
        );
      }
    }
    // genai-prices states some batch discounts only in prose (e.g. "Batch and Flex tiers offer 50% discount").
    const comment = feeds.genaiComments.get(`${provider}:${lower(id)}`) ?? "";
    if (!model.batch && /batch[^.]*\b50% discount/i.test(comment)) {
      model.batch = {
        available: true,
        discounted: true,
        input: imp.halfPrice(source.serverless.input),
        output: imp.halfPrice(source.serverless.output),
        source: "genai-prices",
        asOf: stated.date,
        note: "50% of serverless, per genai-prices price_comments (no batch rate field in that source)",
      };
    }
    // A tier that starts at or above the input limit can never bill a request (claude-sonnet-4-5 kept
    // its >200K tier in genai-prices after its 1M beta was retired); listing it would mislead.
    const inputLimit = model.maxInputTokens ?? model.contextWindow ?? Infinity;
    const reachable = (source.longContext ?? []).filter((tier) => tier.aboveInputTokens < inputLimit);
    if (reachable.length) model.longContext = reachable;
    if (source.longContext && reachable.length < source.longContext.length) {
      notes.push(
        `long-context tiers above its ${inputLimit.toLocaleString("en-US")}-token input limit left out (no request can reach them)`,
      );
    }
    if (!source.longContext && fromLitellm?.longContext)
      notes.push(`LiteLLM lists long-context tiers; genai-prices (newer) prices the model flat`);
    if (fromLitellm && !litellmAgrees && !fromLitellm.batch) {
      notes.push(`LiteLLM lists ${fmt(fromLitellm.serverless)}; chose genai-prices (newest source)`);
    }
    if (source.deprecated) model.deprecated = true;
    model.note = notes.join("; ");
    models.push(model);
  }
  return models;
}

function buildHardware(observed) {
  const entries = observed.dedicated_endpoints.single_gpu_usd_per_hour;
  const latest = entries.find((e) => e.status === "latest-dated");
  const earlier = entries.filter((e) => e !== latest);
  return Object.entries(HARDWARE)
    .filter(([key]) => latest[key] !== undefined)
    .map(([key, hw]) => {
      const history = earlier
        .filter((e) => e[key] !== undefined)
        .map((e) => `${e[key].toFixed(2)} (${e.as_of === "unknown" ? "undated docs page" : e.as_of})`);
      return {
        provider: "together",
        ...hw,
        dedicatedHourly: latest[key],
        source: "together-dedicated-2026-07-16",
        asOf: SOURCES["together-dedicated-2026-07-16"].asOf,
        note:
          `latest dated price; dedicated endpoints bill per minute per running replica` +
          (history.length > 0 ? `; earlier stored values ${history.join(", ")}` : ""),
      };
    });
}

/** Drops entries with prices no model has (a unit error in the source), recording each for the coverage ledger. */
function plausible(list, sourceKey, skipped) {
  return list.filter((m) => {
    const problems = imp.implausibleFields(m);
    if (problems.length > 0)
      ((skipped[m.provider] ??= {})[sourceKey] ??= []).push([
        m.id,
        `price ${problems.join(", ")} per 1M is above $${imp.MAX_PLAUSIBLE_PER_MILLION}: a unit error in the source`,
      ]);
    return problems.length === 0;
  });
}

/** genai-prices' `google` list also prices other makers' models that only Vertex AI serves (Claude, Llama): those are Vertex's. */
function onVertex(model) {
  return model.provider === "google" && !/^(gemini|gemma|learnlm)/i.test(model.id) ? { ...model, provider: "vertex" } : model;
}

/** Every other priced text model of the breadth providers (scripts/catalog-breadth.mjs); returns the coverage ledger. */
function buildBreadth(models) {
  const headData = readJson(`genai-prices-${GENAI_YAML_COMMIT}-data.json`);
  const inRelease = new Set(genaiData.map((p) => imp.mapProviderId(p.id)));
  const head = run(
    "genai-prices @47df840a",
    imp.importGenaiPrices(headData, {
      ...opts(`genai-prices-${GENAI_YAML_COMMIT}-data.json`, GENAI_HEAD_DATE),
      effectiveDate: EFFECTIVE_DATE,
    }),
  ).filter((m) => !inRelease.has(m.provider));
  // The 0.1.8 release's match expressions win over the older repository data's for the same model.
  const rawMatch = new Map(
    [...headData.filter((p) => !inRelease.has(imp.mapProviderId(p.id))), ...genaiData].flatMap((p) =>
      p.models.map((m) => [`${imp.mapProviderId(p.id)}:${lower(m.id)}`, m.match]),
    ),
  );
  const skipped = {};
  const wanted = (m) => BREADTH_PROVIDERS.includes(m.provider);
  const genai = plausible([...feeds.genai.map(onVertex), ...head].filter(wanted), "genai-prices", skipped);
  const litellm = plausible(feeds.litellm.filter(wanted), "litellm", skipped);
  const stamp = {
    litellm: { source: "litellm", asOf: LITELLM_RETRIEVED },
    genai: (g) => {
      if (!inRelease.has(g.provider)) {
        // data.json carries no prices_checked: LiteLLM's live file dates a price it states too; else the commit is all there is.
        const same = litellm.find(
          (l) =>
            l.provider === g.provider &&
            [g.id, ...(g.aliases ?? [])].some((n) => lower(n) === lower(l.id)) &&
            samePrice(l.serverless, g.serverless),
        );
        const how = same
          ? `genai-prices data.json @${GENAI_YAML_COMMIT} and LiteLLM (fetched ${LITELLM_RETRIEVED}, ${same.id}) agree; dated by LiteLLM, as data.json has no prices_checked`
          : `only genai-prices data.json @${GENAI_YAML_COMMIT} states this price; it has no prices_checked, so the commit date (${GENAI_HEAD_DATE}) is an upper bound on when it was checked`;
        return {
          source: "genai-prices-47df840a",
          asOf: same ? LITELLM_RETRIEVED : GENAI_HEAD_DATE,
          note: [how, g.note].filter(Boolean).join("; "),
        };
      }
      const stated = feeds.genaiDate(g);
      return { source: "genai-prices", asOf: stated.date, note: [`price dates: ${stated.how}`, g.note].filter(Boolean).join("; ") };
    },
  };
  const providers = {};
  const curated = new Set(models);
  const ledger = addBreadth(models, { genai, litellm }, rawMatch, stamp, skipped);
  // Rule 8 for the older Claude models too; Claude 2 and Instant predate Message Batches.
  for (const m of models) {
    if (!curated.has(m) && m.provider === "anthropic" && !/^claude-(2|instant|v1)/.test(m.id))
      m.batch = messageBatches(m.serverless, anthropicBatch);
  }
  for (const provider of BREADTH_PROVIDERS)
    providers[provider] = Object.fromEntries(Object.entries(ledger[provider] ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  return {
    sources: Object.fromEntries(
      ["genai-prices", "genai-prices-47df840a", "litellm", "models.dev"].map((key) => [
        key,
        { title: SOURCES[key].title, asOf: SOURCES[key].asOf },
      ]),
    ),
    providers: { together: togetherLedger(models), ...providers },
  };
}

/** Together's coverage: what each source prices, and why buildTogether leaves some out (catalog/README.md rule 10). */
function togetherLedger(models) {
  const togetherIds = new Set(models.filter((m) => m.provider === "together").map((m) => lower(m.id)));
  const why = (id) => {
    if (togetherIds.has(lower(id))) return undefined;
    if (EXCLUDED_TOGETHER_IDS.has(id)) return "no Together-specific source confirms its price (rule 10)";
    if (HF_TO_TOGETHER[id])
      return `HuggingFace router's Hub id for Together's ${HF_TO_TOGETHER[id]}, which is priced under that id (rule 2)`;
    return "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)";
  };
  const entry = (list) => {
    const ids = list.map((m) => m.id);
    return { models: ids, explained: Object.fromEntries(ids.flatMap((id) => (why(id) ? [[id, why(id)]] : []))) };
  };
  return {
    "genai-prices": entry(feeds.genai.filter((m) => m.provider === "together" || m.provider === "huggingface_together")),
    litellm: entry(feeds.litellm.filter((m) => m.provider === "together")),
    "models.dev": entry(feeds.modelsDev),
  };
}

const imp = await loadImporters();
const observed = readYaml("together-platform-observed.yaml");
const anthropicBatch = readYaml("anthropic-batch.yaml").batch;
const run = (name, result) => {
  for (const w of result.warnings) if (!/^skipped \d+ /.test(w)) warnings.push(`${name}: ${w}`);
  return result.catalog.models;
};
const genaiData = readJson("genai-prices-0.1.8-data.json");
const modelsDevData = readJson("modelsdev-togetherai.json");
const opts = (sourceFile, sourceDate) => ({ sourceFile, sourceDate });
const feeds = {
  genaiComments: new Map(genaiData.flatMap((p) => p.models.map((m) => [`${imp.mapProviderId(p.id)}:${lower(m.id)}`, m.price_comments]))),
  genaiChecked: new Map(
    readYaml(`genai-prices-${GENAI_YAML_COMMIT}/together.yml`)
      .models.filter((m) => m.prices_checked)
      .map((m) => [m.id, m.prices_checked]),
  ),
  genaiDate: genaiDater(imp),
  litellm: run("litellm", imp.importLiteLLM(litellmData, opts("litellm-model-prices.json", LITELLM_RETRIEVED))),
  genai: run(
    "genai-prices",
    imp.importGenaiPrices(genaiData, { ...opts("genai-prices-0.1.8-data.json", GENAI_RELEASE_DATE), effectiveDate: EFFECTIVE_DATE }),
  ),
  modelsDev: run("models.dev", imp.importModelsDev(modelsDevData, opts("modelsdev-togetherai.json", SOURCES["models.dev"].asOf))).map(
    (m) => ({ ...m, fileLastCommit: modelsDevData.models[m.id]._file_last_commit }),
  ),
};

const models = [
  ...buildTogether(imp, feeds, observed),
  ...buildFlagships(imp, "openai", feeds, anthropicBatch),
  ...buildFlagships(imp, "anthropic", feeds, anthropicBatch),
  ...buildFlagships(imp, "google", feeds, anthropicBatch),
];
const coverage = buildBreadth(models);
const hardware = buildHardware(observed);
const asOf = newest([...models, ...hardware].map((e) => e.asOf));
const limits = observed.batch.limits;

const catalog = {
  $schema: "../schemas/price-catalog.schema.json",
  formatVersion: 1,
  // The version names the date of the newest price in the file, so it says how old the data is.
  version: asOf.replaceAll("-", "."),
  asOf,
  currency: "USD",
  sources: SOURCES,
  providers: {
    together: {
      name: "Together AI",
      clusterGpuMultiple: 8,
      batch: {
        enqueuedTokensPerModel: limits.max_enqueued_tokens_per_model,
        completionHours: Number.parseInt(limits.completion_window, 10),
        source: "together-batch-docs",
        asOf: SOURCES["together-batch-docs"].asOf,
      },
      notes: [
        "GPU cluster (on-demand or reserved) GPU-hour rates are not in any stored source: clusterHourly is absent, so a manifest using clusters must give hourly_rate (see https://www.together.ai/pricing#gpu-clusters).",
        "Clusters are sold in multiples of 8 GPUs (minimum 8).",
        "Batch: 50% discount only for the models Together lists; other models run batch at serverless rates; some models cannot run batch at all. Dedicated endpoints can run batch, at full dedicated price.",
        "Batch limits: up to 30B tokens enqueued per model at any time; 24-hour best-effort completion window.",
        "Together's 2026-07-13 skills reference lists only meta-llama/Llama-3.3-70B-Instruct-Turbo under 'Models with 50% Discount'; the batch docs page lists more. The catalog follows the docs page.",
        "Dedicated endpoints bill per minute per running replica by hardware; multi-GPU replicas scale linearly with GPU count.",
        "Fine-tuning and provisioned-throughput prices are not in any stored source.",
      ],
    },
    openai: {
      name: "OpenAI",
      notes: ["Batch prices only where LiteLLM states them; other models' batch terms are unknown (absent)."],
    },
    anthropic: {
      name: "Anthropic",
      notes: [
        "Message Batches: 50% of the standard price on input, output, cache reads and cache writes (anthropic-batch-docs).",
        "cacheWrite is the 5-minute cache write (1.25x input); the 1-hour cache write (2x input) is not modelled. cachedInput is the cache-read rate.",
      ],
    },
    ...Object.fromEntries(
      Object.entries(BREADTH_NAMES).map(([id, name]) => [
        id,
        {
          name,
          notes: [
            "Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why.",
          ],
        },
      ]),
    ),
    google: {
      name: "Google (Gemini API)",
      notes: [
        "Batch prices only where LiteLLM states them or genai-prices states a 50% batch discount; Vertex AI prices are not included.",
      ],
    },
  },
  models,
  hardware,
};

const text = `${JSON.stringify(catalog, null, 2)}\n`;
const coverageText = `${JSON.stringify(coverage, null, 1)}\n`;
const counts = Object.keys(catalog.providers).map((p) => `${p} ${models.filter((m) => m.provider === p).length}`);
if (CHECK) {
  const current = readFileSync(OUT, "utf8");
  if (current !== text || readFileSync(COVERAGE_OUT, "utf8") !== coverageText) {
    console.error("catalog/builtin.json differs from what catalog/sources gives; run node scripts/build-catalog.mjs");
    process.exit(1);
  }
  console.log(`catalog/builtin.json is up to date: ${counts.join(", ")}, ${hardware.length} hardware, asOf ${asOf}`);
} else {
  writeFileSync(OUT, text);
  writeFileSync(COVERAGE_OUT, coverageText);
  console.log(`wrote catalog/builtin.json: ${counts.join(", ")}, ${hardware.length} hardware, asOf ${asOf}`);
  for (const w of warnings.filter((w) => /together|not in catalog|time-of-day/.test(w))) console.log(`warning: ${w}`);
}
