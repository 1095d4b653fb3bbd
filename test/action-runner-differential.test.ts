// src/action/runner.ts against @actions/core itself (a devDependency kept for this test only):
// the same calls with the same hostile text must give the runner the same bytes, since the
// runner parses them and a difference is a workflow-command injection or a lost output.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { workflowRunner, type AnnotationProperties } from "../src/action/runner.js";
import { ROOT, tempDir } from "./helpers/action-run.js";

const HOSTILE = [
  "plain",
  "100% sure\r\nnext: a,b",
  "::warning::smuggled\n::error file=x::again",
  "%0A %25 %3A %2C already escaped",
  "tabs\tand\u00a0nbsp\u2028line separator",
  "",
];
const ANNOTATIONS: (AnnotationProperties | undefined)[] = [
  undefined,
  { title: "budget.exceeded" },
  { title: "t: 1, 2%\n", file: "dir/a,b:c.yaml", startLine: 3, startColumn: 5 },
  { title: "no position", file: "a.yaml", startLine: 0, startColumn: 0 },
];
const INPUTS = { "INPUT_FAIL-ON": "  warning \n", INPUT_MY_INPUT: "x", INPUT_CATALOG: "a.json\n\n  b.json  \r\n" };
const INPUT_NAMES = ["fail-on", "my input", "catalog", "missing"];

/** Every call, in order, as a list both sides can replay. */
const CALLS: [string, string, AnnotationProperties | undefined][] = HOSTILE.flatMap((message) => [
  ...ANNOTATIONS.map((p): [string, string, AnnotationProperties | undefined] => ["error", message, p]),
  ...ANNOTATIONS.map((p): [string, string, AnnotationProperties | undefined] => ["warning", message, p]),
  ["debug", message, undefined],
  ["info", message, undefined],
  ["setOutput", message, undefined],
  ["setFailed", message, undefined],
]);

/** Runner delimiters are random UUIDs; everything else must match to the byte. */
const sameDelimiter = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, "ghadelimiter_X");

function viaActionsCore(dir: string) {
  const output = path.join(dir, "core-output");
  const summary = path.join(dir, "core-summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const script = `
    import * as core from "@actions/core";
    const calls = JSON.parse(process.env.CALLS);
    const inputs = JSON.parse(process.env.INPUT_NAMES).map((n) => [core.getInput(n), core.getMultilineInput(n)]);
    calls.forEach(([fn, message, props], i) =>
      fn === "setOutput" ? core.setOutput("out" + i, message) : props ? core[fn](message, props) : core[fn](message));
    await core.summary.addRaw("## title", true).write();
    process.stdout.write("\\n#inputs " + JSON.stringify(inputs) + "\\n#exit " + process.exitCode);
    process.exitCode = 0; // setFailed's 1, reported above, would make execFileSync throw`;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      ...INPUTS,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      CALLS: JSON.stringify(CALLS),
      INPUT_NAMES: JSON.stringify(INPUT_NAMES),
    },
  });
  return { stdout, output: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
}

async function viaRunner(dir: string) {
  const output = path.join(dir, "runner-output");
  const summary = path.join(dir, "runner-summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  let stdout = "";
  const runner = workflowRunner({ ...INPUTS, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary }, (text) => {
    stdout += text;
  });
  const inputs = INPUT_NAMES.map((n) => [runner.input(n), runner.multilineInput(n)]);
  CALLS.forEach(([fn, message, props], i) => {
    if (fn === "setOutput") runner.setOutput(`out${i}`, message);
    else if (fn === "error" || fn === "warning") runner[fn](message, props);
    else if (fn === "debug" || fn === "info" || fn === "setFailed") runner[fn](message);
  });
  await runner.appendSummary("## title");
  stdout += `\n#inputs ${JSON.stringify(inputs)}\n#exit ${runner.failed ? 1 : undefined}`;
  return { stdout, output: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
}

test("annotations, log lines, outputs, the summary, inputs and failure are byte for byte @actions/core's", async () => {
  const dir = tempDir("runner-differential");
  const core = viaActionsCore(dir);
  const ours = await viaRunner(dir);
  // The comparison is only as good as its coverage: every call reached the runner's channels
  // (info() writes its text unescaped in both, so the smuggled line adds one more "::error").
  expect(core.stdout.split("\n").filter((line) => line.startsWith("::error")).length).toBe(HOSTILE.length * (ANNOTATIONS.length + 1) + 1);
  expect(sameDelimiter(core.output).match(/^out\d+<<ghadelimiter_X$/gm)).toHaveLength(HOSTILE.length);
  expect(ours.stdout).toBe(core.stdout);
  expect(sameDelimiter(ours.output)).toBe(sameDelimiter(core.output));
  expect(ours.summary).toBe(core.summary);
});

test("without GITHUB_OUTPUT both fall back to the set-output command the same way", () => {
  const script = `import * as core from "@actions/core"; core.setOutput("report", "a:b,c%\\n");`;
  const core = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  let ours = "";
  workflowRunner({}, (text) => {
    ours += text;
  }).setOutput("report", "a:b,c%\n");
  expect(ours).toBe(core);
  expect(ours).toBe("\n::set-output name=report::a:b,c%25%0A\n");
});
