import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { applyCalibration } from "../src/core/manifest/manifest-edit.js";

const MANIFEST = `# Inference workloads of the support team
version: 1
workloads:
  # Customer-facing bot
  - name: support-assistant # owned by @support
    model: arcee-ai/maestro-reasoning
    mode: serverless
    tokens: { input: 3000, output: 1000, cached_input: 0 }   # per request averages
    requests: { per_month: 2000000 }   # from the Q3 plan

  - name: nightly-batch
    model: meta-llama/llama-3.1-8b
    tokens:
      # measured in May
      input: 1200 # prompt + context
      output: 300
    requests:
      per_hour: 40 # business hours only
      per_second: 1
      burst_factor: 2
`;

function applied(...args: Parameters<typeof applyCalibration>) {
  const result = applyCalibration(...args);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("applyCalibration", () => {
  it("keeps every line outside the workload byte for byte, flow sequences included", () => {
    const text = `catalogs: [../price-book.json]\npolicy: {forecast_months: 6}\nworkloads:\n  - name: a\n    model: m\n    tokens: { input: 10, output: 5 }\n    requests: { per_day: 1 }\n  - name: b\n    model: m\n    tags: [x,  y]\n    tokens: { input: 10, output: 5 }\n    requests: { per_day: 1 }\n`;
    const { text: out } = applied(text, "a", { tokens: { input: 20, output: 6, cached_input: 0 }, requests: { per_day: 3 } });
    const lines = out.split("\n");
    expect(lines.slice(0, 3)).toEqual(["catalogs: [../price-book.json]", "policy: {forecast_months: 6}", "workloads:"]);
    expect(lines.slice(-6)).toEqual([
      "  - name: b",
      "    model: m",
      "    tags: [x,  y]",
      "    tokens: { input: 10, output: 5 }",
      "    requests: { per_day: 1 }",
      "",
    ]);
    expect(parse(out).workloads[0]).toEqual({
      name: "a",
      model: "m",
      tokens: { input: 20, output: 6, cached_input: 0 },
      requests: { per_day: 3 },
    });
  });

  it("updates a flow-style workload and keeps every comment", () => {
    const { text, changed } = applied(MANIFEST, "support-assistant", {
      tokens: { input: 2000, output: 300, cached_input: 128 },
      requests: { per_day: 1440 },
    });
    expect(changed).toBe(true);
    expect(text).toBe(`# Inference workloads of the support team
version: 1
workloads:
  # Customer-facing bot
  - name: support-assistant # owned by @support
    model: arcee-ai/maestro-reasoning
    mode: serverless
    tokens: { input: 2000, output: 300, cached_input: 128 } # per request averages
    requests: { per_day: 1440 } # from the Q3 plan

  - name: nightly-batch
    model: meta-llama/llama-3.1-8b
    tokens:
      # measured in May
      input: 1200 # prompt + context
      output: 300
    requests:
      per_hour: 40 # business hours only
      per_second: 1
      burst_factor: 2
`);
  });

  it("renames the first volume key in place, drops the other per_* keys, keeps the rest", () => {
    const { text } = applied(MANIFEST, "nightly-batch", {
      tokens: { input: 1250, output: 300, cached_input: 0 },
      requests: { per_day: 320 },
    });
    expect(text).toContain(`    tokens:
      # measured in May
      input: 1250 # prompt + context
      output: 300
      cached_input: 0
    requests:
      per_day: 320 # business hours only
      burst_factor: 2
`);
    expect(parse(text).workloads[1].requests).toEqual({ per_day: 320, burst_factor: 2 });
  });

  it("writes only the part that is given", () => {
    const { text } = applied(MANIFEST, "nightly-batch", { requests: { per_day: 5 } });
    const workload = parse(text).workloads[1];
    expect(workload.tokens).toEqual({ input: 1200, output: 300 });
    expect(workload.requests).toEqual({ per_day: 5, burst_factor: 2 });
  });

  it("adds missing tokens and requests mappings", () => {
    const source = "version: 1\nworkloads:\n  - name: new # draft\n    model: m\n";
    const { text } = applied(source, "new", {
      tokens: { input: 10, output: 2, cached_input: 1 },
      requests: { per_day: 7 },
    });
    expect(text).toBe(`version: 1
workloads:
  - name: new # draft
    model: m
    tokens:
      input: 10
      output: 2
      cached_input: 1
    requests:
      per_day: 7
`);
  });

  it("returns the text untouched when the values already match", () => {
    // Odd spacing that re-serialising would normalise must survive a no-op.
    const source =
      "workloads:\n  - name: a\n    tokens: { input: 5, output: 1, cached_input: 0 }      # same\n    requests: {per_day: 3}\n";
    expect(applied(source, "a", { tokens: { input: 5, output: 1, cached_input: 0 }, requests: { per_day: 3 } })).toEqual({
      text: source,
      changed: false,
    });
  });

  it("counts removing a second volume key as a change", () => {
    const source = "workloads:\n  - name: a\n    requests: { per_day: 3, per_hour: 1 }\n";
    expect(applied(source, "a", { requests: { per_day: 3 } })).toEqual({
      text: "workloads:\n  - name: a\n    requests: { per_day: 3 }\n",
      changed: true,
    });
  });

  it("writes counts as plain integers whatever the old number's style", () => {
    const source = 'workloads:\n  - name: a\n    tokens: { input: 0x10, output: 1.50, cached_input: "0" }\n';
    expect(applied(source, "a", { tokens: { input: 17, output: 2, cached_input: 1 } }).text).toBe(
      "workloads:\n  - name: a\n    tokens: { input: 17, output: 2, cached_input: 1 }\n",
    );
  });

  it.each([
    ["version: 1\n", "support-assistant", "the manifest has no `workloads` list"],
    [MANIFEST, "missing", 'no workload named "missing"'],
    ["workloads:\n  - name: a\n  - name: a\n", "a", '2 workloads are named "a"'],
    ["workloads:\n  - name: a\n    tokens: 5\n", "a", 'workload "a": `tokens` is not a mapping'],
    ["workloads: [\n", "a", "the manifest is not valid YAML"],
    ["a: 1\n---\nb: 2\n", "a", "the manifest is not valid YAML"],
  ])("reports %j / %s as an error", (source, name, message) => {
    const result = applyCalibration(source, name, { tokens: { input: 1, output: 1, cached_input: 0 } });
    expect(result).toEqual({ error: expect.stringContaining(message) });
  });

  it.each([
    [{ tokens: { input: 1.5, output: 1, cached_input: 0 } }, "tokens.input must be a non-negative integer, got 1.5"],
    [{ tokens: { input: 1, output: -1, cached_input: 0 } }, "tokens.output must be a non-negative integer, got -1"],
    [{ tokens: { input: 1, output: 1, cached_input: 2 } }, "tokens.cached_input (2) cannot exceed tokens.input (1)"],
    [{ requests: { per_day: Number.NaN } }, "requests.per_day must be a non-negative number, got NaN"],
  ])("rejects invalid values %o", (values, message) => {
    expect(applyCalibration(MANIFEST, "support-assistant", values)).toEqual({ error: expect.stringContaining(message) });
  });
});
