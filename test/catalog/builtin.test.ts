import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { PriceCatalog } from "../../src/core/prices/catalog-types.js";

const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const catalog = JSON.parse(read("../../catalog/builtin.json")) as PriceCatalog;
const schema = JSON.parse(read("../../schemas/price-catalog.schema.json")) as object;
const observed = parse(read("../../catalog/sources/together-platform-observed.yaml")) as {
  batch: { discounted_models: string[]; not_available_for_batch: string[] };
};

const together = catalog.models.filter((m) => m.provider === "together");
const byId = (id: string) => together.find((m) => m.id.toLowerCase() === id.toLowerCase());

describe("catalog/builtin.json", () => {
  it("validates against the catalog schema", () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    const valid = validate(catalog);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is format 1, versioned and dated by its newest price", () => {
    expect(catalog.formatVersion).toBe(1);
    const dates = [...catalog.models, ...catalog.hardware].map((e) => e.asOf).sort();
    expect(catalog.asOf).toBe(dates.at(-1));
    expect(catalog.asOf).toBe("2026-09-23");
    expect(catalog.version).toBe("2026.09.23");
  });

  it("rebuilds byte for byte from catalog/sources with no argument", () => {
    const script = fileURLToPath(new URL("../../scripts/build-catalog.mjs", import.meta.url));
    const run = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^catalog\/builtin.json is up to date: together 54, openai 67, anthropic 25, vertex 118, mistral 54, deepseek 10, xai 23, cohere 7, groq 29, fireworks 258, perplexity 24, bedrock 372, azure 161, google 41, 5 hardware, asOf 2026-09-23/,
    );
  }, 60_000);

  it("dates prices by when a source last stated them, never by a snapshot commit", () => {
    // genai-prices checked these on 2025-07-03 and no newer source states them.
    for (const id of [
      "meta-llama/Meta-Llama-3-70B-Instruct-Lite",
      "meta-llama/Meta-Llama-3-70B-Instruct-Turbo",
      "meta-llama/Meta-Llama-3-8B-Instruct-Turbo",
    ]) {
      expect(byId(id)?.asOf, id).toBe("2025-07-03");
      expect(byId(id)?.source).toBe("genai-prices");
    }
    expect(byId("meta-llama/Meta-Llama-3-70B-Instruct-Lite")?.serverless).toEqual({ input: 0.54, output: 0.54 });
    // Checked 2025-07-03 by genai-prices, stated again by LiteLLM's live file fetched 2026-07-24.
    expect(byId("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")?.asOf).toBe("2026-07-24");
    // The genai-prices YAML commit (2026-08-21) is nobody's statement date, except where its data.json is the only
    // statement of a price (providers the 0.1.8 subset lacks), and then the note says it is an upper bound.
    for (const m of catalog.models.filter((m) => m.asOf === "2026-08-21")) {
      expect(m.source, `${m.provider}/${m.id}`).toBe("genai-prices-47df840a");
      expect(m.note).toMatch(/^only genai-prices data\.json @47df840a states this price; .* an upper bound on when it was checked/);
    }
    // Where LiteLLM's live file states the same price, it dates it.
    expect(catalog.models.find((m) => m.provider === "deepseek" && m.id === "deepseek-chat")).toMatchObject({
      source: "genai-prices-47df840a",
    });
    const find = (provider: string, id: string) => catalog.models.find((m) => m.provider === provider && m.id === id);
    expect(find("anthropic", "claude-opus-4-6")?.asOf).toBe("2026-07-30");
    // Changed after the YAML snapshot: first stated by genai-prices 0.1.8 (2026-09-23).
    expect(find("anthropic", "claude-sonnet-5")).toMatchObject({ asOf: "2026-09-23", serverless: { input: 2, output: 10 } });
  });

  it("resolves Together's variant spellings", () => {
    expect(byId("meta-llama/Llama-3.3-70B-Instruct-Turbo")?.aliases).toEqual(["meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo"]);
    expect(byId("meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo")).toBeUndefined();
  });

  it("carries input/output limits, cache-write rates, Anthropic batch and Together batch queue terms", () => {
    const find = (provider: string, id: string) => catalog.models.find((m) => m.provider === provider && m.id === id);
    expect(find("openai", "gpt-5")).toMatchObject({ contextWindow: 400000, maxInputTokens: 272000, maxOutputTokens: 128000 });
    const sonnet = find("anthropic", "claude-sonnet-4-6");
    expect(sonnet?.serverless).toEqual({ input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 });
    expect(sonnet?.batch).toMatchObject({
      available: true,
      discounted: true,
      input: 1.5,
      output: 7.5,
      cachedInput: 0.15,
      cacheWrite: 1.875,
      source: "anthropic-batch-docs",
    });
    for (const m of catalog.models.filter((m) => m.provider === "anthropic")) {
      // Claude 1, 2 and Instant predate prompt caching and Message Batches.
      if (/^claude-(2|instant|v1)/.test(m.id)) {
        expect(m.batch, m.id).toBeUndefined();
        continue;
      }
      // The 5-minute cache write is 1.25x input from Claude 3.5 on (Claude 3 Haiku's is 0.30 on 0.25).
      if (m.serverless?.cacheWrite !== undefined && !/^claude-3-haiku/.test(m.id))
        expect(m.serverless.cacheWrite, m.id).toBe((m.serverless?.input ?? NaN) * 1.25);
      expect(m.batch, m.id).toMatchObject({
        discounted: true,
        input: (m.serverless?.input ?? NaN) / 2,
        output: (m.serverless?.output ?? NaN) / 2,
      });
    }
    expect(catalog.providers?.together?.batch).toEqual({
      enqueuedTokensPerModel: 30_000_000_000,
      completionHours: 24,
      source: "together-batch-docs",
      asOf: "2026-07-13",
    });
    // Context windows reviewed (catalog/README.md): the 1M beta of Sonnet 4.5 was retired; Opus 4.6 has 1M.
    expect(find("anthropic", "claude-sonnet-4-5")?.contextWindow).toBe(200000);
    expect(find("anthropic", "claude-opus-4-6")?.contextWindow).toBe(1000000);
    expect(byId("deepseek-ai/DeepSeek-R1")?.contextWindow).toBe(163840);
  });

  it("gives every model, hardware entry and priced part a provenance that resolves to a source", () => {
    const check = (owner: string, p: { source?: string; asOf?: string }) => {
      if (p.source === undefined) return;
      expect(catalog.sources[p.source], `${owner}: unknown source ${p.source}`).toBeDefined();
      expect(p.asOf, `${owner}: source without asOf`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    };
    for (const m of [...catalog.models, ...catalog.hardware]) {
      const owner = `${m.provider}/${m.id}`;
      expect(catalog.sources[m.source], `${owner}: unknown source ${m.source}`).toBeDefined();
      if ("serverless" in m && m.serverless) check(owner, m.serverless);
      if ("batch" in m && m.batch) check(owner, m.batch);
      if ("longContext" in m) for (const tier of m.longContext ?? []) check(owner, tier);
    }
  });

  it("has no zero or negative price unless the source says the model is free", () => {
    for (const m of catalog.models) {
      const prices = [m.serverless?.input, m.serverless?.output, m.serverless?.cachedInput].filter((p) => p !== undefined);
      for (const p of prices) expect(p).toBeGreaterThanOrEqual(0);
      if (prices.some((p) => p === 0)) expect(m.note, `${m.provider}/${m.id}`).toMatch(/free/);
    }
    for (const h of catalog.hardware) expect(h.dedicatedHourly ?? 1).toBeGreaterThan(0);
  });

  it("has unique ids and aliases per provider, case-insensitively", () => {
    const seen = new Set<string>();
    for (const m of catalog.models) {
      for (const name of [m.id, ...(m.aliases ?? [])]) {
        const key = `${m.provider}:${name.toLowerCase()}`;
        expect(seen.has(key), `duplicate ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("matches Together's observed batch lists", () => {
    for (const id of observed.batch.discounted_models) {
      const model = byId(id);
      if (id === "openai/whisper-large-v3") {
        // Audio transcription is priced per audio minute, not per token: not a catalog model.
        expect(model).toBeUndefined();
        continue;
      }
      expect(model, id).toBeDefined();
      expect(model?.batch).toMatchObject({
        available: true,
        discounted: true,
        input: (model?.serverless?.input ?? NaN) / 2,
        output: (model?.serverless?.output ?? NaN) / 2,
      });
    }
    for (const id of observed.batch.not_available_for_batch) {
      expect(byId(id)?.batch, id).toMatchObject({ available: false });
    }
    const listed = new Set([...observed.batch.discounted_models, ...observed.batch.not_available_for_batch].map((id) => id.toLowerCase()));
    for (const m of together.filter((m) => !listed.has(m.id.toLowerCase()))) {
      expect(m.batch, m.id).toMatchObject({ available: true, discounted: false });
    }
  });

  it("carries the known Together prices and the source choices", () => {
    expect(byId("meta-llama/Llama-3.3-70B-Instruct-Turbo")?.serverless).toMatchObject({ input: 0.88, output: 0.88 });
    expect(byId("meta-llama/Llama-3.3-70B-Instruct-Turbo")?.batch).toMatchObject({ input: 0.44, output: 0.44 });
    // LiteLLM's 6.0 output is a 10x slip; genai-prices (newest) and models.dev say 0.6.
    expect(byId("Qwen/Qwen3-235B-A22B-Instruct-2507-tput")?.serverless).toMatchObject({ input: 0.2, output: 0.6 });
    expect(byId("moonshotai/Kimi-K2.6")?.serverless).toEqual({ input: 1.2, output: 4.5, cachedInput: 0.2 });
    expect(byId("arcee-ai/maestro-reasoning")).toBeUndefined();
    expect(together.length).toBeGreaterThanOrEqual(45);
  });

  it("prices Together dedicated hardware from the latest dated source and leaves cluster rates to the manifest", () => {
    const rates = Object.fromEntries(catalog.hardware.map((h) => [h.id, h.dedicatedHourly]));
    expect(rates).toEqual({ "h100-80gb": 5.49, "h200-141gb": 6.65, "b200-180gb": 8.99, "gb300-280gb": 15, "b300-280gb": 15 });
    expect(catalog.hardware.every((h) => h.asOf === "2026-07-16" && h.clusterHourly === undefined)).toBe(true);
    expect(catalog.providers?.together?.clusterGpuMultiple).toBe(8);
    expect(catalog.providers?.together?.notes?.some((n) => /hourly_rate/.test(n))).toBe(true);
  });

  it("covers the big three with batch and long-context terms where sources give them", () => {
    for (const provider of ["openai", "anthropic", "google"]) {
      expect(catalog.models.filter((m) => m.provider === provider).length, provider).toBeGreaterThanOrEqual(20);
    }
    // Legacy models still billed, with the retirement dates a source states.
    const find0 = (provider: string, id: string) => catalog.models.find((m) => m.provider === provider && m.id === id);
    expect(find0("openai", "gpt-4-32k")?.serverless).toMatchObject({ input: 60, output: 120 });
    expect(find0("anthropic", "claude-3-7-sonnet-20250219")).toMatchObject({ retires: "2026-02-19", source: "litellm" });
    const find = (provider: string, id: string) => catalog.models.find((m) => m.provider === provider && m.id === id);
    expect(find("openai", "gpt-4o-mini")?.batch).toMatchObject({ input: 0.075, output: 0.3 });
    expect(find("google", "gemini-2.5-pro")?.longContext).toEqual([
      { aboveInputTokens: 200000, input: 2.5, output: 15, cachedInput: 0.25 },
    ]);
    expect(find("anthropic", "claude-sonnet-4-5")?.serverless).toEqual({ input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 });
  });
});
