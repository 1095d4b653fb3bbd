// A pull request decides how many workloads a run reports. Rendered as one string, the JSON of
// seven copies of a 40,000-workload manifest passed V8's string limit (RangeError: Invalid
// string length) and the run died without output (issue 9). Reports are written in pieces.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/action-run.js";

const CLI = path.join(ROOT, "dist/cli.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const COPIES = 7;
const WORKLOADS = 40_000;
let dir: string;

beforeAll(() => {
  dir = tempDir("huge-report");
  let text = "version: 1\ndefaults: { provider: openai }\nworkloads:\n";
  for (let i = 0; i < WORKLOADS; i++) {
    text += `  - name: w${i}\n    model: gpt-4o-mini\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: ${1000 + i} }\n`;
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
    return { status: child.status, stderr: rss ? child.stderr.slice(0, rss.index) : child.stderr, ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}) };
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
    // Hundreds of megabytes, complete: it ends where the report object ends.
    expect(statSync(all).size).toBeGreaterThan(300_000_000);
    const fd = openSync(all, "r");
    const tail = Buffer.alloc(64);
    readSync(fd, tail, 0, 64, statSync(all).size - 64);
    closeSync(fd);
    expect(tail.toString("utf8")).toMatch(/"notes": \[\]\n\}\n$/);
    if (result.rssMb !== undefined) expect(result.rssMb, "peak RSS in MB").toBeLessThan(4096);
  });
});
