import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";
import { verifyBooks } from "../src/core/prices/verify.js";
import { cli, cliJson } from "./helpers/cli.js";

function book(source: string, asOf: string, models: PriceCatalog["models"]): PriceCatalog {
  return {
    formatVersion: 1,
    version: asOf.replaceAll("-", "."),
    asOf,
    currency: "USD",
    sources: { [source]: { title: `${source} feed`, url: `https://example.test/${source}`, asOf } },
    models,
    hardware: [],
  };
}

const ours = book("ours", "2026-09-01", [
  {
    provider: "together",
    id: "acme/a",
    aliases: ["acme/a-old"],
    source: "ours",
    asOf: "2026-09-01",
    serverless: { input: 1, output: 2, cachedInput: 0.5 },
    batch: { available: true, discounted: true, input: 0.5, output: 1 },
  },
  { provider: "together", id: "acme/b", source: "ours", asOf: "2026-09-01", serverless: { input: 0, output: 0 } },
  { provider: "together", id: "acme/c", source: "ours", asOf: "2026-09-01", serverless: { input: 3, output: 3 } },
]);
const older = book("older", "2026-07-01", [
  // 0.4% off: inside the default tolerance.
  { provider: "together", id: "ACME/A-OLD", source: "older", asOf: "2026-07-01", serverless: { input: 1.004, output: 2.5 } },
]);
const newer = book("newer", "2026-11-30", [
  {
    provider: "together",
    id: "acme/a",
    source: "newer",
    asOf: "2026-11-30",
    serverless: { input: 1, output: 2, cachedInput: 0.25 },
    batch: { available: true, discounted: true, input: 0.5, output: 1 },
  },
  { provider: "together", id: "acme/b", source: "newer", asOf: "2026-11-30", serverless: { input: 0.1, output: 0 } },
  { provider: "openai", id: "acme/c", source: "newer", asOf: "2026-11-30", serverless: { input: 9, output: 9 } },
]);

describe("verifyBooks", () => {
  it("lists each price another book states differently, beyond the tolerance, with source and date, and flags newer ones", () => {
    const result = verifyBooks(
      [
        { label: "built-in", catalog: ours },
        { label: "older.json", catalog: older },
        { label: "newer.json", catalog: newer },
      ],
      0.5,
    );
    expect(result.compared).toBe(2);
    expect(result.disagreements).toEqual([
      {
        provider: "together",
        id: "acme/a",
        field: "output",
        first: { book: "built-in", value: 2, source: "ours", sourceTitle: "ours feed", asOf: "2026-09-01" },
        other: { book: "older.json", value: 2.5, source: "older", sourceTitle: "older feed", asOf: "2026-07-01" },
        percent: 25,
        newer: false,
      },
      {
        provider: "together",
        id: "acme/a",
        field: "cachedInput",
        first: { book: "built-in", value: 0.5, source: "ours", sourceTitle: "ours feed", asOf: "2026-09-01" },
        other: { book: "newer.json", value: 0.25, source: "newer", sourceTitle: "newer feed", asOf: "2026-11-30" },
        percent: -50,
        newer: true,
      },
      {
        provider: "together",
        id: "acme/b",
        field: "input",
        first: { book: "built-in", value: 0, source: "ours", sourceTitle: "ours feed", asOf: "2026-09-01" },
        other: { book: "newer.json", value: 0.1, source: "newer", sourceTitle: "newer feed", asOf: "2026-11-30" },
        newer: true,
      },
    ]);
    expect(result.outdated).toBe(true);
    // A tolerance of 30% hides the 25% output gap; the 0 -> 0.1 change always counts.
    const loose = verifyBooks(
      [
        { label: "built-in", catalog: ours },
        { label: "older.json", catalog: older },
      ],
      30,
    );
    expect(loose.disagreements).toEqual([]);
    expect(loose.outdated).toBe(false);
    expect(
      verifyBooks(
        [
          { label: "built-in", catalog: ours },
          { label: "newer.json", catalog: newer },
        ],
        100,
      ).disagreements.map((d) => d.field),
    ).toEqual(["input"]);
  });
});

describe("tokenbudget catalog verify", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the disagreements and exits 1 when the first book is behind a newer source", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tb-verify-"));
    writeFileSync(path.join(dir, "ours.json"), JSON.stringify(ours));
    writeFileSync(path.join(dir, "newer.json"), JSON.stringify(newer));
    writeFileSync(path.join(dir, "older.json"), JSON.stringify(older));
    const result = await cli(dir, "catalog", "verify", "ours.json", "older.json", "newer.json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "Price books: ours.json 2026.09.01 (as of 2026-09-01, 3 models), older.json 2026.07.01 (as of 2026-07-01, 1 models), newer.json 2026.11.30 (as of 2026-11-30, 3 models)",
        "Compared 2 models of ours.json that another book prices; tolerance 0.5%.",
        "",
        "Prices that differ: 3 (USD per 1M tokens; value, source, as of)",
        "  PROVIDER  MODEL   PRICE        ours.json USES            BOOK        SAYS                       CHANGE",
        "  together  acme/a  output       $2.00 (ours, 2026-09-01)  older.json  $2.50 (older, 2026-07-01)  +25.0%",
        "  together  acme/a  cachedInput  $0.50 (ours, 2026-09-01)  newer.json  $0.25 (newer, 2026-11-30)  -50.0%  newer",
        "  together  acme/b  input        $0.00 (ours, 2026-09-01)  newer.json  $0.10 (newer, 2026-11-30)          newer",
        "",
        "ours.json disagrees with a newer source on 2 price(s): review them (catalog diff shows what they do to your workloads).",
        "",
      ].join("\n"),
    );
    const older2 = await cli(dir, "catalog", "verify", "ours.json", "older.json", "--tolerance", "30");
    expect(older2.code).toBe(0);
    expect(older2.stdout).toContain("No price differs beyond the tolerance.");
    const json = await cliJson(dir, "catalog", "verify", "ours.json", "newer.json");
    expect(json.code).toBe(1);
    expect(json.report.disagreements).toHaveLength(2);
  });

  it("the built-in catalog against itself agrees; bad arguments exit 2", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tb-verify-"));
    const same = await cli(dir, "catalog", "verify", "built-in", "built-in");
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(
      "Compared 1243 models of built-in that another book prices; tolerance 0.5%.\n\nNo price differs beyond the tolerance.\n",
    );
    expect(await cli(dir, "catalog", "verify", "built-in")).toMatchObject({
      code: 2,
      stderr: "tokenbudget: catalog verify needs at least two price books (files or built-in)\n",
    });
    expect(await cli(dir, "catalog", "verify", "built-in", "built-in", "--tolerance", "lots")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: --tolerance must be a percentage from 0 to 100, got "lots"\n',
    });
    expect((await cli(dir, "catalog", "verify", "built-in", "missing.json")).code).toBe(2);
  });
});

describe("examples/workflows/refresh-prices.yml", () => {
  it("is a weekly workflow that imports, diffs, verifies and opens a pull request with the diff as its body", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse } = await import("yaml");
    const workflow = parse(readFileSync(new URL("../examples/workflows/refresh-prices.yml", import.meta.url), "utf8"));
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    const steps = workflow.jobs.refresh.steps as { run?: string; uses?: string; with?: Record<string, string> }[];
    const script = steps.map((s) => s.run ?? "").join("\n");
    expect(script).toContain("catalog import --from together --out");
    expect(script).toContain("catalog diff prices/together.json");
    expect(script).toContain("catalog verify");
    const pr = steps.find((s) => s.uses?.startsWith("peter-evans/create-pull-request"));
    expect(pr?.with?.["body-path"]).toBe("${{ runner.temp }}/pr-body.md");
  });
});
