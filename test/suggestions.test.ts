// A new user's typos get the word they meant (issue 26, item 3), and `help` works both ways round.
import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const manifest = `version: 1
workloads:
  - name: copilot
    model: openai/gpt-oss-20b
    tokens: { input: 1000, output: 200 }
    requests: { per_day: 1000 }
`;

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function withManifest(): string {
  repo = new TempRepo(false);
  repo.write("ai-workloads.yaml", manifest);
  return repo.dir;
}

describe("did you mean", () => {
  test("--fail-on warn: the start of a choice is suggested (warning); a far word is not", async () => {
    const dir = withManifest();
    expect(await cli(dir, "check", "--fail-on", "warn")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'tokenbudget: --fail-on must be one of error, warning, never, got "warn" (did you mean "warning"?)\n',
    });
    expect((await cli(dir, "check", "--format", "markdwn")).stderr).toContain('got "markdwn" (did you mean "markdown"?)');
    expect((await cli(dir, "check", "--fail-on", "always")).stderr).toBe(
      'tokenbudget: --fail-on must be one of error, warning, never, got "always"\n',
    );
  });

  test("compare --workload copilt names the workload meant", async () => {
    const dir = withManifest();
    expect(await cli(dir, "compare", "--workload", "copilt")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'tokenbudget: no workload named "copilt" (did you mean "copilot"?)\n',
    });
    expect((await cli(dir, "compare", "--workload", "zzz")).stderr).toBe('tokenbudget: no workload named "zzz"\n');
  });

  test("catalog list --provider togther is an error with the provider meant, not an empty list", async () => {
    const dir = withManifest();
    expect(await cli(dir, "catalog", "list", "--provider", "togther")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'tokenbudget: no provider "togther" in the price books (did you mean "together"?)\n',
    });
    // A known provider with nothing in the chosen mode still lists nothing, exit 0.
    const known = await cli(dir, "catalog", "list", "--provider", "together", "--format", "json");
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout).models.length).toBeGreaterThan(0);
  });

  test("comment githb names github", async () => {
    const dir = withManifest();
    expect(await cli(dir, "comment", "githb", "report.json")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'tokenbudget: comment posts to github or gitlab, got "githb" (did you mean "github"?)\n',
    });
  });

  test("enum values in a manifest: mode, latency and policy values", async () => {
    repo = new TempRepo(false);
    repo.write(
      "ai-workloads.yaml",
      `version: 1
policy: { unknown_model: warn }
workloads:
  - name: a
    model: openai/gpt-oss-20b
    mode: servrless
    latency: interactiv
    tokens: { input: 1000, output: 200 }
    requests: { per_day: 1000 }
`,
    );
    const run = await cli(repo.dir, "validate");
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      'ai-workloads.yaml:2:26: error: policy.unknown_model must be one of error, warning, got "warn" (did you mean "warning"?) [policy.unknown_model] (schema)',
      'ai-workloads.yaml:6:11: error: workloads[0].mode must be one of serverless, batch, dedicated, gpu-cluster, got "servrless" (did you mean "serverless"?) [workloads[0].mode] (schema)',
      'ai-workloads.yaml:7:14: error: workloads[0].latency must be one of interactive, offline, got "interactiv" (did you mean "interactive"?) [workloads[0].latency] (schema)',
    ]);
  });
});

describe("help", () => {
  test("help estimate prints estimate's help, as estimate --help does", async () => {
    const dir = withManifest();
    const asked = await cli(dir, "help", "estimate");
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: tokenbudget estimate /);
    expect(asked).toEqual(await cli(dir, "estimate", "--help"));
    expect((await cli(dir, "help", "catalog", "list")).stdout).toMatch(/^Usage: tokenbudget catalog list /);
    expect((await cli(dir, "help")).stdout).toMatch(/^tokenbudget: cost policy for LLM inference, as code\n/);
    expect((await cli(dir, "help", "estmate")).stderr).toBe(
      'tokenbudget: unknown command "estmate"; did you mean "estimate"?; see tokenbudget --help\n',
    );
  });

  test("check help prints check's help and reads no file named help", async () => {
    const dir = withManifest();
    const run = await cli(dir, "check", "help");
    expect(run).toEqual(await cli(dir, "check", "--help"));
    expect(run.stdout).toMatch(/^Usage: tokenbudget check /);
    expect(run.stderr).toBe("");
  });
});
