// `catalog import` from URLs: a loopback HTTP server serves recorded responses in each source's
// real shape (test/fixtures/feeds) and the failures a live feed produces. No test leaves 127.0.0.1.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FEEDS = path.join(ROOT, "test/fixtures/feeds");
const fixture = (name: string) => readFileSync(path.join(FEEDS, name));
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;
const routes = new Map<string, Handler>();
const hits = new Map<string, IncomingMessage[]>();
let server: Server;
let base = "";

const json =
  (body: Buffer | string, status = 200, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    const seen = [...(hits.get(url) ?? []), req];
    hits.set(url, seen);
    const handler = routes.get(url);
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    handler(req, res, seen.length);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let dir = "";
const ORIGINAL = '{"previous": "price book, must survive a failed import"}\n';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tb-import-"));
  writeFileSync(path.join(dir, "prices.json"), ORIGINAL);
  routes.clear();
  hits.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(env: Record<string, string>, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["catalog", "import", ...args], {
    cwd: dir,
    env,
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-11-30",
  });
  return { code, stdout, stderr };
}

/** Runs the bundled CLI without blocking this process, whose loopback server must keep answering. */
function bundled(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "dist/cli.js"), ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const book = () => JSON.parse(readFileSync(path.join(dir, "prices.json"), "utf8"));
/** --out is untouched and no temp file is left next to it. */
const untouched = () => {
  expect(readFileSync(path.join(dir, "prices.json"), "utf8")).toBe(ORIGINAL);
  expect(readdirSync(dir)).toEqual(["prices.json"]);
};

describe("catalog import from a URL", () => {
  it("Together: bearer key, USD per 1M, cached input, embeddings/images/dedicated-only skipped, provenance", async () => {
    routes.set("/v1/models", json(fixture("together-models.json")));
    const before = new Date().toISOString();
    const result = await run(
      { TOGETHER_API_KEY: "tk-test" },
      "--from",
      "together",
      `${base}/v1/models`,
      "--key-origin",
      base,
      "--out",
      "prices.json",
    );
    expect(result.stderr).toBe(
      "warning: acme/dedicated-only-70b: priced by the hour only (dedicated); skipped\n" +
        "warning: skipped 1 embedding models (not priced per input/output text token)\n" +
        "warning: skipped 1 image models (not priced per input/output text token)\n",
    );
    expect(result.code).toBe(0);
    expect(hits.get("/v1/models")?.[0]?.headers.authorization).toBe("Bearer tk-test");
    const catalog = book();
    expect(catalog.models).toEqual([
      {
        provider: "together",
        id: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        source: "together-api",
        asOf: catalog.asOf,
        serverless: { input: 0.88, output: 0.88 },
        contextWindow: 131072,
      },
      {
        provider: "together",
        id: "moonshotai/Kimi-K2.6",
        source: "together-api",
        asOf: catalog.asOf,
        serverless: { input: 1.2, output: 4.5, cachedInput: 0.2 },
        contextWindow: 262144,
      },
    ]);
    const source = catalog.sources["together-api"];
    expect(source).toMatchObject({ url: `${base}/v1/models`, sha256: sha256(fixture("together-models.json")), asOf: catalog.asOf });
    // asOf is the retrieval day: a live API states its price on the day it is read.
    expect(source.retrievedAt >= before && source.retrievedAt <= new Date().toISOString()).toBe(true);
    expect(catalog.asOf).toBe(source.retrievedAt.slice(0, 10));
    expect(result.stdout).toBe(
      `wrote prices.json: 2 models (together) from together ${base}/v1/models, as of ${catalog.asOf}; 3 warning(s)\n`,
    );
  });

  it("OpenRouter: decimal strings per token, cache read and write, router and image models skipped", async () => {
    routes.set("/api/v1/models", json(fixture("openrouter-models.json")));
    const result = await run({}, "--from", "openrouter", `${base}/api/v1/models`, "--out", "prices.json", "--as-of", "2026-11-29");
    expect(result.code).toBe(0);
    expect(hits.get("/api/v1/models")?.[0]?.headers.authorization).toBeUndefined();
    expect(book().models).toEqual([
      {
        provider: "openrouter",
        id: "openai/gpt-4o",
        source: "openrouter",
        asOf: "2026-11-29",
        serverless: { input: 2.5, output: 10, cachedInput: 1.25 },
        contextWindow: 128000,
        maxOutputTokens: 16384,
      },
      {
        provider: "openrouter",
        id: "anthropic/claude-sonnet-4.5",
        source: "openrouter",
        asOf: "2026-11-29",
        serverless: { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 },
        contextWindow: 1000000,
        maxOutputTokens: 64000,
      },
    ]);
    expect(result.stderr).toBe(
      "warning: openrouter/auto: variable price (routes to other models); skipped\nwarning: skipped 1 models that produce no text (images, audio, embeddings)\n",
    );
  });

  it("LiteLLM, models.dev and genai-prices in their own shapes; a provider named constructor is data", async () => {
    routes.set("/litellm.json", json(fixture("litellm-small.json")));
    routes.set("/api.json", json(fixture("models-dev-api.json")));
    routes.set("/data.json", json(fixture("genai-prices-small.json")));
    expect((await run({}, "--from", "litellm", `${base}/litellm.json`, "--out", "prices.json")).code).toBe(0);
    expect(
      book().models.map((m: { id: string; serverless: unknown; maxInputTokens?: number }) => [m.id, m.serverless, m.maxInputTokens]),
    ).toEqual([
      ["gpt-5", { input: 1.25, output: 10, cachedInput: 0.125 }, 272000],
      ["claude-sonnet-4-5", { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 }, 200000],
    ]);
    expect((await run({}, "--from", "models-dev", `${base}/api.json`, "--out", "prices.json")).code).toBe(0);
    expect(book().models.map((m: { provider: string; id: string }) => `${m.provider}/${m.id}`)).toEqual([
      "together/moonshotai/Kimi-K2.6",
      "constructor/tiny-1",
    ]);
    expect((await run({}, "--from", "genai-prices", `${base}/data.json`, "--out", "prices.json")).code).toBe(0);
    expect(book().models[0]).toMatchObject({
      provider: "anthropic",
      id: "claude-haiku-4-5",
      aliases: ["claude-haiku-4-5-20251001"],
      serverless: { input: 1, output: 5, cachedInput: 0.1, cacheWrite: 1.25 },
    });
  });

  it("retries a 429 after its Retry-After, then succeeds", async () => {
    routes.set("/v1/models", (req, res, hit) => {
      if (hit === 1) res.writeHead(429, { "retry-after": "1", "content-type": "application/json" }).end('{"error":"rate limited"}');
      else json(fixture("together-models.json"))(req, res, hit);
    });
    const started = Date.now();
    const result = await run(
      { TOGETHER_API_KEY: "tk-test" },
      "--from",
      "together",
      `${base}/v1/models`,
      "--key-origin",
      base,
      "--out",
      "prices.json",
    );
    expect(result.code).toBe(0);
    expect(hits.get("/v1/models")).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(book().models).toHaveLength(2);
  });

  it("401 names the environment variable; without a key the default address is not even tried", async () => {
    routes.set("/v1/models", (_req, res) =>
      res.writeHead(401, { "content-type": "application/json" }).end('{"error":{"message":"Invalid API key provided"}}'),
    );
    const wrongKey = await run(
      { TOGETHER_API_KEY: "tk-wrong" },
      "--from",
      "together",
      `${base}/v1/models`,
      "--key-origin",
      base,
      "--out",
      "prices.json",
    );
    expect(wrongKey).toEqual({
      code: 2,
      stdout: "",
      stderr: `tokenbudget: ${base}/v1/models answered 401 Unauthorized: check the API key in TOGETHER_API_KEY\n`,
    });
    const noKey = await run({}, "--from", "together", `${base}/v1/models`, "--out", "prices.json");
    expect(noKey.stderr).toBe(`tokenbudget: ${base}/v1/models answered 401 Unauthorized: set TOGETHER_API_KEY to an API key\n`);
    expect(hits.get("/v1/models")).toHaveLength(2);
    const offline = await run({}, "--from", "together", "--out", "prices.json");
    expect(offline).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "tokenbudget: https://api.together.xyz/v1/models needs an API key: set TOGETHER_API_KEY, or pass a downloaded copy of the response as FILE\n",
    });
    untouched();
  });

  it("a 502 HTML page is retried, then refused; a 200 HTML page is refused at once", async () => {
    const html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>";
    routes.set("/gateway", (_req, res) => res.writeHead(502, { "content-type": "text/html" }).end(html));
    const bad = await run({}, "--from", "openrouter", `${base}/gateway`, "--out", "prices.json", "--retries", "2");
    expect(bad).toEqual({
      code: 2,
      stdout: "",
      stderr: `tokenbudget: ${base}/gateway answered 502 Bad Gateway (3 attempts); try again later\n`,
    });
    expect(hits.get("/gateway")).toHaveLength(3);
    routes.set("/login", (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
    const login = await run({}, "--from", "openrouter", `${base}/login`, "--out", "prices.json");
    expect(login.stderr).toBe(`tokenbudget: ${base}/login sent an HTML page, not JSON (a login, error or captcha page?)\n`);
    expect(hits.get("/login")).toHaveLength(1);
    untouched();
  });

  it("truncated JSON, and a body cut short of its Content-Length, are refused without quoting them", async () => {
    const text = fixture("openrouter-models.json").toString("utf8");
    routes.set("/cut", json(text.slice(0, 300)));
    const cut = await run({}, "--from", "openrouter", `${base}/cut`, "--out", "prices.json");
    expect(cut).toEqual({
      code: 2,
      stdout: "",
      stderr: `tokenbudget: ${base}/cut sent JSON that ends early (300 characters): the response was cut short; try again\n`,
    });
    routes.set("/short", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) });
      res.write(text.slice(0, 200));
      res.destroy();
    });
    const short = await run({}, "--from", "openrouter", `${base}/short`, "--out", "prices.json", "--retries", "0");
    expect(short.code).toBe(2);
    // Depending on timing the break shows while reading headers or the body; either way it is named.
    expect(short.stderr).toMatch(
      new RegExp(
        `^tokenbudget: ${base.replace(/[.]/g, "\\.")}/short: (the response broke off \\(.+\\); try again|the connection failed or broke off \\(UND_ERR_SOCKET\\))\\n$`,
      ),
    );
    expect(cut.stderr + short.stderr).not.toContain("openai/gpt-4o");
    untouched();
  });

  it("skips an entry with an absurd price, by name, and writes the rest", async () => {
    // One entry that switched to USD per 1K tokens while the importer reads per token.
    const data = JSON.parse(fixture("openrouter-models.json").toString("utf8"));
    data.data[0].pricing.prompt = "0.0025";
    routes.set("/api/v1/models", json(JSON.stringify(data)));
    const result = await run({}, "--from", "openrouter", `${base}/api/v1/models`, "--out", "prices.json");
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      "warning: openrouter/openai/gpt-4o input 2500: above $1000 per 1M tokens, likely a unit error in the feed; skipped",
    );
    const written = JSON.parse(readFileSync(path.join(dir, "prices.json"), "utf8"));
    expect(written.models.map((m: { id: string }) => m.id)).toEqual(["anthropic/claude-sonnet-4.5"]);
    rmSync(path.join(dir, "prices.json"));
  });

  it("refuses a feed whose prices are mostly absurd: the whole feed is mis-scaled", async () => {
    const data = JSON.parse(fixture("openrouter-models.json").toString("utf8"));
    for (const model of data.data) model.pricing.prompt = String(Number(model.pricing.prompt) * 1000);
    routes.set("/api/v1/models", json(JSON.stringify(data)));
    const result = await run({}, "--from", "openrouter", `${base}/api/v1/models`, "--out", "prices.json");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "tokenbudget: refusing to write prices.json: 2 of 2 models have prices above $1000 per 1M tokens, so the feed looks mis-scaled " +
        "(openrouter/openai/gpt-4o input 2500; openrouter/anthropic/claude-sonnet-4.5 input 3000); is it in USD per token where per 1M was expected?\n",
    });
    untouched();
  });

  it("a file works like a URL, minus the retrieval time; the bundled CLI exits 2 and leaves --out alone on failure", async () => {
    writeFileSync(path.join(dir, "feed.json"), fixture("together-models.json"));
    const ok = await bundled(["catalog", "import", "--from", "together", "feed.json", "--as-of", "2026-11-30", "--out", "book.json"], {});
    expect(ok.status).toBe(0);
    const source = JSON.parse(readFileSync(path.join(dir, "book.json"), "utf8")).sources["together-api"];
    expect(source).toEqual({
      title: "Together AI API /v1/models (feed.json)",
      url: "https://api.together.xyz/v1/models",
      asOf: "2026-11-30",
      license: "Together AI terms",
      sha256: sha256(fixture("together-models.json")),
    });
    rmSync(path.join(dir, "book.json"));
    rmSync(path.join(dir, "feed.json"));
    routes.set("/v1/models", (_req, res) => res.writeHead(503, { "retry-after": "0" }).end());
    const failed = await bundled(
      ["catalog", "import", "--from", "together", `${base}/v1/models`, "--key-origin", base, "--retries", "1", "--out", "prices.json"],
      { TOGETHER_API_KEY: "tk" },
    );
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe(`tokenbudget: ${base}/v1/models answered 503 Service Unavailable (2 attempts); try again later\n`);
    untouched();
  });
});
