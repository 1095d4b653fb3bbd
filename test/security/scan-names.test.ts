// A file name is pull request content: scan's notes on what it skipped print it without the
// terminal escapes, bidi controls or line breaks it may carry (a link is always named).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("names a skipped link without the escape sequences and line breaks of its name", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tb-scan-names-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "app.py"), 'client.chat.completions.create(model="gpt-4o")\n');
  const hostile = "x\u001b[2J\u001b]0;owned\u0007\u202e\n::error::fake.py";
  symlinkSync("app.py", path.join(dir, hostile));
  const { code, stderr } = await cli(dir, "scan");
  expect(code).toBe(0);
  expect(stderr).toContain("tokenbudget: skipped x[2J]0;owned ::error::fake.py: is a symbolic link; tokenbudget does not follow links\n");
  expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  expect(stderr.split("\n").filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
});
