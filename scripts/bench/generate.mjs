// Generates a realistic monorepo for the benchmark: N workloads over N/10 manifests with mixed
// modes, tags, ranges and budgets, committed as a base revision, then a head revision in which
// a tenth of the files changed (volumes and tokens edited, workloads added and removed).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A small deterministic PRNG (mulberry32) so every run benchmarks the same bytes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVERLESS_MODELS = [
  "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  "openai/gpt-oss-120b",
  "openai/gpt-oss-20b",
  "deepseek-ai/DeepSeek-V3.1",
  "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
  "moonshotai/Kimi-K2-Instruct-0905",
  "zai-org/GLM-4.6",
  "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
];
const BATCH_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
const TEAMS = ["support", "search", "devtools", "research", "growth", "billing", "risk", "platform"];
const FEATURES = ["assistant", "summaries", "classify", "extract", "rerank", "chat", "agent", "evals"];
const TENANTS = ["acme", "globex", "initech", "umbrella"];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

function tokensLine(rnd) {
  const input = int(rnd, 2, 60) * 100;
  const output = int(rnd, 1, 20) * 50;
  if (rnd() < 0.15) {
    return `    tokens:\n      input: { low: ${Math.floor(input / 2)}, expected: ${input}, high: ${input * 2} }\n      output: ${output}\n`;
  }
  const cached = rnd() < 0.3 ? `, cached_input: ${Math.floor(input / 4)}` : "";
  return `    tokens: { input: ${input}, output: ${output}${cached} }\n`;
}

function requestsLine(rnd) {
  const unit = pick(rnd, ["per_month", "per_month", "per_day", "per_day", "per_hour"]);
  const scale = unit === "per_month" ? 100_000 : unit === "per_day" ? 2_000 : 100;
  const growth = rnd() < 0.2 ? `, growth_percent_per_month: ${int(rnd, 1, 15)}` : "";
  return `    requests: { ${unit}: ${int(rnd, 1, 90) * scale}${growth} }\n`;
}

function workload(rnd, name) {
  const kind = rnd();
  let text = `  - name: ${name}\n`;
  if (kind < 0.7) {
    text += `    model: ${pick(rnd, SERVERLESS_MODELS)}\n`;
  } else if (kind < 0.85) {
    text += `    model: ${BATCH_MODEL}\n    mode: batch\n    latency: offline\n`;
  } else if (kind < 0.95) {
    text += `    model: openai/gpt-oss-120b\n    mode: dedicated\n    dedicated: { hardware: h100-80gb, gpus: 1, replicas: ${int(rnd, 1, 4)}, tokens_per_second: 50000 }\n`;
  } else {
    text += `    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    mode: gpu-cluster\n    cluster: { hardware: h100-80gb, gpus: ${int(rnd, 1, 4) * 8}, hourly_rate: 2.5, storage_monthly: 500 }\n`;
  }
  text += tokensLine(rnd);
  text += requestsLine(rnd);
  if (rnd() < 0.6) text += `    budget: { monthly: ${int(rnd, 1, 200) * 500} }\n`;
  text += `    tags: { team: ${pick(rnd, TEAMS)}, feature: ${pick(rnd, FEATURES)}, tenant: ${pick(rnd, TENANTS)} }\n`;
  return text;
}

function manifest(rnd, service, names) {
  const team = pick(rnd, TEAMS);
  let text = `# ${service}: inference workloads\nversion: 1\ndefaults:\n  provider: together\n  tags: { env: production, service: ${service} }\n`;
  if (rnd() < 0.5)
    text += `budgets:\n  - name: ${service}-${team}\n    match: { team: ${team} }\n    monthly: ${int(rnd, 10, 400) * 1000}\n`;
  if (rnd() < 0.5) text += `policy:\n  warn_at_percent: 80\n  max_increase_percent: ${int(rnd, 10, 50)}\n`;
  text += "workloads:\n";
  for (const name of names) text += workload(rnd, name);
  return text;
}

/** `count` manifest texts of 10 workloads each, without a repository (for tests). */
export function generateManifests(count, seed = 7) {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, f) => {
    const service = `svc-${f}`;
    return manifest(
      random(Math.floor(rnd() * 2 ** 31)),
      service,
      Array.from({ length: 10 }, (_, i) => `${service}-w${i}`),
    );
  });
}

function git(cwd, args) {
  execFileSync("git", args, { cwd, stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
}

/**
 * Writes the repository under `dir` and returns the file contents at both revisions (for the
 * yaml.parse baseline). The base is commit HEAD~1; the head is HEAD and the working tree.
 */
export function generateRepo(dir, workloads, seed = 42) {
  const rnd = random(seed);
  const fileCount = Math.max(1, Math.round(workloads / 10));
  const base = new Map();
  const head = new Map();
  const seeds = [];
  for (let f = 0; f < fileCount; f++) {
    const service = `svc-${String(f).padStart(5, "0")}`;
    const file = `services/${service}/ai-workloads.yaml`;
    const names = Array.from({ length: 10 }, (_, i) => `${service}-w${i}`);
    const fileSeed = Math.floor(rnd() * 2 ** 31);
    seeds.push({ file, service, names, fileSeed });
    base.set(file, manifest(random(fileSeed), service, names));
  }
  git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["config", "user.email", "bench@example.invalid"]);
  git(dir, ["config", "user.name", "bench"]);
  git(dir, ["config", "commit.gpgsign", "false"]);
  const writeAll = (files) => {
    for (const [file, text] of files) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  };
  writeAll(base);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "base"]);

  // The head: every tenth file changes; a third of those also add a workload and drop another.
  seeds.forEach(({ file, service, names, fileSeed }, index) => {
    if (index % 10 !== 3) {
      head.set(file, base.get(file));
      return;
    }
    const changedNames = index % 30 === 3 ? [...names.slice(1), `${service}-new`] : names;
    head.set(file, manifest(random(fileSeed + 1), service, changedNames));
  });
  writeAll([...head].filter(([file, text]) => text !== base.get(file)));
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "head"]);
  return { base, head };
}
