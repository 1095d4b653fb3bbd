import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { invalidModels } from "../../src/core/prices/catalog-load.js";
import { IMPORTERS, screenImplausible } from "../../src/core/prices/import/index.js";
import { cli } from "../helpers/cli.js";
import { TempRepo } from "../helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "../..");
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));
const options = { sourceFile: "feed.json", sourceDate: "2026-07-24" };

/** Each importer on the whole real file it was written for: the vendored sources and the API samples. */
const FEEDS = [
  ["litellm", "catalog/sources/litellm-model-prices.json", 1500],
  ["genai-prices", "catalog/sources/genai-prices-47df840a-data.json", 900],
  ["genai-prices", "catalog/sources/genai-prices-0.1.8-data.json", 250],
  ["models.dev", "catalog/sources/modelsdev-togetherai.json", 30],
  ["openrouter", "test/fixtures/feeds/openrouter-models.json", 2],
  ["together", "test/fixtures/feeds/together-models.json", 2],
] as const;

describe("every importer on the full real feeds", () => {
  test.each(FEEDS)("%s: %s", (feed, file, atLeast) => {
    const { catalog, warnings } = IMPORTERS[feed](read(file), options);
    expect(catalog.models.length).toBeGreaterThanOrEqual(atLeast);
    const screened = screenImplausible(catalog.models);
    // A sound feed: a few entries may be implausible, never most.
    expect(screened.misScaled).toBe(false);
    expect(screened.skipped.length).toBeLessThan(catalog.models.length / 20);
    for (const w of warnings) expect(typeof w).toBe("string");
    // What survives the screen and the schema is a loadable book.
    const kept = { ...catalog, models: screened.kept };
    for (const { index } of invalidModels(kept)) kept.models.splice(index, 1);
    expect(invalidModels(kept)).toEqual([]);
    expect(kept.models.length).toBeGreaterThanOrEqual(atLeast);
  });

  test("LiteLLM's implausible entries are named, e.g. azure_ai/jais-30b-chat at $3,200 per 1M", () => {
    const { catalog } = IMPORTERS.litellm(read("catalog/sources/litellm-model-prices.json"), options);
    const { skipped } = screenImplausible(catalog.models);
    expect(skipped).toContain("azure_ai/jais-30b-chat input 3200, output 9710");
  });
});

describe("catalog import --from litellm on the vendored LiteLLM file", () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.cleanup());

  test("writes a catalog with warnings and exits 0", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(ROOT, "catalog/sources/litellm-model-prices.json"), path.join(repo.dir, "litellm.json"));
    const { code, stdout, stderr } = await cli(
      repo.dir,
      "catalog",
      "import",
      "--from",
      "litellm",
      "litellm.json",
      "--as-of",
      "2026-07-24",
      "--out",
      "all.json",
    );
    expect(code).toBe(0);
    expect(stderr).toContain(
      "warning: azure_ai/jais-30b-chat input 3200, output 9710: above $1000 per 1M tokens, likely a unit error in the feed; skipped",
    );
    expect(stdout).toMatch(
      /^wrote all\.json: \d{4} models \(.*anthropic.*bedrock.*together.*\) from litellm litellm\.json, as of 2026-07-24; \d+ warning\(s\)\n$/,
    );
    const written = JSON.parse(readFileSync(path.join(repo.dir, "all.json"), "utf8"));
    expect(written.models.some((m: { id: string }) => m.id === "jais-30b-chat")).toBe(false);
    expect(written.models.find((m: { provider: string; id: string }) => m.provider === "openai" && m.id === "gpt-4-0613")).toMatchObject({
      retires: "2025-06-06",
      deprecated: true,
    });
  });
});
