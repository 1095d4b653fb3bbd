// The inputs of the "too large for one string" attacks (issues 9 and 21), at any size: the
// tests build them small and check that the output is written in bounded pieces
// (test/security/huge-*.test.ts); `npm run bench -- --hostile` builds them full size, past V8's
// string limit, and runs the bundled CLI over them (scripts/bench/hostile.mjs).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * `copies` folders of `workloads` workloads each, priced by a book whose 20,000-character note
 * every workload's price repeats: the JSON report's size grows with the note, not the work.
 */
export function writeLongNoteRepo(dir, { copies, workloads }) {
  const source = { title: "negotiated", url: "https://example.test/prices", asOf: "2026-01-01" };
  const model = {
    provider: "together",
    id: "acme/chat",
    source: "s",
    asOf: "2026-01-01",
    note: "n".repeat(20_000),
    serverless: { input: 0.9, output: 3.3 },
  };
  writeFileSync(
    path.join(dir, "book.json"),
    JSON.stringify({
      formatVersion: 1,
      version: "2026.1.0",
      asOf: "2026-01-01",
      currency: "USD",
      sources: { s: source },
      models: [model],
      hardware: [],
      providers: {},
    }),
  );
  let text = "version: 1\ncatalogs: [../book.json]\ndefaults: { provider: together }\nworkloads:\n";
  for (let i = 0; i < workloads; i++) {
    text += `  - name: w${i}\n    model: acme/chat\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: ${1000 + i} }\n`;
  }
  for (let k = 0; k < copies; k++) {
    mkdirSync(path.join(dir, `team-${k}`));
    writeFileSync(path.join(dir, `team-${k}`, "ai-workloads.yaml"), text);
  }
}

/**
 * Two manifests of `workloads` workloads under a 4,015-character directory path (16 folders of
 * 250 characters, each under NAME_MAX). Every workload is near its budget, over it at the high
 * estimate, breaking it with growth, on a stale price: four findings a row, each naming the
 * long path. Returns the path, relative to `dir`.
 */
export function writeLongPathRepo(dir, workloads) {
  const nested = Array.from({ length: 16 }, (_, i) => `d${i}`.padEnd(250, "x")).join("/");
  let text = "version: 1\ndefaults: { provider: openai }\npolicy: { max_price_age_days: 1, forecast_months: 12 }\nworkloads:\n";
  for (let i = 0; i < workloads; i++) {
    text += `  - name: w${i}\n    model: gpt-4o-mini\n    tokens: { input: { low: 900, expected: 1000, high: 3000 }, output: 100 }\n    requests: { per_month: 100000, growth_percent_per_month: 10 }\n    budget: { monthly: 24 }\n`;
  }
  for (const team of ["a", "b"]) {
    mkdirSync(path.join(dir, nested, team), { recursive: true });
    writeFileSync(path.join(dir, nested, team, "ai-workloads.yaml"), text);
  }
  return nested;
}
