import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escapeHtml } from "../src/core/render/escape.js";
import { CHROMIUM, chromiumAvailable, connectChromium, Tab, type Opened } from "./helpers/browser.js";
import { cli } from "./helpers/cli.js";
import { decodePng, inkStats } from "./helpers/png.js";
import { TempRepo, prScenarioRepo } from "./helpers/repo.js";

// Code passed to page.evaluate runs in the browser; its DOM is typed loosely here rather than
// adding the DOM library to the whole (Node) project.
declare const document: any;
declare function getComputedStyle(element: unknown): any;

const ROOT = path.join(import.meta.dirname, "..");
const GOLDEN = path.join(import.meta.dirname, "golden");

/**
 * The HTML golden files hold the page without the charts' SVG (Vega's output, checked in the
 * browser below by its marks and labels), so a Vega release does not rewrite them.
 */
function withoutSvg(html: string): string {
  return (
    html
      .replace(/<svg [\s\S]*?<\/svg>/g, "<svg><!-- chart drawn by Vega --></svg>")
      .replace(/tokenbudget \d+\.\d+\.\d+[^\s<]*/g, "tokenbudget VERSION")
      // The temporary repository's folder and commit differ on every run.
      .replace(/<code id="meta-repository">[^<]*<\/code>/, '<code id="meta-repository">REPOSITORY</code>')
      .replace(/<code id="meta-commit" title="[0-9a-f]{40}">[0-9a-f]{12}<\/code>/, '<code id="meta-commit" title="COMMIT">COMMIT</code>')
  );
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name} differs; run npm run test:update if the change is intended`).toBe(readFileSync(file, "utf8"));
}

/** Every string a pull request controls, written to break out of HTML, attributes, scripts and spreadsheets. */
const HOSTILE_DIR = "<svg onload=alert(5)>";
const HOSTILE = `version: 1
prices:
  - { model: "<img/src=x/onerror=alert(4)>", provider: together, input: 1, output: 2 }
budgets:
  - name: "</script><script>alert('budget')</script>"
    match: { team: "<img src=x onerror=alert(1)>" }
    monthly: 1
workloads:
  - name: "<img src=x onerror=alert(2)>"
    model: "<img/src=x/onerror=alert(4)>"
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 1000, growth_percent_per_month: 10 }
    budget: { monthly: 100 }
    tags: { team: "<img src=x onerror=alert(1)>", feature: "=HYPERLINK(\\"http://example.invalid\\",\\"x\\")" }
  - name: "\\"><svg onload=alert(3)>, \\"quoted\\""
    model: openai/gpt-oss-20b
    provider: together
    tokens: { input: 100, output: 10 }
    requests: { per_day: 100 }
    tags: { team: "@SUM(A1)", feature: "-2+3" }
`;

function hostileDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-html-"));
  mkdirSync(path.join(dir, HOSTILE_DIR));
  writeFileSync(path.join(dir, HOSTILE_DIR, "ai-workloads.yaml"), HOSTILE);
  return dir;
}

/** RFC 4180 read back: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\r" && text[i + 1] === "\n") (row.push(field), rows.push(row), (row = []), (field = ""), i++);
    else field += ch;
  }
  return rows;
}

describe("--format csv", () => {
  let repo: TempRepo;
  beforeAll(() => (repo = prScenarioRepo()));
  afterAll(() => repo.cleanup());

  test("one row per workload with base and change, CRLF records (the PR scenario)", async () => {
    const result = await cli(repo.dir, "check", "--base", "HEAD", "--format", "csv");
    expect(result.code).toBe(1);
    golden("pr-scenario.csv", result.stdout);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual([
      "file",
      "workload",
      "provider",
      "model",
      "mode",
      "tag:feature",
      "tag:team",
      "tag:tenant",
      "requests_per_month",
      "input_tokens",
      "output_tokens",
      "cached_input_tokens",
      "per_request_usd",
      "monthly_usd",
      "change",
      "base_monthly_usd",
      "change_usd",
      "budget_monthly_usd",
      "budget_percent_used",
      "status",
    ]);
    // 6 workloads at the head and the removed one.
    expect(rows).toHaveLength(8);
    const chat = rows.find((r) => r[1] === "support-chat")!;
    expect([chat[13], chat[14], chat[15], chat[16], chat[19]]).toEqual(["9395.1", "changed", "4657.4", "4737.7", "over"]);
    const removed = rows.find((r) => r[1] === "legacy-classifier")!;
    expect([removed[13], removed[14], removed[16]]).toEqual(["0", "removed", "-76.65"]);
  });

  test("estimate has no diff columns", async () => {
    const result = await cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--format", "csv");
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).not.toContain("change_usd");
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  test("quotes commas and quotes, and defuses formulas in every manifest string", async () => {
    const dir = hostileDir();
    try {
      const result = await cli(dir, "estimate", "--format", "csv");
      const rows = parseCsv(result.stdout);
      const [first, second] = [rows[1]!, rows[2]!];
      expect(first[5]).toBe(`'=HYPERLINK("http://example.invalid","x")`);
      expect(second[1]).toBe(`"><svg onload=alert(3)>, "quoted"`);
      expect(second[5]).toBe("'-2+3");
      expect(second[6]).toBe("'@SUM(A1)");
      // No field a spreadsheet would run: none starts with = + - @ unless it is one of our numbers.
      for (const row of rows)
        for (const cell of row)
          if (/^[=+@]/.test(cell) || (/^-/.test(cell) && Number.isNaN(Number(cell)))) throw new Error(`formula cell ${cell}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--format html (the markup)", () => {
  let repo: TempRepo;
  beforeAll(() => (repo = prScenarioRepo()));
  afterAll(() => repo.cleanup());

  test("the PR scenario's page, charts aside, is the golden file", async () => {
    const result = await cli(repo.dir, "check", "--base", "HEAD", "--format", "html");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    golden("pr-scenario.html", withoutSvg(result.stdout));
    // Self-contained: nothing to fetch.
    expect(result.stdout).not.toMatch(/\b(src|href)="(?!#)/);
    expect(result.stdout).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  test("every manifest string is escaped, in the page and in the charts", async () => {
    const dir = hostileDir();
    try {
      const result = await cli(dir, "check", "--format", "html");
      const html = result.stdout;
      for (const raw of ["<img", "<svg onload", "</script><script>alert", "onerror=alert(4)>"]) {
        expect(html.includes(raw), raw).toBe(false);
      }
      expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
      expect(html).toContain("&lt;/script&gt;&lt;script&gt;alert(&#39;budget&#39;)&lt;/script&gt;");
      // One script: ours.
      expect(html.match(/<script/g)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a long tail becomes one bar in the chart; the table keeps every row", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-html-"));
    try {
      const workload = (name: string, feature: string) =>
        `  - { name: ${name}, model: openai/gpt-oss-20b, provider: together, tokens: { input: 100, output: 10 }, requests: { per_day: 1000 }, tags: { feature: ${feature} } }\n`;
      const features = Array.from({ length: 17 }, (_, i) => workload(`w${i}`, `f${String(i).padStart(2, "0")}`)).join("");
      writeFileSync(path.join(dir, "ai-workloads.yaml"), `version: 1\nworkloads:\n${features}`);
      const html = (await cli(dir, "estimate", "--format", "html")).stdout;
      // 17 feature values: the 15 largest, then "2 others".
      expect(html).toMatch(/<figure id="chart-tag-1" data-mark-role="bar" data-marks="16" data-labels="16" data-not-drawn="0">/);
      expect(html).toContain("2 others $");
      expect(html).toContain('<tr><th scope="row">f16</th>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("compare charts the 20 workloads with the most at stake; every workload keeps its tables", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-html-"));
    try {
      const workloads = Array.from(
        { length: 21 },
        (_, i) =>
          `  - { name: w${i}, model: openai/gpt-oss-20b, provider: together, tokens: { input: 100, output: 10 }, requests: { per_day: ${(i + 1) * 100} } }\n`,
      );
      writeFileSync(path.join(dir, "ai-workloads.yaml"), `version: 1\nworkloads:\n${workloads.join("")}`);
      const html = (await cli(dir, "compare", "--format", "html")).stdout;
      expect(html).not.toContain('id="chart-options-1"');
      expect(html).toContain('id="chart-options-2"');
      expect(html).toContain('id="chart-options-21"');
      expect(html.match(/<table class="sortable" id="table-options-\d+"/g)).toHaveLength(21);
      expect(html).toContain("Charts for the 20 workloads with the largest monthly cost");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("escapeHtml: the five special characters as entities, bidi overrides and controls dropped", () => {
    expect(escapeHtml(`a\u202eb<i>&"'\u0007`)).toBe("ab&lt;i&gt;&amp;&quot;&#39;");
  });

  test("validate has no HTML or CSV form", async () => {
    const result = await cli(ROOT, "validate", "examples/ai-workloads.yaml", "--format", "html");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tokenbudget: --format must be one of table, json, markdown, sarif, codequality, got "html"\n');
  });
});

interface ChartCount {
  id: string;
  role: string;
  expectedMarks: number;
  expectedLabels: number;
  marks: number;
  labels: number;
  width: number;
  height: number;
  texts: string[];
}

const inCi = Boolean(process.env.CI);
if (!chromiumAvailable && !inCi)
  console.warn(
    `\n  browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium-headless-shell, or set TOKENBUDGET_CHROMIUM)\n`,
  );

// Locally a missing browser skips with the warning above; in CI it fails (.ci/run installs it).
describe.skipIf(!chromiumAvailable && !inCi)("--format html in headless Chromium", () => {
  let browser: Browser;
  let repo: TempRepo;
  let dir: string;
  let outDir: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    if (!chromiumAvailable)
      throw new Error(
        `no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium-headless-shell; set TOKENBUDGET_CHROMIUM to use another`,
      );
    repo = prScenarioRepo();
    dir = hostileDir();
    outDir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-pages-"));
    const [launched, pr, example, planning, compare, hostile] = await Promise.all([
      connectChromium(),
      cli(repo.dir, "check", "--base", "HEAD", "--format", "html"),
      cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--format", "html"),
      cli(ROOT, "check", "examples/planning", "--format", "html"),
      cli(ROOT, "compare", "examples/planning", "--format", "html"),
      cli(dir, "check", "--format", "html"),
    ]);
    browser = launched;
    tab = new Tab(browser);
    Object.assign(pages, {
      pr: pr.stdout,
      example: example.stdout,
      planning: planning.stdout,
      compare: compare.stdout,
      hostile: hostile.stdout,
    });
  });
  afterAll(async () => {
    await browser?.close();
    repo?.cleanup();
    for (const d of [dir, outDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  let tab: Tab;
  /** Opens a page from disk, as a reviewer would, in the file's one tab (see Tab). */
  function open(name: string): Promise<Opened> {
    const file = path.join(outDir, `${name}.html`);
    writeFileSync(file, pages[name]!);
    return tab.open(file);
  }

  let pr: Promise<Opened> | undefined;
  /**
   * The PR scenario's page, opened once for the three tests that look at it, one after another
   * (loading it is most of each one's time): the first only reads it, the second switches its
   * colour scheme and back, the last sorts a table.
   */
  const prPage = (): Promise<Opened> => (pr ??= open("pr"));

  /** Each chart's data marks and labels as the browser laid them out. */
  function charts(page: Page): Promise<ChartCount[]> {
    return page.$$eval("figure[data-marks]", (figures: any[]) =>
      figures.map((f) => {
        const role = f.getAttribute("data-mark-role")!;
        const svg = f.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return {
          id: f.id,
          role,
          expectedMarks: Number(f.getAttribute("data-marks")),
          expectedLabels: Number(f.getAttribute("data-labels")),
          marks: f.querySelectorAll(`[aria-roledescription="${role}"]`).length,
          labels: f.querySelectorAll("g.mark-text.role-mark text").length,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          texts: Array.from(f.querySelectorAll("svg text"), (t: any) => String(t.textContent ?? "")),
        };
      }),
    );
  }

  function expectDrawn(found: ChartCount[]): void {
    for (const c of found) {
      expect({ id: c.id, marks: c.marks, labels: c.labels }).toEqual({ id: c.id, marks: c.expectedMarks, labels: c.expectedLabels });
      expect(c.width, c.id).toBeGreaterThan(200);
      expect(c.height, c.id).toBeGreaterThan(30);
    }
  }

  test("the PR scenario: the change, its drivers, tags and group budgets, drawn; a screenshot with ink", async () => {
    const { page, problems } = await prPage();
    const found = await charts(page);
    expect(found.map((c) => [c.id, c.marks, c.labels])).toEqual([
      ["chart-waterfall", 7, 7],
      ["chart-drivers", 6, 0],
      ["chart-group-budgets", 2, 2],
      // support-team (over now) first, then refund-agent: 13 months each, a diamond where each breaks; one label, "budget".
      ["chart-forecast", 28, 1],
      ["chart-by-model", 3, 3],
      ["chart-by-provider", 1, 1],
      ["chart-by-mode", 3, 3],
      ["chart-by-workload", 6, 6],
      ["chart-tag-1", 3, 3],
      ["chart-tag-2", 2, 2],
      ["chart-tag-3", 6, 6],
    ]);
    expectDrawn(found);
    const waterfall = found.find((c) => c.id === "chart-waterfall")!.texts;
    for (const text of ["Base total", "Head total", "support-chat", "$10,574.24", "+$4,737.70", "-$455.03", "$16,668.92"])
      expect(waterfall).toContain(text);
    expect(found.find((c) => c.id === "chart-drivers")!.texts).toEqual(expect.arrayContaining(["volume", "tokens", "model", "mode"]));
    // When each breaks is said once, in the legend: no labels piled on the lines.
    expect(found.find((c) => c.id === "chart-forecast")!.texts).toEqual(
      expect.arrayContaining(["budget", "support-team (group): over now", "refund-agent: breaks in month 1"]),
    );
    expect(await page.locator("#table-findings tbody tr").count()).toBe(6);
    expect(await page.locator("#table-findings").innerText()).toContain("budget.group.exceeded\tai-workloads.yaml:9:5");

    const shot = await page.screenshot({ fullPage: true });
    const { ink, colours } = inkStats(decodePng(shot));
    expect(ink).toBeGreaterThan(0.03);
    expect(colours).toBeGreaterThan(50);
    // The README's picture: the top of the same page, refreshed with the golden files.
    if (process.env.UPDATE_GOLDEN)
      writeFileSync(
        path.join(ROOT, "docs/report.png"),
        await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 1500 } }),
      );
    expect(problems).toEqual([]);
  });

  test("dark and print: the page follows the reader's colour scheme and prints without navigation", async () => {
    const { page, problems } = await prPage();
    await page.emulateMedia({ colorScheme: "dark" });
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      label: getComputedStyle(document.querySelector("#chart-waterfall g.role-axis-label text")!).fill,
    }));
    expect(colours).toEqual({ body: "rgb(13, 17, 23)", label: "rgb(230, 237, 243)" });
    expect(inkStats(decodePng(await page.screenshot())).ink).toBeGreaterThan(0.03);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.querySelector("nav")!).display,
        getComputedStyle(document.body).backgroundColor,
      ]),
    ).toEqual(["none", "rgb(255, 255, 255)"]);
    // Back as it was, for the test that sorts.
    await page.emulateMedia({ media: "screen", colorScheme: "light" });
    expect(problems).toEqual([]);
  });

  test("tables sort by a column, both ways, unknown amounts last", async () => {
    const { page, problems } = await prPage();
    const names = () => page.locator("#table-changes tbody th").allInnerTexts();
    const heading = page.locator("#table-changes thead th", { hasText: /^Head/ });
    await heading.locator("button").click();
    expect(await heading.getAttribute("aria-sort")).toBe("ascending");
    expect(await names()).toEqual(["legacy-classifier", "refund-agent", "doc-summaries", "query-rewrite", "support-chat"]);
    await heading.locator("button").click();
    expect(await heading.getAttribute("aria-sort")).toBe("descending");
    expect(await names()).toEqual(["support-chat", "query-rewrite", "doc-summaries", "refund-agent", "legacy-classifier"]);
    expect(problems).toEqual([]);
  });

  test("estimate and check without a base: spend by tag, the growth forecast with the month each budget breaks", async () => {
    for (const name of ["example", "planning"]) {
      const { page, problems } = await open(name);
      const found = await charts(page);
      expectDrawn(found);
      if (name === "planning") {
        const forecast = found.find((c) => c.id === "chart-forecast")!;
        // 3 budgets x 13 months, plus a diamond where support-chat (month 6) and code-review (month 3) break.
        expect([forecast.marks, forecast.labels]).toEqual([41, 1]);
        expect(forecast.texts.filter((t) => /: (breaks|stays|over)/.test(t))).toEqual([
          "code-review: breaks in month 3",
          "support-chat: breaks in month 6",
          "support-team (group): stays within",
        ]);
        expect(await page.locator("#table-forecast").innerText()).toContain("month 6");
      } else {
        expect(found.map((c) => [c.id, c.marks])).toEqual([
          ["chart-group-budgets", 1],
          ["chart-by-model", 3],
          ["chart-by-provider", 1],
          ["chart-by-mode", 4],
          ["chart-by-workload", 4],
          ["chart-tag-1", 3],
          ["chart-tag-2", 2],
          ["chart-tag-3", 4],
        ]);
      }
      expect(problems).toEqual([]);
    }
  });

  test("compare: every option's cost and the break-even volume, per workload", async () => {
    const { page, problems } = await open("compare");
    const found = await charts(page);
    expectDrawn(found);
    expect(found.filter((c) => c.id.startsWith("chart-options-")).map((c) => c.marks)).toEqual([7, 7, 7, 7]);
    const breakEven = found.find((c) => c.id === "chart-break-even-1")!;
    expect([breakEven.marks, breakEven.labels]).toEqual([2, 2]);
    expect(breakEven.texts).toEqual(expect.arrayContaining(["today", "break-even 3,396,278/month"]));
    expect(await page.locator("#table-options-1 tbody tr").count()).toBe(7);
    expect(problems).toEqual([]);
  });

  test("hostile names show as text: no script runs, no element is injected, nothing loads", async () => {
    const { page, problems } = await open("hostile");
    expectDrawn(await charts(page));
    expect(
      await page.evaluate(() => [
        document.querySelectorAll("img").length,
        document.querySelectorAll("script").length,
        document.querySelectorAll("svg[onload]").length,
      ]),
    ).toEqual([0, 1, 0]);
    const text = await page.locator("body").innerText();
    expect(text).toContain("<img src=x onerror=alert(2)>");
    expect(text).toContain(`${HOSTILE_DIR}/ai-workloads.yaml`);
    // Vega shortens long axis labels with an ellipsis; the bar's ARIA label has the whole name.
    const bar = await page.locator('#chart-tag-1 [aria-roledescription="bar"]').first().getAttribute("aria-label");
    expect(bar).toContain("<img src=x onerror=alert(1)>");
    expect(problems).toEqual([]);
  });
});
