import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { writeUsageLog } from "./helpers/usage-log.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function calibrate(stderrIsTTY: boolean, env: Record<string, string>) {
  dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-progress-"));
  const log = await writeUsageLog(dir);
  let stdout = "";
  let stderr = "";
  const code = await main(["calibrate", ...log.files], {
    cwd: dir,
    env,
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: stderrIsTTY },
    today: "2026-11-28",
  });
  return { code, stdout, stderr };
}

describe("progress on a terminal", () => {
  test("calibrate shows bytes read and requests counted on a TTY's stderr, then clears the line", async () => {
    const { code, stdout, stderr } = await calibrate(true, {});
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\x1b\[2Kreading usage logs: \d+ KB of \d+ KB, 1 requests/);
    expect(stderr).toContain("\r\x1b[2K");
    // The line is cleared before the bad-line report that follows it.
    expect(stderr).toMatch(/\r\x1b\[2K[^\r]*\r\x1b\[2K.*skipped/s);
    expect(stdout).not.toContain("reading usage logs");
  });

  test("never under CI, nor when stderr is not a terminal", async () => {
    expect((await calibrate(true, { CI: "true" })).stderr).not.toContain("reading usage logs");
    rmSync(dir, { recursive: true, force: true });
    expect((await calibrate(false, {})).stderr).not.toContain("reading usage logs");
  });
});

describe("progress while scanning a tree", () => {
  test("scan counts the files read on a TTY's stderr, and never in its JSON on stdout", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-progress-"));
    writeFileSync(path.join(dir, "app.py"), 'client.chat.completions.create(model="gpt-4o-mini")\n');
    let stdout = "";
    let stderr = "";
    const code = await main(["scan", "--format", "json"], {
      cwd: dir,
      env: {},
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
      today: "2026-11-28",
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\x1b\[2Kscanning: 1 of 1 files\r\x1b\[2K/);
    expect(JSON.parse(stdout).uses).toHaveLength(1);
  });
});
