// npm run bench [-- --sizes 10000,100000 --runs 5]
// Times whole-process `node dist/cli.js check --base HEAD~1 --format json` on generated
// monorepos, next to two baselines measured in the same run (so ratios hold on a noisy
// machine): yaml's own parse() over the same files at both revisions, and `node -e ""`.
// Prints a table and exits 1 when a target from issue 5 is missed. Needs git and /usr/bin/time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { generateRepo } from "./bench/generate.mjs";
import { benchScan } from "./bench/scan.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const sizes = option("sizes", "10000,100000").split(",").map(Number).filter((n) => n > 0);
const runs = Number(option("runs", "5"));
const keep = args.includes("--keep");
const hasTime = existsSync("/usr/bin/time");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One whole-process run: wall seconds and peak RSS in MB (GNU time's %M, in KB). */
function timeProcess(command, commandArgs, cwd) {
  const sink = openSync(os.devNull, "w");
  const argv = hasTime ? ["-f", "%M", command, ...commandArgs] : commandArgs;
  const start = process.hrtime.bigint();
  const child = spawnSync(hasTime ? "/usr/bin/time" : command, argv, { cwd, stdio: ["ignore", sink, "pipe"], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(sink);
  const stderr = child.stderr.toString().trim().split("\n");
  const rssMb = hasTime ? Number(stderr[stderr.length - 1]) / 1024 : NaN;
  return { seconds, rssMb, status: child.status, stderr: stderr.slice(0, -1).join("\n") };
}

function series(label, n, command, commandArgs, cwd) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const r = timeProcess(command, commandArgs, cwd);
    // check exits 0 (pass) or 1 (a budget failure in the generated data); 2 or worse is a bug.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
    samples.push(r);
  }
  const times = samples.map((s) => s.seconds);
  return { label, median: median(times), min: Math.min(...times), max: Math.max(...times), rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

/** yaml.parse over every file at both revisions, in this process; the median of `n` passes. */
function yamlBaseline(texts, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    for (const text of texts) parse(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}

const fmt = (s) => `${s.toFixed(3)} s`;
const rows = [];
const checks = [];
const target = (name, ok, detail) => checks.push({ name, ok, detail });

const nodeEmpty = series('node -e ""', Math.max(runs, 10), process.execPath, ["-e", ""], root);
rows.push({ ...nodeEmpty, size: "-", mb: "-", baseline: undefined });
const example = series("example: check examples/ai-workloads.yaml", Math.max(runs, 10), process.execPath, [cli, "check", "examples/ai-workloads.yaml", "--format", "json"], root);
rows.push({ ...example, size: "4", mb: "-", baseline: undefined });
target("example <= 3x node -e \"\"", example.median <= 3 * nodeEmpty.median, `${(example.median / nodeEmpty.median).toFixed(2)}x`);
// For information: the whole folder includes a prompt template, which loads the tokenizer chunk.
const folder = series("(info) check examples/ (a prompt template loads the tokenizer)", Math.max(runs, 10), process.execPath, [cli, "check", "examples", "--format", "json"], root);
rows.push({ ...folder, size: "-", mb: "-", baseline: undefined });

const bySize = new Map();
for (const n of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tokenbudget-bench-${n}-`));
  try {
    const { base, head } = generateRepo(dir, n);
    const texts = [...base.values(), ...head.values()];
    const mb = texts.reduce((acc, t) => acc + Buffer.byteLength(t), 0) / 1e6;
    const baseline = yamlBaseline(texts, n <= 20_000 ? 3 : 1);
    const result = series(`check --base HEAD~1, N=${n}`, n <= 20_000 ? runs : Math.min(runs, 3), process.execPath, [cli, "check", "--base", "HEAD~1", "--format", "json"], dir);
    rows.push({ ...result, size: String(n), mb: mb.toFixed(1), baseline });
    bySize.set(n, { result, baseline });
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const scan = benchScan({ series, cli, runs, keep });
rows.push(scan.row);
checks.push(scan.target);

const ten = bySize.get(10_000);
if (ten) {
  target("N=10,000 median <= 1.0 s", ten.result.median <= 1.0, fmt(ten.result.median));
  target("N=10,000 <= 0.3x yaml.parse baseline", ten.result.median <= 0.3 * ten.baseline, `${(ten.result.median / ten.baseline).toFixed(2)}x of ${fmt(ten.baseline)}`);
  target("N=10,000 peak RSS <= 300 MB", !(ten.result.rssMb > 300), `${ten.result.rssMb.toFixed(0)} MB`);
}
const hundred = bySize.get(100_000);
if (ten && hundred) {
  target("N=100,000 <= 12x N=10,000", hundred.result.median <= 12 * ten.result.median, `${(hundred.result.median / ten.result.median).toFixed(1)}x`);
}

console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| run | workloads | MB (both revs) | median | min..max | peak RSS | yaml.parse baseline | ratio |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const ratio = r.baseline ? `${(r.median / r.baseline).toFixed(2)}x` : "-";
  console.log(`| ${r.label} | ${r.size} | ${r.mb} | ${fmt(r.median)} | ${r.min.toFixed(3)}..${r.max.toFixed(3)} | ${Number.isNaN(r.rssMb) ? "n/a" : `${r.rssMb.toFixed(0)} MB`} | ${r.baseline ? fmt(r.baseline) : "-"} | ${ratio} |`);
}
console.log("\n| target | result | met |\n|---|---|---|");
for (const c of checks) console.log(`| ${c.name} | ${c.detail} | ${c.ok ? "yes" : "**no**"} |`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
