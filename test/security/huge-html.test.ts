// A pull request decides how many workloads a run reports and how long its paths are. Built as
// one string, the HTML page of 2 manifests x 14,000 workloads under a 4,000-character directory
// path passed V8's string limit: "internal error ... Invalid string length", exit 3, and the
// Action then wrote no summary and no outputs (issue 21). The page is written in pieces, and a
// long table shows its first rows and counts the rest, pointing to the JSON report.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/action-run.js";

const CLI = path.join(ROOT, "dist/cli.js");
const WORKLOADS = 14_000;
let dir: string;
let nested: string;

beforeAll(() => {
  dir = tempDir("huge-html");
  // 16 folders of 250 characters: each under NAME_MAX, together a 4,015-character path.
  nested = Array.from({ length: 16 }, (_, i) => `d${i}`.padEnd(250, "x")).join("/");
  // Every workload near its budget, over it at the high estimate, breaking it with growth, on a stale price:
  // four findings a row, each naming the long path.
  let text = "version: 1\ndefaults: { provider: openai }\npolicy: { max_price_age_days: 1, forecast_months: 12 }\nworkloads:\n";
  for (let i = 0; i < WORKLOADS; i++) {
    text += `  - name: w${i}\n    model: gpt-4o-mini\n    tokens: { input: { low: 900, expected: 1000, high: 3000 }, output: 100 }\n    requests: { per_month: 100000, growth_percent_per_month: 10 }\n    budget: { monthly: 24 }\n`;
  }
  for (const team of ["a", "b"]) {
    mkdirSync(path.join(dir, nested, team), { recursive: true });
    writeFileSync(path.join(dir, nested, team, "ai-workloads.yaml"), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tail(file: string, bytes: number): string {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(bytes);
  const size = statSync(file).size;
  readSync(fd, buffer, 0, bytes, Math.max(0, size - bytes));
  closeSync(fd);
  return buffer.toString("utf8");
}

describe("an HTML page too large for one string", () => {
  it(`check --format html over 2 x ${WORKLOADS} workloads under a 4,015-character path writes the whole page`, { timeout: 900_000 }, () => {
    const out = path.join(dir, "report.html");
    const fd = openSync(out, "w");
    const child = spawnSync(process.execPath, [CLI, "check", "--format", "html"], {
      cwd: dir,
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    closeSync(fd);
    expect(nested.length).toBe(4015);
    expect(child.stderr).toBe("");
    // warn: every workload is near its budget; nothing is an error.
    expect(child.status).toBe(0);
    const end = tail(out, 4096);
    expect(end).toMatch(/<\/footer>\n<script>[\s\S]*<\/script>\n<\/body>\n<\/html>\n$/);
    // 112,000 findings and 28,000 workloads: each long table shows 2,000 rows and counts the rest.
    const fdIn = openSync(out, "r");
    const size = statSync(out).size;
    const chunk = Buffer.alloc(1 << 20);
    let carry = "";
    const notes: string[] = [];
    for (let at = 0; at < size; at += chunk.length) {
      const n = readSync(fdIn, chunk, 0, chunk.length, at);
      const text = carry + chunk.subarray(0, n).toString("latin1");
      for (const m of text.matchAll(/([\d,]+) more rows are not shown here: see the JSON report/g)) notes.push(m[1]!);
      carry = text.slice(-200);
    }
    closeSync(fdIn);
    expect([...new Set(notes)].sort()).toEqual(["110,000", "26,000"]);
  });
});
