// Issue 21, items 4 and 9: nothing a pull request names reaches the runner as a workflow command
// (the runner trims every Unicode white space before it looks for `::`), names cannot start or
// end with white space, and GitLab and GitHub references in names are neutralized in comments.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { CommandGuard } from "../../src/core/render/workflow-commands.js";
import { TempRepo } from "../helpers/repo.js";

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

async function run(cwd: string, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: { GITHUB_ACTIONS: "true" },
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-11-28",
  });
  return { code, stdout, stderr };
}

/** What the runner would take as a command: a line whose Unicode-trimmed text starts with `::`, or `##[` anywhere. */
const commands = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => /^\s*::/u.test(line.replace(/^[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]+/u, "")) || line.includes("##["));

const SPACES = ["\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u202f", "\u205f", "\u3000", "\ufeff", "\t \u00a0"];

const workload = (name: string) => `version: 1
workloads:
  - name: ${JSON.stringify(name)}
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 10, output: 10 }
    requests: { per_month: 10 }
`;

describe("workflow commands through Unicode white space (item 4)", () => {
  it("a directory named with any Unicode space before ::warning:: prints as text in every format, stdout and stderr", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    for (const [i, space] of SPACES.entries()) {
      const folder = path.join(repo.dir, `${space}::warning::pwned${i}`);
      mkdirSync(folder);
      writeFileSync(path.join(folder, "ai-workloads.yaml"), workload(`w${i}`));
    }
    // An invalid one too, so its path reaches stderr at a line's start.
    const bad = path.join(repo.dir, "\u3000::error::bad");
    mkdirSync(bad);
    writeFileSync(path.join(bad, "ai-workloads.yaml"), "version: 2\n");
    for (const format of ["table", "markdown", "json", "csv", "sarif"]) {
      const result = await run(repo.dir, "estimate", "--format", format);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(commands(result.stdout)).toEqual([]);
      expect(commands(result.stderr)).toEqual([]);
    }
    const validate = await run(repo.dir, "validate");
    expect(validate.code).toBe(2);
    expect(validate.stdout + validate.stderr).toContain("\u3000: :error::bad");
    expect(commands(validate.stdout)).toEqual([]);
    expect(commands(validate.stderr)).toEqual([]);
  });

  it("a line written in pieces, white space first, is still guarded", () => {
    let out = "";
    const guard = new CommandGuard({ write: (t: string) => (out += t) });
    guard.write("ok\n\u3000\u00a0");
    guard.write("\u2003".repeat(70_000));
    guard.write("::add-mask::x\n");
    guard.end();
    expect(commands(out)).toEqual([]);
    expect(out.endsWith(": :add-mask::x\n")).toBe(true);
  });

  it("names may not start or end with white space of any kind", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("ai-workloads.yaml", workload("\u3000support")).write("b/ai-workloads.yaml", workload("support\u00a0"));
    const result = await run(repo.dir, "validate");
    expect(result.code).toBe(2);
    expect(
      `${result.stdout}${result.stderr}`.match(
        /workloads\[0\]\.name starts or ends with a space \(or another whitespace character\); names are compared exactly, so write it without/g,
      ),
    ).toHaveLength(2);
  });
});

describe("references in comments (item 9)", () => {
  it("GitLab !N, group/project!N, %N, $N, &N, ~label and GitHub GH-N in names are broken with a zero-width space", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const names = ["fix!12", "grp/proj!34", "m%5", "s$7", "e&3", "l~bug", "see GH-9"];
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${names.map((n) => workload(n).split("workloads:\n")[1]).join("")}`);
    const { code, stdout } = await run(repo.dir, "estimate", "--format", "markdown");
    expect(code).toBe(0);
    for (const name of names) expect(stdout).not.toContain(name.replace("&", "&amp;").replace("~", "\\~"));
    for (const shown of ["fix!\u200b12", "grp/proj!\u200b34", "m%\u200b5", "s$\u200b7", "e&amp;\u200b3", "l\\~\u200bbug", "see GH-\u200b9"])
      expect(stdout).toContain(shown);
  });
});
