import type { CoverageRow } from "../prices/coverage.js";
import { sanitizePlain as plain } from "./escape.js";
import { columns } from "./table.js";

/** Reasons repeat across hundreds of entries: each is listed once, with the models it covers. */
function explainedLines(row: CoverageRow): string[] {
  const byReason = new Map<string, string[]>();
  for (const { id, reason } of row.explained) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
  return [...byReason].map(([reason, ids]) => `    ${plain(reason)} (${ids.length}): ${ids.map(plain).join(", ")}`);
}

/** `catalog coverage` as text: one table row per provider and source, then what is left out and why. */
export function renderCoverage(rows: readonly CoverageRow[]): string {
  const table = [["PROVIDER", "SOURCE", "PRICED MODELS", "COVERED", "EXPLAINED", "MISSING", "COVERED OR EXPLAINED"]];
  for (const r of rows) {
    table.push([
      plain(r.provider),
      plain(r.source),
      String(r.total),
      String(r.covered),
      String(r.explained.length),
      String(r.missing.length),
      `${r.percent}%`,
    ]);
  }
  const out = [
    "Priced text models each vendored source lists, and how many the price books in force resolve:",
    "",
    ...columns(table).map((l) => `  ${l}`),
  ];
  for (const r of rows) {
    if (r.explained.length === 0 && r.missing.length === 0) continue;
    out.push("", `${plain(r.provider)} / ${plain(r.source)}:`);
    out.push(...explainedLines(r));
    if (r.missing.length > 0) out.push(`    not covered, no reason recorded (${r.missing.length}): ${r.missing.map(plain).join(", ")}`);
  }
  return `${out.join("\n")}\n`;
}
