// Issue 25 / 21: one git runner for every git call, with a timeout: a git that hangs (a slow
// filesystem, a hook, a credential helper) cannot hold a CI job.
import { afterAll, describe, expect, it } from "vitest";
import { readBlobs, runGit } from "../../src/adapters/git.js";
import { TempRepo } from "../helpers/repo.js";

const repo = new TempRepo();
afterAll(() => repo.cleanup());

describe("the git runner", () => {
  it("stops a git command that does not answer in time, and says so", async () => {
    repo.git("config", "alias.hang", "!sleep 3");
    const result = await runGit(repo.dir, ["hang"], { timeoutMs: 300 });
    expect(result).toEqual({
      code: null,
      stdout: Buffer.alloc(0),
      stderr: expect.any(String),
      problem: "git hang gave no answer within 0.3 s",
    });
  });

  it("feeds stdin and returns bytes exactly (cat-file --batch)", async () => {
    repo.write("a.bin", new Uint8Array([0, 1, 2, 255, 10])).commit("a");
    const blob = repo.git("rev-parse", "HEAD:a.bin");
    const blobs = await readBlobs(repo.dir, [blob, "0".repeat(40)]);
    expect([...blobs.get(blob)!]).toEqual([0, 1, 2, 255, 10]);
    expect(blobs.size).toBe(1);
  });
});
