// A finding points at its real position, or carries none (issue 26, item 9): a price book that
// breaks as JSON at line 3, column 15 is reported there, and a problem of a whole file (a price
// book that does not exist, an empty manifest) has no line or column in any format, never 1:1.
import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";
import { TEST_LAYER, analyzeText } from "./helpers/pipeline.js";
import { diffRevisions } from "../src/core/review/diff.js";
import { parseReportJson } from "../src/core/review/report-json.js";
import { renderSarif } from "../src/core/render/sarif.js";
import { renderCodeQuality } from "../src/core/render/codequality.js";
import { renderMarkdown } from "../src/core/render/markdown.js";
import { renderHtml, joinChunks } from "../src/core/render/html.js";
import { tableChunks } from "../src/core/render/table.js";
import { fingerprints } from "../src/core/render/fingerprint.js";
import { PriceBook } from "../src/core/prices/catalog.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const WORKLOAD =
  "workloads:\n  - name: a\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 10 }\n";

/** A valid price book with no entries, of the given version. */
const emptyBook = (version: string) =>
  JSON.stringify({ formatVersion: 1, version, asOf: "2026-01-01", currency: "USD", sources: {}, models: [], hardware: [], providers: {} });

interface JsonFinding {
  rule: string;
  file: string;
  line?: number;
  col?: number;
  path?: string;
  message: string;
}

/**
 * Every format's view of the findings of one `estimate` run: the CLI's JSON report, read back
 * (so the schema and the reader take what the writer wrote), rendered by each renderer.
 */
async function formats(dir: string, ...args: string[]) {
  const run = await cli(dir, "estimate", ...args, "--format", "json");
  const parsed = parseReportJson(run.stdout);
  if (!("report" in parsed)) throw new Error(parsed.error);
  const report = parsed.report;
  return {
    code: run.code,
    report,
    jsonText: run.stdout,
    json: JSON.parse(run.stdout).findings as JsonFinding[],
    stderr: run.stderr,
    table: joinChunks(tableChunks(report, { color: false })),
    markdown: renderMarkdown(report),
    html: renderHtml(report, new Map()),
    sarif: JSON.parse(renderSarif(report)).runs[0].results as Array<{ ruleId: string; locations: unknown[] }>,
    codequality: JSON.parse(renderCodeQuality(report)) as Array<{ check_name: string; location: unknown }>,
  };
}

test("a price book that is not valid JSON is reported where it breaks, in every format", async () => {
  repo = new TempRepo(false);
  repo.write("book.json", '{\n  "formatVersion": 1,\n  "version": oops\n}\n');
  repo.write("ai-workloads.yaml", `version: 1\n${WORKLOAD}`);
  const out = await formats(repo.dir, "--catalog", "book.json");
  expect(out.code).toBe(2);
  const [finding] = out.json;
  expect(finding).toMatchObject({ rule: "catalog.invalid", file: "book.json", line: 3, col: 14 });
  expect(finding!.message).toMatch(/at line 3, column 14: /);
  expect(out.table).toMatch(
    /^  book\.json:3:14: error: price catalog is not valid JSON at line 3, column 14: expected a value \(catalog\.invalid\)$/m,
  );
  expect(out.stderr).toMatch(/^book\.json:3:14: error: price catalog is not valid JSON/m);
  expect(out.markdown).toContain("- ❌ `catalog.invalid` book.json:3:14: price catalog is not valid JSON");
  expect(out.html).toContain('<code class="loc">book.json:3:14</code>');
  expect(out.sarif[0]!.locations).toEqual([
    { physicalLocation: { artifactLocation: { uri: "book.json" }, region: { startLine: 3, startColumn: 14 } } },
  ]);
  expect(out.codequality[0]!.location).toEqual({ path: "book.json", lines: { begin: 3 } });
});

test("a price book that does not exist is a problem of the whole file: no line or column in any format", async () => {
  repo = new TempRepo(false);
  repo.write("ai-workloads.yaml", `version: 1\n${WORKLOAD}`);
  const out = await formats(repo.dir, "--catalog", "missing.json");
  expect(out.code).toBe(2);
  expect(out.json).toEqual([
    { severity: "error", rule: "input.not-found", message: "price catalog missing.json no such file or directory", file: "missing.json" },
  ]);
  expect(out.jsonText).not.toMatch(/"(line|col)": 1\b/);
  expect(out.table).toMatch(/^ {2}missing\.json: error: price catalog missing\.json no such file or directory \(input\.not-found\)$/m);
  expect(out.stderr).toBe("missing.json: error: price catalog missing.json no such file or directory (input.not-found)\n");
  expect(out.markdown).toContain("- ❌ `input.not-found` missing.json: price catalog missing.json no such file or directory\n");
  expect(out.html).toContain('<td><code class="loc">missing.json</code></td>');
  // SARIF: a location without a region is the whole artifact.
  expect(out.sarif[0]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "missing.json" } } }]);
  // GitLab refuses a whole report whose issue has no line: a whole-file issue sits on the first.
  expect(out.codequality[0]!.location).toEqual({ path: "missing.json", lines: { begin: 1 } });

  // The fingerprint never depended on the position: an alert keeps its identity now that 1:1 is gone.
  const [f] = out.report.findings;
  expect(fingerprints([f!])).toEqual(fingerprints([{ ...f!, line: 1, col: 1 }]));
});

test("an empty manifest is reported as a whole file by validate, in text and markdown", async () => {
  repo = new TempRepo(false);
  repo.write("ai-workloads.yaml", "");
  const text = await cli(repo.dir, "validate");
  expect(text.code).toBe(2);
  expect(text.stderr).toBe(
    "ai-workloads.yaml: error: file is empty; a manifest needs at least `version: 1` and `workloads:` (input.empty)\n",
  );
  const markdown = await cli(repo.dir, "validate", "--format", "markdown");
  expect(markdown.stdout).toContain("| error | ai-workloads.yaml | file is empty;");
});

test("a catalogs: entry that cannot be read is reported at that entry, in a valid manifest and in an invalid one", async () => {
  repo = new TempRepo(false);
  const manifest = (perDay: string) =>
    `version: 1\ncatalogs:\n  - prices/ok.json\n  - prices/missing.json\n${WORKLOAD.replace("per_day: 10", `per_day: ${perDay}`)}`;
  repo.write("prices/ok.json", emptyBook("2026.1.0"));
  const entryFindings = async () =>
    (JSON.parse((await cli(repo.dir, "estimate", "--format", "json")).stdout).findings as JsonFinding[])
      .filter((f) => f.rule === "catalog.unreadable")
      .map((f) => [f.line, f.col, f.path]);
  repo.write("ai-workloads.yaml", manifest("10"));
  expect(await entryFindings()).toEqual([[4, 5, "catalogs[1]"]]);
  repo.write("ai-workloads.yaml", manifest("lots"));
  expect(await entryFindings()).toEqual([[4, 5, "catalogs[1]"]]);
});

describe("a change judged against its base", () => {
  const w = (name: string, extra = "") =>
    `  - name: ${name}\n    model: acme/chat-small\n    tokens: { input: 1000, output: 0 }\n    requests: { per_month: 10000 }\n${extra}`;
  const book = new PriceBook([TEST_LAYER]);
  const judged = (base: ReturnType<typeof analyzeText>[], head: ReturnType<typeof analyzeText>[]) =>
    diffRevisions(base, head, { trust: "base", book }).findings.map((f) => [f.rule, f.file, f.line, f.col]);

  test("a workload whose name several head manifests use is pointed at where the first one is named", () => {
    const base = analyzeText(`version: 1\nworkloads:\n${w("chat", "    budget: { monthly: 1 }\n")}`, { file: "a.yaml" });
    const b = analyzeText(`version: 1\nworkloads:\n${w("other")}${w("chat")}`, { file: "b.yaml" });
    const c = analyzeText(`version: 1\nworkloads:\n${w("chat")}`, { file: "c.yaml" });
    expect(judged([base], [b, c])).toContainEqual(["trust.unmatched", "b.yaml", 7, 5]);
  });

  test("a renamed workload, gone from the head, and an edit of the prices carry no position", () => {
    const base = analyzeText(`version: 1\nworkloads:\n${w("chat", "    budget: { monthly: 1 }\n")}`);
    const renamed = analyzeText(`version: 1\nworkloads:\n${w("chat-v2")}`);
    expect(judged([base], [renamed])).toEqual([["trust.unmatched", "ai-workloads.yaml", undefined, undefined]]);
    const repriced = analyzeText(`version: 1\nprices:\n  - { model: acme/chat-small, input: 0, output: 0 }\nworkloads:\n${w("chat")}`);
    expect(judged([base], [repriced])).toContainEqual(["price.changed-by-change", "ai-workloads.yaml", undefined, undefined]);
  });

  test("a changed price book is reported at the catalogs: entry that names it; an invalid base at no position", async () => {
    repo = new TempRepo();
    repo.write("prices/book.json", emptyBook("2026.1.0"));
    repo.write("ai-workloads.yaml", `version: 1\ncatalogs:\n  - prices/book.json\n${WORKLOAD}`);
    repo.write("team/ai-workloads.yaml", `version: 1\n${WORKLOAD.replace("per_day: 10", "per_day: lots")}`);
    repo.commit("base");
    repo.write("prices/book.json", emptyBook("2026.1.1"));
    repo.write("team/ai-workloads.yaml", `version: 1\n${WORKLOAD}`);
    const run = await cli(repo.dir, "check", "--base", "HEAD", "--trust", "base", "--format", "json");
    const findings = JSON.parse(run.stdout).findings as JsonFinding[];
    expect(findings.find((f) => f.rule === "price.changed-by-change")).toMatchObject({
      file: "ai-workloads.yaml",
      line: 3,
      col: 5,
      path: "catalogs[0]",
    });
    const invalid = findings.find((f) => f.rule === "base.invalid")!;
    expect(invalid).toEqual({
      severity: "notice",
      rule: "base.invalid",
      file: "team/ai-workloads.yaml",
      message: expect.stringMatching(/^at HEAD this manifest was invalid \(6:\d+ .*\); its base is treated as empty$/),
    });
  });
});
