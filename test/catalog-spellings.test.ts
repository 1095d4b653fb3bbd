import { describe, expect, test } from "vitest";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook } from "../src/core/prices/catalog.js";

const book = new PriceBook([BUILTIN_LAYER]);

/**
 * Every model name issue 23 lists (real code's spellings), with the entry it must reach and how.
 * [spelling, provider given or undefined, expected provider/id, rules]
 */
const ISSUE_23: Array<[string, string | undefined, string, string]> = [
  // Legacy models that are still billed.
  ["gpt-3.5-turbo", undefined, "openai/gpt-3.5-turbo", "exact"],
  ["gpt-4", undefined, "openai/gpt-4", "exact"],
  ["gpt-4-32k", undefined, "openai/gpt-4-32k", "exact"],
  ["gpt-4-turbo", undefined, "openai/gpt-4-turbo", "exact"],
  ["claude-2", undefined, "anthropic/claude-2", "exact"],
  ["claude-3-haiku", undefined, "anthropic/claude-3-haiku", "exact"],
  ["claude-3-opus", undefined, "anthropic/claude-3-opus-latest", "dated-snapshot"],
  ["claude-3-5-sonnet", undefined, "anthropic/claude-3-5-sonnet", "exact"],
  ["claude-3-5-haiku", undefined, "anthropic/claude-3-5-haiku-latest", "dated-snapshot"],
  ["claude-3-7-sonnet", undefined, "anthropic/claude-3-7-sonnet-latest", "dated-snapshot"],
  ["gemini-1.0-pro", undefined, "google/gemini-pro", "exact"],
  ["gemini-1.5-pro", undefined, "google/gemini-1.5-pro", "exact"],
  ["gemini-1.5-flash", undefined, "google/gemini-1.5-flash", "exact"],
  ["gemini-2.0-flash", undefined, "google/gemini-2.0-flash", "exact"],
  // Together's Qwen2.5 and Qwen3-VL.
  ["Qwen/Qwen2.5-7B-Instruct-Turbo", "together", "together/Qwen/Qwen2.5-7B-Instruct-Turbo", "exact"],
  ["Qwen/Qwen3-VL-8B-Instruct", "together", "together/Qwen/Qwen3-VL-8B-Instruct", "exact"],
  // Dated snapshots.
  ["claude-sonnet-4-20250514", undefined, "anthropic/claude-sonnet-4-0", "exact"],
  ["gpt-4o-2024-08-06", undefined, "openai/gpt-4o", "exact"],
  ["claude-3-5-sonnet-20240620", undefined, "anthropic/claude-3-5-sonnet", "dated-snapshot"],
  // Dots vs dashes.
  ["claude-haiku-4.5", undefined, "anthropic/claude-haiku-4-5", "dots-dashes"],
  ["claude-haiku-4-5", undefined, "anthropic/claude-haiku-4-5", "exact"],
  // Gateway and SDK prefixes.
  ["openai/gpt-4o", undefined, "openai/gpt-4o", "prefix"],
  ["openai:gpt-4o-mini", undefined, "openai/gpt-4o-mini", "prefix"],
  ["anthropic/claude-3-5-sonnet-20241022", undefined, "anthropic/claude-3-5-sonnet", "prefix+dated-snapshot"],
  ["google_genai:gemini-1.5-pro", undefined, "google/gemini-1.5-pro", "prefix"],
  ["together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", undefined, "together/meta-llama/Llama-3.3-70B-Instruct-Turbo", "prefix"],
  ["bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", undefined, "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", "prefix"],
  ["vertex_ai/gemini-2.0-flash", undefined, "vertex/gemini-2.0-flash", "prefix"],
  ["azure/gpt-4o", undefined, "azure/gpt-4o", "prefix"],
  ["openrouter/anthropic/claude-3.5-sonnet", undefined, "anthropic/claude-3-5-sonnet", "prefix+prefix+dots-dashes"],
  // Bedrock ids and inference-profile prefixes.
  ["anthropic.claude-3-5-sonnet-20240620-v1:0", undefined, "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock-id"],
  ["us.anthropic.claude-3-5-sonnet-20240620-v1:0", undefined, "bedrock/us.anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock-id"],
  ["anthropic.claude-3-haiku-20240307-v1:0", "bedrock", "bedrock/anthropic.claude-3-haiku-20240307-v1:0", "exact"],
  // Vertex ids.
  ["claude-3-5-sonnet-v2@20241022", undefined, "vertex/claude-3-5-sonnet", "vertex-id+dated-snapshot"],
  ["claude-3-5-sonnet-v2@20241022", "anthropic", "anthropic/claude-3-5-sonnet", "vertex-id+dated-snapshot"],
  // Case.
  ["GPT-4o", undefined, "openai/gpt-4o", "case"],
  ["CLAUDE-3-HAIKU-20240307", undefined, "anthropic/claude-3-haiku", "case"],
];

describe("every model name issue 23 lists resolves to one built-in entry", () => {
  test.each(ISSUE_23)("%s (provider %s)", (spelling, provider, expected, rules) => {
    const r = book.resolve(spelling, provider);
    expect(r.kind === "found" ? [`${r.provider}/${r.id}`, r.rules.join("+")] : r).toEqual([expected, rules]);
  });
});

describe("providers of the breadth step, each by a model real code calls", () => {
  test.each([
    ["mistral-large-latest", "mistral/mistral-large"],
    ["deepseek-chat", "deepseek/deepseek-chat"],
    ["grok-3", "xai/grok-3"],
    ["command-r-plus", "cohere/command-r-plus"],
    ["llama-3.3-70b-versatile", "groq/llama-3.3-70b-versatile"],
    ["accounts/fireworks/models/llama-v3p1-8b-instruct", "fireworks/llama-v3p1-8b-instruct"],
    ["sonar-pro", "perplexity/sonar-pro"],
  ])("%s", (spelling, expected) => {
    const r = book.resolve(spelling);
    expect(r.kind === "found" && `${r.provider}/${r.id}`).toBe(expected);
  });

  test("a reseller's own price where it differs, the maker's where the reseller has none", () => {
    const azure = book.resolve("gpt-4o", "azure");
    const openai = book.resolve("gpt-4o");
    expect(azure.kind === "found" && azure.provider).toBe("azure");
    expect(openai.kind === "found" && openai.provider).toBe("openai");
    const vertex = book.resolve("gemini-1.5-pro", "vertex");
    expect(vertex.kind === "found" && [vertex.provider, vertex.rules]).toEqual(["google", ["maker"]]);
  });

  test("an id that two makers serve is ambiguous without a provider, and lists both", () => {
    const r = book.resolve("openai/gpt-oss-120b");
    expect(r.kind).toBe("ambiguous");
    expect(r.kind === "ambiguous" && r.candidates.map((c) => c.provider).sort()).toEqual(["groq", "together"]);
  });
});
