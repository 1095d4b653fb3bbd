import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");

test("a reader that closes the pipe early (| head -1) ends the bundled CLI quietly, exit 0, no stack trace", async () => {
  // Far more output than a pipe buffer holds, so the CLI is still writing when the reader leaves.
  const dir = mkdtempSync(path.join(os.tmpdir(), "tb-pipe-"));
  const workloads = Array.from({ length: 3000 }, (_, i) =>
    `  - name: w${i}\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 1000 }\n`);
  writeFileSync(path.join(dir, "ai-workloads.yaml"), `version: 1\nworkloads:\n${workloads.join("")}`);
  const child = spawn(process.execPath, [CLI, "estimate"], { cwd: dir });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});
