import { describe, expect, test } from "vitest";
import type { CatalogModel, PriceCatalog } from "../src/core/prices/catalog-types.js";
import { buildNameIndex, describeRules, resolveModel } from "../src/core/prices/resolve.js";

const model = (provider: string, id: string, aliases?: string[]): CatalogModel => ({
  provider,
  id,
  source: "s",
  asOf: "2026-01-01",
  serverless: { input: 1, output: 2 },
  ...(aliases ? { aliases } : {}),
});

const catalog = (models: CatalogModel[]): PriceCatalog => ({
  formatVersion: 1,
  version: "1",
  asOf: "2026-01-01",
  currency: "USD",
  sources: { s: { title: "t", url: "u", asOf: "2026-01-01" } },
  models,
  hardware: [],
});

const index = buildNameIndex([
  {
    origin: "built-in",
    catalog: catalog([
      model("openai", "gpt-4o", ["gpt-4o-2024-11-20"]),
      model("openai", "gpt-4"),
      model("openai", "gpt-3.5-turbo"),
      model("anthropic", "claude-haiku-4-5"),
      model("anthropic", "claude-sonnet-4-0", ["claude-sonnet-4"]),
      model("anthropic", "claude-3-5-sonnet-20241022"),
      model("anthropic", "claude-3-haiku-20240307"),
      model("google", "gemini-1.5-pro"),
      model("together", "Qwen/Qwen2.5-72B-Instruct-Turbo"),
      model("together", "openai/gpt-oss-120b"),
      model("groq", "openai/gpt-oss-120b"),
      model("bedrock", "anthropic.claude-3-haiku-20240307-v1:0"),
      model("azure", "gpt-4o"),
      model("vertex", "claude-3-5-sonnet-v2@20241022"),
      model("mistral", "mistral-large-2.1"),
      model("mistral", "mistral-large-2-1"),
    ]),
  },
]);

const found = (spelling: string, provider?: string) => {
  const r = resolveModel(index, spelling, provider);
  return r.kind === "found" ? [r.provider, r.id, r.rules.join("+")] : r;
};

describe("resolveModel", () => {
  test.each([
    ["gpt-4o", undefined, ["openai", "gpt-4o", "exact"]],
    ["GPT-4o", undefined, ["openai", "gpt-4o", "case"]],
    ["gpt-4o-2024-11-20", undefined, ["openai", "gpt-4o", "exact"]],
    ["gpt-4o-2024-08-06", undefined, ["openai", "gpt-4o", "dated-snapshot"]],
    ["gpt-4-0613", undefined, ["openai", "gpt-4", "dated-snapshot"]],
    ["gpt-3.5-turbo-0125", undefined, ["openai", "gpt-3.5-turbo", "dated-snapshot"]],
    ["openai/gpt-4o", undefined, ["openai", "gpt-4o", "prefix"]],
    ["openai:gpt-4o", undefined, ["openai", "gpt-4o", "prefix"]],
    ["openrouter/openai/gpt-4o", undefined, ["openai", "gpt-4o", "prefix+prefix"]],
    ["claude-haiku-4.5", undefined, ["anthropic", "claude-haiku-4-5", "dots-dashes"]],
    ["anthropic/claude-haiku-4.5", undefined, ["anthropic", "claude-haiku-4-5", "prefix+dots-dashes"]],
    ["claude-sonnet-4-20250514", undefined, ["anthropic", "claude-sonnet-4-0", "dated-snapshot"]],
    ["google_genai:gemini-1.5-pro", undefined, ["google", "gemini-1.5-pro", "prefix"]],
    ["models/gemini-1.5-pro-002", undefined, ["google", "gemini-1.5-pro", "prefix+dated-snapshot"]],
    ["together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo", undefined, ["together", "Qwen/Qwen2.5-72B-Instruct-Turbo", "prefix"]],
    // Bedrock: the reseller's own entry first, region prefix removed; else the maker's entry.
    ["us.anthropic.claude-3-haiku-20240307-v1:0", undefined, ["bedrock", "anthropic.claude-3-haiku-20240307-v1:0", "bedrock-id"]],
    ["bedrock/anthropic.claude-3-haiku-20240307-v1:0", undefined, ["bedrock", "anthropic.claude-3-haiku-20240307-v1:0", "prefix"]],
    ["anthropic.claude-3-5-sonnet-20241022-v2:0", undefined, ["anthropic", "claude-3-5-sonnet-20241022", "bedrock-id+maker"]],
    ["claude-3-5-sonnet-v2@20241022", undefined, ["vertex", "claude-3-5-sonnet-v2@20241022", "vertex-id"]],
    ["claude-3-5-sonnet-v2@20241022", "anthropic", ["anthropic", "claude-3-5-sonnet-20241022", "vertex-id"]],
    // A reseller prefix reaches the reseller's own entry, not the maker's.
    ["azure/gpt-4o", undefined, ["azure", "gpt-4o", "prefix"]],
    ["gpt-4o", "azure", ["azure", "gpt-4o", "exact"]],
    // An id with a slash is tried whole before any prefix is removed.
    ["openai/gpt-oss-120b", "together", ["together", "openai/gpt-oss-120b", "exact"]],
    ["openai/gpt-oss-120b", "groq", ["groq", "openai/gpt-oss-120b", "exact"]],
  ])("%s (provider %s)", (spelling, provider, expected) => {
    expect(found(spelling, provider)).toEqual(expected);
  });

  test("an id two first-party providers share is ambiguous without a provider, never a guess", () => {
    expect(resolveModel(index, "openai/gpt-oss-120b")).toEqual({
      kind: "ambiguous",
      candidates: [
        { provider: "together", id: "openai/gpt-oss-120b" },
        { provider: "groq", id: "openai/gpt-oss-120b" },
      ],
      rules: [],
    });
  });

  test("two entries that fold to one spelling are ambiguous and listed", () => {
    const r = resolveModel(index, "mistral-large-2_1", "mistral");
    expect(r).toMatchObject({ kind: "ambiguous", rules: ["dots-dashes"] });
    expect(r.kind === "ambiguous" && r.candidates.map((c) => c.id)).toEqual(["mistral-large-2.1", "mistral-large-2-1"]);
  });

  test("a provider narrows the search; a name it lacks is unknown", () => {
    expect(resolveModel(index, "gpt-4o", "together")).toEqual({ kind: "unknown" });
    expect(resolveModel(index, "gemini-1.5-pro", "openai")).toEqual({ kind: "unknown" });
    expect(resolveModel(index, "no-such-model")).toEqual({ kind: "unknown" });
    expect(resolveModel(index, "")).toEqual({ kind: "unknown" });
    expect(resolveModel(index, `${"gpt-4o".repeat(60)}`)).toEqual({ kind: "unknown" });
  });

  test("a higher book's entry replaces a lower one's for the same name", () => {
    const layered = buildNameIndex([
      { origin: "built-in", catalog: catalog([model("openai", "gpt-4o")]) },
      { origin: "book.json", catalog: catalog([{ ...model("openai", "gpt-4o"), serverless: { input: 9, output: 9 } }]) },
    ]);
    const r = resolveModel(layered, "openai/gpt-4o-2024-08-06");
    expect(r).toMatchObject({ kind: "found", origin: "book.json", rules: ["prefix", "dated-snapshot"] });
    expect(r.kind === "found" && r.model.serverless?.input).toBe(9);
  });

  test("rules read as words", () => {
    expect(describeRules(["prefix", "dated-snapshot"])).toBe(
      "gateway/SDK prefix removed, then snapshot date or version tag removed (or -latest added)",
    );
  });
});
