/**
 * `catalog coverage`: for each provider and vendored source, how many priced text models the
 * source lists, how many the price books in force resolve, and why the others are left out.
 * The ledger (catalog/coverage.json) is written by scripts/build-catalog.mjs from the sources;
 * whether a model is covered is decided here, by the resolver, against the books in force.
 */
import type { PriceBook } from "./catalog.js";
import { own } from "../collections.js";

/** catalog/coverage.json: per provider, per source, the models it prices and the reasons some are left out. */
export interface CoverageLedger {
  sources: Record<string, { title: string; asOf: string }>;
  providers: Record<string, Record<string, { models: string[]; explained: Record<string, string> }>>;
}

export interface CoverageRow {
  provider: string;
  source: string;
  /** Priced text models the source lists for the provider. */
  total: number;
  /** Of those, the ones a price book resolves (within the provider). */
  covered: number;
  /** Left out with a reason (and not covered). */
  explained: Array<{ id: string; reason: string }>;
  /** Neither covered nor explained. */
  missing: string[];
  /** (covered + explained) / total, in percent, rounded down to one decimal. */
  percent: number;
}

export function coverage(ledger: CoverageLedger, book: PriceBook, provider?: string): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const [p, bySource] of Object.entries(ledger.providers)) {
    if (provider !== undefined && p !== provider.toLowerCase()) continue;
    for (const [source, { models, explained }] of Object.entries(bySource)) {
      const row: CoverageRow = { provider: p, source, total: models.length, covered: 0, explained: [], missing: [], percent: 100 };
      for (const id of models) {
        const reason = own(explained, id);
        if (book.resolve(id, p).kind === "found") row.covered++;
        else if (reason !== undefined) row.explained.push({ id, reason });
        else row.missing.push(id);
      }
      if (row.total > 0) row.percent = Math.floor(((row.covered + row.explained.length) * 1000) / row.total) / 10;
      rows.push(row);
    }
  }
  return rows;
}
