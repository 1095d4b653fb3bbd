/**
 * examples/workflows/actuals.yml: the command its step runs is run here (against a loopback
 * OpenAI usage API serving a month of fixture pages), and its exit code is what the workflow
 * branches on; the report reaches the issue as a file, never through the shell.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { main } from "../src/cli/main.js";
import { ROOT } from "./helpers/action-run.js";

const workflow = parse(readFileSync(path.join(ROOT, "examples/workflows/actuals.yml"), "utf8"));
const steps: Array<{ id?: string; name?: string; run?: string; if?: string; env?: Record<string, string> }> = workflow.jobs.actuals.steps;

test("the weekly step's actuals command exits 1 on a finding, and the issue step runs on exactly that", async () => {
  const step = steps.find((s) => s.id === "actuals")!;
  const line = step.run!.split("\n").find((l) => l.includes("dist/cli.js actuals"))!;
  const args = line
    .slice(line.indexOf(" actuals ") + 1, line.indexOf(" >"))
    .trim()
    .split(/\s+/);
  expect(args.slice(0, 3)).toEqual(["actuals", "--from", "openai"]);
  expect(step.env).toEqual({ OPENAI_ADMIN_KEY: "${{ secrets.OPENAI_ADMIN_KEY }}" });

  const pages = readFileSync(path.join(ROOT, "test/fixtures/actuals/openai-usage.jsonl"), "utf8").trim().split("\n");
  const server = createServer((req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    const body = url.pathname.endsWith("/costs")
      ? { object: "page", data: [], has_more: false, next_page: null }
      : JSON.parse(pages[url.searchParams.get("page") === "page_2" ? 1 : 0]!);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-actuals-workflow-"));
  try {
    cpSync(path.join(ROOT, "examples/ai-workloads.yaml"), path.join(dir, "ai-workloads.yaml"));
    let stdout = "";
    const code = await main([...args, "--api-url", `http://127.0.0.1:${(server.address() as AddressInfo).port}`], {
      cwd: dir,
      env: { OPENAI_ADMIN_KEY: "sk-admin" },
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: () => true },
      today: "2026-12-01",
    });
    // The fixture month has a model no workload declares: a warning, which --fail-on warning fails.
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe("## tokenbudget actuals");
    expect(stdout).toContain("`actuals.undeclared-model`");
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const issue = steps.find((s) => s.name === "Open or update the issue")!;
  expect(issue.if).toBe("steps.actuals.outputs.code == '1'");
  expect(issue.run).toContain('--body-file "$RUNNER_TEMP/actuals.md"');
  expect(issue.run).not.toMatch(/\$\{\{[^}]*actuals/);
});
