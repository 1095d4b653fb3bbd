import path from "node:path";
import { describe, expect, test } from "vitest";
import coverageLedger from "../catalog/coverage.json" with { type: "json" };
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import { coverage, type CoverageLedger } from "../src/core/prices/coverage.js";
import { cli, cliJson } from "./helpers/cli.js";

const ROOT = path.join(import.meta.dirname, "..");
const rows = coverage(coverageLedger as CoverageLedger, new PriceBook([BUILTIN_LAYER]));

/** The providers issue 23 lists, plus the resellers whose ids map onto the same models. */
const LISTED = [
  "together",
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

describe("catalog coverage", () => {
  test("every listed provider has rows for the vendored sources that price it", () => {
    expect([...new Set(rows.map((r) => r.provider))].sort()).toEqual([...LISTED].sort());
    expect(rows.filter((r) => r.provider === "together").map((r) => r.source)).toEqual(["genai-prices", "litellm", "models.dev"]);
    expect(rows.filter((r) => r.provider === "openai").map((r) => r.source)).toEqual(["genai-prices", "litellm"]);
  });

  test.each(LISTED)("%s: at least 95 percent of each source's priced text models are covered or explained", (provider) => {
    for (const row of rows.filter((r) => r.provider === provider)) {
      expect(row.total, `${provider}/${row.source}`).toBeGreaterThan(0);
      expect(row.covered + row.explained.length + row.missing.length).toBe(row.total);
      expect(
        (row.covered + row.explained.length) / row.total,
        `${provider}/${row.source}: missing ${row.missing.join(", ")}`,
      ).toBeGreaterThanOrEqual(0.95);
      // Explanations are the exception: most of what a source prices is in the catalog.
      expect(row.covered / row.total, `${provider}/${row.source}`).toBeGreaterThanOrEqual(provider === "together" ? 0.25 : 0.6);
    }
  });

  test("legacy models that are still billed are covered", () => {
    const openai = rows.find((r) => r.provider === "openai" && r.source === "litellm")!;
    expect(openai.explained.map((e) => e.id)).not.toContain("gpt-4-32k");
    const together = rows.find((r) => r.provider === "together" && r.source === "genai-prices")!;
    expect(together.explained.find((e) => e.id === "Gryphe/MythoMax-L2-13b")?.reason).toMatch(/without a prices_checked date/);
  });

  test("the command prints the table and the reasons; --provider narrows it; an unknown provider is a usage error", async () => {
    const { stdout, code } = await cli(ROOT, "catalog", "coverage", "--provider", "openai");
    expect(code).toBe(0);
    const openai = rows.filter((r) => r.provider === "openai");
    expect(stdout).toContain(`openai    genai-prices  ${openai[0]!.total}`);
    expect(stdout).toMatch(/fine-tune price pattern \(prices private fine-tuned ids\), not a model id \(\d+\): ft:/);
    const json = await cliJson(ROOT, "catalog", "coverage", "--provider", "bedrock");
    expect(json.report.map((r: { source: string; percent: number }) => [r.source, r.percent >= 95])).toEqual([
      ["genai-prices", true],
      ["litellm", true],
    ]);
    const unknown = await cli(ROOT, "catalog", "coverage", "--provider", "nosuch");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no vendored source lists provider nosuch");
  });
});
