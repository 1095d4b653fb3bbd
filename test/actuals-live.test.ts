/**
 * actuals --from openai|anthropic against real HTTP servers on loopback that serve the fixture
 * pages the way the APIs page them: the key goes in the API's own header, the cursor comes back
 * as `page`, the result equals reading the same pages from files, and paging, refusals and
 * retries are bounded.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { ROOT } from "./helpers/action-run.js";

const FIXTURES = path.join(ROOT, "test/fixtures/actuals");
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

type Handler = (url: URL, req: IncomingMessage) => { status?: number; body: unknown; headers?: Record<string, string> };

async function serve(handler: Handler): Promise<{ origin: string; seen: Array<{ url: URL; headers: IncomingMessage["headers"] }> }> {
  const seen: Array<{ url: URL; headers: IncomingMessage["headers"] }> = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    seen.push({ url, headers: req.headers });
    const out = handler(url, req);
    res.writeHead(out.status ?? 200, { "content-type": "application/json", ...out.headers });
    res.end(JSON.stringify(out.body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function actuals(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["actuals", ...args], {
    cwd: ROOT,
    env,
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-12-01",
  });
  return { code, stdout, stderr };
}

const usagePages = readFileSync(path.join(FIXTURES, "openai-usage.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const costPage = JSON.parse(readFileSync(path.join(FIXTURES, "openai-costs.json"), "utf8"));

/** Only the numbers: where records came from differs between a file and a URL. */
function figures(report: { workloads: unknown[]; other: unknown[]; totals: unknown }): unknown {
  const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), sources: undefined }));
  return { workloads: strip(report.workloads), other: strip(report.other), totals: report.totals };
}

describe("actuals --from openai", () => {
  test("pages through the usage and costs endpoints with the admin key and equals reading the pages from files", async () => {
    const api = await serve((url, req) => {
      if (req.headers.authorization !== "Bearer sk-admin-test") return { status: 401, body: { error: { message: "bad key" } } };
      if (url.pathname === "/v1/organization/usage/completions")
        return { body: url.searchParams.get("page") === "page_2" ? usagePages[1] : usagePages[0] };
      if (url.pathname === "/v1/organization/costs") return { body: costPage };
      return { status: 404, body: {} };
    });
    const live = await actuals(
      { OPENAI_ADMIN_KEY: "sk-admin-test" },
      "--from",
      "openai",
      "--since",
      "30d",
      "--api-url",
      api.origin,
      "examples/ai-workloads.yaml",
      "--format",
      "json",
    );
    expect(live.stderr).toBe("");
    const files = await actuals(
      {},
      "--usage",
      "test/fixtures/actuals/openai-usage.jsonl",
      "--usage",
      "test/fixtures/actuals/openai-costs.json",
      "examples/ai-workloads.yaml",
      "--format",
      "json",
    );
    expect(figures(JSON.parse(live.stdout))).toEqual(figures(JSON.parse(files.stdout)));
    // Two usage pages (the second asked for with the first's cursor), one costs page, all with the period and grouping.
    expect(api.seen.map((s) => [s.url.pathname, s.url.searchParams.get("page")])).toEqual([
      ["/v1/organization/usage/completions", null],
      ["/v1/organization/usage/completions", "page_2"],
      ["/v1/organization/costs", null],
    ]);
    const first = api.seen[0]!.url.searchParams;
    expect([first.get("start_time"), first.get("end_time"), first.getAll("group_by")]).toEqual([
      String(Date.UTC(2026, 10, 1) / 1000),
      String(Date.UTC(2026, 11, 1) / 1000),
      ["model", "project_id", "api_key_id", "batch", "service_tier"],
    ]);
  });

  test("a 429 is retried after Retry-After; a wrong key is one line and exit 2 without the key", async () => {
    let calls = 0;
    const api = await serve((url) => {
      calls++;
      if (calls === 1) return { status: 429, body: {}, headers: { "retry-after": "0" } };
      return { body: url.pathname.endsWith("costs") ? costPage : { object: "page", data: [], has_more: false, next_page: null } };
    });
    const ok = await actuals(
      { OPENAI_ADMIN_KEY: "k" },
      "--from",
      "openai",
      "--api-url",
      api.origin,
      "examples/ai-workloads.yaml",
      "--format",
      "json",
    );
    expect(ok.code).toBe(0);
    expect(calls).toBe(3);
    const denied = await serve(() => ({ status: 401, body: {} }));
    const bad = await actuals(
      { OPENAI_ADMIN_KEY: "sk-secret-value" },
      "--from",
      "openai",
      "--api-url",
      denied.origin,
      "examples/ai-workloads.yaml",
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("OPENAI_ADMIN_KEY");
    expect(bad.stderr).not.toContain("sk-secret-value");
  });

  test("paging is bounded; no key, a plain-http remote --api-url and a bad --since are refused", async () => {
    let n = 0;
    const endless = await serve(() => ({ body: { object: "page", data: [], has_more: true, next_page: `p${++n}` } }));
    const r = await actuals({ OPENAI_ADMIN_KEY: "k" }, "--from", "openai", "--api-url", endless.origin, "examples/ai-workloads.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("more than 200 pages");
    expect(endless.seen).toHaveLength(200);
    expect((await actuals({}, "--from", "openai", "examples/ai-workloads.yaml")).stderr).toContain("needs OPENAI_ADMIN_KEY");
    expect(
      (await actuals({ OPENAI_ADMIN_KEY: "k" }, "--from", "openai", "--api-url", "http://example.com", "examples/ai-workloads.yaml"))
        .stderr,
    ).toContain("must use https");
    expect((await actuals({ OPENAI_ADMIN_KEY: "k" }, "--from", "openai", "--since", "a month", "examples/ai-workloads.yaml")).code).toBe(2);
  });
});

describe("actuals --from anthropic", () => {
  test("sends x-api-key and anthropic-version, group_by[] and RFC 3339 times; no request counts are said", async () => {
    const usage = JSON.parse(readFileSync(path.join(FIXTURES, "anthropic-usage.json"), "utf8"));
    const cost = JSON.parse(readFileSync(path.join(FIXTURES, "anthropic-cost.jsonl"), "utf8"));
    const api = await serve((url, req) => {
      if (req.headers["x-api-key"] !== "sk-ant-admin" || req.headers["anthropic-version"] !== "2023-06-01" || req.headers.authorization)
        return { status: 401, body: {} };
      return { body: url.pathname.endsWith("cost_report") ? cost : usage };
    });
    const live = await actuals(
      { ANTHROPIC_ADMIN_KEY: "sk-ant-admin" },
      "--from",
      "anthropic",
      "--api-url",
      api.origin,
      "examples/ai-workloads.yaml",
      "--format",
      "json",
    );
    expect(live.stderr).toBe("");
    const report = JSON.parse(live.stdout);
    const support = report.workloads.find((w: { name: string }) => w.name === "support-assistant");
    expect(support.requestsPerMonth).toBeNull();
    expect(support.notes[0]).toContain("no request counts");
    expect(support.billedMonthly).toBeCloseTo(10_493.75, 6);
    const q = api.seen[0]!.url.searchParams;
    expect([q.get("starting_at"), q.get("ending_at"), q.getAll("group_by[]")]).toEqual([
      "2026-11-01T00:00:00Z",
      "2026-12-01T00:00:00Z",
      ["model", "workspace_id", "api_key_id", "service_tier"],
    ]);
  });
});
