import { readFileSync, rmSync } from "node:fs";
import { afterEach, beforeAll, expect, it } from "vitest";
import { preloadAction, pullRequestEvent, pullRequestRepo, runActionInProcess } from "./helpers/action-run.js";
import { startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";

const PR = 12;
const MANIFEST = `version: 1
defaults: { provider: openai }
policy: { undeclared_models: error }
workloads:
  - name: answers
    model: gpt-4o
    tokens: { input: 1000, output: 200 }
    requests: { per_day: 1000 }
`;
const APP = `from openai import OpenAI

client = OpenAI()
DEFAULT_MODEL = "o4-mini"


def answer(q):
    return client.chat.completions.create(model="gpt-4o", messages=[q])
`;

let gh: FakeGitHub | undefined;
const dirs: string[] = [];
beforeAll(preloadAction);
afterEach(async () => {
  await gh?.close();
  gh = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("the Action fails a pull request that adds a call to an undeclared model, annotating that line", async () => {
  gh = await startFakeGitHub();
  const head = `${APP}

def classify(q):
    return client.chat.completions.create(model="gpt-4o-mini", messages=[q])
`;
  const repo = pullRequestRepo({ "ai-workloads.yaml": MANIFEST, "svc/app.py": APP }, { "svc/app.py": head });
  dirs.push(repo.dir);
  const run = await runActionInProcess({
    workspace: repo.dir,
    apiUrl: gh.url,
    token: gh.token,
    event: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
  });

  expect(run.code).toBe(1);
  expect(run.outputs.status).toBe("fail");
  // The new use is an error annotation at its line; the one already at the base is not annotated.
  expect(run.stdout).toMatch(
    /^::error title=tokenbudget model\.undeclared,file=svc\/app\.py,line=12,col=50::openai model gpt-4o-mini is used here and no manifest declares it$/m,
  );
  expect(run.stdout).not.toMatch(/::(error|warning) [^\n]*o4-mini/);
  const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
  expect(
    report.findings.map(
      (f: { severity: string; file: string; line: number; col: number; model: string }) =>
        `${f.severity} ${f.file}:${f.line}:${f.col} ${f.model}`,
    ),
  ).toEqual(["error svc/app.py:12:50 openai/gpt-4o-mini", "notice svc/app.py:4:18 openai/o4-mini"]);
  const comment = gh.state.comments.find((c) => c.issueNumber === PR);
  expect(comment?.body).toContain(
    "### Models used in code but not declared\n\n- ❌ `openai/gpt-4o-mini`: svc/app.py:12:50\n- ℹ️ `openai/o4-mini`: already at the base: svc/app.py:4:18\n",
  );
  expect(run.summary).toContain("### Models used in code but not declared");
});
