// `npm test`: the type check, the lint and the format check run beside vitest instead of before
// it. Vitest alone leaves part of two cores idle (its files wait on child processes, git and
// Chromium), and the three checks fill it: see BENCHMARKS.md, "npm test". They run at a lower
// priority (nice 10), so they take what vitest leaves and do not slow its tests towards their
// timeouts; once vitest is done they have the machine. Each check's output is
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
const checksRunning = new Set();

/** CPU seconds of this process's waited-for children (Linux; NaN elsewhere), for vitest's share. */
function childrenCpu() {
  if (!existsSync("/proc/self/stat")) return NaN;
  // Fields 16 and 17, cutime and cstime, in clock ticks (100 a second on Linux), after the command's ")".
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Runs a check in its own process group at nice 10 (node_modules/.bin is on npm's PATH); resolves with its exit code, wall and CPU seconds. */
function check(command, i) {
  const timeFile = path.join(times, `${i}.time`);
  const shell = ["nice", "-n", "10", "sh", "-c", command];
  const [file, args] = TIME ? [TIME, ["-f", "%U %S", "-o", timeFile, ...shell]] : [shell[0], shell.slice(1)];
  const started = process.hrtime.bigint();
  const child = spawn(file, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true });
  checksRunning.add(child);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      checksRunning.delete(child);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = TIME && existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number) : [];
      const step = { command, ok: code === 0, code: code ?? signal, wall, cpu: cpu.length === 2 ? cpu[0] + cpu[1] : NaN };
      process.stdout.write(`\n> ${command}: ${step.ok ? "passed" : `FAILED (exit ${step.code})`}\n${output}`);
      resolve(step);
    });
  });
}

/** Runs vitest in this process group (a terminal's Ctrl-C reaches it), its output as it comes. */
function vitestRun() {
  const started = process.hrtime.bigint();
  const child = spawn("sh", ["-c", vitest], { cwd: root, stdio: "inherit" });
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      resolve({ command: vitest, ok: code === 0, code: code ?? signal, wall: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}

// The checks are in their own process groups: a signal to npm test ends them with it.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const child of checksRunning) process.kill(-child.pid, signal);
    process.exit(130);
  });

const started = process.hrtime.bigint();
const steps = await Promise.all([...checks.map(check), vitestRun()]);
rmSync(times, { recursive: true, force: true });
// What the children used, less the checks': vitest's own (its workers and the processes its tests start).
steps[checks.length].cpu = childrenCpu() - steps.slice(0, checks.length).reduce((sum, s) => sum + s.cpu, 0);
const wall = Number(process.hrtime.bigint() - started) / 1e9;
const seconds = (s) => (Number.isNaN(s) ? "n/a" : `${s.toFixed(1)} s`);
console.log(`\nnpm test, ${seconds(wall)}:`);
for (const s of steps) console.log(`  ${s.ok ? "ok    " : "FAILED"}  ${s.command}  (wall ${seconds(s.wall)}, CPU ${seconds(s.cpu)})`);
if (process.env.TOKENBUDGET_TEST_TIMES) writeFileSync(process.env.TOKENBUDGET_TEST_TIMES, JSON.stringify({ wall, steps }));
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
