import validateReport from "./generated/report-validator.js";
import type { Range as RangeDocument, ReportDocument, Workload as WorkloadDocument } from "./generated/report-types.js";
import { Decimal } from "../money.js";
import type { Report, ReportWorkload } from "./report.js";
import type { Finding } from "../rules/finding.js";
import { isRuleId } from "../rules/registry.js";

/**
 * A JSON report (`check --format json`, the Action's `report` output) read back into the
 * Report every renderer takes, so a comment or a SARIF file made later from the file is the
 * one made at the time. The file is checked against schemas/report.schema.json by the validator
 * generated from it, then read through the types generated from the same schema: amounts come
 * back as Decimals from their 9-decimal JSON numbers, and every other field as it was written
 * (objects keep their keys' order, which the JSON writer's generic parts follow).
 */

export type ReportParse = { report: Report } | { error: string };

const dec = (value: number): Decimal => new Decimal(value);
const decOrNull = (value: number | null | undefined): Decimal | null => (value === null || value === undefined ? null : dec(value));
const rangeOf = (r: RangeDocument | null | undefined): Report["summary"]["range"] =>
  r ? { low: dec(r.low), expected: dec(r.expected), high: dec(r.high) } : null;

function summaryOf(summary: ReportDocument["summary"]): Report["summary"] {
  const { baseMonthlyCost, diffMonthlyCost, diffPercent, changes, ...always } = summary;
  return {
    ...always,
    monthlyCost: dec(always.monthlyCost),
    range: rangeOf(always.range),
    ...(baseMonthlyCost !== undefined ? { baseMonthlyCost: dec(baseMonthlyCost) } : {}),
    ...(diffMonthlyCost !== undefined ? { diffMonthlyCost: dec(diffMonthlyCost) } : {}),
    ...(diffPercent !== undefined ? { diffPercent: decOrNull(diffPercent) } : {}),
    ...(changes ? { changes } : {}),
  };
}

/** The parts a diff adds to a workload, when the report has a base. */
function diffParts(w: WorkloadDocument): Pick<ReportWorkload, "change" | "baseMonthlyCost" | "diffMonthlyCost" | "drivers"> {
  return {
    ...(w.change !== undefined ? { change: w.change } : {}),
    ...(w.baseMonthlyCost !== undefined ? { baseMonthlyCost: decOrNull(w.baseMonthlyCost) } : {}),
    ...(w.diffMonthlyCost !== undefined ? { diffMonthlyCost: decOrNull(w.diffMonthlyCost) } : {}),
    ...(w.drivers ? { drivers: w.drivers.map((d) => ({ ...d, amount: dec(d.amount) })) } : {}),
  };
}

/**
 * One workload. The schema lets a few fields be left out that tokenbudget always writes:
 * absent, they read as unknown (null) or empty; requests and tokens, which no default can stand
 * for, are checked by the caller.
 */
function workloadOf(
  w: WorkloadDocument,
  requests: NonNullable<WorkloadDocument["requests"]>,
  tokens: NonNullable<WorkloadDocument["tokens"]>,
): ReportWorkload {
  return {
    id: w.id,
    file: w.file,
    name: w.name,
    line: w.line,
    provider: w.provider,
    model: w.model,
    mode: w.mode,
    latency: w.latency ?? null,
    hardware: w.hardware ?? null,
    tags: w.tags ?? {},
    requests: { ...requests, declared: dec(requests.declared), perMonth: dec(requests.perMonth) },
    tokens: {
      ...tokens,
      input: dec(tokens.input),
      output: dec(tokens.output),
      cachedInput: dec(tokens.cachedInput),
      cacheWrite: dec(tokens.cacheWrite),
    },
    perRequestCost: decOrNull(w.perRequestCost),
    monthlyCost: decOrNull(w.monthlyCost),
    monthlyTokens: decOrNull(w.monthlyTokens),
    effectivePerMillionTokens: decOrNull(w.effectivePerMillionTokens),
    utilization: decOrNull(w.utilization),
    peakUtilization: decOrNull(w.peakUtilization),
    contractUse: decOrNull(w.contractUse),
    costComponents: w.costComponents.map((c) => ({
      ...c,
      quantity: dec(c.quantity),
      unitPrice: dec(c.unitPrice),
      monthlyCost: dec(c.monthlyCost),
    })),
    range: rangeOf(w.range),
    price: w.price ?? null,
    contextWindow: w.contextWindow ?? null,
    budget: w.budget ? { ...w.budget, monthly: dec(w.budget.monthly), percentUsed: decOrNull(w.budget.percentUsed) } : null,
    forecast: w.forecast ? w.forecast.map(dec) : null,
    forecastReplicas: w.forecastReplicas ?? null,
    status: w.status,
    ...diffParts(w),
  };
}

function workloadsOf(workloads: WorkloadDocument[]): { workloads: ReportWorkload[] } | { error: string } {
  const read: ReportWorkload[] = [];
  for (const [index, w] of workloads.entries()) {
    if (!w.requests || !w.tokens)
      return { error: `workloads[${index}] has no requests or tokens (write the report with check --format json)` };
    read.push(workloadOf(w, w.requests, w.tokens));
  }
  return { workloads: read };
}

/** Finding.rule is typed by the registry: a rule id this version does not know is refused. */
function findingsOf(findings: ReportDocument["findings"]): { findings: Finding[] } | { error: string } {
  const read: Finding[] = [];
  for (const [index, f] of findings.entries()) {
    const { rule, line, col } = f;
    if (!isRuleId(rule))
      return {
        error: `findings[${index}] has a rule id this version of tokenbudget does not know (write the report with the same version)`,
      };
    // The schema has line and col both or neither. Spreading f keeps its keys in the order written.
    if (line !== undefined && col !== undefined) read.push({ ...f, rule, line, col });
    else {
      const { line: _line, col: _col, ...rest } = f;
      read.push({ ...rest, rule });
    }
  }
  return { findings: read };
}

/** Parses and checks a report file's text; the error names what is wrong, never quotes the file. */
export function parseReportJson(text: string): ReportParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "is not JSON (write it with check --format json)" };
  }
  if (!validateReport(data)) {
    const problems = (validateReport.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return { error: `is not a tokenbudget report (schemas/report.schema.json): ${problems.join("; ")}` };
  }
  const findings = findingsOf(data.findings);
  if ("error" in findings) return findings;
  const workloads = workloadsOf(data.workloads);
  if ("error" in workloads) return workloads;
  return {
    report: {
      ...data,
      summary: summaryOf(data.summary),
      groups: data.groups.map((g) => ({ ...g, values: g.values.map((v) => ({ ...v, monthlyCost: dec(v.monthlyCost) })) })),
      // JSON has no Infinity: a budget of $0 with spend is written as null and used "-" in tables.
      budgets: data.budgets.map((b) => ({
        ...b,
        monthly: dec(b.monthly),
        projected: dec(b.projected),
        percentUsed: decOrNull(b.percentUsed),
      })),
      workloads: workloads.workloads,
      findings: findings.findings,
    },
  };
}
