import type { FileAnalysis } from "./analyze.js";
import type { PriceBook } from "../prices/catalog.js";
import { estimateWorkload, type WorkloadEstimate } from "../cost/estimate.js";
import { budgetMessage } from "./evaluate.js";
import { ZERO, formatCount, formatPercentChange, formatUnitPrice, formatUsd, formatUsdChange, sum, type Decimal } from "../money.js";
import type { DedicatedContract, Finding, Manifest, Workload } from "../manifest/types.js";

export type Change = "added" | "removed" | "changed" | "unchanged";
export type Cause = "price" | "mode" | "hardware" | "model" | "tokens" | "volume" | "other";

export interface Driver {
  cause: Cause;
  amount: Decimal;
  detail: string;
}

export interface WorkloadDiff {
  id: string;
  file: string;
  name: string;
  change: Change;
  head?: WorkloadEstimate;
  base?: WorkloadEstimate;
  /** Undefined when either side is unpriced: an unknown delta is never shown as $0. */
  baseMonthlyCost?: Decimal;
  headMonthlyCost?: Decimal;
  diffMonthlyCost?: Decimal;
  drivers: Driver[];
}

export interface DiffResult {
  workloads: WorkloadDiff[];
  baseMonthlyCost: Decimal;
  headMonthlyCost: Decimal;
  diffMonthlyCost: Decimal;
  findings: Finding[];
  /** Things a reviewer should know that are not findings about a workload. */
  notes: string[];
}

export type Trust = "head" | "base";

const MONEY_DUST = 1e-18;

const cost = (e: WorkloadEstimate | undefined) => (e?.priced && e.cost ? e.cost.monthlyCost : undefined);

/** localeCompare's order, without building a collator per comparison (10,000 workloads sort in ms). */
const byId = new Intl.Collator();

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function modeFields(w: Workload) {
  return { mode: w.mode, dedicated: w.dedicated, cluster: w.cluster };
}

function describeVolume(base: Workload, head: Workload): string {
  const from = base.requests.perMonth.expected;
  const to = head.requests.perMonth.expected;
  const pct = from.isZero() ? "" : ` (${formatPercentChange(to.minus(from).div(from).times(100))})`;
  return `requests ${formatCount(from)} -> ${formatCount(to)}/month${pct}`;
}


function describeTokens(base: Workload, head: Workload): string {
  const parts: string[] = [];
  const pairs = [
    ["input", base.tokens.input.expected, head.tokens.input.expected],
    ["output", base.tokens.output.expected, head.tokens.output.expected],
    ["cached input", base.tokens.cachedInput.expected, head.tokens.cachedInput.expected],
  ] as const;
  for (const [name, from, to] of pairs) if (!from.eq(to)) parts.push(`${name} ${from} -> ${to}`);
  return `tokens per request: ${parts.join(", ")}`;
}

function describeContract(base: DedicatedContract | undefined, head: DedicatedContract | undefined): string {
  const terms = (c: DedicatedContract | undefined) =>
    c
      ? [
          c.monthlyMinimum ? `minimum ${formatUsd(c.monthlyMinimum)}` : "",
          c.includedTokens ? `${formatCount(c.includedTokens)} tokens included` : "",
          c.overagePerMillion ? `overage ${formatUnitPrice(c.overagePerMillion)}/1M` : "",
        ]
          .filter(Boolean)
          .join(", ") || "no terms"
      : "none";
  return `dedicated contract ${terms(base)} -> ${terms(head)}`;
}

function describeMode(base: Workload, head: Workload): string {
  if (base.mode !== head.mode) return `mode ${base.mode} -> ${head.mode}`;
  const spec = (w: Workload) => {
    const d = w.dedicated;
    const c = w.cluster;
    if (d) return `${d.gpus}x ${d.hardware} x ${d.replicas} replica(s), ${d.hours}h${d.hourlyRate ? ` @ $${d.hourlyRate}/GPU-h` : ""}`;
    if (c) return `${c.gpus}x ${c.hardware}, ${c.hours}h${c.hourlyRate ? ` @ $${c.hourlyRate}/GPU-h` : ""}`;
    return w.mode;
  };
  return `hardware ${spec(base)} -> ${spec(head)}`;
}

/**
 * Splits a workload's change into causes by swapping the head's values into the base one
 * step at a time (price, mode/hardware, model, tokens, volume) and pricing each step; what
 * two changes do together lands on the later step. Every step is priced with the head's
 * catalog, so the steps add up exactly to the total change.
 */
function attribute(base: WorkloadEstimate, head: WorkloadEstimate, baseManifest: Manifest, headManifest: Manifest, book: PriceBook): Driver[] {
  const total = head.cost!.monthlyCost.minus(base.cost!.monthlyCost);
  const b = base.workload;
  const h = head.workload;
  const steps: Array<{ cause: Cause; workload: Workload; prices: Manifest; detail: string; changed: boolean }> = [];
  const priceChanged = !sameJson(baseManifest.prices, headManifest.prices);
  steps.push({ cause: "price", workload: b, prices: headManifest, detail: `price override for ${b.model} changed`, changed: priceChanged });
  // A dedicated contract is a price: its change is a driver of its own, before the hardware.
  const contractChanged = b.dedicated !== undefined && h.dedicated !== undefined && !sameJson(b.dedicated.contract, h.dedicated.contract);
  let current: Workload = contractChanged ? { ...b, dedicated: { ...b.dedicated!, contract: h.dedicated!.contract } } : b;
  steps.push({ cause: "price", workload: current, prices: headManifest, detail: describeContract(b.dedicated?.contract, h.dedicated?.contract), changed: contractChanged });
  const modeChanged = !sameJson(modeFields(current), modeFields(h));
  current = { ...current, ...modeFields(h) };
  steps.push({ cause: b.mode !== h.mode ? "mode" : "hardware", workload: current, prices: headManifest, detail: describeMode(b, h), changed: modeChanged });
  const modelChanged = b.model !== h.model || b.provider !== h.provider;
  current = { ...current, model: h.model, provider: h.provider };
  steps.push({ cause: "model", workload: current, prices: headManifest, detail: `model ${b.model} -> ${h.model}`, changed: modelChanged });
  const tokensChanged = !sameJson(b.tokens, h.tokens);
  current = { ...current, tokens: h.tokens };
  steps.push({ cause: "tokens", workload: current, prices: headManifest, detail: describeTokens(b, h), changed: tokensChanged });
  const volumeChanged = !sameJson(b.requests, h.requests);
  current = { ...current, requests: h.requests };
  steps.push({ cause: "volume", workload: current, prices: headManifest, detail: describeVolume(b, h), changed: volumeChanged });

  const drivers: Driver[] = [];
  let previous = base.cost!.monthlyCost;
  for (const step of steps) {
    if (!step.changed) continue;
    const estimate = estimateWorkload(step.workload, step.prices, book);
    const stepCost = cost(estimate);
    if (stepCost === undefined) {
      // An in-between configuration that cannot be priced (batch of a model without batch, say).
      drivers.push({ cause: "other", amount: head.cost!.monthlyCost.minus(previous), detail: "the remaining changes together" });
      return drivers;
    }
    drivers.push({ cause: step.cause, amount: stepCost.minus(previous), detail: step.detail });
    previous = stepCost;
  }
  const rest = total.minus(drivers.reduce((acc, d) => acc.plus(d.amount), ZERO));
  // Steps divide by 24 for per_day volumes: 40-digit rounding leaves dust near 1e-36 that is no change.
  if (rest.abs().gt(MONEY_DUST)) drivers.push({ cause: "other", amount: rest, detail: "other changes (tags, hours, settings)" });
  return drivers;
}

function workloadsChanged(a: Workload, b: Workload): boolean {
  const strip = (w: Workload) => ({ ...w, line: 0, col: 0, index: 0, at: {} });
  return !sameJson(strip(a), strip(b));
}

function matchBy(files: readonly FileAnalysis[]): Map<string, { estimate: WorkloadEstimate; analysis: FileAnalysis }> {
  const out = new Map<string, { estimate: WorkloadEstimate; analysis: FileAnalysis }>();
  for (const analysis of files) for (const estimate of analysis.estimates) out.set(estimate.workload.id, { estimate, analysis });
  return out;
}

function budgetLoosened(base: Manifest, head: Manifest): string[] {
  const reasons: string[] = [];
  const headWorkloads = new Map(head.workloads.map((w) => [w.name, w]));
  for (const w of base.workloads) {
    const now = headWorkloads.get(w.name);
    if (w.budgetMonthly && now && (!now.budgetMonthly || now.budgetMonthly.gt(w.budgetMonthly))) {
      reasons.push(`workload ${w.name} budget ${formatUsd(w.budgetMonthly)} -> ${now.budgetMonthly ? formatUsd(now.budgetMonthly) : "none"}`);
    }
  }
  const headGroups = new Map(head.budgets.map((g) => [g.name, g]));
  for (const g of base.budgets) {
    const now = headGroups.get(g.name);
    if (!now) reasons.push(`group budget ${g.name} (${formatUsd(g.monthly)}) removed`);
    else if (now.monthly.gt(g.monthly)) reasons.push(`group budget ${g.name} ${formatUsd(g.monthly)} -> ${formatUsd(now.monthly)}`);
    else if (!sameJson(now.match, g.match)) reasons.push(`group budget ${g.name} now matches ${JSON.stringify(now.match)} instead of ${JSON.stringify(g.match)}`);
  }
  const p = base.policy;
  const q = head.policy;
  const looser = (name: string, from: Decimal | undefined, to: Decimal | undefined) => {
    if (from && (!to || to.gt(from))) reasons.push(`policy.${name} ${from} -> ${to ?? "none"}`);
  };
  looser("max_increase_percent", p.maxIncreasePercent, q.maxIncreasePercent);
  looser("max_increase", p.maxIncrease, q.maxIncrease);
  if (q.warnAtPercent.gt(p.warnAtPercent)) reasons.push(`policy.warn_at_percent ${p.warnAtPercent} -> ${q.warnAtPercent}`);
  if (p.requireBudget && !q.requireBudget) reasons.push("policy.require_budget true -> false");
  if (p.unknownModel === "error" && q.unknownModel === "warning") reasons.push("policy.unknown_model error -> warning");
  const strictness = { off: 0, warning: 1, error: 2 } as const;
  if (strictness[q.undeclaredModels] < strictness[p.undeclaredModels]) reasons.push(`policy.undeclared_models ${p.undeclaredModels} -> ${q.undeclaredModels}`);
  return reasons;
}

/**
 * Compares the head revision's analyses to the base's. Workloads match by file and name;
 * increase limits come from the trusted side's policy.
 */
export function diffRevisions(base: readonly FileAnalysis[], head: readonly FileAnalysis[], trust: Trust = "head"): DiffResult {
  const baseById = matchBy(base);
  const headById = matchBy(head);
  const workloads: WorkloadDiff[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];

  for (const [id, { estimate, analysis }] of headById) {
    const before = baseById.get(id);
    const headCost = cost(estimate);
    if (!before) {
      workloads.push({
        id,
        file: estimate.workload.file,
        name: estimate.workload.name,
        change: "added",
        head: estimate,
        ...(headCost ? { headMonthlyCost: headCost, baseMonthlyCost: ZERO, diffMonthlyCost: headCost } : {}),
        drivers: headCost ? [{ cause: "volume", amount: headCost, detail: "new workload" }] : [],
      });
      continue;
    }
    const baseCost = cost(before.estimate);
    // A file with the same blob at both revisions shares its analysis: nothing to compare.
    const changed =
      before.estimate !== estimate &&
      (workloadsChanged(before.estimate.workload, estimate.workload) || !sameJson(before.analysis.manifest?.prices, analysis.manifest?.prices));
    const diff = headCost && baseCost ? headCost.minus(baseCost) : undefined;
    workloads.push({
      id,
      file: estimate.workload.file,
      name: estimate.workload.name,
      change: changed || (diff && !diff.isZero()) ? "changed" : "unchanged",
      head: estimate,
      base: before.estimate,
      ...(baseCost ? { baseMonthlyCost: baseCost } : {}),
      ...(headCost ? { headMonthlyCost: headCost } : {}),
      ...(diff ? { diffMonthlyCost: diff } : {}),
      drivers:
        diff && !diff.isZero() && analysis.manifest && before.analysis.manifest && analysis.book
          ? attribute(before.estimate, estimate, before.analysis.manifest, analysis.manifest, analysis.book)
          : [],
    });
  }
  for (const [id, { estimate }] of baseById) {
    if (headById.has(id)) continue;
    const baseCost = cost(estimate);
    workloads.push({
      id,
      file: estimate.workload.file,
      name: estimate.workload.name,
      change: "removed",
      base: estimate,
      ...(baseCost ? { baseMonthlyCost: baseCost, headMonthlyCost: ZERO, diffMonthlyCost: baseCost.negated() } : {}),
      drivers: baseCost ? [{ cause: "volume", amount: baseCost.negated(), detail: "workload removed" }] : [],
    });
  }

  // File-level policy: increase limits and loosened budgets.
  const baseFiles = new Map(base.map((f) => [f.file, f]));
  const diffsByFile = new Map<string, WorkloadDiff[]>();
  for (const w of workloads) {
    const list = diffsByFile.get(w.file);
    if (list) list.push(w);
    else diffsByFile.set(w.file, [w]);
  }
  for (const headFile of head) {
    const baseFile = baseFiles.get(headFile.file);
    const headManifest = headFile.manifest;
    if (!headManifest) continue;
    const baseManifest = baseFile?.manifest;
    const policy = trust === "base" && baseManifest ? baseManifest.policy : headManifest.policy;
    const fileDiffs = diffsByFile.get(headFile.file) ?? [];
    const before = sum(fileDiffs.map((w) => w.baseMonthlyCost ?? ZERO));
    const after = sum(fileDiffs.map((w) => w.headMonthlyCost ?? ZERO));
    const increase = after.minus(before);
    const at = { line: headManifest.policyLine, col: 1 };
    if (increase.gt(0) && baseManifest) {
      if (policy.maxIncrease && increase.gt(policy.maxIncrease)) {
        findings.push({
          severity: "error",
          rule: "increase.absolute",
          message: `this change raises ${headFile.file} by ${formatUsdChange(increase)}/mo (${formatUsd(before)} -> ${formatUsd(after)}), over policy.max_increase ${formatUsd(policy.maxIncrease)}/mo`,
          file: headFile.file,
          ...at,
        });
      }
      if (policy.maxIncreasePercent !== undefined && !before.isZero()) {
        const pct = increase.div(before).times(100);
        if (pct.gt(policy.maxIncreasePercent)) {
          findings.push({
            severity: "error",
            rule: "increase.percent",
            message: `this change raises ${headFile.file} by ${formatPercentChange(pct)} (${formatUsd(before)} -> ${formatUsd(after)}/mo), over policy.max_increase_percent ${policy.maxIncreasePercent}%`,
            file: headFile.file,
            ...at,
          });
        }
      }
    }
    // The same manifest object at both revisions (an unchanged blob) loosens nothing and differs in nothing.
    if (baseManifest && baseManifest !== headManifest) {
      for (const reason of budgetLoosened(baseManifest, headManifest)) {
        findings.push({
          severity: "warning",
          rule: "budget.raised",
          message: `this change loosens a limit: ${reason}; a reviewer should approve the higher spend explicitly`,
          file: headFile.file,
          ...at,
        });
      }
      if (!sameJson(baseManifest.prices, headManifest.prices)) notes.push(`${headFile.file}: the prices: overrides differ between base and head`);
      if (!sameJson(baseManifest.catalogs, headManifest.catalogs)) notes.push(`${headFile.file}: the catalogs: list differs between base and head; both revisions were priced with the head's`);
    }
  }

  // Under --trust base, budgets are judged by the base's numbers for the head's spend.
  if (trust === "base") {
    for (const headFile of head) {
      const baseManifest = baseFiles.get(headFile.file)?.manifest;
      if (!baseManifest || !headFile.manifest) continue;
      for (const estimate of headFile.estimates) {
        const baseWorkload = baseManifest.workloads.find((w) => w.name === estimate.workload.name);
        const limit = baseWorkload?.budgetMonthly;
        const projected = cost(estimate);
        if (limit && projected && projected.gt(limit)) {
          findings.push({
            severity: "error",
            rule: "budget.workload.exceeded",
            message: budgetMessage(`workload ${estimate.workload.name}`, {
              monthly: limit,
              projected,
              percent: projected.div(limit).times(100),
              status: "over",
            }) + " (base budget)",
            file: headFile.file,
            line: estimate.workload.line,
            col: estimate.workload.col,
            workload: estimate.workload.name,
          });
        }
      }
    }
  }

  const order: Record<Change, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };
  workloads.sort(
    (a, b) =>
      order[a.change] - order[b.change] ||
      (b.diffMonthlyCost?.abs() ?? ZERO).comparedTo(a.diffMonthlyCost?.abs() ?? ZERO) ||
      byId.compare(a.id, b.id),
  );
  const baseMonthlyCost = sum(workloads.map((w) => cost(w.base) ?? ZERO));
  const headMonthlyCost = sum(workloads.map((w) => cost(w.head) ?? ZERO));
  return { workloads, baseMonthlyCost, headMonthlyCost, diffMonthlyCost: headMonthlyCost.minus(baseMonthlyCost), findings, notes };
}
