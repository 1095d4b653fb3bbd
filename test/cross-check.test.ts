// An independent check of the Together prices: the cost of one fixed request computed by
// tokenbudget (manifest -> parse -> validate -> estimate) against the same cost computed directly
// from LiteLLM's per-token table (a copy of its Together rows in test/fixtures).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../src/core/review/analyze.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";
import { Decimal } from "../src/core/money.js";
import { parseYaml } from "./helpers/parse.js";

const read = (p: string) => readFileSync(new URL(p, import.meta.url), "utf8");
const catalog = JSON.parse(read("../catalog/builtin.json")) as PriceCatalog;
const litellm = JSON.parse(read("./fixtures/litellm_together.json")) as Record<
  string,
  { input_cost_per_token?: number; output_cost_per_token?: number; mode?: string }
>;
const readme = read("../catalog/README.md");

const INPUT = 3000;
const OUTPUT = 1000;
const together = catalog.models.filter((m) => m.provider === "together" && m.serverless);

/** tokenbudget's cost of one request of INPUT + OUTPUT tokens for every Together model. */
function tokenbudgetCosts(): Map<string, Decimal> {
  const workloads = together
    .map(
      (m, i) =>
        `  - { name: m${i}, model: ${JSON.stringify(m.id)}, tokens: { input: ${INPUT}, output: ${OUTPUT} }, requests: { per_month: 1 } }\n`,
    )
    .join("");
  const parsed = parseYaml("ai-workloads.yaml", new TextEncoder().encode(`version: 1\nworkloads:\n${workloads}`));
  const analysis = analyzeFile(parsed, () => new PriceBook([BUILTIN_LAYER]));
  expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  return new Map(analysis.estimates.map((e) => [e.workload.model, e.cost!.perRequestCost!]));
}

/** The same request priced straight from LiteLLM's USD-per-token numbers, exactly. */
function litellmCost(id: string): Decimal | undefined {
  const key = Object.keys(litellm).find((k) => k.toLowerCase() === `together_ai/${id}`.toLowerCase());
  const row = key ? litellm[key] : undefined;
  if (!row || row.mode !== "chat" || row.input_cost_per_token === undefined || row.output_cost_per_token === undefined) return undefined;
  // String(number) is the shortest decimal that round-trips: the value LiteLLM's JSON states.
  return new Decimal(String(row.input_cost_per_token)).times(INPUT).plus(new Decimal(String(row.output_cost_per_token)).times(OUTPUT));
}

describe("Together serverless prices against LiteLLM", () => {
  const ours = tokenbudgetCosts();
  const compared = together.map((m) => ({ id: m.id, ours: ours.get(m.id)!, theirs: litellmCost(m.id) }));
  const inLitellm = compared.filter((c) => c.theirs !== undefined);
  const disagree = inLitellm.filter((c) => !c.ours.eq(c.theirs!));

  it("prices every Together model in the catalog", () => {
    expect(ours.size).toBe(together.length);
    expect(together.length).toBeGreaterThan(40);
  });

  it("agrees exactly with LiteLLM on every model LiteLLM has, except the listed disagreements", () => {
    expect(inLitellm.length).toBeGreaterThan(25);
    for (const c of inLitellm) if (!disagree.includes(c)) expect(c.ours.toString(), c.id).toBe(c.theirs!.toString());
  });

  it("disagrees only where catalog/README.md says why the catalog chose another value", () => {
    // Changing this list means a catalog change moved a price away from LiteLLM: document why first.
    expect(disagree.map((c) => c.id).sort()).toEqual(["Qwen/Qwen3-235B-A22B-Instruct-2507-tput"]);
    const table = readme.slice(readme.indexOf("## Together models where sources disagree"));
    for (const c of disagree) {
      const row = table.split("\n").find((line) => line.includes(`\`${c.id}\``));
      expect(row, `catalog/README.md explains ${c.id}`).toBeDefined();
      expect(row).toMatch(/sources agree/);
    }
    // Qwen3 tput: LiteLLM's 6.00 output looks like a 10x slip; genai-prices' HF route and models.dev say 0.60.
    const byId = new Map(disagree.map((c) => [c.id, c]));
    expect(byId.get("Qwen/Qwen3-235B-A22B-Instruct-2507-tput")!.theirs!.toString()).toBe("0.0066");
    expect(byId.get("Qwen/Qwen3-235B-A22B-Instruct-2507-tput")!.ours.toString()).toBe("0.0012");
  });
});
