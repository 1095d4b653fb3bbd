import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `tokenbudget ...args` in `cwd`. */
export async function cli(cwd: string, ...args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-11-28",
  });
  return { code, stdout, stderr };
}

export async function cliJson(cwd: string, ...args: string[]): Promise<{ code: number; report: any; stderr: string }> {
  const result = await cli(cwd, ...args, "--format", "json");
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}
