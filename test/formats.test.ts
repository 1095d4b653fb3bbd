import { readFileSync } from "node:fs";
import path from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");
// SARIF 2.1.0's JSON schema (draft-04), vendored: see test/fixtures/sarif/README.md.
const sarifSchema = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8")) as object;

interface Finding {
  severity: "error" | "warning" | "notice";
  rule: string;
  message: string;
  file: string;
  line: number;
  col: number;
  path?: string;
}

/** The pull request scenario: a fleet where budgets break, with errors, warnings and a notice. */
let scenario: TempRepo;
const check = (repo: TempRepo, ...args: string[]) => cli(repo.dir, "check", "--base", "HEAD", "--fail-on", "never", ...args);

beforeAll(() => {
  scenario = new TempRepo();
  scenario.write("ai-workloads.yaml", readFileSync(path.join(ROOT, "examples/pr-scenario/base.yaml"))).commit("base");
  scenario.write("ai-workloads.yaml", readFileSync(path.join(ROOT, "examples/pr-scenario/head.yaml")));
});
afterAll(() => scenario.cleanup());

async function findings(repo: TempRepo): Promise<Finding[]> {
  return JSON.parse((await check(repo, "--format", "json")).stdout).findings as Finding[];
}

describe("--format sarif", () => {
  it("is valid SARIF 2.1.0: a rule per rule id with help, a result per finding on its line and column", async () => {
    const result = await check(scenario, "--format", "sarif");
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    // CommonJS packages: their default export sits under .default when imported from ESM.
    // unicodeRegExp off: the schema's language pattern has a stray "]" that only non-unicode RegExps accept.
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema has teeth: a result without a message is refused.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: "x" }] }] })).toBe(false);

    const expected = await findings(scenario);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(new Set(expected.map((f) => f.severity))).toEqual(new Set(["error", "warning", "notice"]));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: "tokenbudget", version: "0.1.0", informationUri: "https://github.com/tokenbudget/tokenbudget" });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...new Set(expected.map((f) => f.rule))].sort());
    expect(driver.rules.find((r: { id: string }) => r.id === "budget.workload.exceeded")).toEqual({
      id: "budget.workload.exceeded",
      name: "budget.workload.exceeded",
      shortDescription: { text: "A workload's projected monthly cost exceeds its budget." },
      fullDescription: {
        text: "A workload's projected monthly cost exceeds its budget. Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.",
      },
      help: {
        text: "A workload's projected monthly cost exceeds its budget. Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.",
        markdown:
          "**budget.workload.exceeded**: A workload's projected monthly cost exceeds its budget.\n\nLower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.",
      },
      defaultConfiguration: { level: "error" },
      helpUri: "https://github.com/tokenbudget/tokenbudget#budgets-policies-and-pull-request-diffs",
      properties: { tags: ["tokenbudget", "policy"] },
    });
    for (const rule of driver.rules) expect(rule.help.text.length).toBeGreaterThan(20);

    expect(run.results).toHaveLength(expected.length);
    const level = { error: "error", warning: "warning", notice: "note" } as const;
    run.results.forEach((r: any, i: number) => {
      const f = expected[i]!;
      expect(r).toEqual({
        ruleId: f.rule,
        ruleIndex: driver.rules.findIndex((x: { id: string }) => x.id === f.rule),
        level: level[f.severity],
        message: { text: `${f.message}${f.path ? ` [${f.path}]` : ""}` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: "ai-workloads.yaml" }, region: { startLine: f.line, startColumn: f.col } } },
        ],
        partialFingerprints: { "tokenbudgetFinding/v1": expect.stringMatching(/^[0-9a-f]{16}$/) },
      });
    });
    const prints = run.results.map((r: any) => r.partialFingerprints["tokenbudgetFinding/v1"]);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("keeps each finding's fingerprint when lines move, and encodes paths as URI references", async () => {
    const before = JSON.parse((await check(scenario, "--format", "sarif")).stdout).runs[0].results;
    const moved = new TempRepo();
    try {
      moved.write("my costs/ai-workloads.yaml", readFileSync(path.join(ROOT, "examples/pr-scenario/base.yaml"))).commit("base");
      moved.write(
        "my costs/ai-workloads.yaml",
        `# a comment\n# and another\n${readFileSync(path.join(ROOT, "examples/pr-scenario/head.yaml"), "utf8")}`,
      );
      const after = JSON.parse((await check(moved, "--format", "sarif")).stdout).runs[0].results;
      const key = (r: any) => `${r.ruleId} ${r.partialFingerprints["tokenbudgetFinding/v1"]}`;
      // Paths differ (the directory is part of the identity), so compare within the moved run's own file.
      expect(after.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(
        after.map(() => "my%20costs/ai-workloads.yaml"),
      );
      const again = JSON.parse((await check(moved, "--format", "sarif")).stdout).runs[0].results;
      expect(again.map(key)).toEqual(after.map(key));
      expect(after.map((r: any) => r.locations[0].physicalLocation.region.startLine)).toEqual(
        before.map((r: any) => r.locations[0].physicalLocation.region.startLine + 2),
      );
      moved.write(
        "my costs/ai-workloads.yaml",
        `# only one comment now\n${readFileSync(path.join(ROOT, "examples/pr-scenario/head.yaml"), "utf8")}`,
      );
      const shifted = JSON.parse((await check(moved, "--format", "sarif")).stdout).runs[0].results;
      expect(shifted.map(key)).toEqual(after.map(key));
    } finally {
      moved.cleanup();
    }
  });
});

describe("--format codequality", () => {
  it("lists every finding as a GitLab Code Quality issue, field by field, with unique fingerprints", async () => {
    const result = await check(scenario, "--format", "codequality");
    expect(result.code).toBe(0);
    const issues = JSON.parse(result.stdout);
    const expected = await findings(scenario);
    const severity = { error: "major", warning: "minor", notice: "info" } as const;
    expect(issues).toEqual(
      expected.map((f) => ({
        description: `${f.message}${f.path ? ` [${f.path}]` : ""}`,
        check_name: f.rule,
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        severity: severity[f.severity],
        location: { path: "ai-workloads.yaml", lines: { begin: f.line } },
      })),
    );
    const prints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    // The same finding has the same fingerprint in SARIF and Code Quality.
    const sarif = JSON.parse((await check(scenario, "--format", "sarif")).stdout).runs[0].results;
    expect(sarif.map((r: any) => r.partialFingerprints["tokenbudgetFinding/v1"])).toEqual(prints);
  });

  it("an empty array when there is nothing to say, from validate too", async () => {
    const repo = new TempRepo(false);
    try {
      repo.write(
        "ai-workloads.yaml",
        "version: 1\nworkloads:\n  - name: a\n    model: openai/gpt-oss-20b\n    tokens: { input: 1, output: 1 }\n    requests: { per_day: 1 }\n",
      );
      expect(await cli(repo.dir, "validate", "--format", "codequality")).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
    } finally {
      repo.cleanup();
    }
  });
});

describe("--format slack", () => {
  const manifest = (perMonth: number, extra = "") => `version: 1
prices:
  - model: arcee-ai/maestro-reasoning
    input: 0.90
    output: 3.30
budgets:
  - name: all
    monthly: 20000
workloads:
  - name: support-assistant
    model: arcee-ai/maestro-reasoning
    tokens: { input: 3000, output: 1000 }
    requests: { per_month: ${perMonth} }
    budget: { monthly: 15000 }
${extra}`;
  const sneaky = `  - name: "<!channel> & *co*"
    model: arcee-ai/maestro-reasoning
    tokens: { input: 3000, output: 1000 }
    requests: { per_month: 1000000 }
`;

  it("is a Block Kit message: headline, top changes, failing budgets, the link, escaped names", async () => {
    const repo = new TempRepo();
    try {
      repo.write("ai-workloads.yaml", manifest(1_000_000)).commit("base");
      repo.write("ai-workloads.yaml", manifest(3_000_000, sneaky));
      const result = await check(repo, "--format", "slack", "--link", "https://ci.example.com/pipelines/42?tab=report|x");
      expect(result.code).toBe(0);
      const message = JSON.parse(result.stdout);
      expect(message.text).toBe("tokenbudget: $24,000.00/month, +$18,000.00 · fail");
      expect(message.blocks).toEqual([
        { type: "header", text: { type: "plain_text", text: "tokenbudget: ❌ fail", emoji: true } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*$24,000.00/month*, +$18,000.00 (+300.0%) from $6,000.00 · 2 workloads in 1 file · 2 errors, 0 warnings",
          },
        },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Top changes*\n• *support-assistant* (ai-workloads.yaml): $6,000.00 → $18,000.00 (+$12,000.00)\n• *&lt;!channel&gt; &amp; *co** (ai-workloads.yaml): new → $6,000.00 (+$6,000.00)",
          },
        },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Failing budgets*\n• workload *support-assistant* (ai-workloads.yaml): $18,000.00 of $15,000.00 (120%)\n• group *all* (ai-workloads.yaml): $24,000.00 of $20,000.00 (120%)",
          },
        },
        { type: "section", text: { type: "mrkdwn", text: "<https://ci.example.com/pipelines/42?tab=report%7Cx|Open the full report>" } },
        {
          type: "context",
          elements: [
            {
              type: "mrkdwn",
              text: expect.stringMatching(/^Prices: catalog \d{4}\.\d+\.\d+, as of \d{4}-\d{2}-\d{2} · tokenbudget 0\.1\.0$/),
            },
          ],
        },
      ]);
      expect(result.stdout).not.toContain("<!channel>");

      const same = await cli(repo.dir, "check", "--base", "HEAD", "--format", "slack");
      expect(JSON.parse(same.stdout).blocks.some((b: any) => b.text?.text?.includes("Open the full report"))).toBe(false);
      expect((await cli(repo.dir, "check", "--format", "json", "--link", "https://x.example")).stderr).toBe(
        "tokenbudget: --link is for --format slack\n",
      );
      expect((await cli(repo.dir, "check", "--format", "slack", "--link", "javascript:alert(1)")).code).toBe(2);
    } finally {
      repo.cleanup();
    }
  });
});
