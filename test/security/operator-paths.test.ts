// The operator's own paths (issue 21): what the operator types on the command line is trusted
// and may lie anywhere, `-` reads a manifest from standard input, and a run's root is the
// repository of the paths it was given. What a manifest names stays confined to that root.
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { BUILTIN_LAYER } from "../../src/core/prices/catalog-load.js";
import { TempRepo } from "../helpers/repo.js";

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repo(init = true): TempRepo {
  const made = new TempRepo(init);
  repos.push(made);
  return made;
}

/** A price book that prices only `model` at openai, at `input`/`output` USD per 1M tokens. */
function book(input: number, output: number, model = "gpt-4o-mini"): string {
  const [source] = Object.keys(BUILTIN_LAYER.catalog.sources);
  return JSON.stringify({
    ...BUILTIN_LAYER.catalog,
    version: "2026.1.1",
    models: [{ provider: "openai", id: model, source, asOf: "2026-01-01", serverless: { input, output } }],
    hardware: [],
  });
}

function manifest(catalogs?: string, name = "chat"): string {
  return [
    "version: 1",
    ...(catalogs ? [`catalogs: [${catalogs}]`] : []),
    "workloads:",
    `  - name: ${name}`,
    "    provider: openai",
    "    model: gpt-4o-mini",
    "    tokens: { input: 1000, output: 1000 }",
    "    requests: { per_month: 1000 }",
    "",
  ].join("\n");
}

async function tokenbudget(cwd: string, args: string[], stdin?: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
    today: "2026-11-28",
  });
  return { code, stdout, stderr };
}

async function report(cwd: string, args: string[], stdin?: string) {
  const run = await tokenbudget(cwd, [...args, "--format", "json"], stdin);
  const parsed = JSON.parse(run.stdout) as {
    workloads: Array<{ file: string; name: string; monthlyCost: string }>;
    findings: Array<{ rule: string; file: string; message: string }>;
  };
  return { code: run.code, stderr: run.stderr, workloads: parsed.workloads, findings: parsed.findings };
}

const rows = (workloads: ReadonlyArray<{ file: string; name: string; monthlyCost: string }>) =>
  workloads.map((w) => `${w.file} ${w.name} ${w.monthlyCost}`);

test("a manifest outside the current directory is read, and its catalogs: resolve in its own repository", async () => {
  const here = repo();
  const other = repo().write("ai-workloads.yaml", manifest("prices/book.json")).write("prices/book.json", book(1, 3));
  const rel = path.relative(here.dir, other.dir);
  // 1,000 requests x (1,000 x $1 + 1,000 x $3) / 1M = $4.00 a month, the book's price, not the built-in one.
  for (const arg of [`${rel}/ai-workloads.yaml`, rel, path.join(other.dir, "ai-workloads.yaml")]) {
    const run = await report(here.dir, ["estimate", arg]);
    expect(run.findings).toEqual([]);
    expect(run.code).toBe(0);
    const file = path.isAbsolute(arg) ? path.join(other.dir, "ai-workloads.yaml") : `${rel}/ai-workloads.yaml`;
    expect(rows(run.workloads)).toEqual([`${file} chat 4`]);
  }
});

test("--catalog with an absolute path outside the repository is the operator's book", async () => {
  const here = repo().write("ai-workloads.yaml", manifest());
  const elsewhere = repo(false).write("book.json", book(2, 2));
  const run = await report(here.dir, ["estimate", "--catalog", path.join(elsewhere.dir, "book.json")]);
  expect(run.findings).toEqual([]);
  expect(rows(run.workloads)).toEqual(["ai-workloads.yaml chat 4"]);
  expect((await report(here.dir, ["estimate", "--catalog", `${path.relative(here.dir, elsewhere.dir)}/book.json`])).code).toBe(0);
});

test("- reads one manifest from standard input, named <stdin> or by --stdin-name, its catalogs: placed by that name", async () => {
  const here = repo().write("svc/prices/book.json", book(1, 1)).write("ai-workloads.yaml", manifest(undefined, "not-read"));
  const piped = await report(here.dir, ["estimate", "-"], manifest());
  expect(piped.code).toBe(0);
  // Only standard input: the manifests below the current directory are not searched as well.
  expect(rows(piped.workloads)).toEqual(["<stdin> chat 0.75"]);

  const named = await report(here.dir, ["estimate", "/dev/stdin", "--stdin-name", "svc/ai-workloads.yaml"], manifest("prices/book.json"));
  expect(named.findings).toEqual([]);
  expect(rows(named.workloads)).toEqual(["svc/ai-workloads.yaml chat 2"]);

  const invalid = await tokenbudget(here.dir, ["validate", "-"], "version: 1\nworkloads: 3\n");
  expect(invalid.code).toBe(2);
  expect(invalid.stderr).toMatch(/^<stdin>:2:12: error: /);

  expect((await tokenbudget(here.dir, ["estimate", "-", "-"], manifest())).stderr).toBe(
    "tokenbudget: - (standard input) may be given once: it holds one manifest\n",
  );
  expect((await tokenbudget(here.dir, ["estimate", "--stdin-name", "x.yaml"])).stderr).toBe(
    "tokenbudget: --stdin-name names standard input: give - as a path too\n",
  );
});

test("standard input is held to the manifest size limit", async () => {
  const here = repo();
  const run = await report(here.dir, ["estimate", "-", "--max-file-bytes", "100"], manifest());
  expect(run.code).toBe(2);
  expect(run.findings).toMatchObject([{ rule: "input.too-large", file: "<stdin>" }]);
});

test("catalog diff reads a new book from outside the repository (the refresh-prices workflow's $RUNNER_TEMP)", async () => {
  const here = repo().write("ai-workloads.yaml", manifest("prices/book.json")).write("prices/book.json", book(1, 3));
  const temp = repo(false).write("prices/book.json", book(1, 5));
  const run = await tokenbudget(here.dir, ["catalog", "diff", "prices/book.json", path.join(temp.dir, "prices/book.json"), "."]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/openai\s+gpt-4o-mini\s+output\s+\$3\.00\s+\$5\.00\s+\+\$2\.00 \(\+66\.7%\)/);
  expect(run.stdout).toMatch(/ai-workloads\.yaml\s+chat\s+gpt-4o-mini\s+serverless\s+\$4\.00\s+\$6\.00\s+\+\$2\.00/);
  const verify = await tokenbudget(here.dir, ["catalog", "verify", path.join(temp.dir, "prices/book.json"), "prices/book.json"]);
  expect(verify.stderr).toBe("");
  expect(verify.stdout).toContain("Prices that differ: 1");
});

test("the root is the repository's top-level: a manifest in a subfolder may name a book beside it, at the head and the base", async () => {
  const here = repo().write("svc/ai-workloads.yaml", manifest("../prices/book.json")).write("prices/book.json", book(1, 3));
  here.commit("base");
  here.write("prices/book.json", book(1, 5));
  const svc = path.join(here.dir, "svc");
  const head = await report(svc, ["check"]);
  expect(head.findings).toEqual([]);
  expect(rows(head.workloads)).toEqual(["ai-workloads.yaml chat 6"]);
  // Trusting the base, the book is read at the base revision, from git of the root.
  const trusted = await report(svc, ["check", "--base", "main", "--trust", "base"]);
  expect(rows(trusted.workloads)).toEqual(["ai-workloads.yaml chat 4"]);
  expect(trusted.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
    "price.changed-by-change price book ../prices/book.json changed since the base; under --trust base the base's price books were applied",
  ]);
});

test("outside git, the root is the current directory for a path below it, and the path's folder for one elsewhere", async () => {
  const here = repo(false).write("book.json", book(1, 3)).write("team/ai-workloads.yaml", manifest("../book.json"));
  expect(rows((await report(here.dir, ["estimate", "team"])).workloads)).toEqual(["team/ai-workloads.yaml chat 4"]);
  const elsewhere = repo(false);
  const rel = path.relative(elsewhere.dir, path.join(here.dir, "team"));
  expect((await report(elsewhere.dir, ["estimate", rel])).findings.map((f) => f.message)).toEqual([
    "catalogs: ../book.json points outside the repository",
  ]);
});

test("check --base reads the base from git of the repository the paths are in, not of the current directory", async () => {
  const here = repo();
  here.commit("unrelated");
  const other = repo().write("ai-workloads.yaml", manifest("prices/book.json")).write("prices/book.json", book(1, 3));
  other.commit("base");
  other.write("prices/book.json", book(1, 5));
  const rel = path.relative(here.dir, other.dir);
  const run = await report(here.dir, ["check", rel, "--base", "main", "--trust", "base"]);
  expect(rows(run.workloads)).toEqual([`${rel}/ai-workloads.yaml chat 4`]);
  expect(run.findings.map((f) => f.rule)).toEqual(["price.changed-by-change"]);
  expect(run.code).toBe(0);
});

test("a --catalog outside the repository is the operator's under --trust base too; one inside it is read at the base", async () => {
  const here = repo().write("ai-workloads.yaml", manifest()).write("book.json", book(1, 3));
  here.commit("base");
  here.write("book.json", book(1, 5));
  const outside = repo(false).write("book.json", book(2, 2));
  const inside = await report(here.dir, ["check", "--base", "main", "--trust", "base", "--catalog", "book.json"]);
  expect(rows(inside.workloads)).toEqual(["ai-workloads.yaml chat 4"]);
  const theirs = await report(here.dir, ["check", "--base", "main", "--trust", "base", "--catalog", path.join(outside.dir, "book.json")]);
  expect(theirs.findings).toEqual([]);
  expect(rows(theirs.workloads)).toEqual(["ai-workloads.yaml chat 4"]);
});

// Regressions: the boundary still holds for everything a manifest names.
test("what a manifest outside the current directory names is still confined to its repository", async () => {
  const here = repo().write("secret.json", book(0, 0));
  const other = repo();
  const rel = path.relative(here.dir, other.dir);
  const cases: Array<[string, string]> = [
    [`${path.relative(other.dir, here.dir)}/secret.json`, "points outside the repository"],
    [path.join(here.dir, "secret.json"), "must be a path inside the repository, not an absolute path"],
    ["linked/secret.json", "resolves outside the repository (through a symbolic link)"],
  ];
  symlinkSync(here.dir, path.join(other.dir, "linked"));
  for (const [catalog, why] of cases) {
    other.write("ai-workloads.yaml", manifest(catalog));
    const run = await report(here.dir, ["validate", rel]);
    expect(run.code).toBe(2);
    expect(run.findings.map((f) => `${f.rule} ${f.file} ${f.message}`)).toEqual([
      `catalog.unreadable ${rel}/ai-workloads.yaml catalogs: ${catalog} ${why}`,
    ]);
  }
  // Standard input's manifest is the operator's, but what it names is held to the root all the same.
  const piped = await report(here.dir, ["validate", "-", "--stdin-name", `${rel}/ai-workloads.yaml`], manifest("../secret.json"));
  expect(piped.findings.map((f) => f.message)).toEqual(["catalogs: ../secret.json points outside the repository"]);
});

test("an operator's path through a link inside its repository that leads out is refused, and so are paths in a second repository", async () => {
  const here = repo().write("ai-workloads.yaml", manifest());
  const outside = repo(false).write("book.json", book(0, 0)).write("ai-workloads.yaml", manifest());
  mkdirSync(path.join(here.dir, "svc"));
  symlinkSync(outside.dir, path.join(here.dir, "svc/linked"));
  const link = await report(here.dir, ["estimate", "--catalog", "svc/linked/book.json"]);
  expect(link.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
    "input.outside-root price catalog svc/linked/book.json resolves outside the repository (through a symbolic link)",
  ]);
  const found = await report(here.dir, ["estimate", "svc/linked/ai-workloads.yaml"]);
  expect(found.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
    "input.outside-root svc/linked/ai-workloads.yaml resolves outside the repository (through a symbolic link)",
  ]);
  const two = await report(here.dir, ["estimate", ".", path.relative(here.dir, outside.dir)]);
  expect(rows(two.workloads)).toEqual(["ai-workloads.yaml chat 0.75"]);
  expect(two.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
    `input.outside-root ${path.relative(here.dir, outside.dir)} is outside this run's repository; name the paths of one repository per run`,
  ]);
});
