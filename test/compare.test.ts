import path from "node:path";
import { describe, expect, test } from "vitest";
import { compareWorkload, type CompareContext, type WorkloadComparison } from "../src/core/plan/compare.js";
import { Decimal } from "../src/core/money.js";
import { cli, cliJson } from "./helpers/cli.js";
import { analyzeText, oneWorkload } from "./helpers/pipeline.js";

const ROOT = path.join(import.meta.dirname, "..");

/** Compares the one workload of a manifest priced with the test catalog (chat-large 0.90/3.30, batch 0.45/1.65; H100 $5.49, H200 $6.65). */
function compare(workload: string, context: CompareContext = {}): WorkloadComparison {
  const analysis = analyzeText(oneWorkload(workload));
  expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  return compareWorkload(analysis.manifest!.workloads[0]!, analysis.manifest!, analysis.book!, context);
}

const option = (c: WorkloadComparison, label: string) =>
  c.options.find((o) => (o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode) === label)!;
const str = (d: Decimal | undefined) => d?.toString();

// 3,000 in + 1,000 out: $0.006 a request serverless, $0.003 batch; 2M requests carry 8B tokens.
const ARTICLE = "model: acme/chat-large\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 2000000 }";
const TPS_2000 = { tokensPerSecond: new Decimal(2000) };

describe("every mode of one workload", () => {
  test("serverless, batch and dedicated on each GPU with the replicas the tokens need", () => {
    const c = compare(`${ARTICLE}\nlatency: offline`, TPS_2000);
    expect(c.options.map((o) => [o.hardware ? `${o.mode} ${o.hardware.id}` : o.mode, str(o.monthlyCost), o.eligible])).toEqual([
      ["serverless", "12000", true],
      ["batch", "6000", true],
      // 2,000 tokens/s x 730 h x 3,600 s = 5.256B tokens a replica: 8B needs 2 replicas of 730 GPU-hours.
      ["dedicated h100-80gb", "8015.4", true],
      ["dedicated h200-141gb", "9709", true],
    ]);
    const h100 = option(c, "dedicated h100-80gb");
    expect(h100.replicas).toEqual({ low: 2, expected: 2, high: 2 });
    expect(str(h100.utilization)).toBe(new Decimal(8e9).div(2 * 5.256e9).toString());
    expect(str(option(c, "serverless").perRequestCost)).toBe("0.006");
    expect(c.options[c.cheapest!]!.mode).toBe("batch");
    expect(str(c.savings)).toBe("6000");
    expect(c.assumptions).toEqual([
      "1 GPU per replica (no dedicated.gpus; state it with --gpus)",
      "2000 tokens/s per replica, as stated, on every hardware",
    ]);
  });

  test("break-even: one H100 replica ($4,007.70 a month) costs what 667,950 serverless requests do", () => {
    const c = compare(`${ARTICLE}\nlatency: interactive`, TPS_2000);
    expect(c.breakEven).toEqual({ hardware: "h100-80gb", never: false, assumesOneReplica: false, requestsPerMonth: new Decimal("667950") });
    expect(str(option(c, "dedicated h200-141gb").breakEven!.requestsPerMonth)).toBe(new Decimal("4854.5").div("0.006").toString());
    // Interactive: batch is listed but not eligible, so the cheapest is the dedicated endpoint.
    expect(option(c, "batch").eligible).toBe(false);
    expect(option(c, "batch").notes).toEqual(["not for latency: interactive (batch jobs complete within 24 hours)"]);
    expect(c.options[c.cheapest!]!.hardware!.id).toBe("h100-80gb");
    expect(str(c.savings)).toBe("3984.6");
  });

  test("batch needs latency: offline; undeclared latency keeps work off batch", () => {
    const c = compare(ARTICLE, TPS_2000);
    expect(option(c, "batch").eligible).toBe(false);
    expect(option(c, "batch").notes).toEqual(["latency not declared; set latency: offline to allow batch (jobs complete within 24 hours)"]);
    // A workload already declared as batch has accepted the wait.
    expect(option(compare(`${ARTICLE}\nmode: batch`), "batch").eligible).toBe(true);
  });

  test("unknown capacity: one replica assumed, never recommended, break-even flagged", () => {
    const c = compare(`${ARTICLE}\nlatency: interactive`);
    const h100 = option(c, "dedicated h100-80gb");
    expect([str(h100.monthlyCost), h100.eligible, h100.utilization]).toEqual(["4007.7", false, undefined]);
    expect(h100.notes).toEqual(["capacity unknown: 1 replica assumed, so not recommended"]);
    expect(c.options[c.cheapest!]!.mode).toBe("serverless");
    expect(c.breakEven).toMatchObject({ hardware: "h100-80gb", assumesOneReplica: true, requestsPerMonth: new Decimal("667950") });
  });

  test("no break-even when a fully used replica costs more per request than serverless", () => {
    // $0.00012 a request; a replica serves 5.256B / 1,100 = 4.78M requests for $4,007.70 = $0.00084 each.
    const c = compare("model: acme/chat-small\ntokens: { input: 1000, output: 100 }\nrequests: { per_month: 3000000 }", TPS_2000);
    expect(c.breakEven).toEqual({ hardware: "h100-80gb", never: true, assumesOneReplica: false });
  });

  test("batch a provider does not run is unavailable, with the reason", () => {
    const c = compare("model: acme/reasoner\nlatency: offline\ntokens: { input: 1000, output: 100 }\nrequests: { per_month: 1000 }");
    expect(c.unavailable).toEqual([{ mode: "batch", reason: "together does not run batch jobs for acme/reasoner" }]);
  });

  test("a dedicated workload is sized with its own GPUs and throughput", () => {
    const c = compare(
      "model: acme/chat-large\nmode: dedicated\ndedicated: { hardware: h100-80gb, gpus: 2, replicas: 3, tokens_per_second: 4000 }\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 2000000 }",
    );
    expect(c.current).toEqual({ mode: "dedicated", hardware: "h100-80gb", monthlyCost: new Decimal("24046.2") });
    // 4,000 tokens/s = 10.512B tokens a replica: one replica of 2 GPUs carries the 8B tokens.
    expect(option(c, "dedicated h100-80gb").replicas!.expected).toBe(1);
    expect(str(option(c, "dedicated h100-80gb").monthlyCost)).toBe("8015.4");
    expect(c.options[c.cheapest!]!.hardware!.id).toBe("h100-80gb");
    expect(str(c.savings)).toBe("16030.8");
  });

  test("12-month growth: serverless grows linearly, dedicated in replica steps", () => {
    const c = compare(
      "model: acme/chat-large\nlatency: interactive\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 1000000, growth_percent_per_month: 10 }",
      TPS_2000,
    );
    const months = c.forecast!;
    expect(months).toHaveLength(12);
    const h100 = c.options.findIndex((o) => o.hardware?.id === "h100-80gb");
    const serverless = c.options.findIndex((o) => o.mode === "serverless");
    expect([
      str(months[0]!.requestsPerMonth),
      str(months[0]!.costs[serverless]),
      str(months[0]!.costs[h100]),
      months[0]!.replicas[h100],
    ]).toEqual(["1100000", "6600", "4007.7", 1]);
    // 1.1^12 = 3.138428376721: 12.55B tokens need 3 replicas.
    expect([
      str(months[11]!.requestsPerMonth),
      str(months[11]!.costs[serverless]),
      str(months[11]!.costs[h100]),
      months[11]!.replicas[h100],
    ]).toEqual(["3138428.376721", "18830.570260326", "12023.1", 3]);
    expect(c.options[months[11]!.cheapest!]!.hardware!.id).toBe("h100-80gb");
  });
});

describe("tokenbudget compare on examples/planning", () => {
  test("offline summaries move to batch; the reserved copilot would be cheaper on serverless", async () => {
    const { code, report } = await cliJson(ROOT, "compare", "examples/planning");
    expect(code).toBe(0);
    const byName = Object.fromEntries(report.workloads.map((w: any) => [w.workload, w]));
    expect(byName["ticket-summaries"]).toMatchObject({
      cheapest: "batch",
      savings: 584,
      current: { mode: "serverless", monthlyCost: 1168 },
    });
    expect(byName.copilot).toMatchObject({
      cheapest: "serverless",
      savings: 5548,
      current: { mode: "dedicated", hardware: "h100-80gb", monthlyCost: 6205 },
      capacity: { tokensPerSecond: 3000, source: "workload" },
      breakEven: { hardware: "h100-80gb", never: true },
    });
  });

  test("steady code review crosses the break-even once its throughput is stated", async () => {
    const { stdout, code } = await cli(
      ROOT,
      "compare",
      "examples/planning",
      "--workload",
      "code-review",
      "--tokens-per-second",
      "12000",
      "--gpus",
      "2",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("*  dedicated h100-80gb x1    $6,205.00   $0.002267    39.9%");
    expect(stdout).toContain(
      "cheapest: dedicated h100-80gb x1 at $6,205.00/month; now $8,814.75 as declared (serverless), saves $2,609.75 a month",
    );
    expect(stdout).toContain(
      "break-even: dedicated h100-80gb beats serverless above 1,927,019 requests/month (63,354/day); now at 142% of it",
    );
  });

  test("an unknown workload name and a bad flag are usage errors", async () => {
    expect(await cli(ROOT, "compare", "examples/planning", "--workload", "nope")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: no workload named "nope"\n',
    });
    expect((await cli(ROOT, "compare", "examples/planning", "--tokens-per-second", "fast")).code).toBe(2);
  });
});

describe("ranges and the growth forecast in the report", () => {
  test("support-chat: low / expected / high and 12 months at 25% a month", async () => {
    const { report } = await cliJson(ROOT, "estimate", "examples/planning");
    const chat = report.workloads.find((w: any) => w.name === "support-chat");
    // input = 305 template tokens (o200k_base) + 800; 12,166.67 requests a month at $0.70/1M both ways.
    const expected = new Decimal(400)
      .times(730)
      .div(24)
      .times(new Decimal(1105 + 200).times("0.7").div(1e6));
    expect(chat.tokens).toMatchObject({ input: 1105, template: { path: "prompts/system.md", tokens: 305, tokenizer: "o200k_base" } });
    expect(chat.monthlyCost).toBe(expected.toDecimalPlaces(9).toNumber());
    expect(chat.range).toEqual({
      low: new Decimal(150)
        .times(730)
        .div(24)
        .times(new Decimal(605 + 80).times("0.7").div(1e6))
        .toDecimalPlaces(9)
        .toNumber(),
      expected: chat.monthlyCost,
      high: new Decimal(800)
        .times(730)
        .div(24)
        .times(new Decimal(2305 + 400).times("0.7").div(1e6))
        .toDecimalPlaces(9)
        .toNumber(),
    });
    expect(chat.forecast).toEqual(
      Array.from({ length: 12 }, (_, m) =>
        expected
          .times(new Decimal(`${125n ** BigInt(m + 1)}e-${2 * (m + 1)}`))
          .toDecimalPlaces(9)
          .toNumber(),
      ),
    );
    expect(report.findings.filter((f: any) => f.workload === "support-chat").map((f: any) => f.rule)).toEqual([
      "budget.forecast",
      "budget.workload.range",
    ]);
  });
});
