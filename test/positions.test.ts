// A finding points at its real position (issue 26, item 9): a price book that breaks as JSON at
// line 3, column 15 is reported there, not at a 1:1 placeholder.
import { afterEach, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

test("a price book that is not valid JSON is reported where it breaks, in every format", async () => {
  repo = new TempRepo(false);
  repo.write("book.json", '{\n  "formatVersion": 1,\n  "version": oops\n}\n');
  repo.write(
    "ai-workloads.yaml",
    "version: 1\nworkloads:\n  - name: a\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 10 }\n",
  );
  const json = await cli(repo.dir, "estimate", "--catalog", "book.json", "--format", "json");
  expect(json.code).toBe(2);
  const [finding] = JSON.parse(json.stdout).findings as Array<{ rule: string; file: string; line: number; col: number; message: string }>;
  expect(finding).toMatchObject({ rule: "catalog.invalid", file: "book.json", line: 3, col: 14 });
  expect(finding!.message).toMatch(/at line 3, column 14: /);
  const table = await cli(repo.dir, "estimate", "--catalog", "book.json");
  expect(table.stdout).toMatch(
    /^  book\.json:3:14: error: price catalog is not valid JSON at line 3, column 14: expected a value \(catalog\.invalid\)$/m,
  );
});

test("a catalogs: entry that cannot be read is reported at that entry, in a valid manifest and in an invalid one", async () => {
  repo = new TempRepo(false);
  const manifest = (extra: string) =>
    `version: 1\ncatalogs:\n  - prices/ok.json\n  - prices/missing.json\nworkloads:\n  - name: a\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: ${extra} }\n`;
  repo.write(
    "prices/ok.json",
    JSON.stringify({
      formatVersion: 1,
      version: "1",
      asOf: "2026-01-01",
      currency: "USD",
      sources: {},
      models: [],
      hardware: [],
      providers: {},
    }),
  );
  repo.write("ai-workloads.yaml", manifest("10"));
  const valid = JSON.parse((await cli(repo.dir, "estimate", "--format", "json")).stdout).findings as Array<{
    rule: string;
    line: number;
    col: number;
    path?: string;
  }>;
  expect(valid.filter((f) => f.rule === "catalog.unreadable").map((f) => [f.line, f.col, f.path])).toEqual([[4, 5, "catalogs[1]"]]);
  repo.write("ai-workloads.yaml", manifest("lots"));
  const invalid = JSON.parse((await cli(repo.dir, "estimate", "--format", "json")).stdout).findings as Array<{
    rule: string;
    line: number;
    col: number;
    path?: string;
  }>;
  expect(invalid.filter((f) => f.rule === "catalog.unreadable").map((f) => [f.line, f.col, f.path])).toEqual([[4, 5, "catalogs[1]"]]);
});
