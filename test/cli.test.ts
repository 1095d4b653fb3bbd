import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { discover } from "../src/adapters/fs.js";
import { cli, cliJson } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");

describe("the bundled example's numbers, in every format", () => {
  test("json: $0.006 a request and $12,000 a month for the article's workload", async () => {
    const { code, report } = await cliJson(ROOT, "estimate", "examples/ai-workloads.yaml");
    expect(code).toBe(0);
    const support = report.workloads.find((w: any) => w.name === "support-assistant");
    expect(support).toMatchObject({
      perRequestCost: 0.006,
      monthlyCost: 12000,
      costComponents: [
        {
          name: "input",
          quantity: 6000,
          unit: "1M tokens",
          unitPrice: 0.9,
          monthlyCost: 5400,
          math: "6.000B input tok x $0.90/1M = $5,400.00",
        },
        {
          name: "output",
          quantity: 2000,
          unit: "1M tokens",
          unitPrice: 3.3,
          monthlyCost: 6600,
          math: "2.000B output tok x $3.30/1M = $6,600.00",
        },
      ],
      price: { kind: "override" },
      budget: { monthly: 15000, percentUsed: 80, status: "near" },
    });
    expect(report.catalog.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(report.catalog.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("table and markdown show the same numbers and the math", async () => {
    const table = (await cli(ROOT, "estimate", "examples/ai-workloads.yaml")).stdout;
    expect(table).toContain("2.000M requests/month x $0.006000/request = $12,000.00/month");
    expect(table).toContain("6.000B input tok x $0.90/1M = $5,400.00");
    const markdown = (await cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--format", "markdown")).stdout;
    expect(markdown).toMatch(/\| support-assistant \| `arcee-ai\/maestro-reasoning` \| serverless \| \$0\.006000 \| \$12,000\.00 \|/);
  });

  test("--group-by adds a tag to the totals", async () => {
    const { report } = await cliJson(ROOT, "estimate", "examples/ai-workloads.yaml", "--group-by", "env");
    expect(report.groups.find((g: any) => g.tag === "env").values).toEqual([
      { value: "production", monthlyCost: report.summary.monthlyCost, workloads: 4, unpriced: 0 },
    ]);
  });
});

describe("validate", () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test("valid files pass; an invalid one exits 2 with file:line:col and keeps the others' results", async () => {
    repo = new TempRepo(false);
    repo.write(
      "ok/ai-workloads.yaml",
      "version: 1\nworkloads:\n  - name: a\n    model: openai/gpt-oss-20b\n    tokens: { input: 1, output: 1 }\n    requests: { per_day: 1 }\n",
    );
    expect(await cli(repo.dir, "validate")).toEqual({ code: 0, stdout: "1 file(s), 1 workload(s): valid\n", stderr: "" });
    repo.write(
      "bad/ai-workloads.yml",
      "version: 1\nworkloads:\n  - name: a\n    model: openai/gpt-oss-20\n    tokens: { input: 1, output: 1 }\n    requests: { per_day: 1 }\n",
    );
    const result = await cli(repo.dir, "validate");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'bad/ai-workloads.yml:4:12: error: unknown model "openai/gpt-oss-20" for provider together (did you mean openai/gpt-oss-20b, openai/gpt-oss-120b?); add it under prices: with your rates, or load a catalog that has it [workloads[0].model] (model.unknown)\n',
    );
    const json = await cliJson(repo.dir, "estimate");
    expect(json.code).toBe(2);
    expect(json.report.workloads.map((w: any) => [w.file, w.monthlyCost])).toEqual([
      ["bad/ai-workloads.yml", null],
      ["ok/ai-workloads.yaml", 0.000007604],
    ]);
    expect(json.report.summary).toMatchObject({ complete: false, unpricedWorkloads: 1 });
  });

  test("no manifests found is a usage error", async () => {
    repo = new TempRepo(false);
    expect(await cli(repo.dir, "estimate")).toMatchObject({
      code: 2,
      stderr:
        "tokenbudget: no manifests found below the current directory (looked for **/ai-workloads.{yaml,yml}, skipping node_modules and .git); name manifests, folders or globs, e.g. tokenbudget estimate services/ or tokenbudget estimate 'infra/**/*.yaml'\n",
    });
    repo.write("services/README.md", "no manifests here\n");
    expect((await cli(repo.dir, "compare", "services")).stderr).toBe(
      "tokenbudget: no manifests found in services (a folder is searched for **/ai-workloads.{yaml,yml}; a file or glob is read as given); name manifests, folders or globs, e.g. tokenbudget compare services/ or tokenbudget compare 'infra/**/*.yaml'\n",
    );
  });
});

describe("discovery", () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test("finds ai-workloads.{yaml,yml} below the folder, dot-directories included, skipping node_modules and .git, flagging links and folders", async () => {
    repo = new TempRepo(false);
    for (const file of [
      "ai-workloads.yaml",
      "svc/a/ai-workloads.yml",
      "node_modules/x/ai-workloads.yaml",
      ".git/ai-workloads.yaml",
      "svc/b/other.yaml",
      ".ops/ai-workloads.yaml",
    ])
      repo.write(file, "version: 1\n");
    mkdirSync(path.join(repo.dir, "svc/c/ai-workloads.yaml"), { recursive: true });
    symlinkSync("/etc/passwd", path.join(repo.dir, "svc/ai-workloads.yaml"));
    symlinkSync("../../ai-workloads.yaml", path.join(repo.dir, "svc/a/ai-workloads.yaml"));
    const found = await discover(repo.dir, []);
    expect(found).toEqual([
      { file: ".ops/ai-workloads.yaml" },
      { file: "ai-workloads.yaml" },
      {
        file: "svc/a/ai-workloads.yaml",
        problem: {
          rule: "input.symlink",
          message: "is a symbolic link (to ai-workloads.yaml); tokenbudget does not follow links, list the real file instead",
        },
      },
      { file: "svc/a/ai-workloads.yml" },
      {
        file: "svc/ai-workloads.yaml",
        problem: { rule: "input.outside-root", message: "resolves outside the repository (through a symbolic link)" },
      },
      { file: "svc/c/ai-workloads.yaml", problem: { rule: "input.directory", message: "is a directory, not a manifest file" } },
    ]);
  });

  test("files, folders and globs as arguments; a missing path is reported", async () => {
    repo = new TempRepo(false);
    for (const file of ["a/ai-workloads.yaml", "b/ai-workloads.yaml", "c/costs.yaml"]) repo.write(file, "version: 1\n");
    expect(await discover(repo.dir, ["c/costs.yaml", "a", "b/*.yaml", "nope.yaml"])).toEqual([
      { file: "a/ai-workloads.yaml" },
      { file: "b/ai-workloads.yaml" },
      { file: "c/costs.yaml" },
      { file: "nope.yaml", problem: { rule: "input.not-found", message: "no such file or directory" } },
    ]);
  });
});

describe("never a silent $0", () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test("a total that leaves out an invalid file says so in the table and the markdown", async () => {
    repo = new TempRepo(false);
    repo.write(
      "ai-workloads.yaml",
      "version: 1\nworkloads:\n  - name: a\n    model: openai/gpt-oss-20b\n    tokens: { input: 1, output: -1 }\n    requests: { per_day: 1 }\n",
    );
    expect((await cli(repo.dir, "estimate")).stdout).toContain("Total: $0.00/month + 1 invalid file(s) not counted across 0 workload(s)");
    expect((await cli(repo.dir, "estimate", "--format", "markdown")).stdout).toMatch(
      /^## tokenbudget: \$0\.00\/month \(\+ 1 invalid file not counted\)/,
    );
  });
});
