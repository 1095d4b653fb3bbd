import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

/**
 * Golden files for the rendered formats. After an intended change, refresh them with
 * `npm run test:update` (UPDATE_GOLDEN=1) and review the diff like any other change.
 */
const GOLDEN = path.join(import.meta.dirname, "golden");
const ROOT = path.join(import.meta.dirname, "..");

function normalize(text: string): string {
  return text.replace(/tokenbudget \d+\.\d+\.\d+[^\s<]*/g, "tokenbudget VERSION");
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  const text = normalize(actual);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    writeFileSync(file, text);
    return;
  }
  expect(text, `${name} differs; run npm run test:update if the change is intended`).toBe(readFileSync(file, "utf8"));
}

describe("the pull request scenario (examples/pr-scenario)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.write("ai-workloads.yaml", readFileSync(path.join(ROOT, "examples/pr-scenario/base.yaml")));
    repo.commit("base");
    repo.write("ai-workloads.yaml", readFileSync(path.join(ROOT, "examples/pr-scenario/head.yaml")));
  });
  afterAll(() => repo.cleanup());

  test("markdown (the pull request comment)", async () => {
    const result = await cli(repo.dir, "check", "--base", "HEAD", "--format", "markdown");
    expect(result.code).toBe(1);
    golden("pr-scenario.md", result.stdout);
  });

  test("table (the terminal)", async () => {
    const result = await cli(repo.dir, "check", "--base", "HEAD");
    expect(result.code).toBe(1);
    golden("pr-scenario.txt", result.stdout);
  });

  test("json (added, removed and changed workloads, drivers, findings)", async () => {
    const result = await cli(repo.dir, "check", "--base", "HEAD", "--format", "json");
    expect(result.code).toBe(1);
    golden("pr-scenario.json", result.stdout);
  });
});

describe("the bundled example (examples/ai-workloads.yaml)", () => {
  test("table", async () => {
    const result = await cli(ROOT, "estimate", "examples/ai-workloads.yaml");
    expect(result.code).toBe(0);
    golden("example-estimate.txt", result.stdout);
  });

  test("markdown", async () => {
    const result = await cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--format", "markdown");
    golden("example-estimate.md", result.stdout);
  });

  test("json (every mode, forecasts, ranges, budgets)", async () => {
    const result = await cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--format", "json");
    golden("example-estimate.json", result.stdout);
  });
});
