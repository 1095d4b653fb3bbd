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

const model = (name: string, perMonth: number, id: string, extra = "") =>
  `  - name: ${name}\n    model: ${id}\n    tokens: { input: 1000, output: 0 }\n    requests: { per_month: ${perMonth} }\n${extra}`;
const BUDGET = "    budget: { monthly: 5 }\n";
const TEAM = "    tags: { team: a }\n";
const GROUP = (monthly: number) => `budgets:\n  - { name: g, match: { team: a }, monthly: ${monthly} }\n`;

describe("a workload's row", () => {
  it("has no base cost when the base could not price it: the keys are exactly those set", () => {
    const d = diffRevisions([at("a.yaml", file(PRICES, model("x", 1000, "nope/unknown")))], [at("a.yaml", file(PRICES, W("x", 1000)))]);
    expect(d.workloads.map((w) => [w.change, Object.keys(w)])).toEqual([
      ["changed", ["id", "file", "name", "change", "head", "base", "drivers", "headMonthlyCost"]],
    ]);
  });

  it("a change of mode then of model is two drivers, either way round", () => {
    const dedicated = "    mode: dedicated\n    dedicated: { hardware: h100-80gb }\n";
    const small = [at("a.yaml", file("", model("x", 1000, "openai/gpt-oss-20b")))];
    const big = [at("a.yaml", file("", model("x", 1000, "openai/gpt-oss-120b", dedicated)))];
    expect(show(big, small).workloads).toEqual([
      "a.yaml x changed 4007.7 0.05 -4007.65 mode -4007.55 mode dedicated -> serverless; model -0.1 model openai/gpt-oss-120b -> openai/gpt-oss-20b",
    ]);
    expect(show(small, big).workloads).toEqual([
      "a.yaml x changed 0.05 4007.7 4007.65 mode 4007.65 mode serverless -> dedicated; model 0 model openai/gpt-oss-20b -> openai/gpt-oss-120b",
    ]);
  });
});

describe("notes", () => {
  it("one note per pair of files a workload moved between", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1))), at("c.yaml", file(PRICES, W("y", 1)))];
    const head = [at("b.yaml", file(PRICES, W("x", 1))), at("d.yaml", file(PRICES, W("y", 1)))];
    expect(show(base, head).notes).toEqual(["workload x moved from a.yaml to b.yaml", "workload y moved from c.yaml to d.yaml"]);
  });

  it("base workloads left unmatched by invalid head files name every such file", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1))), at("b.yaml", file(PRICES, W("y", 1)))];
    const head = [at("a.yaml", INVALID), at("b.yaml", INVALID), at("c.yaml", file(PRICES))];
    expect(show(base, head).notes).toEqual([
      "2 base workload(s) could not be matched because a.yaml, b.yaml is invalid at the head; they are left out of both totals, not counted as removed",
    ]);
  });
});

describe("--trust base: limits and unmatched workloads", () => {
  const unmatched = (newNames: string) =>
    `trust.unmatched error a.yaml:undefined:undefined undefined x under --trust base, base workload x (a.yaml) has no counterpart in the head while ${newNames}; a rename cannot shed a base budget, so keep the name or remove and add in separate changes`;

  it("a budgeted workload removed with nothing added is no finding", () => {
    expect(show([at("a.yaml", file(PRICES, W("x", 1, BUDGET)))], [at("a.yaml", file(PRICES))], "base").findings).toEqual([]);
  });

  it("exactly five new names are all listed; an invalid base file has no group budgets", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1, BUDGET)))];
    const five = [at("a.yaml", file(PRICES, ...["n1", "n2", "n3", "n4", "n5"].map((n) => W(n, 1))))];
    expect(show(base, five, "base").findings).toEqual([unmatched("n1, n2, n3, n4, n5 are new")]);
    const withInvalid = [at("bad.yaml", INVALID), ...base];
    expect(show(withInvalid, [at("a.yaml", file(PRICES, W("n", 1)))], "base").findings).toEqual([unmatched("n is new")]);
  });

  it("an ambiguous name points at the first head workload of that name", () => {
    const base = [at("a.yaml", file(PRICES, W("x", 1, BUDGET)))];
    const head = [at("b.yaml", file(PRICES, W("o", 1), W("x", 1))), at("c.yaml", file(PRICES, W("x", 1)))];
    expect(show(base, head, "base").findings).toEqual([
      unmatched("o, x, x are new"),
      "trust.unmatched error b.yaml:9:5 undefined x under --trust base, workload x appears in several manifests, so the one that moved cannot be matched to its base budget",
    ]);
  });

  it("two origins with different percent limits: each limit is a finding", () => {
    const pct = (n: number) => `policy: { max_increase_percent: ${n} }\n`;
    const base = [at("a.yaml", file(PRICES + pct(10), W("x", 1000))), at("c.yaml", file(PRICES + pct(20), W("y", 1000)))];
    const head = [at("b.yaml", file(PRICES, W("x", 3000), W("y", 3000)))];
    expect(show(base, head, "base").findings.filter((f) => f.startsWith("increase."))).toEqual([
      "increase.percent error b.yaml:1:1 policy.max_increase_percent undefined this change raises b.yaml by +200% ($2.00 -> $6.00/mo), over policy.max_increase_percent 10%",
      "increase.percent error b.yaml:1:1 policy.max_increase_percent undefined this change raises b.yaml by +200% ($2.00 -> $6.00/mo), over policy.max_increase_percent 20%",
    ]);
  });
});

describe("--trust base: evaluation units", () => {
  it("two group budgets exceeded in one file are two findings", () => {
    const GROUPS = "budgets:\n  - { name: g1, match: { team: a }, monthly: 0.5 }\n  - { name: g2, match: { team: a }, monthly: 0.6 }\n";
    const text = file(GROUPS + PRICES, W("x", 1000, TEAM));
    expect(show([at("a.yaml", text)], [at("a.yaml", text)], "base").findings).toEqual([
      "budget.group.exceeded error a.yaml:3:5 budgets[0] undefined budget g1 (1 workload) projected $1.00/mo exceeds budget $0.50/mo by $0.50 (200%) (base budget)",
      "budget.group.exceeded error a.yaml:4:5 budgets[1] undefined budget g2 (1 workload) projected $1.00/mo exceeds budget $0.60/mo by $0.40 (167%) (base budget)",
    ]);
  });

  it("a new file no base file governs is judged by its own budgets, as its own", () => {
    const head = [at("new.yaml", file("", model("n", 1000, "openai/gpt-oss-20b", "    budget: { monthly: 0.01 }\n")))];
    expect(show([], head, "base").findings).toEqual([
      "budget.workload.exceeded error new.yaml:7:13 workloads[0].budget.monthly n workload n projected $0.05/mo exceeds budget $0.01/mo by $0.04 (500%)",
    ]);
  });

  it("a new file governed by a base file shows its own groups and every workload's budget use", () => {
    const base = [at("a.yaml", file(PRICES + GROUP(5), W("x", 1000, BUDGET + TEAM)))];
    const head = [
      // The head's own findings (its tighter budget, the cache notice) give way to those of the judged estimate.
      at(
        "a.yaml",
        file(
          PRICES + GROUP(5),
          W("x", 2000, `    budget: { monthly: 0.1 }\n${TEAM}`).replace("output: 0 }", "output: 0, cached_input: 500 }"),
        ),
      ),
      at("new.yaml", file(PRICES + GROUP(7), W("n", 1000, BUDGET + TEAM))),
      at("plain.yaml", INVALID),
    ];
    const d = diffRevisions(base, head, "base");
    expect(
      d.head.map((f) => [
        f.file,
        f.estimates.length,
        [...(f.evaluation?.workloadBudgets ?? [])].map(([id, use]) => `${id} ${use.status}`),
        (f.evaluation?.groups ?? []).map((g) => `${g.budget.monthly}`),
        f.findings.map((x) => x.rule),
      ]),
    ).toEqual([
      ["a.yaml", 1, ["a.yaml#x ok"], ["5"], ["cache.no-rate"]],
      ["new.yaml", 1, ["new.yaml#n ok"], ["7"], []],
      ["plain.yaml", 0, [], [], ["yaml.syntax"]],
    ]);
  });

  it("a head file whose base is invalid at its path is judged by the first base file its workloads came from", () => {
    const T = (name: string) => W(name, 1000, TEAM);
    const group = (f: string, monthly: number, name: string) => at(f, file(PRICES + GROUP(monthly), T(name)));
    // n is new: judged by the rules of a.yaml's origin c.yaml, so c.yaml's group holds x and n.
    const one = show([at("a.yaml", INVALID), group("c.yaml", 0.5, "x")], [at("a.yaml", file(PRICES, T("x"), T("n")))], "base");
    expect(one.findings[0]).toBe(
      "budget.group.exceeded error c.yaml:5:5 budgets[0] undefined budget g (2 workloads) projected $2.00/mo exceeds budget $0.50/mo by $1.50 (400%) (base budget)",
    );
    // Workloads from c.yaml and b.yaml: n is judged by b.yaml (first by path), whose group has room.
    const two = show([group("c.yaml", 0.5, "x"), group("b.yaml", 5, "y")], [at("a.yaml", file(PRICES, T("x"), T("y"), T("n")))], "base");
    expect(two.findings[0]).toBe(
      "budget.group.exceeded error c.yaml:5:5 budgets[0] undefined budget g (1 workload) projected $1.00/mo exceeds budget $0.50/mo by $0.50 (200%) (base budget)",
    );
    // The base file at the head's own path comes first, before b.yaml.
    const same = show([group("z.yaml", 0.5, "x"), group("b.yaml", 5, "y")], [at("z.yaml", file(PRICES, T("x"), T("y"), T("n")))], "base");
    expect(same.findings[0]).toBe(
      "budget.group.exceeded error z.yaml:5:5 budgets[0] undefined budget g (2 workloads) projected $2.00/mo exceeds budget $0.50/mo by $1.50 (400%) (base budget)",
    );
  });
});
