/**
 * examples/workflows/refresh-prices.yml, run for real: its two `run:` steps execute in bash as
 * the runner would (`bash -e -o pipefail`), in a git repository whose manifest prices from
 * prices/together.json, with `.tokenbudget` being this checkout's built CLI. The feeds come from
 * a loopback server: the only change to the steps is the URL and `--key-origin` added to the two
 * import lines (the workflow reads the live APIs, which tests cannot reach).
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./helpers/action-run.js";

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
const steps: Step[] = parse(readFileSync(path.join(ROOT, "examples/workflows/refresh-prices.yml"), "utf8")).jobs.refresh.steps;
const feed = (file: string) => readFileSync(path.join(ROOT, "test/fixtures", file), "utf8");

const together = JSON.parse(feed("feeds/together-models.json")) as Array<{ id: string; pricing: { input: number } }>;
const llama = together.find((m) => m.id === "meta-llama/Llama-3.3-70B-Instruct-Turbo")!;

let base = "";
let seenKeys: Array<string | undefined> = [];
const server = createServer((req, res) => {
  seenKeys.push(req.headers.authorization);
  const body =
    req.url === "/v1/models" ? JSON.stringify(together) : req.url === "/litellm.json" ? feed("litellm_together.json") : undefined;
  res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
  res.end(body ?? "{}");
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const MANIFEST = `version: 1
catalogs: [prices/together.json]
workloads:
  - name: summaries
    provider: together
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 2000, output: 300 }
    requests: { per_day: 10000 }
`;

test("the import and diff steps run end to end: the pull request body shows the new price and what it does to the workload", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-refresh-"));
  const runnerTemp = mkdtempSync(path.join(tmpdir(), "tokenbudget-runner-temp-"));
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q", "-b", "main");
    mkdirSync(path.join(dir, "prices"));
    writeFileSync(path.join(dir, "ai-workloads.yaml"), MANIFEST);
    const env = { PATH: process.env.PATH ?? "", HOME: dir, RUNNER_TEMP: runnerTemp, TOGETHER_API_KEY: "tk-test" };
    // Asynchronously: the feeds are served by this process.
    const bash = (script: string) =>
      new Promise<{ status: number; stderr: string }>((resolve) => {
        execFile("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], { cwd: dir, env }, (error, _stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, stderr }),
        );
      });

    // Last week's book, as the one-time import the workflow's header names wrote it: Llama 3.3 70B at $0.88 in.
    llama.pricing.input = 0.88;
    symlinkSync(ROOT, path.join(dir, ".tokenbudget")); // actions/checkout of tokenbudget: here, this checkout
    const once = await bash(
      `node .tokenbudget/dist/cli.js catalog import --from together ${base}/v1/models --key-origin ${base} --out prices/together.json`,
    );
    expect(once.status).toBe(0);
    git("add", "ai-workloads.yaml", "prices");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base");
    // This week the feed asks $1.10.
    llama.pricing.input = 1.1;
    seenKeys = [];

    const importStep = steps.find((s) => s.name === "Import the live feeds")!;
    expect(importStep.env).toEqual({ TOGETHER_API_KEY: "${{ secrets.TOGETHER_API_KEY }}" });
    const importScript = importStep
      .run!.replace("--from together --out", `--from together ${base}/v1/models --key-origin ${base} --out`)
      .replace("--from litellm --provider together --out", `--from litellm ${base}/litellm.json --provider together --out`);
    expect(importScript).not.toBe(importStep.run);
    const imported = await bash(importScript);
    // The feed's dedicated-only, embedding and image models are skipped, each said once.
    expect(imported.stderr.split("\n").filter((l) => l && !l.startsWith("warning: "))).toEqual([]);
    expect(imported.status).toBe(0);
    // The key went to the Together feed only, never to the LiteLLM file.
    expect(seenKeys).toEqual(["Bearer tk-test", undefined]);

    const diffed = await bash(steps.find((s) => s.name === "What the new prices do to each workload")!.run!);
    expect(diffed.stderr).toBe("");
    expect(diffed.status).toBe(0);
    const body = readFileSync(path.join(runnerTemp, "pr-body.md"), "utf8");
    expect(body).toMatch(/^Weekly price refresh from the Together API \(\d{4}-\d{2}-\d{2}\)\.\n/);
    expect(body).toMatch(
      /\n {2}together {2}meta-llama\/Llama-3\.3-70B-Instruct-Turbo {2}input {2}\$0\.88 {2}\$1\.10 {2}\+\$0\.22 \(\+25\.0%\)\n/,
    );
    // 10,000 requests/day over a 730-hour month x 2,000 input tokens x $0.22/1M more: +$133.83.
    expect(body).toMatch(/\n {2}ai-workloads\.yaml {2}summaries .* \$615\.63 {2}\$749\.47 {2}\+\$133\.83 \(\+21\.7%\)\n/);
    expect(body).toContain("Total of the workloads both books price: $615.63 -> $749.47 (+$133.83) a month\n");
    // The cross-check names LiteLLM's older $0.88 beside the new book's $1.10.
    expect(body).toContain("$1.10 (together-api, ");
    expect(body).toContain("$0.88 (litellm, ");
    // The new book is what the step copies into the repository for the pull request.
    expect(readFileSync(path.join(dir, "prices/together.json"), "utf8")).toBe(
      readFileSync(path.join(runnerTemp, "prices/together.json"), "utf8"),
    );
    expect(git("status", "--porcelain", "--", "ai-workloads.yaml", "prices")).toBe(" M prices/together.json\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(runnerTemp, { recursive: true, force: true });
  }
});
