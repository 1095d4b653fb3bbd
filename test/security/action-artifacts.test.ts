// Issue 21, item 5 (second half): the Action writes its job summary and outputs before any
// optional artifact, so an artifact that cannot be written (a full disk, a report too large
// for one string) never costs them. The bundled Action runs with a disk that refuses report.html.
import path from "node:path";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ACTION_ENTRY, ROOT, pullRequestRepo, runAction } from "../helpers/action-run.js";

const MANIFEST = (perDay: number) =>
  `version: 1\nworkloads:\n  - name: support\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: ${perDay} }\n    budget: { monthly: 100000 }\n`;

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe("the Action's artifacts come last", () => {
  it("with report.html refused by the disk, the summary and every output are still written, and a warning says why", async () => {
    const repo = pullRequestRepo({ "ai-workloads.yaml": MANIFEST(1000) }, { "ai-workloads.yaml": MANIFEST(2000) });
    cleanup.push(repo.dir);
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: "http://127.0.0.1:9",
      token: "t",
      eventName: "push",
      event: { ref: "refs/heads/main" },
      entry: path.join(ROOT, "test/fixtures/security/full-disk-entry.mjs"),
      env: { TOKENBUDGET_ACTION_ENTRY: ACTION_ENTRY },
    });
    expect(run.summary).toMatch(/^## tokenbudget: \$\d[\d,.]*\/month · ✅ pass/);
    expect(run.outputs).toMatchObject({ status: "pass", complete: "true", "report-html": "" });
    expect(Number(run.outputs["monthly-cost"])).toBeGreaterThan(0);
    expect(run.outputs.report).toMatch(/report\.json$/);
    expect(run.stdout).toMatch(
      /^::warning::tokenbudget: could not write the report\.html artifact \(ENOSPC: no space left on device, write\); the summary and outputs are written$/m,
    );
    // The policy decides the verdict, not the artifact.
    expect(run.code).toBe(0);
  });
});
