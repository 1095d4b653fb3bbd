/**
 * Batch queue limits across a run. A provider's batch queue is per model per user (Together:
 * 30B enqueued tokens, done within 24 hours), and one organization's run is one user, so the
 * daily batch tokens of every batch workload on the same provider and model add up.
 */
import type { BatchTerms } from "../prices/catalog-types.js";
import type { PriceBook } from "../prices/catalog.js";
import { ZERO, dec, formatCount, formatNumber, sum, type Decimal } from "../money.js";
import type { Finding } from "../manifest/types.js";
import type { WorkloadEstimate } from "./estimate.js";

/** Tokens (input + output) a batch workload enqueues a day, expected scenario (none known when it is unpriced). */
export function dailyBatchTokens(estimate: WorkloadEstimate): Decimal {
  return (estimate.cost?.monthlyTokens ?? ZERO).times(24).div(730);
}

/** The provider's batch queue terms from the highest-precedence book that states them. */
export function batchTerms(book: PriceBook, provider: string): BatchTerms | undefined {
  for (const layer of [...book.layers].reverse()) {
    const terms = layer.catalog.providers?.[provider.toLowerCase()]?.batch;
    if (terms) return terms;
  }
  return undefined;
}

/** What a day's volume over the limit means, in words. */
export function queueOverage(daily: Decimal, terms: BatchTerms): string {
  const limit = dec(terms.enqueuedTokensPerModel);
  const fills = daily.div(limit);
  return `over the ${formatCount(limit)} enqueued tokens per model per user by ${formatCount(daily.minus(limit))}: a day's volume is ${formatNumber(fills)} queues' worth, so it needs ${fills.ceil()} batch windows of ${terms.completionHours} hours`;
}

/** `batch.queue-limit` warnings, one per provider and model whose batch workloads together exceed the queue limit. */
export function batchQueueFindings(files: ReadonlyArray<{ estimates: readonly WorkloadEstimate[]; book?: PriceBook }>): Finding[] {
  const groups = new Map<string, { terms: BatchTerms; members: [WorkloadEstimate, ...WorkloadEstimate[]] }>();
  for (const file of files) {
    if (!file.book) continue;
    for (const estimate of file.estimates) {
      const { workload } = estimate;
      if (workload.mode !== "batch" || !estimate.priced || !estimate.cost) continue;
      const terms = batchTerms(file.book, workload.provider);
      if (!terms) continue;
      const key = `${workload.provider.toLowerCase()}\u0000${(estimate.modelId ?? workload.model).toLowerCase()}`;
      const group = groups.get(key);
      if (group) group.members.push(estimate);
      else groups.set(key, { terms, members: [estimate] });
    }
  }
  const findings: Finding[] = [];
  for (const { terms, members } of groups.values()) {
    const daily = sum(members.map(dailyBatchTokens));
    if (!daily.gt(terms.enqueuedTokensPerModel)) continue;
    const [lead] = members;
    const first = lead.workload;
    const at = first.at.mode ?? first;
    const who =
      members.length === 1
        ? `batch workload ${first.name} enqueues`
        : `${members.length} batch workloads (${members.map((m) => `${m.workload.name} ${formatCount(dailyBatchTokens(m))}`).join(", ")}) enqueue`;
    findings.push({
      severity: "warning",
      rule: "batch.queue-limit",
      message: `${who} ${formatCount(daily)} tokens a day on ${first.provider} ${lead.modelId ?? first.model}, ${queueOverage(daily, terms)}`,
      file: first.file,
      line: at.line,
      col: at.col,
      path: `workloads[${first.index}].mode`,
      workload: first.name,
    });
  }
  return findings;
}
