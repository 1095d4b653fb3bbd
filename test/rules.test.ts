/**
 * The rule registry (src/core/rules/registry.ts) is the one place a rule is described: these
 * tests hold the code, the README and SARIF to it.
 *
 * When the README's rule table is stale: `npm run rules:readme` (or `npm run test:update`)
 * rewrites it from the registry; review the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderRuleTable } from "../src/core/render/rules.js";
import { renderSarifFindings } from "../src/core/render/sarif.js";
import { finding } from "../src/core/rules/finding.js";
import { RULE_IDS, RULES, isRuleId, type RuleId } from "../src/core/rules/registry.js";
import { cli } from "./helpers/cli.js";

const ROOT = path.join(import.meta.dirname, "..");
const README = path.join(ROOT, "README.md");
const BEGIN = /<!-- rules:begin[^>]*-->\n/;
const END = "<!-- rules:end -->";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every string literal of src/ outside the registry itself, with the file it is in. */
function literalsOutsideRegistry(): Array<{ file: string; text: string }> {
  const registry = path.join(ROOT, "src/core/rules");
  return sourceFiles(path.join(ROOT, "src"))
    .filter((file) => !file.startsWith(registry + path.sep))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)"/g)].map((m) => ({
        file: path.relative(ROOT, file),
        text: m[1]!,
      })),
    );
}

describe("the registry and the code agree", () => {
  const literals = literalsOutsideRegistry();

  test("every registered rule is used by some code in src/", () => {
    const used = new Set(literals.map((l) => l.text));
    expect(RULE_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  test("every rule-shaped id the code writes is registered (a family.detail string of a registered family)", () => {
    const families = new Set(RULE_IDS.map((id) => id.split(".")[0]!));
    // Strings of a rule's shape that are not rule ids: a price's note and an importer's name.
    const notRules = new Set(["dedicated.contract", "models.dev"]);
    const unregistered = literals.filter(
      (l) => l.text.includes(".") && families.has(l.text.split(".")[0]!) && !isRuleId(l.text) && !notRules.has(l.text),
    );
    expect(unregistered).toEqual([]);
  });

  test("each entry is complete: sentences for summary and help, a README heading for docs", () => {
    const readme = readFileSync(README, "utf8");
    const anchors = new Set(
      [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, "")
          .replace(/ /g, "-"),
      ),
    );
    for (const id of RULE_IDS) {
      const rule = RULES[id];
      expect(rule.summary, id).toMatch(/^[A-Z`a-z].*\.$/);
      expect(rule.help, id).toMatch(/^[A-Z].*[.)]$/);
      expect(anchors.has(rule.docs), `${id}: #${rule.docs} is not a README heading`).toBe(true);
    }
    expect(anchors.has("rules")).toBe(true);
  });

  test("a finding made through the registry takes the rule's default severity unless the case sets one", () => {
    const at = { file: "a.yaml", line: 3, col: 5, workload: "chat" };
    expect(finding("budget.workload.near", at, "m")).toEqual({
      severity: "warning",
      rule: "budget.workload.near",
      message: "m",
      file: "a.yaml",
      line: 3,
      col: 5,
      workload: "chat",
    });
    expect(finding("model.unknown", { file: "b.yaml", line: 1, col: 1 }, "m", "warning")).toEqual({
      severity: "warning",
      rule: "model.unknown",
      message: "m",
      file: "b.yaml",
      line: 1,
      col: 1,
    });
  });
});

describe("everything that describes a rule is generated from the registry", () => {
  test("the README's rule table is the registry's (stale? run `npm run rules:readme` and review the diff)", () => {
    const readme = readFileSync(README, "utf8");
    const begin = BEGIN.exec(readme);
    const end = readme.indexOf(END);
    expect(begin && end > begin.index, "README.md needs the <!-- rules:begin --> and <!-- rules:end --> markers").toBe(true);
    const start = begin!.index + begin![0].length;
    const table = `${renderRuleTable()}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(README, readme.slice(0, start) + table + readme.slice(end));
    else expect(readme.slice(start, end), "README's rule table is stale: run `npm run rules:readme` and review the diff").toBe(table);
  });

  test("the table has one row per rule, in registry order", () => {
    const ids = [...renderRuleTable().matchAll(/^\| \[`([^`]+)`\]/gm)].map((m) => m[1]);
    expect(ids).toEqual(RULE_IDS);
    expect(renderRuleTable()).toContain(
      "| [`range.order`](#the-manifest) | error | A range's values are not in the order low <= expected <= high. |",
    );
  });

  test("SARIF describes each rule found with its registered summary, help, level and docs link", () => {
    const findings = [
      finding("range.order", { file: "a.yaml", line: 2, col: 3 }, "low > high"),
      finding("price.stale", { file: "a.yaml", line: 4, col: 1 }, "old", "error"),
    ];
    const run = JSON.parse(renderSarifFindings(findings, "1.0.0")).runs[0];
    expect(run.tool.driver.rules).toEqual([
      {
        id: "price.stale",
        name: "price.stale",
        shortDescription: { text: RULES["price.stale"].summary },
        fullDescription: { text: `${RULES["price.stale"].summary} ${RULES["price.stale"].help}` },
        help: {
          text: `${RULES["price.stale"].summary} ${RULES["price.stale"].help}`,
          markdown: `**price.stale**: ${RULES["price.stale"].summary}\n\n${RULES["price.stale"].help}`,
        },
        defaultConfiguration: { level: "warning" },
        helpUri: "https://github.com/tokenbudget/tokenbudget#budgets-policies-and-pull-request-diffs",
        properties: { tags: ["tokenbudget", "policy"] },
      },
      expect.objectContaining({
        id: "range.order",
        shortDescription: { text: "A range's values are not in the order low <= expected <= high." },
        defaultConfiguration: { level: "error" },
      }),
    ]);
    // A result's level is its own severity; its ruleIndex points at its rule.
    expect(run.results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["range.order", 1, "error"],
      ["price.stale", 0, "error"],
    ]);
  });
});

describe("tokenbudget explain", () => {
  test("prints a rule's severity, summary, help and docs link", async () => {
    const result = await cli(ROOT, "explain", "budget.workload.exceeded");
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: `budget.workload.exceeded (policy, default severity: error)

A workload's projected monthly cost exceeds its budget.

Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.

Docs: https://github.com/tokenbudget/tokenbudget#budgets-policies-and-pull-request-diffs
`,
    });
  });

  test("an unknown id is exit 2 with the nearest ids", async () => {
    expect(await cli(ROOT, "explain", "budget.workload.exceded")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'tokenbudget: unknown rule "budget.workload.exceded" (did you mean "budget.workload.exceeded", "budget.workload.near", "budget.workload.range"?); tokenbudget explain lists every rule\n',
    });
    expect((await cli(ROOT, "explain", "zzzz")).stderr).toBe('tokenbudget: unknown rule "zzzz"; tokenbudget explain lists every rule\n');
  });

  test("without a rule, lists every rule once with its default severity", async () => {
    const result = await cli(ROOT, "explain");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n").filter((line) => /^[a-z]/.test(line));
    expect(lines.map((line) => line.split(/ +/)[0] as RuleId)).toEqual(RULE_IDS);
    expect(lines).toContain(
      `yaml.aliases${" ".repeat(RULE_IDS.reduce((w, id) => Math.max(w, id.length), 0) - "yaml.aliases".length)}  error    YAML aliases expand to more nodes than the limit (an alias bomb).`,
    );
  });
});
