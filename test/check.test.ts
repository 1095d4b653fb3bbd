import { Ajv } from "ajv";
import { afterEach, describe, expect, test } from "vitest";
import reportSchema from "../schemas/report.schema.json" with { type: "json" };
import { cli, cliJson } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

/** Prices as overrides so these tests do not move when the built-in catalog does. */
const PRICES = `prices:
  - { model: acme/large, input: 1, output: 2 }
  - { model: acme/small, input: 0.1, output: 0.2 }
`;

function manifest(workloads: string, extra = ""): string {
  return `version: 1\n${PRICES}${extra}workloads:\n${workloads}`;
}

const w = (name: string, model: string, input: number, output: number, perMonth: number, more = "") =>
  `  - name: ${name}\n    model: ${model}\n    tokens: { input: ${input}, output: ${output} }\n    requests: { per_month: ${perMonth} }\n${more}`;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

function baseAndHead(base: Record<string, string>, head: Record<string, string | null>): TempRepo {
  repo = new TempRepo();
  for (const [file, text] of Object.entries(base)) repo.write(file, text);
  repo.commit("base");
  for (const [file, text] of Object.entries(head)) {
    if (text === null) repo.remove(file);
    else repo.write(file, text);
  }
  return repo;
}

const byName = (report: any) => Object.fromEntries(report.workloads.map((x: any) => [x.name, x]));

describe("check --base", () => {
  test("added, removed, changed and unchanged workloads with per-workload and total deltas", async () => {
    baseAndHead(
      {
        "ai-workloads.yaml": manifest(
          w("chat", "acme/large", 1000, 500, 1_000_000) +
            w("tagger", "acme/small", 200, 20, 500_000) +
            w("old", "acme/small", 100, 100, 100_000),
        ),
      },
      {
        "ai-workloads.yaml": manifest(
          w("chat", "acme/large", 1000, 500, 1_300_000) +
            w("tagger", "acme/small", 200, 20, 500_000) +
            w("fresh", "acme/large", 100, 100, 10_000),
        ),
      },
    );
    const { code, report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(code).toBe(0);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const x = byName(report);
    // chat: 1,000,000 x (1000 x 1 + 500 x 2)/1e6 = 2000 -> 1,300,000 x 0.002 = 2600
    expect(x.chat).toMatchObject({ change: "changed", baseMonthlyCost: 2000, monthlyCost: 2600, diffMonthlyCost: 600 });
    expect(x.chat.drivers).toEqual([{ cause: "volume", amount: 600, detail: "requests 1.000M -> 1.300M/month (+30%)" }]);
    expect(x.tagger).toMatchObject({ change: "unchanged", baseMonthlyCost: 12, monthlyCost: 12, diffMonthlyCost: 0 });
    expect(x.fresh).toMatchObject({ change: "added", baseMonthlyCost: 0, monthlyCost: 3, diffMonthlyCost: 3 });
    expect(x.old).toMatchObject({ change: "removed", baseMonthlyCost: 3, monthlyCost: 0, diffMonthlyCost: -3 });
    expect(report.summary).toMatchObject({
      baseMonthlyCost: 2015,
      monthlyCost: 2615,
      diffMonthlyCost: 600,
      status: "pass",
      changes: { added: 1, removed: 1, changed: 1, unchanged: 1 },
    });
    expect(report.workloads.map((r: any) => r.name)).toEqual(["chat", "fresh", "old", "tagger"]);
  });

  test("a delta is attributed to its causes: tokens, model and volume in one change", async () => {
    baseAndHead(
      { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1000, 500, 1_000_000)) },
      { "ai-workloads.yaml": manifest(w("chat", "acme/large", 2000, 500, 2_000_000)) },
    );
    const { report } = await cliJson(repo.dir, "diff", "--base", "HEAD");
    const chat = byName(report).chat;
    // base 1e6 x (1000 x .1 + 500 x .2)/1e6 = 200; model -> 2000; tokens -> 3000; volume -> 6000
    expect(chat.drivers).toEqual([
      { cause: "model", amount: 1800, detail: "model acme/small -> acme/large" },
      { cause: "tokens", amount: 1000, detail: "tokens per request: input 1000 -> 2000" },
      { cause: "volume", amount: 3000, detail: "requests 1.000M -> 2.000M/month (+100%)" },
    ]);
    expect(chat.diffMonthlyCost).toBe(5800);
  });

  test("mode and price changes are named as such", async () => {
    const prices = (input: number) =>
      `prices:\n  - { model: acme/large, input: ${input}, output: 2, batch_input: 0.25, batch_output: 0.5 }\n`;
    baseAndHead(
      { "ai-workloads.yaml": `version: 1\n${prices(1)}workloads:\n${w("job", "acme/large", 1000, 1000, 1_000_000)}` },
      {
        "ai-workloads.yaml": `version: 1\n${prices(1.5)}workloads:\n${w("job", "acme/large", 1000, 1000, 1_000_000, "    mode: batch\n")}`,
      },
    );
    const { report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(byName(report).job.drivers).toEqual([
      { cause: "price", amount: 500, detail: "price override for acme/large changed" },
      { cause: "mode", amount: -2750, detail: "mode serverless -> batch" },
    ]);
    expect(report.notes).toEqual(["ai-workloads.yaml: the prices: overrides differ between base and head"]);
  });

  test("a manifest new at head is all added; one deleted at head is all removed", async () => {
    baseAndHead(
      { "a/ai-workloads.yaml": manifest(w("gone", "acme/small", 1000, 0, 1000)) },
      { "a/ai-workloads.yaml": null, "b/ai-workloads.yml": manifest(w("new", "acme/small", 1000, 0, 1000)) },
    );
    const { report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(report.workloads.map((x: any) => [x.file, x.name, x.change, x.diffMonthlyCost])).toEqual([
      ["b/ai-workloads.yml", "new", "added", 0.1],
      ["a/ai-workloads.yaml", "gone", "removed", -0.1],
    ]);
    expect(report.summary.diffMonthlyCost).toBe(0);
  });

  test("a renamed workload is removed + added", async () => {
    baseAndHead(
      { "ai-workloads.yaml": manifest(w("before", "acme/small", 10, 10, 10)) },
      { "ai-workloads.yaml": manifest(w("after", "acme/small", 10, 10, 10)) },
    );
    const { report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(report.workloads.map((x: any) => `${x.name}:${x.change}`)).toEqual(["after:added", "before:removed"]);
  });
});

describe("budgets and policies", () => {
  test("workload budget exceeded fails with the numbers in the message; exit 1", async () => {
    baseAndHead({}, { "ai-workloads.yaml": manifest(w("chat", "acme/large", 5000, 1700, 2_000_000, "    budget: { monthly: 15000 }\n")) });
    const { code, report } = await cliJson(repo.dir, "check");
    expect(code).toBe(1);
    expect(report.summary.status).toBe("fail");
    // 2e6 x (5000 + 3400)/1e6 = 16,800
    expect(report.findings).toEqual([
      {
        severity: "error",
        rule: "budget.workload.exceeded",
        message: "workload chat projected $16,800.00/mo exceeds budget $15,000.00/mo by $1,800.00 (112%)",
        file: "ai-workloads.yaml",
        line: 10,
        col: 13,
        path: "workloads[0].budget.monthly",
        workload: "chat",
      },
    ]);
  });

  test("near a budget is a warning; --fail-on warning turns it into exit 1, --fail-on never into 0", async () => {
    baseAndHead({}, { "ai-workloads.yaml": manifest(w("chat", "acme/large", 1000, 0, 1_000_000, "    budget: { monthly: 1200 }\n")) });
    expect((await cli(repo.dir, "check")).code).toBe(0);
    expect((await cli(repo.dir, "check", "--fail-on", "warning")).code).toBe(1);
    const { report } = await cliJson(repo.dir, "check");
    expect(report.findings.map((f: any) => [f.rule, f.message])).toEqual([
      ["budget.workload.near", "workload chat projected $1,000.00/mo uses 83% of budget $1,200.00/mo"],
    ]);
    expect(report.summary.status).toBe("warn");
  });

  test("group budgets match tags; require_budget flags workloads without one", async () => {
    const text = manifest(
      w("a", "acme/large", 1000, 0, 1_000_000, "    tags: { team: support }\n") +
        w("b", "acme/large", 1000, 0, 500_000, "    tags: { team: support }\n") +
        w("c", "acme/small", 10, 0, 10, "    tags: { team: other }\n"),
      "budgets:\n  - name: support\n    match: { team: support }\n    monthly: 1000\npolicy:\n  require_budget: true\n",
    );
    baseAndHead({}, { "ai-workloads.yaml": text });
    const { code, report } = await cliJson(repo.dir, "check");
    expect(code).toBe(1);
    expect(report.findings.map((f: any) => `${f.rule}|${f.workload ?? ""}|${f.message}`)).toEqual([
      "budget.group.exceeded||budget support (2 workloads) projected $1,500.00/mo exceeds budget $1,000.00/mo by $500.00 (150%)",
      "budget.missing|c|workload c has no budget (its own or a group's), and policy.require_budget is on",
    ]);
    expect(report.budgets).toMatchObject([
      { name: "support", projected: 1500, monthly: 1000, percentUsed: 150, status: "over", workloads: ["a", "b"] },
    ]);
  });

  test("max_increase_percent and max_increase fail a change that raises the file's total too much", async () => {
    const policy = "policy:\n  max_increase_percent: 25\n  max_increase: 100\n";
    baseAndHead(
      { "ai-workloads.yaml": manifest(w("chat", "acme/large", 1000, 0, 100_000), policy) },
      { "ai-workloads.yaml": manifest(w("chat", "acme/large", 1000, 0, 300_000), policy) },
    );
    const { code, report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(code).toBe(1);
    expect(report.findings.map((f: any) => `${f.rule}: ${f.message}`)).toEqual([
      "increase.absolute: this change raises ai-workloads.yaml by +$200.00/mo ($100.00 -> $300.00), over policy.max_increase $100.00/mo",
      "increase.percent: this change raises ai-workloads.yaml by +200% ($100.00 -> $300.00/mo), over policy.max_increase_percent 25%",
    ]);
  });

  test("raising a budget in the same change is a budget.raised warning; --trust base judges by the base's budget", async () => {
    const base = manifest(w("chat", "acme/large", 1000, 0, 1_000_000, "    budget: { monthly: 1100 }\n"));
    const head = manifest(w("chat", "acme/large", 1000, 0, 2_000_000, "    budget: { monthly: 5000 }\n"));
    baseAndHead({ "ai-workloads.yaml": base }, { "ai-workloads.yaml": head });
    const trusted = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(trusted.code).toBe(0);
    expect(trusted.report.findings.map((f: any) => `${f.severity}:${f.rule}`)).toEqual(["warning:budget.raised"]);
    expect(trusted.report.findings[0].message).toContain("workload chat budget $1,100.00 -> $5,000.00");
    const skeptical = await cliJson(repo.dir, "check", "--base", "HEAD", "--trust", "base");
    expect(skeptical.code).toBe(1);
    expect(skeptical.report.findings.map((f: any) => `${f.severity}:${f.rule}`)).toEqual([
      "error:budget.workload.exceeded",
      "warning:budget.raised",
    ]);
    expect(skeptical.report.base).toEqual({ ref: "HEAD", trust: "base" });
  });

  test("loosening the policy is a budget.raised warning too", async () => {
    baseAndHead(
      { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1, 1, 1), "policy:\n  max_increase_percent: 10\n  unknown_model: error\n") },
      {
        "ai-workloads.yaml": manifest(w("chat", "acme/small", 1, 1, 1), "policy:\n  max_increase_percent: 50\n  unknown_model: warning\n"),
      },
    );
    const { report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(report.findings.map((f: any) => f.message)).toEqual([
      "this change loosens a limit: policy.max_increase_percent 10 -> 50; a reviewer should approve the higher spend explicitly",
      "this change loosens a limit: policy.unknown_model error -> warning; a reviewer should approve the higher spend explicitly",
    ]);
  });
});

describe("exit codes and broken input", () => {
  test("an invalid manifest at the base is a notice and the base is treated as empty", async () => {
    baseAndHead(
      { "ai-workloads.yaml": "version: 1\nworkloads: [" },
      { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1000, 0, 1000)) },
    );
    const { code, report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(code).toBe(0);
    expect(report.findings).toMatchObject([{ severity: "notice", rule: "base.invalid" }]);
    expect(byName(report).chat.change).toBe("added");
  });

  test("an invalid manifest at head exits 2 but the valid files are still reported", async () => {
    baseAndHead(
      {},
      {
        "a/ai-workloads.yaml": "version: 1\nworkloads:\n  - name: x\n    model: acme/large\n",
        "b/ai-workloads.yaml": manifest(w("ok", "acme/small", 1000, 0, 1000)),
      },
    );
    const result = await cli(repo.dir, "check", "--format", "json");
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.workloads.map((x: any) => [x.name, x.monthlyCost])).toEqual([["ok", 0.1]]);
    expect(result.stderr).toContain(
      'a/ai-workloads.yaml:3:5: error: workloads[0] is missing the required key "tokens" [workloads[0]] (schema)',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("an unknown revision and a folder that is not a repository exit 2 with a plain message", async () => {
    baseAndHead({ "ai-workloads.yaml": manifest(w("chat", "acme/small", 1, 1, 1)) }, {});
    const unknown = await cli(repo.dir, "check", "--base", "no-such-branch");
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain('unknown revision "no-such-branch"');
    const plain = new TempRepo(false);
    try {
      plain.write("ai-workloads.yaml", manifest(w("chat", "acme/small", 1, 1, 1)));
      const outside = await cli(plain.dir, "check", "--base", "main");
      expect(outside.code).toBe(2);
      expect(outside.stderr).toContain("is not inside a git repository");
    } finally {
      plain.cleanup();
    }
  });

  test("a revision that looks like an option is refused, not passed to git", async () => {
    baseAndHead({ "ai-workloads.yaml": manifest(w("chat", "acme/small", 1, 1, 1)) }, {});
    const result = await cli(repo.dir, "check", "--base=--output=/tmp/x");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"--output=/tmp/x" is not a revision');
  });

  test("usage errors exit 2", async () => {
    baseAndHead({}, { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1, 1, 1)) });
    expect(await cli(repo.dir, "check", "--format", "yaml")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: --format must be one of table, json, markdown, html, csv, sarif, codequality, slack, got "yaml"\n',
    });
    expect(await cli(repo.dir, "diff")).toMatchObject({ code: 2, stderr: "tokenbudget: diff needs --base REF\n" });
    expect((await cli(repo.dir, "frobnicate")).code).toBe(2);
  });
});

describe("base-side limits", () => {
  test("a base manifest over --max-file-bytes is never loaded: a notice, and its base is empty", async () => {
    baseAndHead(
      { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1000, 0, 1000)) + `# ${"x".repeat(2000)}\n` },
      { "ai-workloads.yaml": manifest(w("chat", "acme/small", 1000, 0, 1000)) },
    );
    const { code, report } = await cliJson(repo.dir, "check", "--base", "HEAD", "--max-file-bytes", "1500");
    expect(code).toBe(0);
    expect(report.findings).toMatchObject([
      {
        severity: "notice",
        rule: "base.invalid",
        message: expect.stringMatching(/^at HEAD this manifest is 2\d{3} bytes, over the 1500-byte limit; its base is treated as empty$/),
      },
    ]);
    expect(byName(report).chat.change).toBe("added");
  });
});

describe("price books between revisions", () => {
  test("a changed catalogs: book is a note, and both revisions are priced with the head's", async () => {
    const book = (input: number) =>
      JSON.stringify({
        formatVersion: 1,
        version: "2026.11.1",
        asOf: "2026-11-01",
        currency: "USD",
        sources: { contract: { title: "contract", url: "internal:contract", asOf: "2026-11-01" } },
        models: [{ provider: "together", id: "acme/book-model", source: "contract", asOf: "2026-11-01", serverless: { input, output: 1 } }],
        hardware: [],
      });
    const text = `version: 1\ncatalogs: [prices.json]\nworkloads:\n${w("chat", "acme/book-model", 1000, 0, 1000)}`;
    baseAndHead({ "ai-workloads.yaml": text, "prices.json": book(1) }, { "prices.json": book(2) });
    const { code, report } = await cliJson(repo.dir, "check", "--base", "HEAD");
    expect(code).toBe(0);
    expect(report.notes).toEqual(["price book prices.json changed since the base; both revisions were priced with the head's"]);
    expect(byName(report).chat).toMatchObject({ change: "unchanged", baseMonthlyCost: 2, monthlyCost: 2 });
  });
});
