// A pull request controls its prompt templates: `tokens.input_from` must cost time linear in
// the file however it is built (issue 9: a 200 KB run without spaces took 41 s, 5 MiB hours).
// The merging's work is counted, not timed: a run of n letters, every pair of the same rank,
// costs a few rank lookups per byte, where rescanning every pair after each merge cost about
// n^2 / 2. The bundled CLI counts a 1 MiB run (minutes at n^2) within its timeout; a template of
// the largest size read, 5 MiB, is a row of `npm run bench -- --hostile`.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPromptCounter } from "../../src/adapters/tokenizer.js";
import { BpeCounter, RankTable } from "../../src/core/plan/bpe.js";
import { ROOT, tempDir, writeFiles } from "../helpers/action-run.js";

const CLI = path.join(ROOT, "dist/cli.js");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository whose workloads `t0`, `t1`, ... each read one template (prompt-0.md, ...). */
function repoWithTemplates(...templates: Array<string | Buffer>): string {
  const dir = tempDir("tokenizer");
  dirs.push(dir);
  const workloads = templates.map(
    (_, i) =>
      `  - name: t${i}\n    provider: self\n    model: house-model\n    tokens: { input_from: prompt-${i}.md, output: 10 }\n    requests: { per_month: 1000 }\n`,
  );
  // A private model has no context window to exceed, so huge prompts are still priced.
  writeFiles(dir, {
    "ai-workloads.yaml": `version: 1\nprices: [{ model: house-model, input: 1, output: 2 }]\nworkloads:\n${workloads.join("")}`,
  });
  templates.forEach((template, i) => writeFileSync(path.join(dir, `prompt-${i}.md`), template));
  return dir;
}

/** The bundled CLI, as the Action's users run it; a hang is killed after a minute and fails the test. */
function estimate(dir: string): { status: number | null; templates: Array<{ path: string; tokens: number; tokenizer: string }> } {
  const run = spawnSync(process.execPath, [CLI, "estimate", "--format", "json"], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: 60_000,
  });
  expect(run.signal, "killed at the timeout").toBeNull();
  expect(run.stderr).toBe("");
  const workloads = JSON.parse(run.stdout).workloads as Array<{
    name: string;
    tokens: { template: { path: string; tokens: number; tokenizer: string } };
  }>;
  return {
    status: run.status,
    templates: workloads.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true })).map((w) => w.tokens.template),
  };
}

const count = await loadPromptCounter();

describe("prompt templates the pull request writes", () => {
  it("counts a 200 KB run without spaces exactly", { timeout: 60_000 }, () => {
    // One run of the CLI over six templates, one per workload.
    const texts = ["a", "Ab", "漢", "😀", "-", "\u0301"].map((unit) => unit.repeat(Math.ceil(200_000 / Buffer.byteLength(unit))));
    const result = estimate(repoWithTemplates(...texts));
    expect(result.status).toBe(0);
    expect(result.templates).toEqual(
      texts.map((text, i) => ({ path: `prompt-${i}.md`, tokens: count(text).tokens, tokenizer: "o200k_base" })),
    );
  });

  it("merges a run of one letter with a few rank lookups per byte, at every length", () => {
    class CountingRanks extends RankTable {
      lookups = 0;
      override rank(bytes: Uint8Array, start: number, end: number): number {
        this.lookups++;
        return super.rank(bytes, start, end);
      }
    }
    const ranks = new CountingRanks(readFileSync(path.join(ROOT, "src/adapters/o200k_base.bin")));
    const counter = new BpeCounter(ranks);
    for (const n of [1_000, 4_000, 16_000]) {
      ranks.lookups = 0;
      const text = "a".repeat(n);
      const tokens = counter.count(text);
      // Each merge looks up at most two new pairs: under 3 a byte with the first pass, whatever n.
      expect(ranks.lookups / n, `rank lookups a byte for ${n} letters`).toBeLessThan(3);
      expect(tokens).toBe(count(text).tokens);
    }
  });

  it(
    "counts a 1 MiB run of one letter and 1 MiB of random bytes (invalid UTF-8 becomes U+FFFD), the same as in-process",
    { timeout: 120_000 },
    () => {
      // One letter: the worst case for pair merging (every pair has the same rank).
      const letters = "a".repeat((1 << 20) - 1);
      let seed = 9;
      const bytes = Buffer.alloc((1 << 20) - 1);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 24;
      const result = estimate(repoWithTemplates(letters, bytes));
      expect(result.status).toBe(0);
      expect(result.templates.map((t) => t.tokens)).toEqual([count(letters).tokens, count(new TextDecoder().decode(bytes)).tokens]);
      // The count is exact, not a cap: "a" x 2^k merges to tokens of known size (below 1 per byte).
      expect(result.templates[0]!.tokens).toBeGreaterThan(0);
      expect(result.templates[0]!.tokens).toBeLessThan(letters.length / 4);
    },
  );
});
