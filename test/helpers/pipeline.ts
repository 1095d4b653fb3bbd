import { analyzeFile, type FileAnalysis } from "../../src/core/review/analyze.js";
import type { PriceCatalog } from "../../src/core/prices/catalog-types.js";
import { PriceBook, type CatalogLayer } from "../../src/core/prices/catalog.js";
import { BUILTIN_LAYER } from "../../src/core/prices/catalog-load.js";
import { parseYaml } from "./parse.js";

/** A small catalog with round numbers, so formula tests do not move when real prices do. */
export const TEST_CATALOG: PriceCatalog = {
  formatVersion: 1,
  version: "test.1",
  asOf: "2026-07-01",
  currency: "USD",
  sources: { test: { title: "test prices", url: "https://example.test/prices", asOf: "2026-07-01" } },
  models: [
    {
      provider: "together",
      id: "acme/chat-large",
      source: "test",
      asOf: "2026-07-01",
      contextWindow: 8192,
      serverless: { input: 0.9, output: 3.3, cachedInput: 0.45 },
      batch: { available: true, discounted: true, input: 0.45, output: 1.65 },
    },
    {
      provider: "together",
      id: "acme/chat-small",
      source: "test",
      asOf: "2026-07-01",
      contextWindow: 4096,
      serverless: { input: 0.1, output: 0.2 },
      batch: { available: true, discounted: false },
    },
    {
      provider: "together",
      id: "acme/reasoner",
      source: "test",
      asOf: "2026-07-01",
      contextWindow: 131072,
      serverless: { input: 3, output: 7 },
      batch: { available: false },
    },
    {
      provider: "together",
      id: "acme/long-context",
      source: "test",
      asOf: "2026-07-01",
      contextWindow: 1000000,
      serverless: { input: 1.25, output: 10 },
      longContext: [{ aboveInputTokens: 200000, input: 2.5, output: 15 }],
    },
    { provider: "together", id: "acme/free", source: "test", asOf: "2026-07-01", contextWindow: 4096, serverless: { input: 0, output: 0 } },
  ],
  hardware: [
    { provider: "together", id: "h100-80gb", name: "H100 80GB", source: "test", asOf: "2026-07-01", dedicatedHourly: 5.49 },
    {
      provider: "together",
      id: "h200-141gb",
      name: "H200 141GB",
      source: "test",
      asOf: "2026-07-01",
      dedicatedHourly: 6.65,
      clusterHourly: 3.1,
    },
  ],
  providers: { together: { name: "Together AI", clusterGpuMultiple: 8 } },
};

export const TEST_LAYER: CatalogLayer = { origin: "built-in", catalog: TEST_CATALOG };

export function analyzeText(text: string, options: { file?: string; book?: PriceBook; today?: string } = {}): FileAnalysis {
  const file = options.file ?? "ai-workloads.yaml";
  const book = options.book ?? new PriceBook([TEST_LAYER]);
  return analyzeFile(parseYaml(file, new TextEncoder().encode(text)), () => book, { today: options.today ?? "2026-11-28" });
}

export const builtinBook = () => new PriceBook([BUILTIN_LAYER]);

/** A manifest with one workload; `workload` is YAML for the workload's fields, indented 4. */
export function oneWorkload(workload: string, extra = ""): string {
  return `version: 1\n${extra}workloads:\n  - name: w\n${workload.replace(/^/gm, "    ")}\n`;
}
