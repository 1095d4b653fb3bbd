#!/usr/bin/env node
/**
 * Regenerates catalog/builtin.json from the stored price research, so every value in the
 * shipped catalog can be traced to a source file and a written rule.
 *
 * Run (maintainers only; not part of the build or tests):
 *
 *     node scripts/build-catalog.mjs [SOURCES_DIR]
 *
 * SOURCES_DIR defaults to /work/shared/pricing-sources and must hold the files listed in its
 * PROVENANCE.md. The TypeScript importers in src/core/prices/import are bundled in memory with
 * esbuild, so the catalog is built by the same code users run. Prints the warnings worth a
 * look and a per-provider model count; review the diff of catalog/builtin.json before
 * committing. Source-choice rules are documented in catalog/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { parse as parseYaml } from "yaml";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES_DIR = process.argv[2] ?? "/work/shared/pricing-sources";
const OUT = join(ROOT, "catalog", "builtin.json");

const CATALOG_VERSION = "2026.11.0";
/**
 * genai-prices announces price changes ahead of time; the catalog carries the prices in force
 * in the month its version names, since it is used for projections from then on.
 */
const EFFECTIVE_DATE = "2026-11-01";

/** Snapshot dates, from PROVENANCE.md. */
const DATES = { litellm: "2026-07-24", genai: "2026-08-21", modelsDev: "2026-07-02" };

const SOURCES = {
  litellm: {
    title: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, via mirror RoCry/llm-api-price@8442b939)",
    url: "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    asOf: DATES.litellm,
    license: "MIT",
  },
  "genai-prices": {
    title: "pydantic/genai-prices @47df840a (prices/new_data/v2/data.json; checked dates from prices/providers/*.yml)",
    url: "https://github.com/pydantic/genai-prices/blob/47df840a/prices/new_data/v2/data.json",
    asOf: DATES.genai,
    license: "MIT",
  },
  "models.dev": {
    title: "models.dev providers/togetherai @f3fc6922",
    url: "https://github.com/anomalyco/models.dev/tree/f3fc692299671838c7c65fd8126bf84d81a2e817/providers/togetherai",
    asOf: DATES.modelsDev,
    license: "MIT",
  },
  "together-batch-docs": {
    title: "Together AI docs: batch inference overview (stored copy) and togethercomputer/skills together-batch-inference api-reference.md",
    url: "https://docs.together.ai/docs/inference/batch/overview",
    asOf: "2026-07-13",
  },
  "together-dedicated-2026-07-16": {
    title: "Together AI dedicated endpoint hardware prices, togethercomputer/skills commits 6583dbc / 5d3afa2 (DMI v2 docs rewrite, mintlify-docs#991)",
    url: "https://github.com/togethercomputer/skills",
    asOf: "2026-07-16",
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

/** models.dev derives ids from file names; Together's API and docs spell these differently. */
const MODELS_DEV_ID_FIXES = { "deepseek-ai/DeepSeek-V3-1": "deepseek-ai/DeepSeek-V3.1" };

/** The seed article's example; no Together source confirms its price (the example manifest overrides it). */
const EXCLUDED_TOGETHER_IDS = new Set(["arcee-ai/maestro-reasoning"]);

/** Current, most used text models of the big three (ids as genai-prices spells them). */
const FLAGSHIPS = {
  openai: [
    "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-pro", "gpt-5.1", "gpt-5.1-codex-mini", "gpt-5.2", "gpt-5.2-pro",
    "gpt-5.3-codex", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-pro", "gpt-5.5", "gpt-5.5-pro",
    "gpt-5.6-luna", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o",
    "gpt-4o-mini", "o3", "o3-pro", "o3-mini", "o4-mini",
  ],
  anthropic: [
    "claude-haiku-4-5", "claude-sonnet-4-0", "claude-sonnet-4-5", "claude-sonnet-4-6", "claude-sonnet-5",
    "claude-opus-4-0", "claude-opus-4-1", "claude-opus-4-5", "claude-opus-4-6", "claude-opus-4-7",
    "claude-opus-4-8", "claude-opus-5", "claude-fable-5",
  ],
  google: [
    "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite",
    "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite",
    "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.7-flash",
  ],
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

const readJson = (name) => JSON.parse(readFileSync(join(SOURCES_DIR, name), "utf8"));
const readYaml = (name) => parseYaml(readFileSync(join(SOURCES_DIR, name), "utf8"));

/** Index a catalog's models by provider and lowercased id. */
function byId(models) {
  const map = new Map();
  for (const model of models) map.set(`${model.provider}:${lower(model.id)}`, model);
  return map;
}

/**
 * Together: one entry per model any Together-specific listing prices, prices chosen by
 * precedence genai-prices > LiteLLM > models.dev (newest snapshot first; no stored Together
 * page states token prices), batch terms from Together's own batch docs.
 */
function buildTogether(imp, feeds, observed) {
  const litellm = feeds.litellm.filter((m) => m.provider === "together");
  const modelsDev = feeds.modelsDev.map((m) => ({ ...m, id: MODELS_DEV_ID_FIXES[m.id] ?? m.id }));
  const genaiTogether = feeds.genaiTogetherYaml;
  const hf = feeds.genai.filter((m) => m.provider === "huggingface_together");
  const batch = observed.batch;
  const discounted = new Set(batch.discounted_models.map(lower));
  const unavailable = new Set(batch.not_available_for_batch.map(lower));

  // Candidate ids: Together's own API spelling from LiteLLM/models.dev, plus legacy genai-prices
  // entries only when Together's batch page still names them (the rest of that list is 2023-era).
  const ids = new Map();
  for (const model of [...litellm, ...modelsDev]) if (!ids.has(lower(model.id))) ids.set(lower(model.id), model.id);
  for (const model of genaiTogether) {
    if (discounted.has(lower(model.id)) || unavailable.has(lower(model.id))) ids.set(lower(model.id), model.id);
  }
  for (const id of [...batch.discounted_models, ...batch.not_available_for_batch]) {
    if (!ids.has(lower(id))) warnings.push(`together: ${id} is in Together's batch lists but no source prices it as a chat model; not in catalog`);
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
    // Highest precedence first; each entry is what one source says about this model.
    const said = [
      { label: "genai-prices (together)", key: "genai-prices", model: genaiById.get(key) },
      { label: "genai-prices (huggingface_together route)", key: "genai-prices", model: hfByTogetherId.get(key) },
      { label: "LiteLLM", key: "litellm", model: litellmById.get(key) },
      { label: "models.dev", key: "models.dev", model: modelsDevById.get(key) },
    ].filter((s) => s.model?.serverless);
    const chosen = said[0];
    const prices = chosen.model.serverless;
    const notes = [];
    const distinct = new Set(said.map((s) => fmt(s.model.serverless)));
    if (distinct.size > 1) {
      notes.push(
        `sources disagree (input/output per 1M): ${said.map((s) => `${s.label} ${fmt(s.model.serverless)}`).join(", ")}; ` +
          `chose ${chosen.label}, the newest source (no Together page in the stored sources states this price)`,
      );
    } else if (said.length > 1) {
      notes.push(`${fmt(prices)} agreed by ${said.map((s) => s.label).join(", ")}`);
    } else {
      notes.push(`only ${chosen.label} prices this model`);
    }
    if (chosen.label === "genai-prices (together)" && !chosen.model.note?.includes("prices checked")) {
      notes.push("that genai-prices entry has no prices_checked date (legacy list)");
    }
    if (!litellmById.has(key) && !modelsDevById.has(key) && !hfByTogetherId.has(key)) {
      notes.push("kept because Together's batch docs still name it");
    }
    if (chosen.model.note) notes.push(`${chosen.label}: ${chosen.model.note}`);
    const serverless = { input: prices.input, output: prices.output };
    // Only models.dev knows cache-hit rates; use one only where that source agrees on the base prices.
    const cacheSource = said.find((s) => s.model.serverless.cachedInput !== undefined && samePrice(s.model.serverless, prices));
    if (cacheSource) {
      serverless.cachedInput = cacheSource.model.serverless.cachedInput;
      if (cacheSource !== chosen) notes.push(`cachedInput from ${cacheSource.label}`);
    }
    const contextSource = said.find((s) => s.model.contextWindow !== undefined);
    const model = { provider: "together", id, source: chosen.key, asOf: SOURCES[chosen.key].asOf };
    if (contextSource) model.contextWindow = contextSource.model.contextWindow;
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
      model.batch = { available: true, discounted: false, ...batchSource, note: "not in Together's discounted list: batch runs at serverless rates" };
    }
    if (said.some((s) => s.model.deprecated)) {
      model.deprecated = true;
      notes.push(`deprecated per ${said.filter((s) => s.model.deprecated).map((s) => s.label).join(", ")}`);
    }
    if (notes.length > 0) model.note = notes.join("; ");
    models.push(model);
  }
  return models.sort((a, b) => lower(a.id).localeCompare(lower(b.id)));
}

/** OpenAI, Anthropic, Google: genai-prices (newest) for prices and tiers; LiteLLM for batch prices. */
function buildFlagships(imp, provider, feeds) {
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
    const notes = [];
    if (source.note) notes.push(`genai-prices: ${source.note}`);
    const model = { provider, id, source: "genai-prices", asOf: DATES.genai };
    const aliases = [...new Set([...(source.aliases ?? []), ...snapshots.map((m) => m.id)])].filter((a) => lower(a) !== lower(id));
    if (aliases.length > 0) model.aliases = aliases;
    const context = source.contextWindow ?? fromLitellm?.contextWindow;
    if (context !== undefined) model.contextWindow = context;
    if (source.contextWindow === undefined && context !== undefined) notes.push("contextWindow from LiteLLM");
    model.serverless = source.serverless;
    if (fromLitellm?.batch) {
      // LiteLLM's batch rates only fit if LiteLLM agrees on the serverless rates they discount.
      if (samePrice(fromLitellm.serverless, source.serverless)) {
        model.batch = { ...fromLitellm.batch, source: "litellm", asOf: DATES.litellm };
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
        asOf: DATES.genai,
        note: "50% of serverless, per genai-prices price_comments (no batch rate field in that source)",
      };
    }
    if (source.longContext) model.longContext = source.longContext;
    else if (fromLitellm?.longContext) notes.push(`LiteLLM lists long-context tiers; genai-prices (newer) prices the model flat`);
    if (fromLitellm && !samePrice(fromLitellm.serverless, source.serverless) && !fromLitellm.batch) {
      notes.push(`LiteLLM lists ${fmt(fromLitellm.serverless)}; chose genai-prices (newest source)`);
    }
    if (source.deprecated) model.deprecated = true;
    if (notes.length > 0) model.note = notes.join("; ");
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

const imp = await loadImporters();
const opts = (sourceFile, sourceDate) => ({ sourceFile, sourceDate });
const observed = readYaml("together_platform_pricing_observed.yaml");
const run = (name, result) => {
  for (const w of result.warnings) if (!/^skipped \d+ /.test(w)) warnings.push(`${name}: ${w}`);
  return result.catalog.models;
};
const genaiData = readJson("genai_prices_data.json");
const feeds = {
  genaiComments: new Map(
    genaiData.flatMap((p) => p.models.map((m) => [`${imp.mapProviderId(p.id)}:${lower(m.id)}`, m.price_comments])),
  ),
  litellm: run("litellm", imp.importLiteLLM(readJson("litellm_model_prices.json"), opts("litellm_model_prices.json", DATES.litellm))),
  genai: run(
    "genai-prices",
    imp.importGenaiPrices(genaiData, { ...opts("genai_prices_data.json", DATES.genai), effectiveDate: EFFECTIVE_DATE }),
  ),
  // The provider YAML is the same data as data.json plus `prices_checked` dates.
  genaiTogetherYaml: run(
    "genai-prices together.yml",
    imp.importGenaiPrices(readYaml("genai_prices_provider_together.yml"), {
      ...opts("genai_prices_provider_together.yml", DATES.genai),
      effectiveDate: EFFECTIVE_DATE,
    }),
  ),
  modelsDev: run("models.dev", imp.importModelsDev(readJson("modelsdev_togetherai.json"), opts("modelsdev_togetherai.json", DATES.modelsDev))),
};

const models = [
  ...buildTogether(imp, feeds, observed),
  ...buildFlagships(imp, "openai", feeds),
  ...buildFlagships(imp, "anthropic", feeds),
  ...buildFlagships(imp, "google", feeds),
];
const hardware = buildHardware(observed);
const asOf = [...models, ...hardware].map((e) => e.asOf).sort().at(-1);

const catalog = {
  $schema: "../schemas/price-catalog.schema.json",
  formatVersion: 1,
  version: CATALOG_VERSION,
  asOf,
  currency: "USD",
  sources: SOURCES,
  providers: {
    together: {
      name: "Together AI",
      clusterGpuMultiple: 8,
      notes: [
        "GPU cluster (on-demand or reserved) GPU-hour rates are not in any stored source: clusterHourly is absent, so a manifest using clusters must give hourly_rate (see https://www.together.ai/pricing#gpu-clusters).",
        "Clusters are sold in multiples of 8 GPUs (minimum 8).",
        "Batch: 50% discount only for the models Together lists; other models run batch at serverless rates; some models cannot run batch at all. Dedicated endpoints can run batch, at full dedicated price.",
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
        "No stored source states Anthropic Message Batches prices, so batch is absent for every model.",
        "Cache-write (5-minute and 1-hour) surcharges are not modelled; cachedInput is the cache-read rate.",
      ],
    },
    google: {
      name: "Google (Gemini API)",
      notes: ["Batch prices only where LiteLLM states them; Vertex AI prices are not included."],
    },
  },
  models,
  hardware,
};

writeFileSync(OUT, `${JSON.stringify(catalog, null, 2)}\n`);
const counts = Object.keys(catalog.providers).map((p) => `${p} ${models.filter((m) => m.provider === p).length}`);
console.log(`wrote ${OUT}: ${counts.join(", ")}, ${hardware.length} hardware, asOf ${asOf}`);
for (const w of warnings.filter((w) => /together|not in catalog|time-of-day/.test(w))) console.log(`warning: ${w}`);
