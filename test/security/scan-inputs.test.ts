// Issue 21, item 3: a head that hides a model call from `check` (undeclared_models: error,
// --trust base). Each attack is a real git repository: the base declares one model and turns the
// rule on; the head adds a call to another model and tries to keep the scan from seeing it.
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { TempRepo } from "../helpers/repo.js";

const MANIFEST = (extra = "") => `version: 1
defaults: { provider: openai }
policy: { undeclared_models: error }
${extra}workloads:
  - name: answers
    model: gpt-4o
    tokens: { input: 1000, output: 200 }
    requests: { per_day: 1000 }
`;
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\n// \u0000\nexport const reply = () => client.chat.completions.create({ model: "o3", messages: [] });\n';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function base(manifest = MANIFEST()): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write("ai-workloads.yaml", manifest).write("app.py", 'client.chat.completions.create(model="gpt-4o")\n');
  r.commit("base");
  return r;
}

interface Found {
  severity: string;
  rule: string;
  file: string;
  message: string;
}

async function judged(r: TempRepo): Promise<{ code: number; findings: Found[] }> {
  const result = await cli(r.dir, "check", "--base", "HEAD~1", "--trust", "base", "--format", "json");
  return { code: result.code, findings: JSON.parse(result.stdout).findings as Found[] };
}

const errors = (findings: Found[]) => findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.file}`);

describe("scan inputs the head controls (--trust base)", () => {
  it.each(["out", "build", "dist", "vendor", "third_party"])("code placed under %s/ is scanned", async (folder) => {
    const r = base();
    r.write(`${folder}/reply.mjs`, CALL.replace("// \u0000\n", ""));
    r.commit("hide in a build folder");
    const { code, findings } = await judged(r);
    expect(code).toBe(1);
    expect(errors(findings)).toEqual([`model.undeclared ${folder}/reply.mjs`]);
  });

  it("a .gitignore line naming a tracked file does not hide it", async () => {
    const r = base();
    r.write("src/reply.mjs", CALL.replace("// \u0000\n", ""));
    r.write(".gitignore", "src/reply.mjs\nsrc/\n*.mjs\n");
    r.git("add", "-f", "src/reply.mjs");
    r.commit("the call, and a .gitignore line naming it");
    const { code, findings } = await judged(r);
    expect(code).toBe(1);
    expect(errors(findings)).toEqual(["model.undeclared src/reply.mjs"]);
    // Without --trust base too: what git tracks is scanned, whatever .gitignore says.
    const head = await cli(r.dir, "check", "--base", "HEAD~1", "--format", "json");
    expect(
      JSON.parse(head.stdout)
        .findings.filter((f: Found) => f.severity === "error")
        .map((f: Found) => f.file),
    ).toEqual(["src/reply.mjs"]);
  });

  it("a NUL byte in a comment of a .mjs file does not make it binary", async () => {
    const r = base();
    r.write("src/reply.mjs", CALL);
    r.commit("a NUL in a comment");
    const { code, findings } = await judged(r);
    expect(code).toBe(1);
    expect(errors(findings)).toEqual(["model.undeclared src/reply.mjs"]);
  });

  it("the base's scan.exclude applies, and one the head adds does not", async () => {
    const r = base(MANIFEST("scan: { exclude: [generated/] }\n"));
    r.write("generated/client.mjs", CALL).write("src/reply.mjs", CALL);
    r.write("ai-workloads.yaml", MANIFEST("scan: { exclude: [generated/, src/], tests: ignore }\n"));
    r.commit("exclude the new call");
    const { code, findings } = await judged(r);
    expect(code).toBe(1);
    expect(errors(findings)).toEqual(["model.undeclared src/reply.mjs"]);
  });

  it("a file too large to scan is a warning naming it, never silence", async () => {
    const r = base();
    r.write("src/big.py", `model = "o3"\n${"#".repeat(6 * 1024 * 1024)}\n`);
    r.commit("too big to read");
    const { findings } = await judged(r);
    const skipped = findings.filter((f) => f.rule === "scan.skipped");
    expect(skipped).toEqual([expect.objectContaining({ severity: "warning", file: "src/big.py" })]);
    expect(skipped[0]!.message).toMatch(/^not scanned for model uses: file is \d+ bytes, over the \d+-byte limit/);
  });

  it("test code is reported but does not fail unless the base says tests: count", async () => {
    const r = base();
    r.write("tests/test_reply.py", 'client.chat.completions.create(model="o3")\n');
    r.commit("a test");
    const relaxed = await judged(r);
    expect(relaxed.code).toBe(0);
    expect(relaxed.findings.filter((f) => f.rule === "model.undeclared").map((f) => `${f.severity} ${f.file}: ${f.message}`)).toEqual([
      "notice tests/test_reply.py: openai model o3 is used here and no manifest declares it (in test code, so not failed)",
    ]);
    const strict = base(MANIFEST("scan: { tests: count }\n"));
    strict.write("tests/test_reply.py", 'client.chat.completions.create(model="o3")\n');
    strict.write("ai-workloads.yaml", MANIFEST("scan: { tests: report }\n"));
    strict.commit("a test, and a softer setting");
    const counted = await judged(strict);
    expect(counted.code).toBe(1);
    expect(errors(counted.findings)).toEqual(["model.undeclared tests/test_reply.py"]);
  });
});
