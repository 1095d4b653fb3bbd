// Runs every hostile or broken manifest in test/corpus/ through the CLI, next to a valid
// manifest, and checks the exit code, a `file:line:col` message in plain words, no stack trace,
// and that the valid file's result did not change. Most cases run the CLI's main in-process (a
// process per case cost a Node start each); the cases in BUNDLED run dist/cli.js as a child,
// with its peak memory checked. Every case's time and memory as its own process are in `npm run bench`.
import { execFile } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";

interface Case {
  case: string;
  file?: string;
  make?: "fifty-megabytes" | "symlink-outside" | "symlink-loop" | "directory" | "unreadable";
  exit: number;
  rule?: string;
  message?: string;
  at?: string;
  args?: string[];
  tags?: Record<string, string>;
  markdownMustNotContain?: string[];
}

const ROOT = path.join(import.meta.dirname, "..");
const CORPUS = path.join(ROOT, "test/corpus");
const CLI = path.join(ROOT, "dist/cli.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const { cases } = JSON.parse(readFileSync(path.join(CORPUS, "cases.json"), "utf8")) as { cases: Case[] };
const BAD = "bad/ai-workloads.yaml";
const GOOD = `version: 1
workloads:
  - name: steady
    model: openai/gpt-oss-120b
    tokens: { input: 2000, output: 500 }
    requests: { per_day: 10000 }
`;
// Running as root, permissions do not stop reads: the unreadable case runs as nobody instead.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
/** Cases run as the bundle ships, in their own process: the parser's deepest recursion and its largest expansion. */
const BUNDLED = new Set(["billion-laughs", "deep-flow-nesting", "deep-block-seq-nesting"]);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  rssMb?: number;
}

function runCli(cwd: string, args: string[], uid?: number): Promise<Run> {
  const argv = [CLI, ...args];
  const [command, commandArgs] = TIME ? [TIME, ["-f", "rss-kb=%M", process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve) => {
    execFile(
      command,
      commandArgs,
      { cwd, maxBuffer: 64 << 20, ...(uid !== undefined ? { uid, gid: uid } : {}) },
      (error, stdout, stderr) => {
        const rss = /rss-kb=(\d+)\s*$/.exec(stderr);
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr: rss ? stderr.slice(0, rss.index) : stderr,
          ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}),
        });
      },
    );
  });
}

function goodCosts(stdout: string): Array<[string, number]> {
  const report = JSON.parse(stdout) as { workloads: Array<{ file: string; name: string; monthlyCost: number }> };
  return report.workloads.filter((w) => w.file === "good/ai-workloads.yaml").map((w) => [w.name, w.monthlyCost]);
}

let work: string;
let reference: Array<[string, number]>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "tokenbudget-corpus-"));
  chmodSync(work, 0o755);
  const dir = path.join(work, "reference");
  mkdirSync(path.join(dir, "good"), { recursive: true });
  writeFileSync(path.join(dir, "good/ai-workloads.yaml"), GOOD);
  const run = await cli(dir, "check", "--format", "json");
  expect(run.code, run.stderr).toBe(0);
  reference = goodCosts(run.stdout);
  expect(reference).toHaveLength(1);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder with the valid manifest at good/ and the case at bad/ai-workloads.yaml. */
function prepare(c: Case): { dir: string; uid?: number } {
  const dir = path.join(work, c.case);
  mkdirSync(path.join(dir, "good"), { recursive: true });
  mkdirSync(path.join(dir, "bad"), { recursive: true });
  writeFileSync(path.join(dir, "good/ai-workloads.yaml"), GOOD);
  const bad = path.join(dir, BAD);
  switch (c.make) {
    case undefined:
      copyFileSync(path.join(CORPUS, c.file!), bad);
      return { dir };
    case "fifty-megabytes": {
      // Generated, not committed: 50 MB of valid-looking workloads.
      const workload = "  - name: w\n    model: openai/gpt-oss-120b\n    tokens: { input: 1, output: 1 }\n    requests: { per_month: 1 }\n";
      writeFileSync(bad, `version: 1\nworkloads:\n${workload.repeat(Math.ceil((50 << 20) / workload.length))}`);
      return { dir };
    }
    case "symlink-outside":
      symlinkSync("/etc/hostname", bad);
      return { dir };
    case "symlink-loop":
      symlinkSync("ai-workloads.yaml", bad);
      return { dir };
    case "directory":
      mkdirSync(bad);
      return { dir };
    case "unreadable":
      copyFileSync(path.join(CORPUS, "bom.yaml"), bad);
      chmodSync(bad, 0o000);
      return AS_ROOT ? { dir, uid: NOBODY } : { dir };
  }
}

describe("hostile and broken manifests", () => {
  test("the corpus has at least 50 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => BUNDLED.has(c.case))).toHaveLength(BUNDLED.size);
  });

  for (const c of cases) {
    test(c.case, async () => {
      const { dir, uid } = prepare(c);
      const args = ["check", "--format", "json", ...(c.args ?? [])];
      const run: Run = BUNDLED.has(c.case) || uid !== undefined ? await runCli(dir, args, uid) : await cli(dir, ...args);
      expect(run.stderr, "no stack trace").not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError|\[object Object\]|undefined|NaN)\b/);
      expect(run.code, run.stderr).toBe(c.exit);
      if (run.rssMb !== undefined) expect(run.rssMb, "peak RSS in MB").toBeLessThan(300);
      // The valid file in the same run is priced exactly as when it is alone.
      expect(goodCosts(run.stdout)).toEqual(reference);

      const errors = run.stderr.split("\n").filter((line) => line.includes(": error: "));
      if (c.exit === 2) {
        // A problem of the whole file (empty, too large, unreadable) has no position: `file: error: ...`.
        const where = c.at === undefined ? BAD : `${BAD}:${c.at}`;
        const line = errors.find((l) => l.startsWith(`${where}: error: `) && l.includes(c.message!) && l.endsWith(`(${c.rule})`));
        expect(line, `expected ${where}: error: ...${c.message}... (${c.rule}) in\n${run.stderr}`).toBeDefined();
      } else {
        expect(errors).toEqual([]);
      }
      if (c.tags) {
        const report = JSON.parse(run.stdout) as { workloads: Array<{ file: string; tags: Record<string, string> }> };
        expect(report.workloads.find((w) => w.file === BAD)?.tags).toMatchObject(c.tags);
      }
      if (c.markdownMustNotContain) {
        const markdown = await cli(dir, "check", "--format", "markdown", "--group-by", "team");
        for (const text of c.markdownMustNotContain) expect(markdown.stdout).not.toContain(text);
      }
    });
  }
});
