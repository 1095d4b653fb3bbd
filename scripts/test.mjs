// `npm test`: the type check, the lint and the format check run beside vitest instead of before
// it. Vitest alone leaves part of two cores idle (its files wait on child processes, git and
// Chromium), and the three checks fill it: see BENCHMARKS.md, "npm test". Each check's output is
// printed whole when it ends, vitest's as it comes; a summary of every step, with its wall and
// CPU time, comes last (and goes to the file TOKENBUDGET_TEST_TIMES names, as JSON, for
// `npm run bench -- --tests`), and the exit code is non-zero when any step failed. Arguments go
// to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
// The same commands as `npm run typecheck`, `npm run lint` and `npm run format:check`.
const checks = [scripts.typecheck, scripts.lint, scripts["format:check"]];
const vitest = ["vitest run", ...process.argv.slice(2).map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)].join(" ");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const times = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-test-"));
const children = new Set();

/** Runs a shell command (node_modules/.bin is on npm's PATH); resolves with its exit code, wall and CPU seconds. */
function run(command, i, stream) {
  const timeFile = path.join(times, `${i}.time`);
  const [file, args] = TIME ? [TIME, ["-f", "%U %S", "-o", timeFile, "sh", "-c", command]] : ["sh", ["-c", command]];
  const started = process.hrtime.bigint();
  const child = spawn(file, args, { cwd: root, stdio: stream ? "inherit" : ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      children.delete(child);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = TIME && existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number) : [];
      const step = { command, ok: code === 0, code: code ?? signal, wall, cpu: cpu.length === 2 ? cpu[0] + cpu[1] : NaN };
      if (!stream) process.stdout.write(`\n> ${command}: ${step.ok ? "passed" : `FAILED (exit ${step.code})`}\n${output}`);
      resolve(step);
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });

const started = process.hrtime.bigint();
const steps = await Promise.all([...checks.map((command, i) => run(command, i, false)), run(vitest, checks.length, true)]);
rmSync(times, { recursive: true, force: true });
const wall = Number(process.hrtime.bigint() - started) / 1e9;
const seconds = (s) => (Number.isNaN(s) ? "n/a" : `${s.toFixed(1)} s`);
console.log(`\nnpm test, ${seconds(wall)}:`);
for (const s of steps) console.log(`  ${s.ok ? "ok    " : "FAILED"}  ${s.command}  (wall ${seconds(s.wall)}, CPU ${seconds(s.cpu)})`);
if (process.env.TOKENBUDGET_TEST_TIMES) writeFileSync(process.env.TOKENBUDGET_TEST_TIMES, JSON.stringify({ wall, steps }));
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
