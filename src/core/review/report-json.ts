import { Ajv, type ValidateFunction } from "ajv";
import reportSchema from "../../../schemas/report.schema.json" with { type: "json" };
import { Decimal } from "../money.js";
import type { Report } from "./report.js";
import { isRuleId } from "../rules/registry.js";

/**
 * A JSON report (`check --format json`, the Action's `report` output) read back into the
 * Report every renderer takes, so a comment or a SARIF file made later from the file is the
 * one made at the time. Amounts come back as Decimals from their 9-decimal JSON numbers.
 */

let validateReport: ValidateFunction | undefined;

export type ReportParse = { report: Report } | { error: string };

const dec = (value: unknown): Decimal => new Decimal(value as number);
const decOrNull = (value: unknown): Decimal | null => (value === null || value === undefined ? null : dec(value));
const range = (value: unknown) => {
  if (value === null || value === undefined) return null;
  const r = value as Record<"low" | "expected" | "high", number>;
  return { low: dec(r.low), expected: dec(r.expected), high: dec(r.high) };
};

type Json = Record<string, unknown>;

function reviveWorkload(w: Json): void {
  const requests = w.requests as Json | undefined;
  if (requests) Object.assign(requests, { declared: dec(requests.declared), perMonth: dec(requests.perMonth) });
  const tokens = w.tokens as Json | undefined;
  if (tokens) Object.assign(tokens, { input: dec(tokens.input), output: dec(tokens.output), cachedInput: dec(tokens.cachedInput) });
  for (const key of ["perRequestCost", "monthlyCost", "monthlyTokens", "effectivePerMillionTokens", "utilization"])
    w[key] = decOrNull(w[key]);
  for (const c of w.costComponents as Json[])
    Object.assign(c, { quantity: dec(c.quantity), unitPrice: dec(c.unitPrice), monthlyCost: dec(c.monthlyCost) });
  w.range = range(w.range);
  const budget = w.budget as Json | null;
  if (budget) Object.assign(budget, { monthly: dec(budget.monthly), percentUsed: decOrNull(budget.percentUsed) });
  w.forecast = Array.isArray(w.forecast) ? w.forecast.map(dec) : null;
  if ("baseMonthlyCost" in w) w.baseMonthlyCost = decOrNull(w.baseMonthlyCost);
  if ("diffMonthlyCost" in w) w.diffMonthlyCost = decOrNull(w.diffMonthlyCost);
  for (const d of (w.drivers as Json[] | undefined) ?? []) d.amount = dec(d.amount);
}

/** Parses and checks a report file's text; the error names what is wrong, never quotes the file. */
export function parseReportJson(text: string): ReportParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "is not JSON (write it with check --format json)" };
  }
  validateReport ??= new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
  if (!validateReport(data)) {
    const problems = (validateReport.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return { error: `is not a tokenbudget report (schemas/report.schema.json): ${problems.join("; ")}` };
  }
  const r = data as Json;
  // Finding.rule is typed by the registry: a rule id this version does not know is refused here.
  const unknown = (r.findings as Json[]).findIndex((f) => !isRuleId(f.rule as string));
  if (unknown >= 0)
    return {
      error: `findings[${unknown}] has a rule id this version of tokenbudget does not know (write the report with the same version)`,
    };
  const summary = r.summary as Json;
  for (const key of ["monthlyCost", "baseMonthlyCost", "diffMonthlyCost"]) if (key in summary) summary[key] = dec(summary[key]);
  if ("diffPercent" in summary) summary.diffPercent = decOrNull(summary.diffPercent);
  summary.range = range(summary.range);
  for (const g of r.groups as Json[]) for (const v of g.values as Json[]) v.monthlyCost = dec(v.monthlyCost);
  for (const b of r.budgets as Json[]) {
    Object.assign(b, { monthly: dec(b.monthly), projected: dec(b.projected) });
    // JSON has no Infinity: a budget of $0 with spend is written as null and used "-" in tables.
    b.percentUsed = decOrNull(b.percentUsed);
  }
  for (const w of r.workloads as Json[]) reviveWorkload(w);
  return { report: data as unknown as Report };
}
