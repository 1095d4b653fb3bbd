import { existsSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { importGenaiPrices, MAX_FEED_DEPTH, nestsDeeper } from "../../src/core/prices/import/index.js";
import { cli } from "../helpers/cli.js";
import { TempRepo } from "../helpers/repo.js";

/** `depth` levels of `{"or":[...]}` around one clause: genai-prices' match expressions nest like this. */
function deepMatch(depth: number): string {
  return `${'{"or":['.repeat(depth)}{"equals":"m"}${"]}".repeat(depth)}`;
}

describe("issue 21.6: deeply nested feeds", () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.cleanup());

  test.each([
    ["genai-prices", `[{"id":"openai","models":[{"id":"m","match":${deepMatch(100_000)},"prices":{"input_mtok":1,"output_mtok":1}}]}]`],
    [
      "models-dev",
      `{"id":"togetherai","models":{"m":{"cost":{"input":1,"output":1},"limit":${"[".repeat(100_000)}1${"]".repeat(100_000)}}}}`,
    ],
  ])("%s: exit 2 with one line, no stack trace, --out untouched", async (feed, text) => {
    repo = new TempRepo(false);
    writeFileSync(`${repo.dir}/feed.json`, text);
    const result = await cli(repo.dir, "catalog", "import", "--from", feed, "feed.json", "--out", "book.json");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `tokenbudget: feed.json nests deeper than ${MAX_FEED_DEPTH} levels; no price feed does, so it is not read\n`,
    });
    expect(existsSync(`${repo.dir}/book.json`)).toBe(false);
  });

  test("the depth check is iterative and exact at the limit; real nesting passes", () => {
    const nested = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(nestsDeeper(nested(MAX_FEED_DEPTH))).toBe(false);
    expect(nestsDeeper(nested(MAX_FEED_DEPTH + 1))).toBe(true);
    expect(nestsDeeper(nested(1_000_000))).toBe(true);
    expect(nestsDeeper({ a: [{ b: { c: 1 } }], d: "x" }, 4)).toBe(false);
    expect(nestsDeeper({ a: [{ b: { c: [] } }] }, 4)).toBe(true);
    // Within the limit, the importer reads nested match expressions as before.
    const { catalog } = importGenaiPrices(
      JSON.parse(`[{"id":"openai","models":[{"id":"m","match":${deepMatch(20)},"prices":{"input_mtok":1,"output_mtok":1}}]}]`),
      { sourceFile: "f", sourceDate: "2026-01-01" },
    );
    expect(catalog.models.map((m) => m.id)).toEqual(["m"]);
  });
});
