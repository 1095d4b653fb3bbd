// `npm test`: the type check and lint (one process, scripts/check.mjs) and the format check run
// beside vitest instead of before it. Vitest alone leaves part of two cores idle (its files wait
// on child processes, git and Chromium), and the checks fill it: see BENCHMARKS.md, "npm test".
// They run at a lower priority (nice 10, in vitest's session and so its scheduling group), so
// they take what vitest leaves and do not slow its tests towards their timeouts; once vitest is
// done they have the machine. Each check's output is printed whole when it ends, vitest's as it
// comes; a summary of every step, with its wall and CPU time, comes last (and goes to the file
// TOKENBUDGET_TEST_TIMES names, as JSON, for `npm run bench -- --tests`), and the exit code is
// non-zero when any step failed. Arguments go to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
// The same commands as `npm run check` (typecheck and lint) and `npm run format:check`.
const checks = [scripts.check, scripts["format:check"]];
const vitest = ["vitest run", ...process.argv.slice(2).map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)].join(" ");
const running = new Set();

/** CPU seconds of this process's waited-for children (Linux; NaN elsewhere). */
function childrenCpu() {
  if (!existsSync("/proc/self/stat")) return NaN;
  // Fields 16 and 17, cutime and cstime, in clock ticks (100 a second on Linux), after the command's ")".
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

let cpuSeen = childrenCpu();
/** A step's CPU: what the children used since the last step ended (two ending at once share one figure). */
function cpuSinceLast() {
  const now = childrenCpu();
  const used = now - cpuSeen;
  cpuSeen = now;
  return used;
}

/**
 * Runs a command through sh (node_modules/.bin is on npm's PATH), the check at nice 10, each as
 * the one process the shell execs into; resolves with its exit code and wall and CPU seconds.
 */
function run(command, isCheck) {
  const started = process.hrtime.bigint();
  const child = spawn("sh", ["-c", isCheck ? `exec nice -n 10 ${command}` : `exec ${command}`], {
    cwd: root,
    stdio: isCheck ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      running.delete(child);
      const step = {
        command,
        ok: code === 0,
        code: code ?? signal,
        wall: Number(process.hrtime.bigint() - started) / 1e9,
        cpu: cpuSinceLast(),
      };
      if (isCheck) process.stdout.write(`\n> ${command}: ${step.ok ? "passed" : `FAILED (exit ${step.code})`}\n${output}`);
      resolve(step);
    });
  });
}

// A terminal's Ctrl-C reaches every step itself; a signal to npm test alone is passed on.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });

const started = process.hrtime.bigint();
const steps = await Promise.all([...checks.map((command) => run(command, true)), run(vitest, false)]);
const wall = Number(process.hrtime.bigint() - started) / 1e9;
const seconds = (s) => (Number.isNaN(s) ? "n/a" : `${s.toFixed(1)} s`);
console.log(`\nnpm test, ${seconds(wall)}:`);
for (const s of steps) console.log(`  ${s.ok ? "ok    " : "FAILED"}  ${s.command}  (wall ${seconds(s.wall)}, CPU ${seconds(s.cpu)})`);
if (process.env.TOKENBUDGET_TEST_TIMES) writeFileSync(process.env.TOKENBUDGET_TEST_TIMES, JSON.stringify({ wall, steps }));
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
