// Schema messages a new user reads first (issue 26, item 10): one message per mistake, in the
// order a reader takes it in, naming what is wrong.
import { describe, expect, test } from "vitest";
import { parseYaml } from "./helpers/parse.js";
import { validateManifest } from "../src/core/manifest/validate.js";

function messages(text: string): string[] {
  return validateManifest(parseYaml("ai-workloads.yaml", new TextEncoder().encode(text))).findings.map(
    (f) => `${f.line === undefined ? "" : `${f.line}:${f.col} `}${f.message}${f.path ? ` [${f.path}]` : ""} (${f.rule})`,
  );
}

const workload = (lines: string) => `version: 1\nworkloads:\n  - name: chat\n${lines}`;

describe("schema messages", () => {
  test("a misspelt required key is one message naming the key meant: modle -> model, not mode and not 'missing model'", () => {
    expect(
      messages(workload("    modle: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 200 }\n    requests: { per_day: 10 }\n")),
    ).toEqual(['4:5 unknown key "modle" in workloads[0] (did you mean "model"?) [workloads[0].modle] (schema)']);
    // Without a missing key to pair with, the nearest allowed key is still suggested.
    expect(
      messages(
        workload(
          "    model: openai/gpt-oss-120b\n    mdoe: batch\n    tokens: { input: 1000, output: 200 }\n    requests: { per_day: 10 }\n",
        ),
      ),
    ).toEqual(['5:5 unknown key "mdoe" in workloads[0] (did you mean "mode"?) [workloads[0].mdoe] (schema)']);
    // A missing key that no unknown key misspells is still reported.
    expect(messages(workload("    tokens: { input: 1000, output: 200 }\n    requests: { per_day: 10 }\n"))).toEqual([
      '3:5 workloads[0] is missing the required key "model" [workloads[0]] (schema)',
    ]);
  });

  test("a token count says what it must be, then what it got", () => {
    expect(
      messages(workload('    model: openai/gpt-oss-120b\n    tokens: { input: "3000", output: 200 }\n    requests: { per_day: 10 }\n')),
    ).toEqual([
      '5:22 workloads[0].tokens.input must be a whole number of tokens or a range { low, expected, high }, got "3000" [workloads[0].tokens.input] (schema)',
    ]);
    expect(
      messages(workload("    model: openai/gpt-oss-120b\n    tokens: { input: -3, output: 200 }\n    requests: { per_day: 10 }\n")),
    ).toEqual(["5:22 workloads[0].tokens.input must be at least 0, got -3 [workloads[0].tokens.input] (schema)"]);
  });

  test("a file of only comments says so, with no path", () => {
    expect(messages("# the support team's workloads\n# coming soon\n")).toEqual([
      // Nowhere in particular: the finding is about the whole file.
      "the file has no content, only comments or blank lines; a manifest is a mapping with version and workloads (schema)",
    ]);
    expect(messages("- just\n- a list\n")).toEqual([
      "1:1 a manifest must be a mapping with version and workloads, got a list [(root)] (schema)",
    ]);
  });

  test("a duplicate key is named, plain, quoted or in a flow mapping", () => {
    expect(messages("version: 1\nversion: 1\nworkloads: []\n")).toEqual([
      '2:1 invalid YAML: the key "version" appears twice in the same mapping (yaml.syntax)',
    ]);
    expect(messages(workload("    model: a/b\n    'model': c/d\n"))).toEqual([
      '5:5 invalid YAML: the key "model" appears twice in the same mapping (yaml.syntax)',
    ]);
    expect(messages(workload('    model: a/b\n    tokens: { input: 1, output: 2, "input": 3 }\n'))).toEqual([
      '5:36 invalid YAML: the key "input" appears twice in the same mapping (yaml.syntax)',
    ]);
  });
});
