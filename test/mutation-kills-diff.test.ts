// Exact expectations for src/core/review/diff.ts, written against the mutants Stryker left alive in
// the 2026-12-07 run (see MUTATION.md): which diffs count against which file, the cached price
// comparison across split and merged files, what sameJson treats as a change, the match maps and
// the governing files. A new file, so incremental runs reuse the results of the other test files.
import { describe, expect, it } from "vitest";
import { analyzeFile, type FileAnalysis } from "../src/core/review/analyze.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import { diffRevisions, governingFiles, matchWorkloads, type Trust } from "../src/core/review/diff.js";
import { parseYaml } from "./helpers/parse.js";

const builtin = new PriceBook([BUILTIN_LAYER]);
const at = (file: string, text: string): FileAnalysis =>
  analyzeFile(parseYaml(file, new TextEncoder().encode(text)), () => builtin, { today: "2026-11-28" });

// acme/m at $1 per 1M input tokens: 1,000 tokens x 1,000 requests = $1.00/month.
const PRICES = "prices:\n  - { model: acme/m, input: 1, output: 2 }\n";
const DEARER = "prices:\n  - { model: acme/m, input: 2, output: 2 }\n";
const TIGHT = "policy: { max_increase: 0.1 }\n";
const W = (name: string, perMonth: number, extra = "") =>
  `  - name: ${name}\n    model: acme/m\n    tokens: { input: 1000, output: 0 }\n    requests: { per_month: ${perMonth} }\n${extra}`;
const file = (top: string, ...workloads: string[]) =>
  `version: 1\n${top}workloads:${workloads.length ? `\n${workloads.join("")}` : " []\n"}`;
const INVALID = "version: 1\nworkloads: [";

/** The whole observable diff, as text: rows with costs and drivers, findings with positions, notes. */
function show(base: FileAnalysis[], head: FileAnalysis[], trust: Trust = "head") {
  const d = diffRevisions(base, head, trust);
  return {
    workloads: d.workloads.map(
      (w) =>
        `${w.file} ${w.name} ${w.change} ${w.baseMonthlyCost} ${w.headMonthlyCost} ${w.diffMonthlyCost} ${w.drivers.map((x) => `${x.cause} ${x.amount} ${x.detail}`).join("; ")}`,
    ),
    findings: d.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.col} ${f.path} ${f.workload} ${f.message}`),
    notes: d.notes,
  };
}

describe("the diffs that count against a file's policy", () => {
  it("a workload removed from the file another one moved out of counts against the file it moved to, once", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1000), W("y", 1000), W("z", 1000)))];
    const head = [at("a.yaml", file(PRICES, W("z", 2000))), at("b.yaml", file(PRICES + TIGHT, W("x", 3000)))];
    // b.yaml: x $1 -> $3 and y $1 -> $0 (removed from a.yaml, where x came from); z stays in a.yaml.
    expect(show(base, head)).toEqual({
      workloads: [
        "b.yaml x changed 1 3 2 volume 2 requests 1.000K -> 3.000K/month (+200%)",
        "a.yaml z changed 1 2 1 volume 1 requests 1.000K -> 2.000K/month (+100%)",
        "a.yaml y removed 1 0 -1 volume -1 workload removed",
      ],
      findings: [
        "increase.absolute error b.yaml:4:1 policy.max_increase undefined this change raises b.yaml by +$1.00/mo ($2.00 -> $3.00), over policy.max_increase $0.10/mo",
      ],
      notes: ["workload x moved from a.yaml to b.yaml"],
    });
  });

  it("a workload removed from a file that stays counts against it once", () => {
    const base = [at("a.yaml", file(PRICES + TIGHT, W("x", 1000), W("y", 1000)))];
    const head = [at("a.yaml", file(PRICES + TIGHT, W("x", 3000)))];
    expect(show(base, head).findings).toEqual([
      "increase.absolute error a.yaml:4:1 policy.max_increase undefined this change raises a.yaml by +$1.00/mo ($2.00 -> $3.00), over policy.max_increase $0.10/mo",
    ]);
  });

  it("a file left without workloads is still judged: its loosened policy is a finding", () => {
    const base = [at("a.yaml", file(PRICES + TIGHT, W("x", 1000)))];
    const head = [at("a.yaml", file(PRICES + "policy: { max_increase: 9 }\n")), at("b.yaml", file(PRICES, W("x", 1000)))];
    expect(show(base, head)).toEqual({
      workloads: ["b.yaml x changed 1 1 0 "],
      findings: [
        "budget.raised warning a.yaml:4:1 undefined undefined this change loosens a limit: policy.max_increase 0.1 -> 9; a reviewer should approve the higher spend explicitly",
        "budget.raised warning b.yaml:1:1 undefined undefined this change loosens a limit: policy.max_increase 0.1 -> none; a reviewer should approve the higher spend explicitly",
      ],
      notes: ["workload x moved from a.yaml to b.yaml"],
    });
  });

  it("two workloads moved from one file make it one origin: one finding per loosened limit", () => {
    const base = [at("a.yaml", file(PRICES + TIGHT, W("x", 1000), W("y", 1000)))];
    const head = [at("a.yaml", file(PRICES)), at("b.yaml", file(PRICES, W("x", 1000), W("y", 1000)))];
    expect(show(base, head).findings.map((f) => f.split(" this change")[0])).toEqual([
      "budget.raised warning a.yaml:1:1 undefined undefined",
      "budget.raised warning b.yaml:1:1 undefined undefined",
    ]);
  });
});

describe("prices: compared per pair of manifests, across split and merged files", () => {
  it("a file split in two: only the part whose prices changed has a price driver", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1000), W("y", 1000)))];
    const head = [at("a.yaml", file(PRICES, W("x", 1000))), at("b.yaml", file(DEARER, W("y", 1000)))];
    expect(show(base, head)).toEqual({
      workloads: ["b.yaml y changed 1 2 1 price 1 price override for acme/m changed", "a.yaml x unchanged 1 1 0 "],
      findings: [],
      notes: ["b.yaml: the prices: overrides differ between base and head", "workload y moved from a.yaml to b.yaml"],
    });
  });

  it("two files merged: only the workload from the file with other prices has a price driver", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1000))), at("c.yaml", file(DEARER, W("y", 1000)))];
    const head = [at("a.yaml", file(PRICES, W("x", 1000), W("y", 1000)))];
    expect(show(base, head)).toEqual({
      workloads: ["a.yaml y changed 2 1 -1 price -1 price override for acme/m changed", "a.yaml x unchanged 1 1 0 "],
      findings: [],
      notes: ["a.yaml: the prices: overrides differ between base and head", "workload y moved from c.yaml to a.yaml"],
    });
  });
});

describe("what counts as a change of a workload", () => {
  const one = (extra: string) => [at("a.yaml", file(PRICES, W("x", 1000, extra)))];

  it("a budget raised is a change of the workload, at no cost", () => {
    expect(show(one("    budget: { monthly: 5 }\n"), one("    budget: { monthly: 6 }\n"))).toEqual({
      workloads: ["a.yaml x changed 1 1 0 "],
      findings: [
        "budget.raised warning a.yaml:1:1 undefined undefined this change loosens a limit: workload x budget $5.00 -> $6.00; a reviewer should approve the higher spend explicitly",
      ],
      notes: [],
    });
  });

  it("tags written in another order are a change (the JSON differs)", () => {
    expect(show(one("    tags: { a: x, b: y }\n"), one("    tags: { b: y, a: x }\n")).workloads).toEqual(["a.yaml x changed 1 1 0 "]);
  });

  it("a workload that only moved down the file or changed indentation is unchanged", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1000)))];
    expect(show(base, [at("a.yaml", file(PRICES, W("n", 1000), W("x", 1000)))]).workloads).toEqual([
      "a.yaml n added 0 1 1 volume 1 new workload",
      "a.yaml x unchanged 1 1 0 ",
    ]);
    const indented = `version: 1\n${PRICES}workloads:\n${W("x", 1000).replace(/^/gm, "  ")}`;
    expect(show(base, [at("a.yaml", indented)]).workloads).toEqual(["a.yaml x unchanged 1 1 0 "]);
  });

  const dedicated = (spec: string) =>
    `version: 1\nworkloads:\n  - name: d\n    model: openai/gpt-oss-120b\n    mode: dedicated\n    dedicated: { hardware: h100-80gb${spec} }\n    tokens: { input: 1000, output: 0 }\n    requests: { per_month: 1000 }\n`;

  it("a number changed (replicas) is a hardware driver", () => {
    expect(show([at("a.yaml", dedicated(", replicas: 1"))], [at("a.yaml", dedicated(", replicas: 2"))]).workloads).toEqual([
      "a.yaml d changed 4007.7 8015.4 4007.7 hardware 4007.7 hardware 1x h100-80gb x 1 replica(s), 730h -> 1x h100-80gb x 2 replica(s), 730h",
    ]);
  });

  it("a dedicated contract changed is a price driver that names the terms", () => {
    const terms = ", contract: { monthly_minimum: 5000, included_tokens: 1000000, overage_per_million: 1 }";
    expect(show([at("a.yaml", dedicated(terms))], [at("a.yaml", dedicated(", contract: { monthly_minimum: 6000 }"))]).workloads).toEqual([
      "a.yaml d changed 5000 6000 1000 price 1000 dedicated contract minimum $5,000.00, 1.000M tokens included, overage $1.00/1M -> minimum $6,000.00",
    ]);
    expect(show([at("a.yaml", dedicated(""))], [at("a.yaml", dedicated(", contract: { monthly_minimum: 5000 }"))]).workloads).toEqual([
      "a.yaml d changed 4007.7 5000 992.3 price 992.3 dedicated contract none -> minimum $5,000.00",
    ]);
  });
});

describe("matchWorkloads", () => {
  it("links a base file to the files its workloads went to, not to an invalid file at its path", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1), W("y", 1), W("q", 1))), at("bad.yaml", INVALID)];
    const head = [at("a.yaml", INVALID), at("b.yaml", file(PRICES, W("x", 1), W("y", 1))), at("c.yaml", file(PRICES, W("q", 1)))];
    const m = matchWorkloads(base, head);
    expect([...m.successors]).toEqual([["a.yaml", ["b.yaml", "c.yaml"]]]);
    expect([...m.origins]).toEqual([
      ["b.yaml", ["a.yaml"]],
      ["c.yaml", ["a.yaml"]],
    ]);
    expect([m.ambiguous, m.unknown.length, m.pairs.length]).toEqual([[], 0, 3]);
  });

  it("names in several head files are ambiguous, sorted", () => {
    const base = [at("a.yaml", file(PRICES, W("z", 1), W("b", 1)))];
    const head = [at("b.yaml", file(PRICES, W("z", 1), W("b", 1))), at("c.yaml", file(PRICES, W("z", 1), W("b", 1)))];
    const m = matchWorkloads(base, head);
    expect([m.ambiguous, [...m.successors], [...m.origins]]).toEqual([["b", "z"], [], []]);
  });
});

describe("governingFiles", () => {
  it("the first valid base manifest of the nearest folder up the tree governs a new head manifest", () => {
    const valid = file(PRICES);
    const base = [at("b/y.yaml", valid), at("b/x.yaml", valid), at("c/bad.yaml", INVALID), at("root.yaml", file(PRICES, W("m", 1)))];
    const head = [
      at("b/new.yaml", valid),
      at("c/new.yaml", valid),
      at("d/e/new.yaml", valid),
      // At a base file's path (invalid there): not new.
      at("c/bad.yaml", valid),
      at("b/broken.yaml", INVALID),
      // Holds a workload from root.yaml: not new.
      at("b/moved.yaml", file(PRICES, W("m", 1))),
    ];
    const governing = governingFiles(base, head, matchWorkloads(base, head));
    expect([...governing].map(([f, g]) => `${f} <- ${g.file}`)).toEqual([
      "b/new.yaml <- b/x.yaml",
      "c/new.yaml <- root.yaml",
      "d/e/new.yaml <- root.yaml",
    ]);
  });
});
