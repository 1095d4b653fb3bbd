import { describe, expect, test } from "vitest";
import { parseYaml } from "./helpers/parse.js";
import { validateManifest } from "../src/core/manifest/validate.js";

function findings(text: string | Uint8Array) {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const result = validateManifest(parseYaml("m.yaml", bytes));
  return result.findings.map((f) => ({
    rule: f.rule,
    at: f.line === undefined ? "none" : `${f.line}:${f.col}`,
    path: f.path,
    message: f.message,
  }));
}

const VALID = `version: 1
workloads:
  - name: a
    model: acme/chat-large
    tokens: { input: 100, output: 10 }
    requests: { per_month: 1000 }
`;

describe("schema errors name the place, the key and the fix", () => {
  test("a valid manifest has no findings and gets defaults", () => {
    const result = validateManifest(parseYaml("m.yaml", new TextEncoder().encode(VALID)));
    expect(result.findings).toEqual([]);
    expect(result.manifest!.workloads[0]).toMatchObject({ provider: "together", mode: "serverless", line: 3, col: 5, id: "m.yaml#a" });
    expect(result.manifest!.policy.warnAtPercent.toString()).toBe("80");
  });

  test("unknown key with a did-you-mean, pointing at the key", () => {
    expect(findings(VALID.replace("    requests:", "    budjet: { monthly: 5 }\n    requests:"))).toEqual([
      { rule: "schema", at: "6:5", path: "workloads[0].budjet", message: 'unknown key "budjet" in workloads[0] (did you mean "budget"?)' },
    ]);
  });

  test("missing required key", () => {
    expect(findings(VALID.replace("    model: acme/chat-large\n", ""))).toEqual([
      { rule: "schema", at: "3:5", path: "workloads[0]", message: 'workloads[0] is missing the required key "model"' },
    ]);
  });

  test("fractional tokens: a whole number is required", () => {
    expect(findings(VALID.replace("output: 10", "output: 12.5"))).toEqual([
      {
        rule: "schema",
        at: "5:35",
        path: "workloads[0].tokens.output",
        message: "workloads[0].tokens.output must be a whole number of tokens or a range { low, expected, high }, got 12.5",
      },
    ]);
  });

  test("negative volume", () => {
    expect(findings(VALID.replace("per_month: 1000", "per_month: -5"))).toMatchObject([
      { at: "6:28", path: "workloads[0].requests.per_month", message: "workloads[0].requests.per_month must be at least 0, got -5" },
    ]);
  });

  test(".nan, .inf and 1e309 are not finite numbers", () => {
    expect(findings(VALID.replace("per_month: 1000", "per_month: .nan"))[0]!.message).toBe(
      "workloads[0].requests.per_month must be a finite number, got .nan",
    );
    expect(findings(VALID.replace("per_month: 1000", "per_month: .inf"))[0]!.message).toBe(
      "workloads[0].requests.per_month must be a finite number, got .inf",
    );
    expect(findings(VALID.replace("per_month: 1000", "per_month: 1e309"))[0]!.message).toBe(
      "workloads[0].requests.per_month must be a finite number, got .inf",
    );
  });

  test("a string where a number belongs", () => {
    expect(findings(VALID.replace("input: 100", 'input: "lots"'))[0]).toMatchObject({
      at: "5:22",
      message: 'workloads[0].tokens.input must be a whole number of tokens or a range { low, expected, high }, got "lots"',
    });
  });

  test("enum with suggestion", () => {
    expect(findings(VALID.replace("    tokens:", "    mode: serverles\n    tokens:"))).toEqual([
      {
        rule: "schema",
        at: "5:11",
        path: "workloads[0].mode",
        message: 'workloads[0].mode must be one of serverless, batch, dedicated, gpu-cluster, got "serverles" (did you mean "serverless"?)',
      },
    ]);
  });

  test("version must be 1", () => {
    expect(findings(VALID.replace("version: 1", "version: 2"))).toEqual([
      { rule: "schema", at: "1:10", path: "version", message: "version must be 1, got 2" },
    ]);
  });

  test("wrong type for a mapping", () => {
    expect(findings(VALID.replace("    tokens: { input: 100, output: 10 }", "    tokens: 5"))[0]).toMatchObject({
      at: "5:13",
      message: "workloads[0].tokens must be a mapping, got 5",
    });
  });

  test("a range needs low, expected and high", () => {
    expect(findings(VALID.replace("input: 100", "input: { low: 1, high: 3 }"))[0]!.message).toBe(
      "workloads[0].tokens.input is a range and needs low, expected and high (missing expected)",
    );
  });

  test("control and bidi characters in names are refused", () => {
    expect(findings(VALID.replace("name: a", 'name: "a\\u202Eb"'))[0]!.message).toBe(
      "workloads[0].name contains invisible, bidirectional or control characters, which can hide what a reviewer reads",
    );
  });

  test.each([
    ["zero-width space", "\\u200B"],
    ["zero-width joiner", "\\u200D"],
    ["right-to-left mark", "\\u200F"],
    ["line separator", "\\u2028"],
    ["paragraph separator", "\\u2029"],
    ["C1 control (NEL)", "\\x85"],
    ["word joiner", "\\u2060"],
    ["byte-order mark", "\\uFEFF"],
    ["soft hyphen", "\\xAD"],
  ])("a name with a %s is a schema error in every name-like field", (_, escape) => {
    const bad = `"a${escape}b"`;
    const where = [
      ["workloads[0].name", VALID.replace("name: a", `name: ${bad}`)],
      ["workloads[0].tags.team", VALID.replace("    requests:", `    tags: { team: ${bad} }\n    requests:`)],
      ["budgets[0].name", VALID.replace("workloads:", `budgets: [{ name: ${bad}, monthly: 5 }]\nworkloads:`)],
      ["workloads[0].model", VALID.replace("model: acme/chat-large", `model: ${bad}`)],
      ["workloads[0].tokens.input_from", VALID.replace("input: 100", `input_from: ${bad}`)],
      ["catalogs[0]", VALID.replace("workloads:", `catalogs: [${bad}]\nworkloads:`)],
    ] as const;
    for (const [path, text] of where) {
      const found = findings(text).filter((f) => f.path === path);
      expect(
        found.map((f) => f.message),
        path,
      ).toEqual([`${path} contains invisible, bidirectional or control characters, which can hide what a reviewer reads`]);
    }
  });

  test("the schema's name patterns refuse exactly the characters the renderers strip", async () => {
    const { INVISIBLE_CLASS } = await import("../src/core/invisible.js");
    const schema = JSON.parse(
      await (await import("node:fs/promises")).readFile(new URL("../schemas/ai-workloads.schema.json", import.meta.url), "utf8"),
    );
    // Names and tag values also may not start or end with white space (a workflow log trims it); paths may.
    for (const key of ["name", "hardware"]) expect(schema.definitions[key].pattern).toBe(`^(?!\\s)[^${INVISIBLE_CLASS}]+(?<!\\s)$`);
    expect(schema.definitions.path.pattern).toBe(`^[^${INVISIBLE_CLASS}]+$`);
    expect(schema.definitions.tags.additionalProperties.pattern).toBe(`^(?!\\s)[^${INVISIBLE_CLASS}]*(?<!\\s)$`);
  });

  test("an empty requests mapping needs a volume", () => {
    expect(findings(VALID.replace("requests: { per_month: 1000 }", "requests: {}"))[0]!.message).toBe(
      "workloads[0].requests needs a volume: one of per_month, per_week, per_day, per_hour, per_second",
    );
  });

  test("every error in a file is reported at once", () => {
    const text = VALID.replace("version: 1", "version: 3")
      .replace("output: 10", "output: -1")
      .replace("    model", "    modle: x\n    model");
    expect(findings(text).map((f) => f.path)).toEqual(["version", "workloads[0].modle", "workloads[0].tokens.output"]);
  });
});

describe("rules after the schema", () => {
  test("duplicate workload names", () => {
    const text = `${VALID}  - name: a\n    model: m/x\n    tokens: { input: 1, output: 1 }\n    requests: { per_day: 1 }\n`;
    expect(findings(text)).toEqual([
      {
        rule: "workload.duplicate-name",
        at: "7:11",
        path: "workloads[1].name",
        message: 'workload name "a" is already used by workloads[0]; names must be unique within a file',
      },
    ]);
  });

  test("two volumes", () => {
    expect(findings(VALID.replace("per_month: 1000", "per_month: 1000, per_day: 5"))[0]).toMatchObject({
      rule: "requests.volume",
      message: "workloads[0].requests gives per_month and per_day; give exactly one volume",
    });
  });

  test("cached input larger than input", () => {
    expect(findings(VALID.replace("output: 10", "output: 10, cached_input: 101"))[0]).toMatchObject({
      rule: "tokens.cached-exceeds-input",
      at: "5:53",
    });
  });

  test("dedicated mode without its settings", () => {
    expect(findings(VALID.replace("    tokens:", "    mode: dedicated\n    tokens:"))[0]).toMatchObject({
      rule: "mode.settings",
      at: "3:5",
    });
  });

  test("a range out of order", () => {
    expect(findings(VALID.replace("input: 100", "input: { low: 5, expected: 4, high: 6 }"))[0]).toMatchObject({
      rule: "range.order",
      path: "workloads[0].tokens.input",
    });
  });
});

describe("YAML problems", () => {
  test("duplicate keys", () => {
    expect(findings(VALID.replace("    model: acme/chat-large\n", "    model: a/b\n    model: acme/chat-large\n"))).toMatchObject([
      { rule: "yaml.syntax", at: "5:5", message: 'invalid YAML: the key "model" appears twice in the same mapping' },
    ]);
  });

  test("tabs", () => {
    expect(findings("version: 1\nworkloads:\n\t- name: a\n")[0]).toMatchObject({ rule: "yaml.syntax", at: "3:1" });
  });

  test("multiple documents", () => {
    expect(findings(`${VALID}---\n${VALID}`)[0]).toMatchObject({
      rule: "yaml.syntax",
      message: expect.stringContaining("more than one YAML document"),
    });
  });

  test("empty file", () => {
    // An empty file has nowhere to point: the finding is about all of it.
    expect(findings("")).toMatchObject([{ rule: "input.empty", at: "none" }]);
  });

  test("a BOM is accepted", () => {
    expect(findings(`\uFEFF${VALID}`)).toEqual([]);
  });

  test("non-UTF-8 bytes name the line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("version: 1\nname: caf"), 0xe9, 0x0a]);
    expect(findings(bytes)).toMatchObject([
      { rule: "input.encoding", at: "2:10", message: "file is not valid UTF-8 (bad byte 0xe9); save it as UTF-8" },
    ]);
  });

  test("alias bombs are refused", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    expect(findings(bomb)).toMatchObject([{ rule: "yaml.aliases" }]);
  });

  test("a list at the root", () => {
    expect(findings("- 1\n- 2\n")[0]!.message).toBe("a manifest must be a mapping with version and workloads, got a list");
  });
});
