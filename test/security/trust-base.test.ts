// Issue 21, items 1 and 2, as a hostile pull-request author would try them: under --trust base
// every price the head states itself is the base's (or an error), and a manifest that is new in
// the head is governed by the base's rules. Real git repositories; the CLI in-process.
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { TempRepo } from "../helpers/repo.js";

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

/** Base committed, head left in the working tree. */
function pr(base: Record<string, string>, head: Record<string, string>): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  for (const [file, text] of Object.entries(base)) repo.write(file, text);
  repo.commit("base");
  for (const [file, text] of Object.entries(head)) repo.write(file, text);
  return repo;
}

interface Finding {
  severity: string;
  rule: string;
  message: string;
  file: string;
}

async function check(repo: TempRepo, ...extra: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["check", "--base", "HEAD", "--trust", "base", "--format", "json", ...extra], {
    cwd: repo.dir,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-11-28",
  });
  const report = JSON.parse(stdout) as { summary: { status: string; monthlyCost: number }; findings: Finding[] };
  return { code, report, stderr };
}

const errors = (findings: Finding[], rule?: string) => findings.filter((f) => f.severity === "error" && (!rule || f.rule === rule));

const SERVERLESS = `version: 1
workloads:
  - name: chat
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 1000, output: 100 }
    requests: { per_month: 1000 }
    budget: { monthly: 10 }
`;

/** The head's move: 8 GPUs x 50 replicas of hardware no price book knows, at a rate it names itself. */
const dedicated = (spec: string, perMonth = 1_000_000) => `version: 1
workloads:
  - name: chat
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    mode: dedicated
    tokens: { input: 1000, output: 100 }
    requests: { per_month: ${perMonth} }
    budget: { monthly: 10 }
    dedicated: { hardware: shadow-gpu, gpus: 8, replicas: 50, ${spec} }
`;

describe("item 1: prices written in a workload, under --trust base", () => {
  it("the issue's attack: a $10-budget workload moved to 8 GPUs x 50 replicas at hourly_rate 0.000001 fails, never passes", async () => {
    const repo = pr({ "ai-workloads.yaml": SERVERLESS }, { "ai-workloads.yaml": dedicated("hourly_rate: 0.000001") });
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(report.summary.status).toBe("fail");
    expect(errors(report.findings, "price.changed-by-change").map((f) => f.message)).toEqual([
      "workload chat states dedicated.hourly_rate $0.000001 for shadow-gpu, which the base revision does not price; under --trust base a rate only the head states cannot pass: price shadow-gpu at the base first (a base workload or price book)",
    ]);
  });

  it("a rate the base states for the same hardware replaces the head's: the budget then judges the real cost", async () => {
    const base = dedicated("hourly_rate: 2.5", 1000)
      .replace("gpus: 8, replicas: 50", "gpus: 1, replicas: 1")
      .replace("monthly: 10", "monthly: 2000");
    const head = dedicated("hourly_rate: 0.000001").replace("monthly: 10", "monthly: 2000");
    const repo = pr({ "ai-workloads.yaml": base }, { "ai-workloads.yaml": head });
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    // 8 x 50 GPUs x 730 h x $2.50 = $730,000.00, not the head's $0.29.
    expect(report.summary.monthlyCost).toBe(730000);
    expect(errors(report.findings).map((f) => f.rule)).toEqual(["budget.workload.exceeded"]);
    expect(report.findings.find((f) => f.rule === "price.changed-by-change")?.message).toBe(
      "workload chat states dedicated.hourly_rate $0.000001; under --trust base the base's $2.50 for shadow-gpu was applied",
    );
  });

  it("cluster.hourly_rate on unknown hardware, and a contract that alone prices an endpoint, are errors too", async () => {
    const cluster = `version: 1
workloads:
  - name: chat
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    mode: gpu-cluster
    tokens: { input: 1000, output: 100 }
    requests: { per_month: 1000 }
    budget: { monthly: 10 }
    cluster: { hardware: shadow-gpu, gpus: 64, hourly_rate: 0.000001 }
`;
    const clusterRun = await check(pr({ "ai-workloads.yaml": SERVERLESS }, { "ai-workloads.yaml": cluster }));
    expect(clusterRun.code).toBe(1);
    expect(errors(clusterRun.report.findings, "price.changed-by-change")).toHaveLength(1);

    const contract = await check(
      pr(
        { "ai-workloads.yaml": SERVERLESS },
        { "ai-workloads.yaml": dedicated("contract: { monthly_minimum: 0.01, included_tokens: 1000000000000 }") },
      ),
    );
    expect(contract.code).toBe(1);
    expect(errors(contract.report.findings, "price.changed-by-change").map((f) => f.message)).toEqual([
      "workload chat is priced only by a dedicated.contract (minimum $0.01, 1.000T tokens included) that the base revision does not have; under --trust base contract terms only the head states cannot pass",
    ]);
  });

  it("a base contract cannot be dropped or cut by the head", async () => {
    const base = dedicated("hourly_rate: 1, contract: { monthly_minimum: 50000 }", 1000).replace("monthly: 10", "monthly: 100000");
    const head = dedicated("hourly_rate: 1, contract: { monthly_minimum: 1 }", 1000)
      .replace("monthly: 10", "monthly: 100000")
      .replace("gpus: 8, replicas: 50", "gpus: 1, replicas: 1");
    const { report } = await check(pr({ "ai-workloads.yaml": base }, { "ai-workloads.yaml": head }));
    // max($50,000 minimum, 1 GPU x 730 h x $1): the base's minimum holds.
    expect(report.summary.monthlyCost).toBe(50000);
  });

  it("a model priced only by the head's prices: is an error under --trust base, not a pass", async () => {
    const head = `version: 1
prices:
  - { model: shadow/model, input: 0.000001, output: 0.000001 }
workloads:
  - name: chat
    model: shadow/model
    tokens: { input: 1000, output: 100 }
    requests: { per_month: 100000000 }
    budget: { monthly: 10 }
`;
    const { code, report } = await check(pr({ "ai-workloads.yaml": SERVERLESS }, { "ai-workloads.yaml": head }));
    expect(code).not.toBe(0);
    expect(report.summary.status).toBe("fail");
  });
});

describe("item 2: a manifest new in the head is governed by the base's rules", () => {
  const ROOT = `version: 1
policy: { require_budget: true, max_increase: 100 }
budgets:
  - { name: everything, monthly: 100 }
workloads:
  - name: chat
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 1000, output: 100 }
    requests: { per_month: 1000 }
    budget: { monthly: 10 }
`;
  /** 7.3M requests a month of 1,000 + 100 tokens, priced by the base's books. */
  const NEW = (extra = "") => `version: 1
${extra}workloads:
  - name: shadow
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 240000 }
`;

  it("the issue's attack: an unbudgeted workload in a new svc/ai-workloads.yaml meets the root's require_budget, max_increase and file-wide group", async () => {
    const repo = pr({ "ai-workloads.yaml": ROOT }, { "svc/ai-workloads.yaml": NEW() });
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    // The root's file-wide group covers the new workload (so require_budget is met) and is exceeded.
    expect(
      errors(report.findings)
        .map((f) => `${f.rule} ${f.file}`)
        .sort(),
    ).toEqual(["budget.group.exceeded ai-workloads.yaml", "increase.absolute svc/ai-workloads.yaml"]);
    expect(report.findings.find((f) => f.rule === "increase.absolute")?.message).toBe(
      "this change raises svc/ai-workloads.yaml by +$7,066.40/mo ($0.00 -> $7,066.40), over policy.max_increase $100.00/mo",
    );
  });

  it("the root's require_budget holds for a new file's unbudgeted workload", async () => {
    const { code, report } = await check(
      pr(
        { "ai-workloads.yaml": ROOT.replace("budgets:\n  - { name: everything, monthly: 100 }\n", "") },
        { "svc/ai-workloads.yaml": NEW() },
      ),
    );
    expect(code).toBe(1);
    expect(
      errors(report.findings)
        .map((f) => `${f.rule} ${f.file}`)
        .sort(),
    ).toEqual(["budget.missing svc/ai-workloads.yaml", "increase.absolute svc/ai-workloads.yaml"]);
  });

  it("a new file cannot relax the governing policy with its own, but can add to it", async () => {
    const relaxed = NEW("policy: { require_budget: false, max_increase: 1000000 }\nbudgets:\n  - { name: mine, monthly: 1 }\n");
    const { code, report } = await check(pr({ "ai-workloads.yaml": ROOT }, { "svc/deep/ai-workloads.yaml": relaxed }));
    expect(code).toBe(1);
    const rules = errors(report.findings).map((f) => f.rule);
    // The root's rules hold two folders down; the new file's own $1 group budget is added.
    expect(rules.sort()).toEqual(["budget.group.exceeded", "budget.group.exceeded", "increase.absolute"]);
  });

  it("a new file with no base manifest up the tree keeps its own budgets and policy, never its own prices", async () => {
    const repo = pr({ "a/ai-workloads.yaml": ROOT }, { "b/ai-workloads.yaml": NEW("policy: { require_budget: true }\n") });
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(errors(report.findings).map((f) => `${f.rule} ${f.file}`)).toEqual(["budget.missing b/ai-workloads.yaml"]);
  });
});
