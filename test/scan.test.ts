import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listSources } from "../src/adapters/sources.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { findModelUses, isModelKey, languageOf } from "../src/core/scan/find.js";
import { ModelIndex } from "../src/core/scan/models.js";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";
import { removeLater } from "./helpers/temp.js";

const FIXTURE = path.join(import.meta.dirname, "fixtures/scan/repo");
const index = new ModelIndex([BUILTIN_LAYER]);

/** [file, line, col, as written, provider, model, declared by the fixture's ai-workloads.yaml] */
type Expected = [string, number, number, string, string, string, boolean];
const EXPECTED: Expected[] = [
  [".env.example", 2, 14, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  [".env.example", 3, 18, "claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5", true],
  ["config/agents.json", 3, 35, "openai/gpt-oss-20b", "together", "openai/gpt-oss-20b", false],
  ["config/agents.json", 4, 35, "claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5", true],
  ["config/litellm.yaml", 5, 14, "together_ai/openai/gpt-oss-20b", "together", "openai/gpt-oss-20b", false],
  ["config/litellm.yaml", 8, 15, "openai/gpt-4o", "openai", "gpt-4o", true],
  ["config/litellm.yaml", 10, 19, "claude-haiku-4-5", "anthropic", "claude-haiku-4-5", false],
  ["config/settings.toml", 3, 10, "gemini-2.5-flash", "google", "gemini-2.5-flash", false],
  ["config/settings.toml", 7, 12, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["jvm/Assistant.java", 9, 42, "gpt-4.1", "openai", "gpt-4.1", false],
  ["jvm/Assistant.java", 13, 21, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["jvm/Assistant.java", 19, 82, "gpt-4o", "openai", "gpt-4o", true],
  ["jvm/Summarizer.kt", 9, 26, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["jvm/Summarizer.kt", 12, 34, "claude-haiku-4-5", "anthropic", "claude-haiku-4-5", false],
  ["ruby/bot.rb", 10, 51, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["ruby/bot.rb", 14, 52, "claude-sonnet-4-5-20250929", "anthropic", "claude-sonnet-4-5", true],
  ["ruby/bot.rb", 15, 54, "claude-opus-4-1", "anthropic", "claude-opus-4-1", false],
  ["ruby/bot.rb", 18, 35, "gpt-4.1-mini", "openai", "gpt-4.1-mini", false],
  ["services/support/app.py", 15, 18, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["services/support/app.py", 23, 16, "gpt-4o", "openai", "gpt-4o", true],
  ["services/support/app.py", 30, 60, "claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5", true],
  [
    "services/support/app.py",
    35,
    38,
    "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "together",
    "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    true,
  ],
  ["services/support/app.py", 39, 34, "gpt-4.1-mini", "openai", "gpt-4.1-mini", false],
  ["services/support/app.py", 40, 30, "anthropic:claude-haiku-4-5", "anthropic", "claude-haiku-4-5", false],
  ["services/support/app.py", 46, 50, "openai/gpt-oss-120b", "together", "openai/gpt-oss-120b", false],
  ["services/support/app.py", 51, 50, "gemini-2.5-flash", "google", "gemini-2.5-flash", false],
  ["services/support/app.py", 55, 40, "o4-mini", "openai", "o4-mini", false],
  ["services/support/app.py", 62, 14, "gpt-4.1-nano", "openai", "gpt-4.1-nano", false],
  ["services/support/app.py", 62, 43, "gpt-5", "openai", "gpt-5", false],
  ["services/support/app.py", 63, 59, "o3", "openai", "o3", false],
  ["web/src/chat.ts", 14, 56, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["web/src/chat.ts", 15, 57, "claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5", true],
  ["web/src/chat.ts", 16, 57, "Qwen/Qwen2.5-7B-Instruct-Turbo", "together", "Qwen/Qwen2.5-7B-Instruct-Turbo", false],
  ["web/src/chat.ts", 17, 41, "gpt-4.1-nano", "openai", "gpt-4.1-nano", false],
  ["web/src/chat.ts", 24, 13, "gpt-5-mini", "openai", "gpt-5-mini", false],
  ["web/src/chat.ts", 28, 51, "gpt-4o", "openai", "gpt-4o", true],
  ["web/src/chat.ts", 30, 57, "gpt-4.1", "openai", "gpt-4.1", false],
  ["web/src/chat.ts", 32, 58, "gpt-5-nano", "openai", "gpt-5-nano", false],
  ["web/src/chat.ts", 32, 73, "gpt-5", "openai", "gpt-5", false],
  ["worker/main.go", 12, 23, "gpt-4o-mini", "openai", "gpt-4o-mini", false],
  ["worker/main.go", 17, 11, "gpt-4o", "openai", "gpt-4o", true],
  ["worker/main.go", 21, 31, "claude-opus-4-1", "anthropic", "claude-opus-4-1", false],
  ["worker/main.go", 26, 42, "gemini-2.5-pro", "google", "gemini-2.5-pro", false],
  ["worker/main.go", 27, 43, "gpt-4.1-mini", "openai", "gpt-4.1-mini", false],
];

const uses = (file: string, text: string) => findModelUses(file, text, index).map((u) => [u.line, u.col, u.text]);

describe("finding model uses in one file (pure)", () => {
  const files = [...new Set(EXPECTED.map((e) => e[0]))];
  it.each(files)("%s: every use with its line and column, the provider prefix resolved", (file) => {
    const text = readFileSync(path.join(FIXTURE, file), "utf8");
    const found = findModelUses(file, text, index).map((u) => [u.file, u.line, u.col, u.text, u.provider, u.model]);
    expect(found).toEqual(EXPECTED.filter((e) => e[0] === file).map((e) => e.slice(0, 6)));
    // The column points at the model's first character as written.
    for (const [, line, col, written] of EXPECTED.filter((e) => e[0] === file))
      expect(text.split("\n")[line - 1]!.slice(col - 1)).toMatch(new RegExp(`^${written.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
  });

  it("names in comments, docstrings, test strings and plain lists are not uses", () => {
    expect(uses("tests/test_names.py", readFileSync(path.join(FIXTURE, "tests/test_names.py"), "utf8"))).toEqual([]);
    expect(uses("a.py", '"""\nmodel="gpt-4o"\n"""\n# model="gpt-4o"\nx = model == "gpt-4o"\n')).toEqual([]);
    expect(uses("a.py", 'class Model:\n    """gpt-4o"""\n')).toEqual([]);
    expect(
      uses(
        "a.ts",
        '// openai("gpt-4o")\n/* model: "gpt-4o" */\nconst s = `model: ${"gpt-4o"}`;\nif (model === "gpt-4o") {}\nlog("gpt-4o");\n',
      ),
    ).toEqual([]);
    expect(uses("a.go", '// Model: "gpt-4o"\nx := `gpt-4o`\n')).toEqual([]);
    expect(uses("a.rb", '=begin\nmodel: "gpt-4o"\n=end\n# model: "gpt-4o"\n')).toEqual([]);
    expect(uses("a.yaml", "# model: gpt-4o\nnotes: gpt-4o\nprompt: |\n  model: gpt-4o\nmodels: [gpt-4o]\n")).toEqual([]);
    expect(uses(".env", "# OPENAI_MODEL=gpt-4o\nOPENAI_API_KEY=gpt-4o\n")).toEqual([]);
    // The other branch of a choice counts only when the first branch chose a model.
    expect(uses("a.py", 'label = "gpt-4o" if a else "gpt-4o-mini"\nok = model == "gpt-4o" or "o3"\n')).toEqual([]);
    // A string that is not a model of the price books is never a use, whatever its key.
    expect(uses("a.py", 'model = "my-own-thing"\n')).toEqual([]);
  });

  it("Markdown, lock files, minified bundles and type declarations are not scanned", () => {
    for (const file of [
      "docs/guide.md",
      "README.rst",
      "package-lock.json",
      "poetry.lock",
      "pnpm-lock.yaml",
      "app.min.js",
      "types.d.ts",
      "image.png",
      "Makefile",
    ]) {
      expect(languageOf(file), file).toBeUndefined();
    }
    expect(uses("docs/guide.md", readFileSync(path.join(FIXTURE, "docs/guide.md"), "utf8"))).toEqual([]);
    expect(
      ["a.py", "a.tsx", "a.mjs", "a.go", "A.java", "a.kt", "a.rb", "a.toml", "a.json", "a.yml", ".env", ".env.production", "svc/.env"].map(
        languageOf,
      ),
    ).not.toContain(undefined);
  });

  it("keys that hold a model, in any naming style", () => {
    for (const key of [
      "model",
      "Model",
      "model_name",
      "modelName",
      "modelId",
      "OPENAI_MODEL",
      "default_model",
      "setModel",
      "WithModel",
      "languageModel",
    ])
      expect(isModelKey(key), key).toBe(true);
    for (const key of ["models", "model_provider", "modelling", "name", "remodel_count"]) expect(isModelKey(key), key).toBe(false);
  });

  it("resolves aliases, case and the prefixes of gateways and SDKs", () => {
    expect(index.resolve("GPT-4O")).toEqual({ provider: "openai", model: "gpt-4o" });
    expect(index.resolve("openai/gpt-4o")).toEqual({ provider: "openai", model: "gpt-4o" });
    expect(index.resolve("openai:gpt-4o")).toEqual({ provider: "openai", model: "gpt-4o" });
    expect(index.resolve("together/meta-llama/Llama-3.3-70B-Instruct-Turbo")).toEqual({
      provider: "together",
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    });
    expect(index.resolve("models/gemini-2.5-flash")).toEqual({ provider: "google", model: "gemini-2.5-flash" });
    expect(index.resolve("claude-opus-4-1-20250805")).toEqual({ provider: "anthropic", model: "claude-opus-4-1" });
    // A Together id that starts like a prefix is the Together model, not OpenAI's.
    expect(index.resolve("openai/gpt-oss-120b")).toEqual({ provider: "together", model: "openai/gpt-oss-120b" });
    expect(index.resolve("acme/gpt-4o")).toBeUndefined();
  });

  it("a private model a manifest declares is found too", () => {
    const own = new ModelIndex([BUILTIN_LAYER], [{ provider: "together", model: "acme/support-ft-v3" }]);
    expect(
      findModelUses("a.py", 'client.chat.completions.create(model="acme/support-ft-v3")\n', own).map((u) => [u.provider, u.model]),
    ).toEqual([["together", "acme/support-ft-v3"]]);
  });

  // Their speed is a row of `npm run bench` (scripts/bench/hostile.mjs).
  it("a hostile file finds nothing: unclosed quotes, comments and deep templates", () => {
    expect(uses("a.ts", "`${`".repeat(50_000))).toEqual([]);
    expect(uses("a.py", '"""' + "x".repeat(1_000_000))).toEqual([]);
    expect(uses("a.js", "/*" + 'model: "gpt-4o"'.repeat(50_000))).toEqual([]);
    expect(uses("a.js", '"'.repeat(200_000))).toEqual([]);
  });
});

describe("tokenbudget scan", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** The fixture plus what cannot be committed in this repository: node_modules and a link out of the tree. */
  function fixtureCopy(): string {
    const dir = path.join(tmpdir(), `tokenbudget-scan-${process.pid}-${dirs.length}`);
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    mkdirSync(path.join(dir, "node_modules/some-sdk"), { recursive: true });
    writeFileSync(path.join(dir, "node_modules/some-sdk/index.js"), 'export const model = "gpt-4o";\n');
    const outside = removeLater(path.join(tmpdir(), `tokenbudget-scan-outside-${process.pid}.py`));
    writeFileSync(outside, 'model = "gpt-4o"\n');
    symlinkSync(outside, path.join(dir, "services/linked.py"));
    const outsideDir = `${dir}-outside`;
    dirs.push(outsideDir);
    mkdirSync(path.join(outsideDir, "sub"), { recursive: true });
    writeFileSync(path.join(outsideDir, "sub/app.py"), 'model = "gpt-4o"\n');
    symlinkSync(outsideDir, path.join(dir, "linked-dir"));
    return dir;
  }

  it("--format json lists every use, declared or not, and the declared models no code uses", async () => {
    const dir = fixtureCopy();
    const result = await cli(dir, "scan", "--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["uses", "unused", "skipped"]);
    // node_modules, .gitignore'd dist/, the manifest itself and the links are not scanned.
    expect(report.uses).toEqual(
      EXPECTED.map(([file, line, col, text, provider, model, declared]) => ({
        file,
        line,
        col,
        text,
        provider,
        model,
        known: true,
        declared,
        test: false,
      })),
    );
    expect(report.unused).toEqual([
      { file: "ai-workloads.yaml", line: 19, workload: "legacy-embeddings", provider: "openai", model: "o3-mini" },
    ]);
    expect(report.skipped).toEqual({ "not-code": 2, dependency: 1, gitignored: 1, link: 2 });
    // Links are named; the rest is counted.
    expect(result.stderr).toBe(
      "tokenbudget: skipped linked-dir: is a symbolic link; tokenbudget does not follow links\n" +
        "tokenbudget: skipped services/linked.py: is a symbolic link; tokenbudget does not follow links\n" +
        "tokenbudget: skipped: 2 not code or configuration, 1 in dependency or cache folders, 1 ignored by .gitignore, 2 symbolic links (--verbose lists them)\n",
    );
    const verbose = await cli(dir, "scan", "--format", "json", "--verbose");
    expect(verbose.stderr).toContain("tokenbudget: skipped node_modules/: is a dependency or cache folder\n");
    expect(verbose.stderr).toContain("tokenbudget: skipped dist/: is ignored by .gitignore\n");
    expect(verbose.stderr).toContain("tokenbudget: skipped docs/guide.md: is not source code or configuration tokenbudget scans\n");
  });

  it("scans only the paths given, honouring the .gitignore above them, and says what it skipped", async () => {
    const dir = fixtureCopy();
    const result = await cli(
      dir,
      "scan",
      "worker",
      "generated",
      "services/linked.py",
      "../elsewhere",
      "linked-dir/sub",
      ".git",
      "--format",
      "json",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).uses.map((u: { file: string; line: number }) => `${u.file}:${u.line}`)).toEqual([
      "worker/main.go:12",
      "worker/main.go:17",
      "worker/main.go:21",
      "worker/main.go:26",
      "worker/main.go:27",
    ]);
    expect(result.stderr).toContain("tokenbudget: skipped services/linked.py: is a symbolic link; tokenbudget does not follow links\n");
    expect(result.stderr).toContain("tokenbudget: skipped ../elsewhere: is outside the working directory\n");
    expect(result.stderr).toContain(
      "tokenbudget: skipped linked-dir/sub: resolves outside the working directory (through a symbolic link)\n",
    );
  });

  it("scans a source file with NUL bytes all the same, and names each file over --max-file-bytes", async () => {
    const dir = fixtureCopy();
    writeFileSync(path.join(dir, "services/blob.py"), Buffer.concat([Buffer.from('model = "gpt-4o"\n# \u0000 a NUL in a comment\n')]));
    writeFileSync(path.join(dir, "services/huge.py"), `model = "gpt-4o"\n${"#".repeat(5000)}\n`);
    const result = await cli(dir, "scan", "services", "--format", "json", "--max-file-bytes", "4096");
    const files = JSON.parse(result.stdout).uses.map((u: { file: string }) => u.file);
    expect(files).toContain("services/blob.py");
    expect(files).not.toContain("services/huge.py");
    expect(result.stderr).toMatch(/skipped services\/huge\.py: file is 5018 bytes, over the 4096-byte limit/);
  });

  it("table, markdown and SARIF carry the same uses", async () => {
    const dir = fixtureCopy();
    const table = await cli(dir, "scan");
    expect(table.stdout).toContain("services/support/app.py:23:16  gpt-4o");
    expect(table.stdout).toMatch(/\n {2}ai-workloads\.yaml:19 +legacy-embeddings +openai +o3-mini\n/);
    expect(table.stdout).toContain(
      "44 model use(s) of 19 model(s) in 10 file(s); 16 model(s) no manifest declares, 1 declared workload model(s) no code uses.",
    );
    const markdown = await cli(dir, "scan", "--format", "markdown");
    expect(markdown.stdout).toContain(
      "| services/support/app.py:35:38 | `together\\_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo` | together | `meta-llama/Llama-3.3-70B-Instruct-Turbo` | ✅ |",
    );
    const sarif = JSON.parse((await cli(dir, "scan", "--format", "sarif")).stdout);
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(EXPECTED.length);
    expect(results.filter((r: { ruleId: string }) => r.ruleId === "model.undeclared")).toHaveLength(EXPECTED.filter((e) => !e[6]).length);
    expect(results[0]).toMatchObject({
      ruleId: "model.undeclared",
      level: "warning",
      message: { text: "openai model gpt-4o-mini is used here and no manifest declares it" },
      locations: [{ physicalLocation: { artifactLocation: { uri: ".env.example" }, region: { startLine: 2, startColumn: 14 } } }],
    });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["model.undeclared", "model.use"]);
    expect(
      new Set(results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["tokenbudgetFinding/v1"])).size,
    ).toBe(results.length);
  });

  it("inside git: reads what git lists, tracked files whatever .gitignore says, never a tracked link", async () => {
    const r = new TempRepo();
    try {
      r.write("app.py", 'model = "gpt-4o"\n').write("out/gen.py", 'model = "o3"\n').write("notes.py", 'model = "gpt-4.1"\n');
      symlinkSync("app.py", path.join(r.dir, "link.py"));
      r.commit("base");
      r.write(".gitignore", "out/\nscratch.py\n").write("scratch.py", 'model = "gpt-5"\n').write("new.py", 'model = "gpt-5-mini"\n');
      const result = await cli(r.dir, "scan", "--format", "json");
      expect(JSON.parse(result.stdout).uses.map((u: { file: string; text: string }) => `${u.file} ${u.text}`)).toEqual([
        "app.py gpt-4o",
        "new.py gpt-5-mini",
        "notes.py gpt-4.1",
        "out/gen.py o3",
      ]);
      expect(result.stderr).toContain("tokenbudget: skipped link.py: is a symbolic link; tokenbudget does not follow links\n");
    } finally {
      r.cleanup();
    }
  });

  it("outside git under --trust base, the head's .gitignore hides nothing", async () => {
    const dir = fixtureCopy();
    const options = { inputs: [], excludes: () => undefined };
    const trusted = await listSources(dir, { ...options, trackedOnly: true });
    const head = await listSources(dir, { ...options, trackedOnly: false });
    expect(trusted.files).toContain("dist/bundle.js");
    expect(head.files).not.toContain("dist/bundle.js");
    expect(head.skipped).toContainEqual({ file: "dist/", kind: "gitignored", reason: "is ignored by .gitignore" });
  });

  it("a constant imported from another file of the project counts where it is written", async () => {
    const dir = fixtureCopy();
    rmSync(path.join(dir, "services"), { recursive: true });
    mkdirSync(path.join(dir, "app/agents"), { recursive: true });
    writeFileSync(path.join(dir, "app/settings.py"), 'LLM = "gpt-4o"\nUNUSED = "o3"\nCHEAP = "gpt-4.1-nano"\n');
    writeFileSync(
      path.join(dir, "app/agents/writer.py"),
      "from ..settings import LLM, CHEAP as FAST\nfrom typing import List\n\nreply = completion(model=LLM)\nsummary = completion(model=FAST)\n",
    );
    writeFileSync(path.join(dir, "web/src/consts.ts"), 'export const FAST = "claude-haiku-4-5";\nexport const SLOW = "o3";\n');
    writeFileSync(
      path.join(dir, "web/src/draft.ts"),
      'import { FAST as F } from "./consts";\nexport const d = generateText({ model: anthropic(F) });\n',
    );
    const result = await cli(dir, "scan", "app", "web/src/consts.ts", "web/src/draft.ts", "--format", "json");
    expect(
      JSON.parse(result.stdout).uses.map((u: { file: string; line: number; text: string }) => `${u.file}:${u.line} ${u.text}`),
    ).toEqual(["app/settings.py:1 gpt-4o", "app/settings.py:3 gpt-4.1-nano", "web/src/consts.ts:1 claude-haiku-4-5"]);
  });

  it("a price book the run loads names models without using them: it is not scanned", async () => {
    const dir = fixtureCopy();
    mkdirSync(path.join(dir, "prices"));
    cpSync(path.join(import.meta.dirname, "../examples/price-book.json"), path.join(dir, "prices/book.json"));
    const result = await cli(dir, "scan", "prices", "--catalog", "prices/book.json", "--format", "json");
    expect(JSON.parse(result.stdout).uses).toEqual([]);
    const unloaded = await cli(dir, "scan", "prices", "--format", "json");
    expect(JSON.parse(unloaded.stdout).uses.length).toBeGreaterThan(0);
  });

  it("refuses an unknown format with exit 2", async () => {
    const result = await cli(FIXTURE, "scan", "--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tokenbudget: --format must be one of table, json, markdown, sarif, got "xml"\n');
  });
});

describe("check with policy.undeclared_models", () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.cleanup();
  });

  const manifest = (setting?: string) => `version: 1
defaults: { provider: openai }
${setting ? `policy: { undeclared_models: ${setting} }\n` : ""}workloads:
  - name: answers
    model: gpt-4o
    tokens: { input: 1000, output: 200 }
    requests: { per_day: 1000 }
`;
  const app = (extra = "") => `from openai import OpenAI

client = OpenAI()


def answer(q):
    return client.chat.completions.create(model="gpt-4o", messages=[q])


def classify(q):
    return client.chat.completions.create(model="gpt-4o-mini", messages=[q])
${extra}`;

  function repo(files: Record<string, string>): TempRepo {
    const r = new TempRepo();
    repos.push(r);
    for (const [file, text] of Object.entries(files)) r.write(file, text);
    r.commit("base");
    return r;
  }

  it("is off by default: no scan, no findings", async () => {
    const r = repo({ "ai-workloads.yaml": manifest(), "app.py": app() });
    const result = await cli(r.dir, "check", "--format", "json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings.filter((f: { rule: string }) => f.rule === "model.undeclared")).toEqual([]);
  });

  it("error: fails at the line of every undeclared use, exit 1, and the comment has its section", async () => {
    const r = repo({ "ai-workloads.yaml": manifest("error"), "app.py": app() });
    const result = await cli(r.dir, "check", "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([
      {
        severity: "error",
        rule: "model.undeclared",
        message: "openai model gpt-4o-mini is used here and no manifest declares it",
        file: "app.py",
        line: 11,
        col: 50,
        model: "openai/gpt-4o-mini",
      },
    ]);
    expect(report.summary.status).toBe("fail");
    const markdown = await cli(r.dir, "check", "--format", "markdown");
    expect(markdown.stdout).toContain("### Models used in code but not declared\n\n- ❌ `openai/gpt-4o-mini`: app.py:11:50\n");
    expect(markdown.stdout).not.toContain("### Findings");
  });

  it("warning: warns, and fails only with --fail-on warning", async () => {
    const r = repo({ "ai-workloads.yaml": manifest("warning"), "app.py": app() });
    expect((await cli(r.dir, "check")).code).toBe(0);
    const result = await cli(r.dir, "check", "--fail-on", "warning");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /app\.py:11:50: warning: openai model gpt-4o-mini is used here and no manifest declares it.* \(model\.undeclared\)$/m,
    );
  });

  it("--base: only the uses the change adds fail; those already at the base are listed as notices", async () => {
    const r = repo({ "ai-workloads.yaml": manifest("error"), "app.py": app(), "untouched.py": 'MODEL = "o3"\n' });
    // The change moves the old call down two lines, adds a second gpt-4o-mini call and a new model in a new file.
    r.write(
      "app.py",
      `# moved\n\n${app(`\n\ndef again(q):\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[q])\n`)}`,
    );
    r.write("web/chat.ts", 'import { anthropic } from "@ai-sdk/anthropic";\nexport const reviewer = anthropic("claude-opus-4-1");\n');
    r.commit("the change");
    const result = await cli(r.dir, "check", "--base", "HEAD~1", "--format", "json");
    expect(result.code).toBe(1);
    const found = JSON.parse(result.stdout).findings.map(
      (f: { severity: string; file: string; line: number; model: string }) => `${f.severity} ${f.file}:${f.line} ${f.model}`,
    );
    expect(found).toEqual([
      "error app.py:17 openai/gpt-4o-mini",
      "error web/chat.ts:2 anthropic/claude-opus-4-1",
      "notice app.py:13 openai/gpt-4o-mini",
      "notice untouched.py:1 openai/o3",
    ]);
    const markdown = (await cli(r.dir, "check", "--base", "HEAD~1", "--format", "markdown")).stdout;
    expect(markdown).toContain("- ❌ `openai/gpt-4o-mini`: app.py:17:50; already at the base: app.py:13:50\n");
    expect(markdown).toContain("- ❌ `anthropic/claude-opus-4-1`: web/chat.ts:2:36\n");
    expect(markdown).toContain("- ℹ️ `openai/o3`: already at the base: untouched.py:1:10\n");
  });

  it("--base: a change that only keeps undeclared uses passes", async () => {
    const r = repo({ "ai-workloads.yaml": manifest("error"), "app.py": app() });
    r.write("app.py", app("\n# a comment\n"));
    r.commit("touch");
    const result = await cli(r.dir, "check", "--base", "HEAD~1", "--format", "json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings.map((f: { severity: string; rule: string }) => `${f.severity} ${f.rule}`)).toEqual([
      "notice model.undeclared",
    ]);
  });

  it("--base: a constant shared through an import stays old when its module changes around it", async () => {
    const r = repo({
      "ai-workloads.yaml": manifest("error"),
      "settings.py": 'LLM = "o3"\n',
      "app.py": "from settings import LLM\nreply = completion(model=LLM)\n",
    });
    r.write("settings.py", '# the models\nLLM = "o3"\nNEW = "gpt-4.1"\n');
    r.write("app.py", "from settings import LLM, NEW\nreply = completion(model=LLM)\nother = completion(model=NEW)\n");
    r.commit("a second model");
    const result = await cli(r.dir, "check", "--base", "HEAD~1", "--format", "json");
    expect(
      JSON.parse(result.stdout).findings.map(
        (f: { severity: string; file: string; line: number; model: string }) => `${f.severity} ${f.file}:${f.line} ${f.model}`,
      ),
    ).toEqual(["error settings.py:3 openai/gpt-4.1", "notice settings.py:2 openai/o3"]);
  });

  it("turning the rule off in the change is a budget.raised warning, and --trust base keeps it on", async () => {
    const r = repo({ "ai-workloads.yaml": manifest("error"), "app.py": app() });
    r.write("ai-workloads.yaml", manifest("off"));
    r.write("app.py", app('\n\ndef more(q):\n    return client.chat.completions.create(model="o3", messages=[q])\n'));
    r.commit("loosen");
    const head = JSON.parse((await cli(r.dir, "check", "--base", "HEAD~1", "--format", "json")).stdout);
    expect(head.findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`)).toEqual([
      expect.stringMatching(/^budget\.raised: .*policy\.undeclared_models error -> off/),
    ]);
    const base = await cli(r.dir, "check", "--base", "HEAD~1", "--trust", "base", "--format", "json");
    expect(base.code).toBe(1);
    expect(
      JSON.parse(base.stdout)
        .findings.filter((f: { severity: string }) => f.severity === "error")
        .map((f: { file: string; line: number; model: string }) => `${f.file}:${f.line} ${f.model}`),
    ).toEqual(["app.py:15 openai/o3"]);
  });
});
