// `npm run bench -- --tests`: how long `npm test` takes, step by step (issue 26: at most 2 minutes
// on a 2-core machine), with the CPU time next to the wall time (on a shared machine the wall
// mostly measures the neighbours) and the slowest test files. It runs the whole suite once, so it
// is left out of the default bench run. No test asserts any of this.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const TARGET_SECONDS = 120;

/** `npm test`'s steps (its script split at &&), the vitest one also writing a JSON report of each file's time. */
function steps(root, json) {
  const script = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.test;
  return script
    .split("&&")
    .map((step) => step.trim())
    .map((step) => (step.startsWith("vitest run") ? `${step} --reporter=default --reporter=json --outputFile.json=${json}` : step));
}

function timed(command, root, log) {
  const time = existsSync("/usr/bin/time");
  const argv = time ? ["-f", "%e %U %S", "-o", `${log}.time`, "sh", "-c", `${command} > ${log} 2>&1`] : ["-c", `${command} > ${log} 2>&1`];
  const started = process.hrtime.bigint();
  const child = spawnSync(time ? "/usr/bin/time" : "sh", argv, {
    cwd: root,
    env: { ...process.env, PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}` },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const [, user, system] = time ? readFileSync(`${log}.time`, "utf8").trim().split("\n").pop().split(" ").map(Number) : [];
  return { command, status: child.status, wall, cpu: time ? user + system : NaN };
}

export function benchTests(root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-tests-"));
  const json = path.join(dir, "vitest.json");
  const results = steps(root, json).map((command, i) => timed(command, root, path.join(dir, `step-${i}.log`)));
  const files = existsSync(json)
    ? JSON.parse(readFileSync(json, "utf8"))
        .testResults.map((f) => ({ file: path.relative(root, f.name), seconds: (f.endTime - f.startTime) / 1000 }))
        .sort((a, b) => b.seconds - a.seconds)
    : [];
  const wall = results.reduce((sum, r) => sum + r.wall, 0);
  const cpu = results.reduce((sum, r) => sum + r.cpu, 0);
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the end, ${new Date().toISOString().slice(0, 16)}Z\n`,
  );
  console.log("| npm test step | exit | wall | CPU (user + sys) |\n|---|---|---|---|");
  for (const r of results)
    console.log(`| \`${r.command.split(" --reporter")[0]}\` | ${r.status} | ${r.wall.toFixed(1)} s | ${r.cpu.toFixed(1)} s |`);
  console.log(`| all | | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s |\n`);
  console.log("| slowest test files (wall, while the other worker runs) | s |\n|---|---|");
  for (const f of files.slice(0, 12)) console.log(`| ${f.file} | ${f.seconds.toFixed(1)} |`);
  const met = wall <= TARGET_SECONDS && results.every((r) => r.status === 0);
  console.log(
    `\n| target | result | met |\n|---|---|---|\n| npm test passes within ${TARGET_SECONDS} s | ${wall.toFixed(1)} s | ${met ? "yes" : "**no**"} |`,
  );
  if (results.some((r) => r.status !== 0)) console.log(`\nA step failed: its output is in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return met;
}
