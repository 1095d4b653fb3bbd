import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateManifests } from "../scripts/bench/generate.mjs";
import { parseYaml } from "./helpers/parse.js";
import type { YamlPath } from "../src/core/manifest/types.js";
import { parseFast } from "../src/core/manifest/yaml-fast.js";

/** Every path into a value, plus one missing key and one missing index below each collection. */
function paths(value: unknown, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
    out.push([...prefix, value.length], [...prefix, "missing"]);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
    out.push([...prefix, "missing"], [...prefix, 0]);
  }
  return out;
}

/**
 * Every path's value and key position, compared in one assertion: an expect per path made the
 * random-edit test spend most of its time in the assertion library.
 */
function positions(parsed: ReturnType<typeof parseYaml>, value: unknown): unknown[] {
  return paths(value).map((path) => ({ path, at: parsed.locate(path), key: parsed.locateKey(path) }));
}

/** The fast path must give exactly what eemeli/yaml gives: values and every position. */
function expectSameAsFull(text: string): void {
  expect(parseFast(text), "the fast path should accept this text").toBeDefined();
  const bytes = new TextEncoder().encode(text);
  const fast = parseYaml("m.yaml", bytes);
  const full = parseYaml("m.yaml", bytes, undefined, true);
  expect(full.findings).toEqual([]);
  expect(fast.value).toEqual(full.value);
  expect(positions(fast, full.value)).toEqual(positions(full, full.value));
}

describe("the YAML fast path", () => {
  it("agrees with the full parser on generated manifests", () => {
    for (const text of generateManifests(40)) expectSameAsFull(text);
  });

  it("agrees with the full parser on the example manifest", () => {
    expectSameAsFull(readFileSync(new URL("../examples/ai-workloads.yaml", import.meta.url), "utf8"));
  });

  it("agrees on the styles people write", () => {
    expectSameAsFull(
      [
        "# leading comment",
        "",
        "version: 1   # trailing comment",
        "catalogs: ['a.json', \"b c.json\", ../price-book.json, ./books/x.json]",
        "notes: .hidden",
        "defaults:",
        "  tags:",
        "    team: 'support # not a comment'",
        "    url: http://example.com/a:b",
        "workloads:",
        '- name: "quoted name"',
        "  description: words with spaces and a#hash",
        "  model: meta-llama/x:latest",
        "  tokens:",
        "    input: {low: 1, expected: 2.5, high: -3}",
        "    output: 0",
        "  requests: { per_day: [1, [2, {a: b}]], x: {} , y: [] }",
        "  tags:",
        "  - one",
        "  -   two",
        "-   name: second",
        "    model: m",
        "    budget:",
        "        monthly: 12.50",
        "",
      ].join("\n"),
    );
  });

  it("whatever it accepts after random edits, the full parser reads the same way", () => {
    const seeds = generateManifests(3, 11).map((t) => t.split("\n").slice(0, 30).join("\n"));
    const edit = fc.record({
      seed: fc.nat(seeds.length - 1),
      at: fc.nat(),
      remove: fc.nat(3),
      insert: fc.array(fc.constantFrom(...` :-#'"{}[],\n\t&*!|>?%@\\.0123456789aez_~`.split("")), { maxLength: 4 }),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = seeds[edits[0]!.seed]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert.join("") + text.slice(at + e.remove);
        }
        const fast = parseFast(text);
        if (!fast) return;
        accepted++;
        const bytes = new TextEncoder().encode(text);
        const full = parseYaml("m.yaml", bytes, undefined, true);
        expect(full.findings, text).toEqual([]);
        expect(fast.value, text).toEqual(full.value);
        const viaFast = parseYaml("m.yaml", bytes);
        expect(positions(viaFast, full.value), text).toEqual(positions(full, full.value));
      }),
      { numRuns: 3000 },
    );
    // Most small edits keep the text inside the subset; the check above must have run.
    expect(accepted).toBeGreaterThan(500);
  });

  it("gives up on everything outside its subset", () => {
    for (const text of [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: |\n  text\n",
      "a: >\n  text\n",
      "a: one\n  two\n",
      "a:\n\tb: 1\n",
      "a: 1\r\n",
      "---\na: 1\n",
      "a: 1\n---\nb: 2\n",
      "%YAML 1.2\n---\na: 1\n",
      "? a\n: 1\n",
      "a:\nb: 1\n",
      "a: 1\na: 2\n",
      "__proto__: 1\n",
      "<<: {a: 1}\n",
      'a: "\\u0041"\n',
      "a: 'it''s'\n",
      "a: 0x10\n",
      "a: 1e3\n",
      "a: .inf\n",
      "a: .nan\n",
      "a: .NaN\n",
      "a: -.inf\n",
      "a: .5\n",
      "a: .5e3\n",
      "a: 1e309\n",
      "a: 12345678901234567890\n",
      "a: 010\n",
      "a: +1\n",
      "a: null\n",
      "a: ~\n",
      "a: True\n",
      "a: {b: 1\n",
      "a: [1, 2,]\n",
      "a: {b:1}\n",
      "- 1\n",
      "just text\n",
      "",
      "# only a comment\n",
      `a: ${"[".repeat(100)}${"]".repeat(100)}\n`,
    ]) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
