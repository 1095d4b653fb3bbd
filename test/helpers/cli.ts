import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `tokenbudget ...args` in `cwd`. */
export async function cli(cwd: string, ...args: string[]): Promise<CliResult> {
  const { code, pieces, stderr } = await cliPieces(cwd, ...args);
  return { code, stdout: pieces.join(""), stderr };
}

/** As cli, with stdout as the pieces the CLI wrote, each as one write. */
export function cliPieces(cwd: string, ...args: string[]): Promise<{ code: number; pieces: string[]; stderr: string }> {
  return cliWith(cwd, args, { env: {}, today: "2026-11-28" });
}

/** As cliPieces, in the environment `env`, on the day `today`. */
export async function cliWith(
  cwd: string,
  args: string[],
  { env, today }: { env: Record<string, string>; today: string },
): Promise<{ code: number; pieces: string[]; stderr: string }> {
  const pieces: string[] = [];
  let stderr = "";
  const code = await main(args, {
    cwd,
    env,
    stdout: { write: (t: string) => pieces.push(t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today,
  });
  return { code, pieces, stderr };
}

export async function cliJson(cwd: string, ...args: string[]): Promise<{ code: number; report: any; stderr: string }> {
  const result = await cli(cwd, ...args, "--format", "json");
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}
