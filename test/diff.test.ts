import { describe, expect, test } from "vitest";
import { diffRevisions } from "../src/core/review/diff.js";
import { TEST_LAYER, analyzeText } from "./helpers/pipeline.js";
import { PriceBook } from "../src/core/prices/catalog.js";

const manifest = (model: string, input: number, output: number, perDay: number) =>
  `version: 1\nprices:\n  - { model: a/b, input: 1.1, output: 2.3 }\nworkloads:\n  - name: w\n    model: ${model}\n    tokens: { input: ${input}, output: ${output} }\n    requests: { per_day: ${perDay} }\n`;

test("per_day attribution leaves no rounding dust as an 'other' driver, and the drivers add up to the change", () => {
  // A case where 40-digit decimal division by 24 left -1e-40 between the steps and the total; exact money leaves nothing.
  const base = analyzeText(manifest("a/b", 1000, 7, 7));
  const head = analyzeText(manifest("acme/chat-small", 1333, 9, 11));
  const [w] = diffRevisions([base], [head]).workloads;
  expect(w!.drivers.map((d) => d.cause)).toEqual(["model", "tokens", "volume"]);
  const sum = w!.drivers.reduce((acc, d) => acc.plus(d.amount), w!.diffMonthlyCost!.minus(w!.diffMonthlyCost!));
  expect(sum.toString()).toBe(w!.diffMonthlyCost!.toString());
  expect(w!.diffMonthlyCost!.toDecimalPlaces(9).toString()).toBe("-0.192434083");
});

describe("--trust base judges the head by the base's rules, completely and once", () => {
  const w = (name: string, perMonth: number, extra = "") =>
    `  - name: ${name}\n    model: acme/chat-small\n    tokens: { input: 1000, output: 0 }\n    requests: { per_month: ${perMonth} }\n    tags: { team: support }\n${extra}`;
  const m = (top: string, ...workloads: string[]) => `version: 1\n${top}workloads:\n${workloads.join("")}`;
  const GROUP = (monthly: number) => `budgets:\n  - { name: support, match: { team: support }, monthly: ${monthly} }\n`;
  const errors = (d: ReturnType<typeof diffRevisions>) =>
    d.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.file} ${f.workload ?? ""}`.trim());
  // acme/chat-small: $0.10 per 1M input tokens, so 1,000 tokens x 10,000 requests = $1.00/month.

  test("a group budget raised in place is still judged by the base's amount", () => {
    const base = analyzeText(m(GROUP(1), w("a", 10_000)));
    const head = analyzeText(m(GROUP(100), w("a", 20_000)));
    const d = diffRevisions([base], [head], { trust: "base" });
    expect(errors(d)).toEqual(["budget.group.exceeded ai-workloads.yaml"]);
    expect(d.findings.find((f) => f.rule === "budget.group.exceeded")!.message).toBe(
      "budget support (1 workload) projected $2.00/mo exceeds budget $1.00/mo by $1.00 (200%) (base budget)",
    );
    expect(d.head[0]!.evaluation!.groups.map((g) => g.budget.monthly.toString())).toEqual(["1"]);
    expect(diffRevisions([base], [head], "head").findings.map((f) => f.rule)).toEqual(["budget.raised"]);
  });

  test("a manifest moved to another path keeps its base budgets, group budgets and policy", () => {
    const base = analyzeText(m(`${GROUP(1.5)}policy: { max_increase: 0.5 }\n`, w("a", 10_000, "    budget: { monthly: 1.2 }\n")), {
      file: "team/ai-workloads.yaml",
    });
    const head = analyzeText(m("", w("a", 20_000)), { file: "moved/ai-workloads.yaml" });
    const d = diffRevisions([base], [head], { trust: "base" });
    expect(errors(d)).toEqual([
      "budget.workload.exceeded moved/ai-workloads.yaml a",
      "budget.group.exceeded team/ai-workloads.yaml",
      "increase.absolute moved/ai-workloads.yaml",
    ]);
    expect(d.workloads.map((x) => [x.name, x.change, x.file])).toEqual([["a", "changed", "moved/ai-workloads.yaml"]]);
    expect(d.notes).toContain("workload a moved from team/ai-workloads.yaml to moved/ai-workloads.yaml");
    // The row shows the budget that judged it.
    expect(d.head[0]!.estimates[0]!.workload.budgetMonthly!.toString()).toBe("1.2");
  });

  test("a renamed budgeted workload fails closed instead of shedding its budget", () => {
    const base = analyzeText(m("", w("chat", 10_000, "    budget: { monthly: 1 }\n")));
    const head = analyzeText(m("", w("chat-v2", 50_000)));
    const d = diffRevisions([base], [head], { trust: "base" });
    expect(errors(d)).toEqual(["trust.unmatched ai-workloads.yaml chat"]);
    expect(d.findings[0]!.message).toContain("base workload chat (ai-workloads.yaml) has no counterpart in the head while chat-v2 is new");
  });

  test("head price overrides are reported, not applied", () => {
    const base = analyzeText(m("", w("a", 10_000, "    budget: { monthly: 1.5 }\n")));
    const head = analyzeText(
      m("prices:\n  - { model: acme/chat-small, input: 0, output: 0 }\n", w("a", 10_000, "    budget: { monthly: 1.5 }\n")),
    );
    const d = diffRevisions([base], [head], { trust: "base" });
    expect(d.head[0]!.estimates[0]!.cost!.monthlyCost.toString()).toBe("1");
    expect(d.findings.map((f) => f.rule)).toEqual(["price.changed-by-change"]);
    expect(diffRevisions([base], [head], "head").head[0]!.estimates[0]!.cost!.monthlyCost.toString()).toBe("0");
  });

  test("a manifest new in the head is priced without its own prices:", () => {
    const head = analyzeText(m("prices:\n  - { model: acme/chat-small, input: 0, output: 0 }\n", w("a", 10_000)), { file: "new.yaml" });
    const d = diffRevisions([], [head], { trust: "base", book: new PriceBook([TEST_LAYER]) });
    expect(d.headMonthlyCost.toString()).toBe("1");
  });

  test("one finding per rule per workload: the head's own budget findings are replaced, not doubled", () => {
    const base = analyzeText(m("", w("a", 10_000, "    budget: { monthly: 0.5 }\n")));
    const head = analyzeText(m("", w("a", 10_000, "    budget: { monthly: 0.6 }\n")));
    const d = diffRevisions([base], [head], { trust: "base" });
    const all = [...d.head.flatMap((f) => f.findings), ...d.findings].filter((f) => f.rule === "budget.workload.exceeded");
    expect(all.map((f) => f.message)).toEqual(["workload a projected $1.00/mo exceeds budget $0.50/mo by $0.50 (200%) (base budget)"]);
  });

  test("an invalid head manifest never reads as deletions", () => {
    const base = analyzeText(m("", w("a", 10_000)));
    const head = analyzeText("version: 1\nworkloads: 3\n");
    const d = diffRevisions([base], [head]);
    expect(d.workloads).toEqual([]);
    expect(d.unknownWorkloads).toBe(1);
    expect(d.notes[0]).toContain("could not be matched because ai-workloads.yaml is invalid at the head");
  });
});
