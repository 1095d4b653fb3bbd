// `tokenbudget history` end to end: a real git repository whose branch changes its manifests over
// six commits (dated, so the output is fixed), walked without a checkout.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, connectChromium, openFile } from "./helpers/browser.js";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const manifest = (workloads: string) => `version: 1\ndefaults: { provider: together }\nworkloads:\n${workloads}`;
// openai/gpt-oss-20b at $0.05 / $0.20 per 1M: 1,000 + 100 tokens a request is $0.00007.
const chat = (perDay: number) =>
  `  - { name: chat, model: openai/gpt-oss-20b, tokens: { input: 1000, output: 100 }, requests: { per_day: ${perDay} }, tags: { team: support, feature: chat } }\n`;
const search = (model: string) =>
  `  - { name: search, model: ${model}, tokens: { input: 2000, output: 200 }, requests: { per_day: 10000 }, tags: { team: search } }\n`;

let repo: TempRepo;
const commits: string[] = [];

/** Commits with fixed author and committer dates, one day apart. */
function commitOn(day: number, message: string): string {
  const date = `2026-0${day < 10 ? 1 : 2}-${String(day < 10 ? day : day - 9).padStart(2, "0")}T12:00:00Z`;
  process.env.GIT_AUTHOR_DATE = date;
  process.env.GIT_COMMITTER_DATE = date;
  try {
    return repo.commit(message);
  } finally {
    delete process.env.GIT_AUTHOR_DATE;
    delete process.env.GIT_COMMITTER_DATE;
  }
}

beforeAll(() => {
  repo = new TempRepo();
  repo.write("README.md", "no manifest yet\n");
  commits.push(commitOn(1, "initial"));
  repo.write("svc/ai-workloads.yaml", manifest(chat(100_000)));
  commits.push(commitOn(2, "add chat"));
  repo.write("svc/ai-workloads.yaml", manifest(chat(100_000) + search("openai/gpt-oss-20b")));
  commits.push(commitOn(3, "add search"));
  repo.write("docs.md", "unrelated\n");
  commits.push(commitOn(4, "docs only"));
  repo.write("svc/ai-workloads.yaml", manifest(chat(100_000) + search("openai/gpt-oss-120b")));
  commits.push(commitOn(5, "search on the 120b model"));
  repo.write("svc/ai-workloads.yaml", manifest(chat(300_000) + search("openai/gpt-oss-120b")));
  commits.push(commitOn(6, "triple chat traffic"));
  // A change in the work tree is not history: it must not show.
  repo.write("svc/ai-workloads.yaml", manifest(chat(9_000_000)));
});
afterAll(() => repo.cleanup());

describe("tokenbudget history", () => {
  test("one line a commit, oldest first, priced from git; the commits that moved spend most", async () => {
    const result = await cli(repo.dir, "history");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Projected monthly spend over 6 commits of HEAD from 2026-01-01 to 2026-01-06:");
    const rows = lines.slice(2, 8).map((l) => l.trim().split(/\s{2,}/));
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["2026-01-01", commits[0]!.slice(0, 12), "$0.00", "-", "0"],
      // 100,000 x 730/24 requests x $0.00007
      ["2026-01-02", commits[1]!.slice(0, 12), "$212.92", "+$212.92", "1"],
      // + 10,000 x 730/24 requests x $0.00014
      ["2026-01-03", commits[2]!.slice(0, 12), "$255.50", "+$42.58", "2"],
      ["2026-01-04", commits[3]!.slice(0, 12), "$255.50", "$0.00", "2"],
      // search at $0.00042 a request on the 120b model
      ["2026-01-05", commits[4]!.slice(0, 12), "$340.67", "+$85.17", "2"],
      ["2026-01-06", commits[5]!.slice(0, 12), "$766.50", "+$425.83", "2"],
    ]);
    const movers = result.stdout.slice(result.stdout.indexOf("Commits that moved it most:")).split("\n").slice(1, 3);
    expect(movers[0]).toBe(
      `  2026-01-06  ${commits[5]!.slice(0, 12)}  +$425.83  $340.67 -> $766.50  team support +$425.83; model openai/gpt-oss-20b +$425.83  triple chat traffic`,
    );
    expect(movers[1]).toBe(
      `  2026-01-02  ${commits[1]!.slice(0, 12)}  +$212.92  $0.00 -> $212.92    team support +$212.92; model openai/gpt-oss-20b +$212.92  add chat`,
    );
    // The model change: search's team moved by +$85.17, the new model by its whole $127.75.
    expect(result.stdout).toMatch(/team search \+\$85\.17; model openai\/gpt-oss-120b \+\$127\.75 +search on the 120b model/);
  });

  test("--every 2 prices every other commit back from the newest; --since leaves out older ones", async () => {
    const every = await cli(repo.dir, "history", "--every", "2", "--format", "json");
    const data = JSON.parse(every.stdout);
    expect(data.points.map((p: { commit: string }) => p.commit)).toEqual([commits[1], commits[3], commits[5]]);
    expect(data.commits).toBe(6);
    const since = JSON.parse((await cli(repo.dir, "history", "--since", "2026-01-05", "--format", "json")).stdout);
    expect(since.points.map((p: { commit: string; monthlyCost: number }) => [p.commit, p.monthlyCost])).toEqual([
      [commits[4], 340.666666667],
      [commits[5], 766.5],
    ]);
  });

  test("json by team, model and --group-by tag; csv one row a commit", async () => {
    const json = JSON.parse((await cli(repo.dir, "history", "--group-by", "feature", "--format", "json")).stdout);
    const last = json.points.at(-1);
    expect(last.by).toEqual({
      team: { support: 638.75, search: 127.75 },
      model: { "openai/gpt-oss-20b": 638.75, "openai/gpt-oss-120b": 127.75 },
      "tag:feature": { chat: 638.75, "(untagged)": 127.75 },
    });
    expect(json.movers[0]).toMatchObject({ commit: commits[5], change: 425.833333333, team: { value: "support", change: 425.833333333 } });
    const csv = (await cli(repo.dir, "history", "--format", "csv")).stdout.split("\r\n");
    expect(csv[0]).toBe(
      "date,commit,subject,monthly_usd,complete,workloads,model:openai/gpt-oss-120b,model:openai/gpt-oss-20b,team:search,team:support",
    );
    expect(csv[6]).toBe(`2026-01-06T12:00:00.000Z,${commits[5]},triple chat traffic,766.5,true,2,127.75,638.75,127.75,638.75`);
    expect(csv).toHaveLength(8);
  });

  test("bad input: an unknown branch, a bad date, a bad --every are one line and exit 2", async () => {
    expect(await cli(repo.dir, "history", "--branch", "nope")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli(repo.dir, "history", "--branch", "nope")).stderr).toMatch(/^tokenbudget: unknown revision "nope"/);
    expect(await cli(repo.dir, "history", "--since", "last week")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: --since must be a date, YYYY-MM-DD, got "last week"\n',
    });
    expect(await cli(repo.dir, "history", "--every", "0")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: --every must be a positive whole number, got "0"\n',
    });
    expect(await cli(repo.dir, "history", "--branch", "--output=x")).toMatchObject({ code: 2 });
  });

  test("the working tree is never read: its uncommitted change does not show, and nothing is checked out", async () => {
    const json = JSON.parse((await cli(repo.dir, "history", "--format", "json")).stdout);
    expect(json.points.at(-1).monthlyCost).toBe(766.5);
    expect(readFileSync(path.join(repo.dir, "svc/ai-workloads.yaml"), "utf8")).toContain("per_day: 9000000");
    expect(repo.git("status", "--porcelain")).toBe("M svc/ai-workloads.yaml");
  });

  test.skipIf(!chromiumAvailable && !process.env.CI)(
    "html in headless Chromium: spend over time by team and by model, every commit in the table",
    async () => {
      const result = await cli(repo.dir, "history", "--format", "html");
      expect(result.code).toBe(0);
      const file = path.join(repo.dir, "history.html");
      writeFileSync(file, result.stdout);
      const browser = await connectChromium();
      try {
        const { page, problems } = await openFile(browser, file);
        const charts = await page.$$eval("figure[data-marks]", (all: any[]) =>
          all.map((f) => ({
            id: f.id,
            lines: f.querySelectorAll('[aria-roledescription="line mark"]').length,
            expected: Number(f.getAttribute("data-marks")),
            legend: Array.from(f.querySelectorAll("g.role-legend-label text"), (t: any) => String(t.textContent)),
          })),
        );
        expect(charts).toEqual([
          { id: "chart-history-team", lines: 3, expected: 3, legend: ["Total", "support", "search"] },
          { id: "chart-history-model", lines: 3, expected: 3, legend: ["Total", "openai/gpt-oss-20b", "openai/gpt-oss-120b"] },
        ]);
        expect(await page.locator("#table-history tbody tr").count()).toBe(6);
        expect(await page.locator("#table-movers tbody tr").first().innerText()).toBe(
          `${commits[5]!.slice(0, 12)}\t2026-01-06\t+$425.83\t$340.67\t$766.50\tteam support +$425.83; model openai/gpt-oss-20b +$425.83\ttriple chat traffic`,
        );
        expect(await page.locator("#kpi-now .tile-value").innerText()).toBe("$766.50");
        if (process.env.UPDATE_GOLDEN)
          await page.screenshot({
            path: path.join(import.meta.dirname, "../docs/history.png"),
            fullPage: true,
            clip: { x: 0, y: 0, width: 1000, height: 1300 },
          });
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
