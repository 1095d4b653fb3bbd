// The merge rows of `npm run bench`: `tokenbudget merge` over 100 and 1,000 JSON reports (issue
// 27: "linear in the number of reports"). One real report is made by the CLI from the pull
// request scenario (check --base, so it has movers), then copied into one folder per repository.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function oneReport(cli, root, dir) {
  const repo = path.join(dir, "scenario");
  mkdirSync(repo);
  const git = (...args) =>
    execFileSync("git", args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "b",
        GIT_AUTHOR_EMAIL: "b@example.com",
        GIT_COMMITTER_NAME: "b",
        GIT_COMMITTER_EMAIL: "b@example.com",
      },
    });
  git("init", "-q", "-b", "main");
  writeFileSync(path.join(repo, "ai-workloads.yaml"), readFileSync(path.join(root, "examples/pr-scenario/base.yaml")));
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  writeFileSync(path.join(repo, "ai-workloads.yaml"), readFileSync(path.join(root, "examples/pr-scenario/head.yaml")));
  const file = path.join(dir, "report.json");
  try {
    execFileSync(process.execPath, [cli, "check", "--base", "HEAD", "--format", "json"], {
      cwd: repo,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (error) {
    // check exits 1 here: the scenario breaks budgets. The report is on stdout all the same.
    writeFileSync(file, error.stdout);
    return file;
  }
  throw new Error("the pull request scenario was expected to exit 1");
}

/** Times merge at 100 and 1,000 reports (`series` is bench.mjs's timer); the rows and the linearity target. */
export function benchMerge({ series, cli, root, runs, keep }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-merge-"));
  try {
    const report = oneReport(cli, root, dir);
    const result = {};
    const rows = [];
    for (const n of [100, 1000]) {
      const files = [];
      for (let i = 0; i < n; i++) {
        const folder = path.join(dir, `reports-${n}`, `repo-${String(i).padStart(4, "0")}`);
        mkdirSync(folder, { recursive: true });
        copyFileSync(report, path.join(folder, "report.json"));
        files.push(path.relative(dir, path.join(folder, "report.json")));
      }
      result[n] = series(`merge --format json, ${n} reports`, runs, process.execPath, [cli, "merge", ...files, "--format", "json"], dir);
      rows.push({ ...result[n], size: `${n} reports`, mb: "-", baseline: undefined });
    }
    const ratio = result[1000].median / result[100].median;
    return {
      rows,
      target: {
        name: "merge of 1,000 reports <= 10x 100 reports (linear)",
        ok: ratio <= 10,
        detail: `${ratio.toFixed(2)}x; ${result[1000].median.toFixed(3)} s`,
      },
    };
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
