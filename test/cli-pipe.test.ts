import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");

test("a reader that closes the pipe early (| head -1) ends the bundled CLI quietly, exit 0, no stack trace", async () => {
  // Far more output than a pipe buffer holds, so the CLI is still writing when the reader leaves.
  const dir = mkdtempSync(path.join(os.tmpdir(), "tb-pipe-"));
  const workloads = Array.from(
    { length: 3000 },
    (_, i) =>
      `  - name: w${i}\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 1000 }\n`,
  );
  writeFileSync(path.join(dir, "ai-workloads.yaml"), `version: 1\nworkloads:\n${workloads.join("")}`);
  const child = spawn(process.execPath, [CLI, "estimate"], { cwd: dir });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

test.runIf(existsSync("/dev/full"))("a full disk (stdout on /dev/full) is one line on stderr and exit 2, never a stack trace", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tb-full-"));
  writeFileSync(
    path.join(dir, "ai-workloads.yaml"),
    "version: 1\nworkloads:\n  - name: w\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 1000 }\n",
  );
  const full = openSync("/dev/full", "w");
  try {
    const result = spawnSync(process.execPath, [CLI, "estimate"], { cwd: dir, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    expect(result.stderr).toBe("tokenbudget: cannot write the output (ENOSPC); it is incomplete\n");
    expect(result.status).toBe(2);
  } finally {
    closeSync(full);
  }
});
