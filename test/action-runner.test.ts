// The runner's protocol as src/action/runner.ts speaks it: the same bytes @actions/core wrote,
// since the runner (not this project) parses them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { workflowRunner } from "../src/action/runner.js";
import { tempDir } from "./helpers/action-run.js";

function runnerWith(env: Record<string, string>) {
  let stdout = "";
  const runner = workflowRunner(env, (text) => {
    stdout += text;
  });
  return { runner, stdout: () => stdout };
}

test("inputs: INPUT_ plus the upper-cased name with spaces as underscores, trimmed; multiline inputs drop empty lines", () => {
  const { runner } = runnerWith({ "INPUT_FAIL-ON": "  warning \n", INPUT_MY_INPUT: "x", INPUT_CATALOG: "a.json\n\n  b.json  \n" });
  expect(runner.input("fail-on")).toBe("warning");
  expect(runner.input("my input")).toBe("x");
  expect(runner.input("missing")).toBe("");
  expect(runner.multilineInput("catalog")).toEqual(["a.json", "b.json"]);
});

test("annotations escape the message and the properties; empty properties are left out", () => {
  const { runner, stdout } = runnerWith({});
  runner.error("100% sure\r\nnext: a,b", { title: "t: 1, 2", file: "dir/a,b.yaml", startLine: 3, startColumn: 5 });
  runner.warning("w", { title: "rule", file: "a.yaml" });
  runner.warning("no position", { title: "rule", startLine: 0 });
  runner.debug("a\nb");
  runner.info("plain %0A text");
  expect(stdout()).toBe(
    [
      "::error title=t%3A 1%2C 2,file=dir/a%2Cb.yaml,line=3,col=5::100%25 sure%0D%0Anext: a,b",
      "::warning title=rule,file=a.yaml::w",
      "::warning title=rule::no position",
      "::debug::a%0Ab",
      "plain %0A text",
      "",
    ].join("\n"),
  );
});

test("setFailed writes an error and marks the step failed", () => {
  const { runner, stdout } = runnerWith({});
  expect(runner.failed).toBe(false);
  runner.setFailed("tokenbudget: no");
  expect(runner.failed).toBe(true);
  expect(stdout()).toBe("::error::tokenbudget: no\n");
});

test("outputs are appended to GITHUB_OUTPUT as delimited blocks; the job summary to GITHUB_STEP_SUMMARY", async () => {
  const dir = tempDir("runner-protocol");
  const output = path.join(dir, "output");
  const summary = path.join(dir, "summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "before\n");
  const { runner, stdout } = runnerWith({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
  runner.setOutput("status", "pass");
  runner.setOutput("multi", "a\nb");
  await runner.appendSummary("## title");
  expect(readFileSync(output, "utf8")).toMatch(
    /^status<<(ghadelimiter_[0-9a-f-]{36})\npass\n\1\nmulti<<(ghadelimiter_[0-9a-f-]{36})\na\nb\n\2\n$/,
  );
  expect(readFileSync(summary, "utf8")).toBe("before\n## title\n");
  expect(stdout()).toBe("");
});

test("without GITHUB_OUTPUT (older runners) an output is the set-output command; without GITHUB_STEP_SUMMARY the summary fails", async () => {
  const { runner, stdout } = runnerWith({});
  runner.setOutput("report", "a:b,c\n");
  expect(stdout()).toBe("\n::set-output name=report::a:b,c%0A\n");
  await expect(runner.appendSummary("x")).rejects.toThrow("GITHUB_STEP_SUMMARY is not set");
});
