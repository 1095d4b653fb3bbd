// A pull request decides how many workloads a run reports. Rendered as one string, the JSON of
// seven copies of a 40,000-workload manifest passed V8's string limit (RangeError: Invalid
// string length) and the run died without output (issue 9). Reports are written in pieces.
// What matters is the report's size, not the workload count: here a price book in the repository
// carries a 20,000-character note that every workload's price repeats, so 7 x 4,000 workloads
// make a report past the limit at a tenth of the work.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/action-run.js";

const CLI = path.join(ROOT, "dist/cli.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const COPIES = 7;
const WORKLOADS = 4_000;
/** V8's longest string on 64-bit, in UTF-16 code units (the report is ASCII: one byte each). */
const V8_MAX_STRING = 2 ** 29 - 24;
let dir: string;

beforeAll(() => {
  dir = tempDir("huge-report");
  const source = { title: "negotiated", url: "https://example.test/prices", asOf: "2026-01-01" };
  const model = {
    provider: "together",
    id: "acme/chat",
    source: "s",
    asOf: "2026-01-01",
    note: "n".repeat(20_000),
    serverless: { input: 0.9, output: 3.3 },
  };
  writeFileSync(
    path.join(dir, "book.json"),
    JSON.stringify({
      formatVersion: 1,
      version: "2026.1.0",
      asOf: "2026-01-01",
      currency: "USD",
      sources: { s: source },
      models: [model],
      hardware: [],
      providers: {},
    }),
  );
  let text = "version: 1\ncatalogs: [../book.json]\ndefaults: { provider: together }\nworkloads:\n";
  for (let i = 0; i < WORKLOADS; i++) {
    text += `  - name: w${i}\n    model: acme/chat\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: ${1000 + i} }\n`;
  }
  for (let k = 0; k < COPIES; k++) {
    mkdirSync(path.join(dir, `team-${k}`));
    writeFileSync(path.join(dir, `team-${k}`, "ai-workloads.yaml"), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bundled CLI with stdout to a file (the report is far too big to hold as one string here too). */
function run(args: string[], out: string): { status: number | null; stderr: string; rssMb?: number } {
  const fd = openSync(out, "w");
  try {
    const argv = [CLI, ...args];
    const child = TIME
      ? spawnSync(TIME, ["-f", "rss-kb=%M", process.execPath, ...argv], { cwd: dir, stdio: ["ignore", fd, "pipe"], encoding: "utf8" })
      : spawnSync(process.execPath, argv, { cwd: dir, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    const rss = /rss-kb=(\d+)\s*$/.exec(child.stderr);
    return {
      status: child.status,
      stderr: rss ? child.stderr.slice(0, rss.index) : child.stderr,
      ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}),
    };
  } finally {
    closeSync(fd);
  }
}

/** The report's summary block, from the head of the file (the summary comes before the workloads). */
function summary(file: string): { workloads: number; monthlyCost: number; status: string } {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(1 << 16);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, n).toString("utf8");
  const block = /"summary": (\{[^{}]*\})/.exec(text);
  expect(block, "a summary object near the start").not.toBeNull();
  return JSON.parse(block![1]!);
}

describe("a report too large for one string", () => {
  it(`check --format json over ${COPIES} x ${WORKLOADS} workloads writes the whole report`, { timeout: 900_000 }, () => {
    const one = path.join(dir, "one.json");
    expect(run(["check", "team-0", "--format", "json"], one).status).toBe(0);
    const single = summary(one);
    expect(single.workloads).toBe(WORKLOADS);

    const all = path.join(dir, "all.json");
    const result = run(["check", "--format", "json"], all);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const whole = summary(all);
    expect(whole.workloads).toBe(COPIES * WORKLOADS);
    expect(whole.status).toBe("pass");
    expect(whole.monthlyCost).toBeCloseTo(COPIES * single.monthlyCost, 6);
    // Longer than any one string can be, and complete: it ends where the report object ends.
    expect(statSync(all).size).toBeGreaterThan(V8_MAX_STRING);
    const fd = openSync(all, "r");
    const tail = Buffer.alloc(64);
    readSync(fd, tail, 0, 64, statSync(all).size - 64);
    closeSync(fd);
    expect(tail.toString("utf8")).toMatch(/"notes": \[\]\n\}\n$/);
    if (result.rssMb !== undefined) expect(result.rssMb, "peak RSS in MB").toBeLessThan(4096);
  });
});
