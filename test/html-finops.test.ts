// The HTML report as a FinOps view (issue 27), checked in headless Chromium: headline numbers,
// breakdowns with shares, a forecast that scales to 200 workloads, one number per budget, print
// at A4 without clipped tables, a legible compare chart, a footer, and paging for long tables.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM, chromiumAvailable, connectChromium, Tab, type Opened } from "./helpers/browser.js";
import { cli } from "./helpers/cli.js";
import { TempRepo, prScenarioRepo } from "./helpers/repo.js";

declare const document: any;
declare function getComputedStyle(element: unknown): any;

const ROOT = path.join(import.meta.dirname, "..");
/** A4 is 210 mm wide; the page's @page margins are 12 mm a side: 186 mm at 96 CSS px per inch. */
const A4_CONTENT_PX = Math.floor((186 / 25.4) * 96);

const TEAMS = 20;
const PER_TEAM = 10;
/** Teams whose group budget is over now. */
const OVER = 12;

/** 200 workloads in 20 teams; 12 teams' group budgets are over now, every 5th workload has its own budget. */
function fleet(): string {
  const models = ["openai/gpt-oss-20b", "openai/gpt-oss-120b", "meta-llama/Llama-3.3-70B-Instruct-Turbo"];
  let text = "version: 1\ndefaults: { provider: together }\nbudgets:\n";
  for (let t = 0; t < TEAMS; t++)
    text += `  - { name: team-${String(t).padStart(2, "0")}-budget, match: { team: team-${String(t).padStart(2, "0")} }, monthly: ${t < OVER ? 1 : 1_000_000} }\n`;
  text += "workloads:\n";
  for (let t = 0; t < TEAMS; t++) {
    for (let w = 0; w < PER_TEAM; w++) {
      const n = t * PER_TEAM + w;
      const budget = n % 5 === 0 ? `, budget: { monthly: ${1500 + n} }` : "";
      text += `  - { name: svc-${String(n).padStart(3, "0")}, model: ${models[n % 3]}, tokens: { input: ${500 + n * 10}, output: 100 }, requests: { per_day: ${1000 + n * 50}, growth_percent_per_month: ${3 + (n % 7)} }${budget}, tags: { team: team-${String(t).padStart(2, "0")} } }\n`;
    }
  }
  return text;
}

const inCi = Boolean(process.env.CI);

describe.skipIf(!chromiumAvailable && !inCi)("the FinOps view in headless Chromium", () => {
  let browser: Browser;
  let pr: TempRepo;
  let big: TempRepo;
  let bigCommit: string;
  let outDir: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    if (!chromiumAvailable) throw new Error(`no Chromium at ${CHROMIUM}`);
    pr = prScenarioRepo();
    big = new TempRepo();
    big.write("ai-workloads.yaml", fleet());
    bigCommit = big.commit("200 workloads");
    outDir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-finops-"));
    const [launched, check, diff, compare, fleetPage] = await Promise.all([
      connectChromium(),
      cli(pr.dir, "check", "--base", "HEAD", "--format", "html"),
      cli(pr.dir, "diff", "--base", "HEAD", "--format", "html"),
      cli(ROOT, "compare", "examples/planning", "--format", "html"),
      cli(big.dir, "check", "--format", "html"),
    ]);
    browser = launched;
    tab = new Tab(browser);
    expect(fleetPage.stderr).toBe("");
    Object.assign(pages, { check: check.stdout, diff: diff.stdout, compare: compare.stdout, fleet: fleetPage.stdout });
  });
  afterAll(async () => {
    await browser?.close();
    pr?.cleanup();
    big?.cleanup();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  let tab: Tab;
  /** Opens a page from disk in the file's one tab (see Tab). */
  function open(name: string, width = 1000): Promise<Opened> {
    const file = path.join(outDir, `${name}.html`);
    writeFileSync(file, pages[name]!);
    return tab.open(file, { width });
  }

  let fleetOpened: Promise<Opened> | undefined;
  /**
   * The 200-workload page, opened once for the three tests that look at it, one after another
   * (loading it is most of each one's time): the first two only read it, the last pages, filters and sorts its table.
   */
  const fleetPage = () => (fleetOpened ??= open("fleet"));

  test("KPI tiles and breakdowns by model, provider and mode with each one's share", async () => {
    const { page, problems } = await open("check");
    const tiles = await page.$$eval(".tile", (all: any[]) =>
      all.map((t) => [t.id, t.querySelector(".tile-value").textContent, t.querySelector(".tile-note").textContent]),
    );
    expect(tiles).toEqual([
      ["kpi-monthly", "$16,668.92", "+$6,094.67 against HEAD"],
      // $16,668.92 over 37.83M requests and 29.64B tokens.
      ["kpi-per-request", "$0.0004406", "37.83M requests a month"],
      ["kpi-per-million", "$0.5625", "29.64B tokens a month"],
      // Group budgets $9,000 + $4,000 and refund-agent's own $500 (in no group's match), spend $16,668.92 in them... of which
      // the groups' $10,030.20 + $2,631.02 and refund-agent's $438.00.
      ["kpi-headroom", "$1,331.08", "$16,668.92 of $18,000.00 in 3 budgets; 1 over"],
    ]);
    const byModel = await page.locator("#table-by-model tbody tr").allInnerTexts();
    expect(byModel).toEqual([
      "meta-llama/Llama-3.3-70B-Instruct-Turbo\t2\t$9,850.13\t59.1%",
      "openai/gpt-oss-120b\t3\t$6,621.68\t39.7%",
      "openai/gpt-oss-20b\t1\t$197.10\t1.2%",
    ]);
    expect(await page.locator("#table-by-provider tbody tr").allInnerTexts()).toEqual(["together\t6\t$16,668.92\t100.0%"]);
    expect(await page.locator("#table-by-mode tbody tr").allInnerTexts()).toEqual([
      "serverless\t4\t$12,206.18\t73.2%",
      "dedicated (h100-80gb)\t1\t$4,007.70\t24.0%",
      "batch\t1\t$455.03\t2.7%",
    ]);
    // On a 1,000 px screen no table scrolls sideways (the README's picture showed a cut table).
    const wide = await page.$$eval("table", (all: any[]) =>
      all.filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1).map((t) => t.id),
    );
    expect(wide).toEqual([]);
    // The workload breakdown is a chart; each workload's share is a column of the workloads table, largest first.
    const first = await page.locator("#table-workloads tbody tr").first().innerText();
    expect(first).toMatch(/^support-chat\nai-workloads\.yaml:19\t.*\t\$9,395\.10\t56\.4%\t/);
    expect(problems).toEqual([]);
  });

  test("one number per budget: in diff --base HEAD the forecast counts the unchanged member the group table counts", async () => {
    const { page, problems } = await open("diff");
    const table = await page.locator("#table-group-budgets tbody tr", { hasText: "support-team" }).innerText();
    const forecast = await page.locator("#table-forecast tbody tr", { hasText: "support-team (group)" }).innerText();
    expect(table).toContain("$10,030.20");
    expect(forecast.split("\t")[3]).toBe("$10,030.20");
    // The diff lists only the changed workloads; the totals still cover the unchanged one.
    expect(await page.locator("#table-workloads tbody tr").count()).toBe(4);
    expect(await page.locator("#kpi-monthly .tile-value").innerText()).toBe("$16,668.92");
    expect(problems).toEqual([]);
  });

  test("print at A4: no table wider than the paper, every row printed, a PDF of a few pages", async () => {
    const sizes: Record<string, { widest: number; pages?: number }> = {};
    for (const name of ["check", "compare", "fleet"]) {
      const { page } = await open(name, A4_CONTENT_PX);
      await page.emulateMedia({ media: "print" });
      const measured = await page.evaluate(() => {
        const paper = document.documentElement.clientWidth;
        return Array.from(document.querySelectorAll("table"), (t: any) => ({
          id: t.id,
          right: t.getBoundingClientRect().right,
          clipped: t.scrollWidth > t.parentElement.clientWidth + 1,
          paper,
          hiddenRows: Array.from(t.tBodies[0].rows).filter((r: any) => getComputedStyle(r).display === "none").length,
        }));
      });
      for (const t of measured)
        expect({ id: t.id, over: t.right > t.paper + 0.5, clipped: t.clipped, hiddenRows: t.hiddenRows }).toEqual({
          id: t.id,
          over: false,
          clipped: false,
          hiddenRows: 0,
        });
      // One PDF is enough to see the page printed (each costs Chromium a second or two); the layout is measured on all three.
      const pdf = name === "check" ? await page.pdf({ format: "A4" }) : undefined;
      if (pdf) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      sizes[name] = {
        widest: Math.max(...measured.map((t) => t.right)),
        ...(pdf ? { pages: (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length } : {}),
      };
    }
    // The compare page's growth table was 1,615 px wide; now every table fits A4's 702 px.
    for (const s of Object.values(sizes)) expect(s.widest).toBeLessThanOrEqual(A4_CONTENT_PX);
    expect(sizes.check!.pages).toBeGreaterThan(1);
    console.log(`A4 print: ${JSON.stringify(sizes)}`);
  });

  test("compare: the recommended option has a visible bar and a label of at least 11 px, beside a $10,950 option", async () => {
    const { page, problems } = await open("compare");
    const found = await page.evaluate(() => {
      const figure = document.querySelector("#chart-options-1");
      const svg = figure.querySelector("svg");
      const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute("width"));
      const bars = Array.from(figure.querySelectorAll('[aria-roledescription="bar"]'), (b: any) => ({
        label: b.getAttribute("aria-label"),
        width: b.getBoundingClientRect().width,
      }));
      const text = Array.from(figure.querySelectorAll("g.mark-text text"), (t: any) => t).find((t: any) =>
        t.textContent.includes("cheapest"),
      );
      return {
        bars,
        label: text.textContent,
        px: Number(getComputedStyle(text).fontSize.replace("px", "")) * scale,
        weight: text.getAttribute("font-weight"),
      };
    });
    const cheapest = found.bars.find((b: { label: string }) => /cheapest/.test(b.label))!;
    expect(cheapest.width).toBeGreaterThan(20);
    expect(found.bars.find((b: { label: string }) => /\$10,950; label: dedicated gb300/.test(b.label))).toBeDefined();
    expect(found.label).toBe("$11.11 ★ cheapest");
    expect(found.px).toBeGreaterThanOrEqual(11);
    expect(found.weight).toBe("bold");
    expect(problems).toEqual([]);
  });

  test("the footer names the commit, the repository, the time and the catalog version", async () => {
    const { page } = await fleetPage();
    const footer = await page.locator("footer").innerText();
    expect(footer).toMatch(
      new RegExp(
        `^Generated 2026-11-28 for ${path.basename(big.dir)} at commit ${bigCommit.slice(0, 12)}\\. Prices: catalog \\d{4}\\.\\d{2}\\.\\d{2}, as of \\d{4}-\\d{2}-\\d{2}\\.`,
      ),
    );
    expect(await page.locator("#meta-commit").getAttribute("title")).toBe(bigCommit);
  });

  test("200 workloads: every over-budget group first in the forecast, distinct colours, and how many are not drawn", async () => {
    const { page, problems } = await fleetPage();
    const chart = await page.evaluate(() => {
      const figure = document.querySelector("#chart-forecast");
      return {
        notDrawn: Number(figure.getAttribute("data-not-drawn")),
        caption: figure.querySelector(".not-drawn")?.textContent,
        legend: Array.from(figure.querySelectorAll("g.role-legend-label text"), (t: any) => String(t.textContent)),
        strokes: Array.from(figure.querySelectorAll('[aria-roledescription="line mark"]'), (l: any) => l.getAttribute("stroke")),
        axis: Array.from(figure.querySelectorAll("g.role-axis-title text"), (t: any) => String(t.textContent)),
      };
    });
    // 20 group budgets and the own budgets of every 5th workload: 60 forecasts, 20 drawn.
    expect(await page.locator("#table-forecast tbody tr").count()).toBe(60);
    expect(chart.notDrawn).toBe(40);
    expect(chart.caption).toBe("40 more not drawn: the table below lists every one.");
    expect(chart.legend).toHaveLength(20);
    const over = Array.from({ length: OVER }, (_, t) => `team-${String(t).padStart(2, "0")}-budget (group): over now`);
    expect(chart.legend.slice(0, OVER).sort()).toEqual(over);
    expect(chart.legend.slice(OVER).some((l: string) => l.includes("over now"))).toBe(false);
    expect(new Set(chart.strokes).size).toBe(20);
    // Budgets of $1 are thousands of times over: a linear axis would flatten every line near 100%.
    expect(chart.axis).toContain("Share of the budget (%, symlog scale)");
    expect(problems).toEqual([]);
  });

  test("200 workloads: pages of 50 with a filter; the page opens on the overview, findings folded", async () => {
    const { page, problems } = await fleetPage();
    const visible = () => page.locator("#table-workloads tbody tr:visible");
    const status = page.locator('.pager[data-for="table-workloads"] .pager-status');
    expect(await visible().count()).toBe(50);
    expect(await status.innerText()).toBe("Rows 1-50 of 200, page 1 of 4");
    await page.locator('.pager[data-for="table-workloads"] button[data-step="1"]').click();
    expect(await status.innerText()).toBe("Rows 51-100 of 200, page 2 of 4");
    await page.locator('.pager[data-for="table-workloads"] input').fill("team-07");
    expect(await visible().count()).toBe(PER_TEAM);
    expect(await status.innerText()).toBe("Rows 1-10 of 10 matching (of 200), page 1 of 1");
    // Sorting keeps the filter and the page size.
    await page
      .locator("#table-workloads thead th", { hasText: /^Workload/ })
      .locator("button")
      .click();
    expect(
      await visible()
        .allInnerTexts()
        .then((rows) => rows.map((r) => r.split("\n")[0])),
    ).toEqual(Array.from({ length: PER_TEAM }, (_, i) => `svc-${String(70 + i).padStart(3, "0")}`));

    expect(await page.locator("#findings details").getAttribute("open")).toBeNull();
    expect(await page.locator("#findings summary").innerText()).toMatch(/^\d+ findings: 12 errors, \d+ warnings, \d+ notices$/);
    const layout = await page.evaluate(() => ({
      overview: document.querySelector("#overview").getBoundingClientRect().top,
      height: document.body.scrollHeight,
    }));
    expect(layout.overview).toBeLessThan(800);
    // A 200-workload page was 28,000 px tall; paged and folded, it is a fraction of that.
    expect(layout.height).toBeLessThan(14_000);
    console.log(`200-workload page height: ${layout.height} px`);
    expect(problems).toEqual([]);
  });
});
