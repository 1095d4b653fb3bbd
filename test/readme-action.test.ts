import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, actionYml } from "./helpers/action-run.js";

/** The README's `## GitHub Action` section, up to the next `## ` heading. */
function actionSection(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## GitHub Action\n");
  expect(start, "README.md has a ## GitHub Action section").toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function workflow(): { on: unknown; permissions: unknown; jobs: Record<string, { steps: Step[] }> } {
  const block = /```ya?ml\n([\s\S]*?)```/.exec(actionSection());
  expect(block, "the section has a ```yaml workflow").not.toBeNull();
  return parse(block![1]!);
}

it("the README workflow's `with:` keys are all real inputs of action.yml", () => {
  const inputs = Object.keys(actionYml().inputs);
  const steps = Object.values(workflow().jobs).flatMap((job) => job.steps);
  const ours = steps.filter((s) => /\/tokenbudget@/.test(s.uses ?? ""));
  expect(ours).toHaveLength(1);
  const keys = Object.keys(ours[0]!.with ?? {});
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.filter((k) => !inputs.includes(k))).toEqual([]);
});

it("the README workflow runs on pull requests with the permissions and history the action needs", () => {
  const wf = workflow();
  expect(wf.on).toBe("pull_request");
  expect(wf.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  const checkout = Object.values(wf.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses?.startsWith("actions/checkout@"));
  expect(checkout?.with?.["fetch-depth"]).toBe(2);
});

it("the README tables document every input and output of action.yml", () => {
  const section = actionSection();
  const documented = (name: string) => section.includes(`| \`${name}\` |`);
  const { inputs, outputs } = actionYml();
  expect(Object.keys(inputs).filter((n) => !documented(n))).toEqual([]);
  expect(Object.keys(outputs).filter((n) => !documented(n))).toEqual([]);
});
