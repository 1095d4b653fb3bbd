import { describe, expect, test } from "vitest";
import { BUILTIN_LAYER, invalidModels, parseCatalog } from "../src/core/prices/catalog-load.js";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";

const SRC = { source: "book", asOf: "2026-11-01" };

/** A price book that uses every optional format field: limits, cache writes, batch tiers and queue terms. */
const full: PriceCatalog = {
  formatVersion: 1,
  version: "2026.11.1",
  asOf: "2026-11-01",
  currency: "USD",
  sources: { book: { title: "Test book", url: "https://example.test/book", asOf: "2026-11-01" } },
  models: [
    {
      provider: "anthropic",
      id: "claude-test",
      ...SRC,
      contextWindow: 200000,
      maxInputTokens: 190000,
      maxOutputTokens: 64000,
      serverless: { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75, ...SRC },
      batch: {
        available: true,
        discounted: true,
        input: 1.5,
        output: 7.5,
        cachedInput: 0.15,
        cacheWrite: 1.875,
        longContext: [{ aboveInputTokens: 100000, input: 3, output: 11.25, cachedInput: 0.3, cacheWrite: 3.75 }],
        ...SRC,
      },
      longContext: [{ aboveInputTokens: 100000, input: 6, output: 22.5, cachedInput: 0.6, cacheWrite: 7.5, ...SRC }],
    },
  ],
  hardware: [],
  providers: {
    together: { name: "Together AI", clusterGpuMultiple: 8, batch: { enqueuedTokensPerModel: 30e9, completionHours: 24, ...SRC } },
  },
};

describe("parseCatalog", () => {
  test("accepts max input/output tokens, cache-write rates, batch tier rates and provider batch queue terms", () => {
    const parsed = parseCatalog("book.json", JSON.stringify(full));
    expect(parsed).toEqual({ layer: { origin: "book.json", catalog: full } });
  });

  test("long-context tiers must rise by threshold: two at one threshold, or a lower one after a higher, are refused", () => {
    const twoAtOnce = structuredClone(full);
    const tier = twoAtOnce.models[0]!.longContext![0]!;
    twoAtOnce.models[0]!.longContext!.push({ ...tier, input: 7 });
    const parsed = parseCatalog("book.json", JSON.stringify(twoAtOnce));
    expect(parsed).toEqual({
      findings: [
        expect.objectContaining({
          rule: "catalog.invalid",
          file: "book.json",
          message:
            "price catalog has long-context tiers out of order: /models/0 longContext thresholds must rise from one tier to the next",
        }),
      ],
    });

    const descending = structuredClone(full) as any;
    descending.models[0].batch.longContext.unshift({ aboveInputTokens: 200000, input: 4, output: 12 });
    expect(parseCatalog("book.json", JSON.stringify(descending))).toMatchObject({
      findings: [{ message: expect.stringContaining("/models/0 batch/longContext thresholds must rise") }],
    });
    // An import leaves such a model out, with the same reason, and keeps the others.
    const feed = structuredClone(full);
    feed.models.push(structuredClone(twoAtOnce.models[0]!), { ...structuredClone(full.models[0]!), id: "claude-other" });
    expect(invalidModels(feed)).toEqual([{ index: 1, reason: "longContext thresholds must rise from one tier to the next" }]);
    expect(invalidModels(full)).toEqual([]);
    // So does every model of the built-in catalog.
    expect(invalidModels(BUILTIN_LAYER.catalog)).toEqual([]);
  });

  test("batch queue terms need their source and both numbers", () => {
    const broken = structuredClone(full) as any;
    delete broken.providers.together.batch.source;
    broken.providers.together.batch.completionHours = 0;
    const parsed = parseCatalog("book.json", JSON.stringify(broken));
    expect(parsed).toMatchObject({ findings: [{ rule: "catalog.invalid", file: "book.json" }] });
    const message = "findings" in parsed ? parsed.findings[0]!.message : "";
    expect(message).toContain("/providers/together/batch must have required property 'source'");
    expect(message).toContain("/providers/together/batch/completionHours must be > 0");
  });

  test("a maximum output of zero tokens is refused", () => {
    const broken = structuredClone(full) as any;
    broken.models[0].maxOutputTokens = 0;
    const parsed = parseCatalog("book.json", JSON.stringify(broken));
    expect("findings" in parsed && parsed.findings[0]!.message).toContain("/models/0/maxOutputTokens must be >= 1");
  });
});
