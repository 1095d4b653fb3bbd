import path from "node:path";
import { describe, expect, test } from "vitest";
import { COMMANDS } from "../src/cli/commands.js";
import { REPORT_FORMAT_NAMES } from "../src/cli/formats.js";
import { cli } from "./helpers/cli.js";

const ROOT = path.join(import.meta.dirname, "..");

describe("every command answers --help with its own usage, options and examples", () => {
  for (const command of COMMANDS) {
    test(`tokenbudget ${command.name} --help`, async () => {
      for (const flag of ["--help", "-h"]) {
        const result = await cli(ROOT, ...command.name.split(" "), flag);
        expect(result).toMatchObject({ code: 0, stderr: "" });
        expect(result.stdout).toMatch(new RegExp(`^Usage: tokenbudget ${command.name}\\b`));
        for (const option of command.options) expect(result.stdout).toContain(`--${option.name}`);
        expect(result.stdout).toContain("Examples:\n  tokenbudget ");
      }
    });
  }

  test("options show their values and defaults; compare documents its sizing flags", async () => {
    const estimate = (await cli(ROOT, "estimate", "--help")).stdout;
    expect(estimate).toMatch(new RegExp(`^ {2}--format ${REPORT_FORMAT_NAMES.join("\\|")} +output format.* \\(default table\\)$`, "m"));
    expect(estimate).toMatch(
      /^ {2}--group-by DIMENSION +also total spend by model, provider, mode, file or a tag \(tag:NAME for a tag named like one of those\); team, tenant, feature are always totalled when present \(repeatable\)$/m,
    );
    expect(estimate).not.toContain("--fail-on");
    const compare = (await cli(ROOT, "compare", "--help")).stdout;
    expect(compare).toMatch(/^ {2}--tokens-per-second N +tokens \(input \+ output\) one dedicated replica serves per second/m);
    expect(compare).toMatch(/^ {2}--gpus N +GPUs per dedicated replica, when the workload has no dedicated\.gpus \(default 1\)$/m);
  });

  test("tokenbudget --help lists every command; catalog --help lists its subcommands", async () => {
    const top = await cli(ROOT, "--help");
    expect(top.code).toBe(0);
    for (const command of COMMANDS)
      expect(top.stdout).toMatch(new RegExp(`^ {2}${command.name} +${command.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    const catalog = await cli(ROOT, "catalog", "--help");
    expect(catalog.code).toBe(0);
    expect(catalog.stdout).toMatch(/^ {2}import +turn a live price feed/m);
    expect(catalog.stdout).toMatch(/^ {2}verify +compare price books/m);
    expect((await cli(ROOT, "help")).code).toBe(0);
    expect((await cli(ROOT)).code).toBe(2);
  });
});

describe("mistakes get a suggestion and a pointer to --help, never Node's parseArgs text", () => {
  const cases: Array<[string[], string]> = [
    [
      ["estimate", "--fromat", "json"],
      "tokenbudget: unknown option --fromat for estimate (did you mean --format?); see tokenbudget estimate --help\n",
    ],
    [["estimat"], 'tokenbudget: unknown command "estimat"; did you mean "estimate"?; see tokenbudget --help\n'],
    [["-v"], "tokenbudget: unknown option -v for tokenbudget (did you mean --version?); see tokenbudget --help\n"],
    [["--fromat"], "tokenbudget: unknown option --fromat for tokenbudget (did you mean --format?); see tokenbudget --help\n"],
    [["catalog", "lst"], 'tokenbudget: unknown command "catalog lst"; did you mean "catalog list"?; see tokenbudget catalog --help\n'],
    [
      ["estimate", "--fail-on", "warning"],
      "tokenbudget: unknown option --fail-on for estimate (it is an option of check, diff, actuals); see tokenbudget estimate --help\n",
    ],
    [
      ["validate", "--base", "main"],
      "tokenbudget: unknown option --base for validate (it is an option of check, diff); see tokenbudget validate --help\n",
    ],
    [
      ["--format", "json", "estimate"],
      `tokenbudget: --format goes after the command: it is an option of ${COMMANDS.filter((c) => c.options.some((o) => o.name === "format"))
        .map((c) => c.name)
        .join(", ")}; see tokenbudget --help\n`,
    ],
    [["compare", "--workload"], "tokenbudget: --workload needs a value (--workload NAME); see tokenbudget compare --help\n"],
    [["calibrate", "--write=yes", "x.jsonl"], "tokenbudget: --write takes no value; see tokenbudget calibrate --help\n"],
    [
      ["estimate", "--format", "markdwn"],
      `tokenbudget: --format must be one of ${REPORT_FORMAT_NAMES.join(", ")}, got "markdwn" (did you mean "markdown"?)\n`,
    ],
  ];
  for (const [args, stderr] of cases) {
    test(args.join(" "), async () => {
      expect(await cli(ROOT, ...args)).toEqual({ code: 2, stdout: "", stderr });
    });
  }
});

describe("parsing", () => {
  test("global flags work before the command, --name=value and -- too", async () => {
    const before = await cli(ROOT, "--no-color", "estimate", "examples/ai-workloads.yaml");
    const after = await cli(ROOT, "estimate", "examples/ai-workloads.yaml", "--no-color");
    expect(before).toEqual(after);
    expect(before.code).toBe(0);
    const equals = await cli(ROOT, "estimate", "--format=json", "--", "examples/ai-workloads.yaml");
    expect(JSON.parse(equals.stdout).summary.workloads).toBe(4);
  });

  test("--version before any command", async () => {
    expect((await cli(ROOT, "--version")).stdout).toMatch(/^tokenbudget \d+\.\d+\.\d+/);
  });
});
