// `npm run bench -- --tests`: how long `npm test` takes, step by step (issue 26: at most 2 minutes
// on a 2-core machine), with the CPU time next to the wall time (on a shared machine the wall
// mostly measures the neighbours) and the slowest test files. It runs the whole suite once, so it
// is left out of the default bench run. No test asserts any of this. The steps run side by side
// (scripts/test.mjs): each one's wall overlaps the others', and the total is npm test's own.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const TARGET_SECONDS = 120;

export function benchTests(root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-tests-"));
  const json = path.join(dir, "vitest.json");
  const times = path.join(dir, "steps.json");
  const log = path.join(dir, "npm-test.log");
  const time = existsSync("/usr/bin/time");
  const command = `npm test -- --reporter=default --reporter=json --outputFile.json=${json} > ${log} 2>&1`;
  const argv = time ? ["-f", "%U %S", "-o", `${log}.time`, "sh", "-c", command] : ["-c", command];
  const started = process.hrtime.bigint();
  const child = spawnSync(time ? "/usr/bin/time" : "sh", argv, { cwd: root, env: { ...process.env, TOKENBUDGET_TEST_TIMES: times } });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = time ? readFileSync(`${log}.time`, "utf8").trim().split("\n").pop().split(" ").map(Number) : [NaN, NaN];
  const steps = existsSync(times) ? JSON.parse(readFileSync(times, "utf8")).steps : [];
  const files = existsSync(json)
    ? JSON.parse(readFileSync(json, "utf8"))
        .testResults.map((f) => ({ file: path.relative(root, f.name), seconds: (f.endTime - f.startTime) / 1000 }))
        .sort((a, b) => b.seconds - a.seconds)
    : [];
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the end, ${new Date().toISOString().slice(0, 16)}Z\n`,
  );
  console.log("| npm test step (side by side) | exit | wall | CPU (user + sys) |\n|---|---|---|---|");
  for (const s of steps)
    console.log(
      `| \`${s.command.split(" --reporter")[0]}\` | ${s.code} | ${s.wall.toFixed(1)} s | ${s.cpu === null ? "n/a" : `${s.cpu.toFixed(1)} s`} |`,
    );
  console.log(`| all (\`npm test\`) | ${child.status} | ${wall.toFixed(1)} s | ${(cpu[0] + cpu[1]).toFixed(1)} s |\n`);
  console.log("| slowest test files (wall, while the other worker runs) | s |\n|---|---|");
  for (const f of files.slice(0, 12)) console.log(`| ${f.file} | ${f.seconds.toFixed(1)} |`);
  const met = wall <= TARGET_SECONDS && child.status === 0;
  console.log(
    `\n| target | result | met |\n|---|---|---|\n| npm test passes within ${TARGET_SECONDS} s | ${wall.toFixed(1)} s | ${met ? "yes" : "**no**"} |`,
  );
  if (child.status !== 0) console.log(`\nA step failed: the output is in ${log}`);
  else rmSync(dir, { recursive: true, force: true });
  return met;
}
