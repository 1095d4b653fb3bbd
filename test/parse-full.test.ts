// The full path (eemeli/yaml, loaded only for files the fast path cannot read) and the
// adapter that loads it on demand.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManifest } from "../src/adapters/manifest-parser.js";
import { DEFAULT_LIMITS } from "../src/core/manifest/parse.js";
import { parseYaml } from "./helpers/parse.js";

const CORPUS = path.join(import.meta.dirname, "corpus");
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(CORPUS, file)));

/** Calls `f` below `depth` extra stack frames. */
function nested<T>(depth: number, f: () => T): T {
  return depth === 0 ? f() : nested(depth - 1, f);
}

describe("nesting that exhausts the parser", () => {
  it.each([
    ["deep-flow-nesting.yaml", { line: 2, col: 12 }],
    ["deep-block-seq-nesting.yaml", { line: 3, col: 1 }],
  ])("%s is reported where the too-deep value starts, however deep the stack was at the call", (file, at) => {
    const bytes = bytesOf(file);
    // yaml gives up at whichever collection it reached when the stack ran out: a position that
    // moved with the caller's stack. The finding must not.
    for (const depth of [0, 50, 500]) {
      const { findings } = nested(depth, () => parseYaml("m.yaml", bytes));
      expect(findings.map((f) => [f.rule, f.line, f.col])).toEqual([["yaml.syntax", at.line, at.col]]);
      expect(findings[0]!.message).toContain("nests too deeply");
    }
  });
});

describe("parseManifest", () => {
  it("reads what the fast path cannot with yaml, as the synchronous parse does", async () => {
    const text =
      "version: 1\nworkloads:\n  - &a\n    name: a\n    model: openai/gpt-oss-120b\n    tokens: { input: 10, output: 5 }\n    requests: { per_day: 10 }\n";
    const bytes = new TextEncoder().encode(text);
    const parsed = await parseManifest("m.yaml", bytes, DEFAULT_LIMITS);
    const expected = parseYaml("m.yaml", bytes);
    expect(parsed.findings).toEqual([]);
    expect(parsed.value).toEqual(expected.value);
    expect(parsed.locate(["workloads", 0, "tokens", "output"])).toEqual(expected.locate(["workloads", 0, "tokens", "output"]));
  });

  it("gives yaml's findings for invalid YAML", async () => {
    const parsed = await parseManifest("m.yaml", bytesOf("deep-flow-nesting.yaml"), DEFAULT_LIMITS);
    expect(parsed.findings.map((f) => [f.rule, f.line, f.col])).toEqual([["yaml.syntax", 2, 12]]);
  });
});
