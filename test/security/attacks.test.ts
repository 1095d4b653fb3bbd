// Each attack from issue 9 built as a real git repository in a temporary folder, run through
// the CLI and the bundled Action (dist/index.js against the loopback GitHub stand-in). Every run
// asserts the exit code, the findings, and that no fragment of a planted secret reaches any
// output. The CLI runs in-process (its main, in a workflow's environment) except where the
// process itself is the point: the bundled CLI (dist/cli.js), bounded in heap, reads FIFOs that
// would hang a test, /proc/self of a process holding the secret, and the inputs built to exhaust
// memory (their speed is in `npm run bench`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { ROOT, git, pullRequestEvent, pullRequestRepo, runAction, tempDir, writeFiles } from "../helpers/action-run.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { cliWith } from "../helpers/cli.js";

const CLI = path.join(ROOT, "dist/cli.js");
const SECRET = "ghp_FAKESECRETe3b0c44298fc1c149afbf4c8996fb924";
/** Every 8-character window of the secret: none may appear anywhere. */
const FRAGMENTS = Array.from({ length: SECRET.length - 7 }, (_, i) => SECRET.slice(i, i + 8));

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run npm run build");
});

function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanup.push(d);
  return d;
}

/** A repository with one commit of `files`, plus an outside folder holding the secret. */
function repoWith(files: Record<string, string>): { dir: string; outside: string } {
  const outside = dir("outside");
  writeFileSync(path.join(outside, "secret.txt"), `${SECRET}\n`);
  writeFileSync(path.join(outside, "prompt.md"), `You are a helpful assistant. ${SECRET}\n`.repeat(50));
  const repo = dir("attack");
  git(repo, "init", "-q", "-b", "main");
  writeFiles(repo, files);
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--allow-empty", "-m", "base");
  return { dir: repo, outside };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A workflow-like environment: a step of GitHub Actions, with a secret in it. */
const workflowEnv = (cwd: string) => ({ PATH: process.env.PATH ?? "", HOME: cwd, GITHUB_ACTIONS: "true", TOKEN_FOR_TEST: SECRET });

/** The bundled CLI in a workflow-like environment, with a heap cap so a blow-up fails instead of swapping. */
function bundled(cwd: string, args: string[]): Run {
  const result = spawnSync(process.execPath, ["--max-old-space-size=256", CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 30_000,
    env: workflowEnv(cwd),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI's main in-process, in the same environment as bundled(). */
async function tokenbudget(cwd: string, args: string[]): Promise<Run> {
  const run = await cliWith(cwd, args, { env: workflowEnv(cwd), today: new Date().toISOString().slice(0, 10) });
  return { code: run.code, stdout: run.pieces.join(""), stderr: run.stderr };
}

function expectNoSecret(...outputs: string[]): void {
  const all = outputs.join("\n");
  for (const fragment of FRAGMENTS) expect(all.includes(fragment), `output contains "${fragment}"`).toBe(false);
}

/** No line the runner would read as a workflow command. */
function expectNoWorkflowCommands(...outputs: string[]): void {
  for (const line of outputs.join("\n").split(/\r?\n|\r|\u2028|\u2029/)) {
    expect(line.trim().startsWith("::"), line).toBe(false);
    expect(line.includes("##["), line).toBe(false);
  }
}

const workload = (name: string, extra = "") =>
  `  - name: ${name}\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: 100000 }\n${extra}`;
const manifest = (top: string, ...workloads: string[]) => `version: 1\n${top}workloads:\n${workloads.join("")}`;

describe("path boundary: nothing is read from outside the repository", () => {
  test("catalogs: and input_from through a symlinked directory are refused, and nothing of the target leaks", async () => {
    const { dir: repo, outside } = repoWith({});
    symlinkSync(outside, path.join(repo, "linkdir"));
    writeFiles(repo, {
      "ai-workloads.yaml": manifest("catalogs: [linkdir/secret.txt]\n", workload("chat")),
      "t/ai-workloads.yaml": manifest(
        "",
        workload("chat", "    tokens: { input_from: ../linkdir/prompt.md, output: 100 }\n").replace(
          "    tokens: { input: 1000, output: 100 }\n",
          "",
        ),
      ),
    });
    for (const format of ["table", "json", "markdown"]) {
      const run = await tokenbudget(repo, ["check", "--format", format]);
      expect(run.code, run.stderr).toBe(2);
      expectNoSecret(run.stdout, run.stderr);
      expect(run.stdout + run.stderr).toContain("catalogs: linkdir/secret.txt resolves outside the repository");
    }
    const json = JSON.parse((await tokenbudget(repo, ["check", "--format", "json"])).stdout);
    expect(json.findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`).sort()).toEqual([
      "catalog.unreadable: catalogs: linkdir/secret.txt resolves outside the repository (through a symbolic link)",
      'tokens.input-from: prompt template "../linkdir/prompt.md": resolves outside the repository (through a symbolic link)',
    ]);
    rmSync(path.join(repo, "t"), { recursive: true });
    // Without the catalog, input_from alone is refused too instead of counting the outside file.
    writeFiles(repo, {
      "ai-workloads.yaml": manifest(
        "",
        workload("chat", "    tokens: { input_from: linkdir/prompt.md, output: 100 }\n").replace(
          "    tokens: { input: 1000, output: 100 }\n",
          "",
        ),
      ),
    });
    const alone = await tokenbudget(repo, ["check", "--format", "json"]);
    expect(alone.code).toBe(2);
    expect(JSON.parse(alone.stdout).findings).toMatchObject([
      {
        rule: "tokens.input-from",
        message: 'prompt template "linkdir/prompt.md": resolves outside the repository (through a symbolic link)',
      },
    ]);
    expectNoSecret(alone.stdout, alone.stderr);
  });

  test("a link to /proc/self cannot read the process environment", () => {
    const { dir: repo } = repoWith({ "ai-workloads.yaml": manifest("catalogs: [procself/environ]\n", workload("chat")) });
    symlinkSync("/proc/self", path.join(repo, "procself"));
    const run = bundled(repo, ["check", "--format", "json", "--catalog", "procself/environ"]);
    expect(run.code).toBe(2);
    expectNoSecret(run.stdout, run.stderr);
    const rules = JSON.parse(run.stdout).findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^input\.outside-root: price catalog procself\/environ resolves outside the repository/),
      ]),
    );
  });

  test("a price book that is not JSON is reported by line and column, never quoted", async () => {
    const { dir: repo } = repoWith({
      "secret.json": `${SECRET}\n`,
      "ai-workloads.yaml": manifest("catalogs: [secret.json]\n", workload("chat")),
    });
    for (const format of ["table", "json", "markdown"]) {
      const run = await tokenbudget(repo, ["check", "--format", format, "--catalog", "secret.json"]);
      expect(run.code).toBe(2);
      expectNoSecret(run.stdout, run.stderr);
      expect(run.stdout + run.stderr).toContain("price catalog is not valid JSON at line 1, column 1: expected a value");
    }
  });

  test("a FIFO (directly, or through a link) is refused without hanging", () => {
    const { dir: repo } = repoWith({
      "ai-workloads.yaml": manifest("catalogs: [pipe.json]\n", workload("chat")),
      "prompts/ai-workloads.yaml": manifest(
        "",
        workload("chat", "    tokens: { input_from: ../pipe.md, output: 100 }\n").replace("    tokens: { input: 1000, output: 100 }\n", ""),
      ),
    });
    spawnSync("mkfifo", [path.join(repo, "pipe.json"), path.join(repo, "pipe.md")]);
    symlinkSync("pipe.json", path.join(repo, "link.json"));
    const run = bundled(repo, ["check", "--format", "json", "--catalog", "link.json"]);
    expect(run.code).toBe(2);
    const messages = JSON.parse(run.stdout).findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "catalog.unreadable: catalogs: pipe.json is not a regular file",
        'tokens.input-from: prompt template "../pipe.md": is not a regular file',
        expect.stringMatching(/^input\.symlink: price catalog link\.json is a symbolic link/),
      ]),
    );
  });

  test("nothing under .git is read as data", async () => {
    const { dir: repo } = repoWith({ "ai-workloads.yaml": manifest("catalogs: [.git/config]\n", workload("chat")) });
    const run = await tokenbudget(repo, ["check", "--format", "json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).findings).toMatchObject([
      { rule: "catalog.unreadable", message: "catalogs: .git/config is inside .git, which is never read as data" },
    ]);
  });

  test("manifests under dot-directories and oddly named directories are found, not skipped", async () => {
    const { dir: repo } = repoWith({
      ".config/ai-workloads.yaml": manifest("", workload("dotted")),
      "::warning title=x::dir/ai-workloads.yaml": manifest("", workload("odd")),
      "node_modules/pkg/ai-workloads.yaml": manifest("", workload("vendored")),
    });
    const run = await tokenbudget(repo, ["estimate", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(
      JSON.parse(run.stdout)
        .workloads.map((w: { name: string; file: string }) => `${w.file}#${w.name}`)
        .sort(),
    ).toEqual([".config/ai-workloads.yaml#dotted", "::warning title=x::dir/ai-workloads.yaml#odd"]);
  });
});

describe("workflow-command injection: nothing from a manifest reaches the runner as a command", () => {
  const names = [
    "::add-mask::hunter2",
    "'::error file=README.md,line=1::Re-authenticate at https://evil.example'",
    "'::stop-commands::tok'",
    "'x ##[set-output name=status;]pass'",
  ];

  test("names, tag values and paths at line starts are neutralized in every format and on stderr", async () => {
    const { dir: repo } = repoWith({
      "ai-workloads.yaml": manifest(
        "budgets:\n  - { name: '::warning::group', monthly: 1 }\n",
        ...names.map((n, i) => workload(n, `    tags: { team: '::notice::t${i}' }\n    budget: { monthly: 1 }\n`)),
      ),
      "::warning title=x::dir/ai-workloads.yaml": manifest(
        "",
        workload("'##[group]odd'", "    model: nope/unknown-model\n").replace("    model: openai/gpt-oss-120b\n", ""),
      ),
    });
    for (const command of ["estimate", "check", "validate"]) {
      for (const format of ["table", "json", "markdown"]) {
        const run = await tokenbudget(repo, [command, "--format", format, ...(command === "validate" ? [] : ["--group-by", "team"])]);
        expect(run.code, `${command} ${format}: ${run.stderr}`).toBe(2);
        expectNoWorkflowCommands(run.stdout, run.stderr);
        if (format === "json") expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0);
      }
    }
    // The bundle, its streams those of a workflow step, the same.
    const step = bundled(repo, ["check", "--format", "markdown", "--group-by", "team"]);
    expect(step.code, step.stderr).toBe(2);
    expectNoWorkflowCommands(step.stdout, step.stderr);
    // The JSON still carries the exact names: the escaping is JSON's own.
    const json = JSON.parse((await tokenbudget(repo, ["estimate", "--format", "json"])).stdout);
    expect(json.workloads.map((w: { name: string }) => w.name)).toEqual(
      expect.arrayContaining(["::add-mask::hunter2", "x ##[set-output name=status;]pass"]),
    );
  });

  test("stderr problems escape newlines, separators and bidi characters from keys and hardware names", async () => {
    const { dir: repo } = repoWith({
      "ai-workloads.yaml": manifest(
        "",
        workload(
          "chat",
          '    mode: dedicated\n    dedicated: { hardware: "h100\\n::error::pwned\\u2028::warning::x\\u202Eevil" }\n    "bad\\nkey::error::x": 1\n',
        ),
      ),
    });
    const run = await tokenbudget(repo, ["check"]);
    expect(run.code).toBe(2);
    expectNoWorkflowCommands(run.stdout, run.stderr);
    expect(run.stderr).not.toMatch(/[\u2028\u2029\u202a-\u202e]/);
  });

  test("--group-by toString, constructor and __proto__ are plain tag names", async () => {
    const { dir: repo } = repoWith({
      "ai-workloads.yaml": manifest("", workload("chat", "    tags: { constructor: a, toString: b }\n"), workload("plain")),
    });
    const csv = await tokenbudget(repo, ["estimate", "--format", "csv"]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).not.toContain("native code");
    for (const tag of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      const run = await tokenbudget(repo, ["estimate", "--format", "json", "--group-by", tag]);
      expect(run.code, run.stderr).toBe(0);
      const group = JSON.parse(run.stdout).groups.find((g: { tag: string }) => g.tag === tag);
      if (tag === "constructor") expect(group.values.map((v: { value: string }) => v.value).sort()).toEqual(["(untagged)", "a"]);
      if (tag === "toString") expect(group.values.map((v: { value: string }) => v.value).sort()).toEqual(["(untagged)", "b"]);
    }
  });
});

describe("--trust base cannot be walked around", () => {
  /** Base and head as two commits; the head is checked out as the working tree. */
  function pr(base: Record<string, string>, head: Record<string, string>, remove: string[] = []): string {
    const repo = dir("trust");
    git(repo, "init", "-q", "-b", "main");
    writeFiles(repo, base);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base");
    for (const file of remove) rmSync(path.join(repo, file));
    writeFiles(repo, head);
    return repo;
  }
  const group = (monthly: number) => `budgets:\n  - { name: support, match: { team: support }, monthly: ${monthly} }\n`;
  const tagged = (name: string, perMonth: number, extra = "") =>
    workload(name, `    tags: { team: support }\n${extra}`).replace("per_month: 100000", `per_month: ${perMonth}`);
  const check = async (repo: string) => {
    const run = await tokenbudget(repo, ["check", "--base", "HEAD", "--trust", "base", "--format", "json"]);
    return { ...run, report: JSON.parse(run.stdout) };
  };
  const errors = (report: { findings: Array<{ severity: string; rule: string }> }) =>
    report.findings.filter((f) => f.severity === "error").map((f) => f.rule);

  test("(a) a group budget raised in place", async () => {
    const repo = pr(
      { "ai-workloads.yaml": manifest(group(10), tagged("chat", 100_000)) },
      { "ai-workloads.yaml": manifest(group(100_000), tagged("chat", 10_000_000)) },
    );
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(errors(report)).toEqual(["budget.group.exceeded"]);
    expect(report.budgets.map((b: { monthly: number }) => b.monthly)).toEqual([10]);
  });

  test("(b) the manifest moved to another path", async () => {
    const repo = pr(
      { "team/ai-workloads.yaml": manifest(group(10), tagged("chat", 100_000, "    budget: { monthly: 10 }\n")) },
      { "moved/ai-workloads.yaml": manifest("", tagged("chat", 10_000_000)) },
      ["team/ai-workloads.yaml"],
    );
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(errors(report).sort()).toEqual(["budget.group.exceeded", "budget.workload.exceeded"]);
    expect(report.workloads.map((w: { file: string; budget: { monthly: number } | null }) => [w.file, w.budget?.monthly])).toEqual([
      ["moved/ai-workloads.yaml", 10],
    ]);
  });

  test("(c) a rename with a zero-width character is a schema error; a visible rename fails closed", async () => {
    const base = { "ai-workloads.yaml": manifest("", tagged("chat", 100_000, "    budget: { monthly: 10 }\n")) };
    const zw = await check(pr(base, { "ai-workloads.yaml": manifest("", tagged('"ch\\u200Bat"', 10_000_000)) }));
    expect(zw.code).toBe(2);
    expect(zw.report.findings.map((f: { message: string }) => f.message)).toContain(
      "workloads[0].name contains invisible, bidirectional or control characters, which can hide what a reviewer reads",
    );
    expect(zw.report.summary.complete).toBe(false);
    expect(zw.report.workloads.filter((w: { change: string }) => w.change === "removed")).toEqual([]);
    const renamed = await check(pr(base, { "ai-workloads.yaml": manifest("", tagged("chat-v2", 10_000_000)) }));
    expect(renamed.code).toBe(1);
    expect(errors(renamed.report)).toEqual(["trust.unmatched"]);
  });

  test("(d) price overrides added in the head are reported, not applied", async () => {
    const repo = pr(
      { "ai-workloads.yaml": manifest("", tagged("chat", 10_000_000, "    budget: { monthly: 10 }\n")) },
      {
        "ai-workloads.yaml": manifest(
          "prices:\n  - { model: openai/gpt-oss-120b, input: 0, output: 0 }\n",
          tagged("chat", 10_000_000, "    budget: { monthly: 10 }\n"),
        ),
      },
    );
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(report.findings.map((f: { severity: string; rule: string }) => `${f.severity}:${f.rule}`)).toEqual([
      "error:budget.workload.exceeded",
      "warning:price.changed-by-change",
    ]);
    expect(report.summary.monthlyCost).toBeGreaterThan(10);
  });

  test("(d') a price book edited in the head, the manifest untouched: the base's book prices the head", async () => {
    const bookAt = (price: number) =>
      JSON.stringify({
        formatVersion: 1,
        version: "2026.1.0",
        asOf: "2026-01-01",
        currency: "USD",
        sources: { s: { title: "s", url: "https://example.test", asOf: "2026-01-01" } },
        models: [
          { provider: "together", id: "acme/private", source: "s", asOf: "2026-01-01", serverless: { input: price, output: price } },
        ],
        hardware: [],
        providers: {},
      });
    const m = manifest(
      "catalogs: [book.json]\n",
      tagged("chat", 10_000_000, "    budget: { monthly: 10 }\n").replace("openai/gpt-oss-120b", "acme/private"),
    );
    const repo = pr({ "ai-workloads.yaml": m, "book.json": bookAt(1) }, { "book.json": bookAt(0) });
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(report.summary.monthlyCost).toBe(11000);
    expect(
      report.findings.map((f: { severity: string; rule: string; message: string }) => `${f.severity}:${f.rule}: ${f.message}`),
    ).toEqual([
      "error:budget.workload.exceeded: workload chat projected $11,000.00/mo exceeds budget $10.00/mo by $10,990.00 (110000%) (base budget)",
      "warning:price.changed-by-change: price book book.json changed since the base; under --trust base the base's price books were applied",
    ]);
  });

  test("(d'') a --catalog book edited in the head is read at the base; one missing at the base is refused", async () => {
    const bookAt = (price: number) =>
      JSON.stringify({
        formatVersion: 1,
        version: "2026.1.0",
        asOf: "2026-01-01",
        currency: "USD",
        sources: { s: { title: "s", url: "https://example.test", asOf: "2026-01-01" } },
        models: [
          { provider: "together", id: "acme/llama-3.3-70b", source: "s", asOf: "2026-01-01", serverless: { input: price, output: price } },
        ],
        hardware: [],
        providers: {},
      });
    const m = manifest(group(100), tagged("chat", 10_000_000).replace("openai/gpt-oss-120b", "acme/llama-3.3-70b"));
    const repo = pr({ "ai-workloads.yaml": m, "book.json": bookAt(0.88) }, { "book.json": bookAt(0), "new.json": bookAt(0) });
    const edited = await tokenbudget(repo, ["check", "--base", "HEAD", "--trust", "base", "--catalog", "book.json", "--format", "json"]);
    expect(edited.code, edited.stderr).toBe(1);
    const report = JSON.parse(edited.stdout);
    expect(report.summary.monthlyCost).toBe(9680);
    expect(
      report.findings.map((f: { severity: string; rule: string; message: string }) => `${f.severity}:${f.rule}: ${f.message}`),
    ).toEqual([
      "error:budget.group.exceeded: budget support (1 workload) projected $9,680.00/mo exceeds budget $100.00/mo by $9,580.00 (9680%) (base budget)",
      "warning:price.changed-by-change: price catalog book.json changed since the base; under --trust base the base's copy was applied",
    ]);
    const added = await tokenbudget(repo, ["check", "--base", "HEAD", "--trust", "base", "--catalog", "new.json", "--format", "json"]);
    expect(added.code, added.stderr).toBe(2);
    expect(JSON.parse(added.stdout).findings.map((f: { rule: string }) => f.rule)).toContain("catalog.not-at-base");
  });

  test("(e) retagging a workload does not take it out of a base group budget", async () => {
    const repo = pr(
      { "ai-workloads.yaml": manifest(group(100), tagged("chat", 10_000_000)) },
      { "ai-workloads.yaml": manifest(group(100), tagged("chat", 10_000_000).replace("team: support", "team: other")) },
    );
    const { code, stdout, report } = await check(repo);
    expect(code).toBe(1);
    expect(errors(report)).toEqual(["budget.group.exceeded"]);
    expect(stdout).not.toContain("now matches");
    // Trusting the head, the head's rules apply: the group is empty, and nothing claims its match changed.
    const head = await tokenbudget(repo, ["check", "--base", "HEAD", "--format", "json"]);
    expect(head.code, head.stderr).toBe(0);
    expect(head.stdout).not.toContain("now matches");
  });

  test("one finding per rule per workload, and the row shows the base budget that judged it", async () => {
    const repo = pr(
      { "ai-workloads.yaml": manifest("", tagged("chat", 10_000_000, "    budget: { monthly: 10 }\n")) },
      { "ai-workloads.yaml": manifest("", tagged("chat", 10_000_000, "    budget: { monthly: 20 }\n")) },
    );
    const { report } = await check(repo);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(["budget.workload.exceeded", "budget.raised"]);
    expect(report.workloads[0].budget.monthly).toBe(10);
  });
});

describe("bounded resources", () => {
  test("a price book named many times by many manifests is loaded once", () => {
    const models = Array.from({ length: 40_000 }, (_, i) => ({
      provider: "together",
      id: `acme/m-${i}`,
      source: "s",
      asOf: "2026-01-01",
      serverless: { input: 1, output: 1 },
    }));
    const book = JSON.stringify({
      formatVersion: 1,
      version: "2026.1.0",
      asOf: "2026-01-01",
      currency: "USD",
      sources: { s: { title: "s", url: "https://example.test", asOf: "2026-01-01" } },
      models,
      hardware: [],
      providers: {},
    });
    const files: Record<string, string> = { "big.json": book };
    for (let i = 0; i < 4; i++)
      files[`m${i}/ai-workloads.yaml`] = manifest(
        `catalogs: [${Array.from({ length: 20 }, () => "../big.json").join(", ")}]\n`,
        workload("chat").replace("openai/gpt-oss-120b", "acme/m-7"),
      );
    const { dir: repo } = repoWith(files);
    const run = bundled(repo, ["estimate", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).summary.workloads).toBe(4);
  });

  test("input_from and catalogs: both bad in one manifest are reported together", () => {
    const { dir: repo, outside } = repoWith({});
    symlinkSync(outside, path.join(repo, "linkdir"));
    spawnSync("mkfifo", [path.join(repo, "pipe.md")]);
    const bad = (from: string, catalog: string) =>
      manifest(
        `catalogs: [${catalog}]\n`,
        workload("chat", `    tokens: { input_from: ${from}, output: 100 }\n`).replace("    tokens: { input: 1000, output: 100 }\n", ""),
      );
    const cases = [
      [
        "pipe.md",
        "linkdir/secret.txt",
        'prompt template "pipe.md": is not a regular file',
        "catalogs: linkdir/secret.txt resolves outside the repository (through a symbolic link)",
      ],
      [path.join(outside, "prompt.md"), path.join(outside, "secret.txt"), "not an absolute path", "not an absolute path"],
    ];
    for (const [from, catalog, template, book] of cases) {
      writeFiles(repo, { "ai-workloads.yaml": bad(from!, catalog!) });
      const run = bundled(repo, ["check", "--format", "json"]);
      expect(run.code, run.stderr).toBe(2);
      expectNoSecret(run.stdout, run.stderr);
      const findings = JSON.parse(run.stdout).findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`);
      expect(findings).toHaveLength(2);
      expect(findings.find((f: string) => f.startsWith("tokens.input-from"))).toContain(template);
      expect(findings.find((f: string) => f.startsWith("catalog.unreadable"))).toContain(book);
    }
  });

  test("calibrate on a file that is not JSON Lines says where, never what", async () => {
    const work = dir("calibrate-leak");
    writeFiles(work, { "ai-workloads.yaml": manifest("", workload("a")) });
    const good = JSON.stringify({ model: "openai/gpt-oss-120b", prompt_tokens: 10, completion_tokens: 2 });
    writeFileSync(
      path.join(work, "some.txt"),
      [
        `${SECRET}`,
        `  {"prompt_tokens": 1, ${SECRET}`,
        JSON.stringify({ prompt_tokens: 1, completion_tokens: 1, created: SECRET }),
        good,
      ].join("\n"),
    );
    for (const format of ["table", "json"]) {
      const run = await tokenbudget(work, ["calibrate", "some.txt", "--workload", "a", "--format", format]);
      expect(run.code, run.stderr).toBe(0);
      expectNoSecret(run.stdout, run.stderr);
      expect(run.stderr).toBe(
        [
          "some.txt:1: skipped: invalid JSON at column 1: expected a value",
          "some.txt:2: skipped: invalid JSON at column 24: expected a quoted key",
          "some.txt:3: skipped: created must be Unix seconds, got a string",
          "",
        ].join("\n"),
      );
    }
  });

  test("calibrate reads only regular files: a FIFO, a link or a directory is refused at once; a log outside the repository is read", () => {
    const work = dir("calibrate-fifo");
    const outside = dir("exported");
    const good = `${JSON.stringify({ model: "openai/gpt-oss-120b", prompt_tokens: 10, completion_tokens: 2 })}\n`;
    writeFileSync(path.join(outside, "usage.jsonl"), good);
    writeFiles(work, { "ai-workloads.yaml": manifest("", workload("a")), "logs/usage.jsonl": good });
    spawnSync("mkfifo", [path.join(work, "lf")]);
    symlinkSync("logs/usage.jsonl", path.join(work, "link.jsonl"));
    const run = bundled(work, ["calibrate", "lf", "link.jsonl", "logs", "--workload", "a"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "tokenbudget: usage log lf is not a regular file",
        "tokenbudget: usage log link.jsonl is a symbolic link (to logs/usage.jsonl); tokenbudget does not follow links, list the real file instead",
        "tokenbudget: usage log logs is a directory, not a file",
        "",
      ].join("\n"),
    );
    const exported = bundled(work, ["calibrate", path.join(outside, "usage.jsonl"), "--format", "json"]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).logs.requests).toBe(1);
  });

  test("calibrate refuses a line past --max-line-bytes and a stream past --max-log-bytes, exit 2, no stack trace", async () => {
    const { gzipSync } = await import("node:zlib");
    const work = dir("calibrate");
    writeFileSync(path.join(work, "one-line.jsonl.gz"), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)));
    writeFileSync(path.join(work, "newlines.jsonl.gz"), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x0a)));
    const long = bundled(work, ["calibrate", "one-line.jsonl.gz"]);
    expect(long.code).toBe(2);
    expect(long.stderr).toBe(
      "tokenbudget: cannot read usage log one-line.jsonl.gz: line 1 is longer than 16777216 bytes (raise the limit with --max-line-bytes)\n",
    );
    const blank = bundled(work, ["calibrate", "newlines.jsonl.gz", "--max-log-bytes", "8388608"]);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toBe(
      "tokenbudget: cannot read usage log newlines.jsonl.gz: more than 8388608 bytes after decompression (raise the limit with --max-log-bytes)\n",
    );
  });
});

describe("the bundled Action", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  test("an invalid head manifest is not a deletion: the complete output is false and nothing reads as removed", async () => {
    gh = await startFakeGitHub();
    const repo = pullRequestRepo(
      { "ai-workloads.yaml": manifest("", workload("chat")) },
      { "ai-workloads.yaml": "version: 1\nworkloads: 3\n" },
    );
    cleanup.push(repo.dir);
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      token: gh.token,
      event: pullRequestEvent({ number: 7, baseSha: repo.baseSha, headSha: repo.headSha }),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.complete).toBe("false");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.workloads).toEqual([]);
    expect(report.summary).toMatchObject({ complete: false, invalidFiles: 1, changes: { removed: 0 } });
    expect(report.notes.join("\n")).toContain("could not be matched because ai-workloads.yaml is invalid at the head");
    expect(run.summary).not.toMatch(/workload removed|🗑️|-\$/);
  });

  test("trust: base, a symlinked catalog and injected names: no secret, no command, base budgets hold", async () => {
    gh = await startFakeGitHub();
    const outside = dir("outside");
    writeFileSync(path.join(outside, "secret.txt"), `${SECRET}\n`);
    const base = { "ai-workloads.yaml": manifest("", workload("chat", "    budget: { monthly: 10 }\n")) };
    const head = {
      "ai-workloads.yaml": manifest(
        "prices:\n  - { model: openai/gpt-oss-120b, input: 0, output: 0 }\n",
        workload("chat", "    budget: { monthly: 100000 }\n").replace("per_month: 100000", "per_month: 10000000"),
        workload("'::add-mask::x ##[set-output name=status;]pass'"),
      ),
    };
    const repo = pullRequestRepo(base, head);
    cleanup.push(repo.dir);
    symlinkSync(path.join(outside, "secret.txt"), path.join(repo.dir, "book.json"));
    mkdirSync(path.join(repo.dir, "sub"));
    symlinkSync(outside, path.join(repo.dir, "sub", "linkdir"));
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.url,
      token: gh.token,
      event: pullRequestEvent({ number: 7, baseSha: repo.baseSha, headSha: repo.headSha }),
      with: { trust: "base", catalog: "book.json\nsub/linkdir/secret.txt" },
      env: { TOKEN_FOR_TEST: SECRET },
    });
    const comments = gh.state.comments.map((c) => c.body).join("\n");
    expectNoSecret(run.stdout, run.stderr, run.summary, comments, JSON.stringify(run.outputs));
    expectNoWorkflowCommands(
      run.stdout
        .split("\n")
        .filter((l) => !/^::(error|warning|notice|debug|set-output|group|endgroup)\b/.test(l) || l.includes("add-mask"))
        .join("\n"),
    );
    expect(run.stdout).not.toMatch(/^::add-mask::/m);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(["input.outside-root", "budget.workload.exceeded", "price.changed-by-change"]),
    );
  });
});
