import path from "node:path";
import { describe, expect, test } from "vitest";
import { diffCatalogs, diffPriceBooks } from "../src/core/review/catalog-diff.js";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import { Decimal } from "../src/core/money.js";
import { cli, cliJson } from "./helpers/cli.js";
import { analyzeText, oneWorkload, TEST_CATALOG, TEST_LAYER } from "./helpers/pipeline.js";

const ROOT = path.join(import.meta.dirname, "..");

/** The test catalog after a price change: chat-large input down, H100 up, batch gone for chat-small, a new model. */
const NEXT: PriceCatalog = {
  ...TEST_CATALOG,
  version: "test.2",
  models: [
    ...TEST_CATALOG.models
      .filter((m) => m.id !== "acme/free")
      .map((m) =>
        m.id === "acme/chat-large"
          ? { ...m, serverless: { input: 0.75, output: 3.3, cachedInput: 0.45 } }
          : m.id === "acme/chat-small"
            ? { ...m, batch: { available: false as const } }
            : m,
      ),
    { provider: "together", id: "acme/new", source: "test", asOf: "2026-08-01", serverless: { input: 1, output: 2 } },
  ],
  hardware: TEST_CATALOG.hardware.map((h) => (h.id === "h100-80gb" ? { ...h, dedicatedHourly: 6.49 } : h)),
};
const oldBook = new PriceBook([TEST_LAYER]);
const newBook = new PriceBook([{ origin: "next.json", catalog: NEXT }]);

describe("diffPriceBooks", () => {
  test("names every price that moved, by how much, and entries that came or went", () => {
    const changes = diffPriceBooks(oldBook, newBook).map((c) => [
      c.kind,
      c.id,
      c.field,
      String(c.old),
      String(c.new),
      c.change?.toString(),
      c.percent?.toString(),
    ]);
    expect(changes).toEqual([
      ["model", "acme/chat-large", "input", "0.9", "0.75", "-0.15", new Decimal(-0.15).div(0.9).times(100).toString()],
      ["model", "acme/chat-small", "batch", "serverless price", "not offered", undefined, undefined],
      ["model", "acme/free", "entry", "present", "absent", undefined, undefined],
      ["model", "acme/new", "entry", "absent", "present", undefined, undefined],
      ["hardware", "h100-80gb", "dedicated GPU-hour", "5.49", "6.49", "1", new Decimal(1).div(5.49).times(100).toString()],
    ]);
  });

  test("identical books differ in nothing", () => {
    expect(diffPriceBooks(oldBook, new PriceBook([TEST_LAYER]))).toEqual([]);
  });
});

describe("diffCatalogs: what the change does to the workloads", () => {
  const manifest = (text: string) => analyzeText(text).manifest!;
  const chat = manifest(oneWorkload("model: acme/chat-large\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 2000000 }"));
  const endpoint = manifest(
    oneWorkload(
      "model: acme/chat-large\nmode: dedicated\ndedicated: { hardware: h100-80gb, replicas: 2 }\ntokens: { input: 1000, output: 100 }\nrequests: { per_month: 10 }",
    ).replace("- name: w", "- name: endpoint"),
  );
  const pinned = manifest(
    oneWorkload(
      "model: acme/chat-large\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 2000000 }",
      "prices:\n  - { model: acme/chat-large, input: 0.5, output: 1 }\n",
    ).replace("- name: w", "- name: pinned"),
  );
  const small = manifest(
    oneWorkload("model: acme/chat-small\ntokens: { input: 100, output: 10 }\nrequests: { per_month: 100 }").replace(
      "- name: w",
      "- name: small",
    ),
  );

  test("each workload priced with both books; a manifest's own prices: do not move", () => {
    const diff = diffCatalogs(oldBook, newBook, [chat, endpoint, pinned, small]);
    expect(
      diff.workloads.map((w) => [w.workload, w.old?.toString(), w.new?.toString(), w.change?.toString(), w.percent?.toString()]),
    ).toEqual([
      // 2 replicas x 730 GPU-hours x $1.00 more.
      ["endpoint", "8015.4", "9475.4", "1460", new Decimal(1460).div("8015.4").times(100).toString()],
      // 6B input tokens x $0.15 less.
      ["w", "12000", "11100", "-900", "-7.5"],
    ]);
    expect(diff.workloadsCompared).toBe(4);
    // Both books price all four: 12,000 + 8,015.40 + 5,000 (pinned) + 0.0012 (small) before.
    expect(diff.total).toEqual({ old: new Decimal("25015.4012"), new: new Decimal("25575.4012"), change: new Decimal(560) });
  });
});

describe("tokenbudget catalog diff", () => {
  test("the negotiated price book against the built-in one, on the planning example", async () => {
    const { code, report } = await cliJson(ROOT, "catalog", "diff", "built-in", "examples/price-book.json", "examples/planning");
    expect(code).toBe(0);
    const llamaInput = report.changes.find((c: any) => c.id === "meta-llama/Llama-3.3-70B-Instruct-Turbo" && c.field === "input");
    expect(llamaInput).toMatchObject({ old: 0.88, new: 0.7, change: -0.18, percent: -20.454545455 });
    expect(report.changes.find((c: any) => c.id === "openai/gpt-oss-120b" && c.field === "batch")).toMatchObject({
      old: "serverless price",
      new: "discounted",
    });
    expect(report.changes.find((c: any) => c.id === "openai/gpt-oss-120b" && c.field === "batch input")).toMatchObject({
      old: "absent",
      new: 0.06,
    });
    expect(report.changes.find((c: any) => c.id === "h100-80gb")).toMatchObject({ old: 5.49, new: 4.25, change: -1.24 });
    expect(report.workloads.map((w: any) => [w.workload, w.old, w.new, w.change])).toEqual([
      // 2,737,500 requests x 4,600 tokens x $0.18 less per 1M.
      ["code-review", 11081.4, 8814.75, -2266.65],
      // 2 replicas x 730 GPU-hours x $1.24 less.
      ["copilot", 8015.4, 6205, -1810.4],
      // 12,166.67 requests x 1,305 tokens (305 of them the counted system prompt) x $0.18 less per 1M.
      ["support-chat", 13.9722, 11.11425, -2.85795],
    ]);
    expect(report.workloadsCompared).toBe(4);
  });

  test("table output and usage errors", async () => {
    const { stdout } = await cli(ROOT, "catalog", "diff", "built-in", "examples/price-book.json", "examples/planning");
    expect(stdout).toContain("Price books: built-in 2026.09.23 -> examples/price-book.json 2026.11.1 (over built-in)");
    expect(stdout).toMatch(/together\s+h100-80gb\s+dedicated GPU-hour\s+\$5\.49\s+\$4\.25\s+-\$1\.24 \(-22\.6%\)/);
    expect(stdout).toMatch(
      /code-review\s+meta-llama\/Llama-3\.3-70B-Instruct-Turbo\s+serverless\s+\$11,081\.40\s+\$8,814\.75\s+-\$2,266\.65 \(-20\.5%\)/,
    );
    expect(stdout).toContain("Workloads that move: 3 of 4 (monthly)");
    expect((await cli(ROOT, "catalog", "diff", "built-in")).code).toBe(2);
    expect((await cli(ROOT, "catalog", "diff", "built-in", "missing.json")).stderr).toBe(
      "tokenbudget: price catalog missing.json no such file or directory\n",
    );
  });
});
