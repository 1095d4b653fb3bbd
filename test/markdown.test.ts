import { describe, expect, test } from "vitest";
import { diffRevisions } from "../src/core/review/diff.js";
import { escapeMarkdown } from "../src/core/render/escape.js";
import { MAX_COMMENT_CHARS, renderMarkdown } from "../src/core/render/markdown.js";
import { buildReport } from "../src/core/review/report.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import { analyzeText, TEST_LAYER } from "./helpers/pipeline.js";

const book = new PriceBook([TEST_LAYER]);

function workloads(count: number, name: (i: number) => string, perMonth: (i: number) => number): string {
  let text = "version: 1\nworkloads:\n";
  for (let i = 0; i < count; i++) {
    text += `  - name: ${JSON.stringify(name(i))}\n    model: acme/chat-small\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: ${perMonth(i)} }\n    tags: { team: ${JSON.stringify(`t${i % 7}`)} }\n`;
  }
  return text;
}

describe("escaping user-controlled strings", () => {
  test("mentions, issue refs, HTML, pipes, backticks and links are neutralised", () => {
    const text = escapeMarkdown("@octocat fixes #12 <img src=x onerror=alert(1)> a|b `code` [click](https://evil.test) **bold**");
    expect(text).toBe(
      "@\u200boctocat fixes #\u200b12 &lt;img src=x onerror=alert(1)&gt; a&#124;b &#96;code&#96; \\[click\\](https://evil.test) \\*\\*bold\\*\\*",
    );
    for (const raw of ["@octocat", "fixes #12", "<img", "a|b", "`code`", "[click]"]) expect(text).not.toContain(raw);
  });

  test("newlines and bidi overrides cannot break a table row or spoof text", () => {
    expect(escapeMarkdown("line1\n| x |\u202Eevil")).toBe("line1 &#124; x &#124;evil");
  });

  test("a workload name with injection renders escaped in the comment", () => {
    const head = analyzeText(
      workloads(
        1,
        () => "<script>@admin|`x`",
        () => 1000,
      ),
      { book },
    );
    const markdown = renderMarkdown(buildReport([head], { toolVersion: "0", book }));
    expect(markdown).toContain("&lt;script&gt;@\u200badmin&#124;&#96;x&#96;");
    expect(markdown).not.toContain("<script>");
  });
});

describe("size limit", () => {
  test(`a huge diff stays under ${MAX_COMMENT_CHARS} characters, keeps the headline and the largest changes, and says what was left out`, () => {
    const long = (i: number) => `workload-${i}-${"x".repeat(150)}`;
    const base = analyzeText(
      workloads(3000, long, (i) => 1000 + i),
      { book },
    );
    const head = analyzeText(
      workloads(3000, long, (i) => 2000 + i * 3),
      { book },
    );
    const diff = diffRevisions([base], [head]);
    const report = buildReport([head], { toolVersion: "0", book, base: { ref: "main", trust: "head", diff } });
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(markdown.startsWith(`## tokenbudget: $`)).toBe(true);
    expect(markdown).toContain("· ✅ pass");
    // The largest change (the last workload, +2 x 2999 requests more) comes first.
    const firstRow = markdown.split("\n").find((l) => l.startsWith("| ✏️"))!;
    expect(firstRow).toContain("workload-2999-");
    expect(markdown).toMatch(/…\d+ smaller changes left out to fit the comment\./);
  });

  test("a small report is not cut", () => {
    const head = analyzeText(
      workloads(
        3,
        (i) => `w${i}`,
        () => 10,
      ),
      { book },
    );
    const markdown = renderMarkdown(buildReport([head], { toolVersion: "0", book }));
    expect(markdown).not.toContain("left out");
    expect(markdown.match(/^\| w\d/gm)).toHaveLength(3);
  });
});
