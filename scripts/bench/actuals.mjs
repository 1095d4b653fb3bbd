// The actuals row of `npm run bench`: `tokenbudget actuals` over 1 GB of OTLP JSON lines (the
// OpenTelemetry file exporter's format), generated here and removed afterwards, never committed.
// Issue 24: read it in bounded memory and record the throughput.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const MODELS = ["arcee-ai/maestro-reasoning", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "openai/gpt-oss-120b", "gpt-4o-mini"];
const SERVICES = ["support-api", "summaries", "copilot", "evals"];
const START_NS = BigInt(Date.UTC(2026, 10, 1)) * 1_000_000n;
const STEP_NS = 1_500_000_000n; // a span every 1.5 s: about 1.7M spans cover a month

const attr = (key, value) =>
  `{"key":"${key}","value":${typeof value === "number" ? `{"intValue":"${value}"}` : `{"stringValue":"${value}"}`}}`;

/** One TracesData line: one resource, one scope, four model-call spans. */
function line(n) {
  const spans = [];
  for (let k = 0; k < 4; k++) {
    const i = n * 4 + k;
    const start = START_NS + BigInt(i) * STEP_NS;
    const model = MODELS[i % MODELS.length];
    const id = i.toString(16).padStart(16, "0");
    spans.push(
      `{"traceId":"${id}${id}","spanId":"${id}","name":"chat ${model}","kind":3,"startTimeUnixNano":"${start}","endTimeUnixNano":"${start + 900_000_000n}","attributes":[${[
        attr("gen_ai.operation.name", "chat"),
        attr("gen_ai.provider.name", "together"),
        attr("gen_ai.request.model", model),
        attr("gen_ai.response.model", model),
        attr("gen_ai.usage.input_tokens", 1000 + (i % 4000)),
        attr("gen_ai.usage.output_tokens", 100 + (i % 900)),
        attr("gen_ai.usage.cache_read.input_tokens", i % 500),
      ].join(",")}],"status":{}}`,
    );
  }
  const service = SERVICES[n % SERVICES.length];
  return `{"resourceSpans":[{"resource":{"attributes":[${attr("service.name", service)},${attr("deployment.environment", "production")}]},"scopeSpans":[{"scope":{"name":"opentelemetry.instrumentation.openai_v2","version":"2.1b0"},"spans":[${spans.join(",")}]}]}]}\n`;
}

/** Writes about `bytes` bytes of OTLP JSON lines; returns the exact size and the span count. */
export function generateSpans(file, bytes) {
  const fd = openSync(file, "w");
  let written = 0;
  let n = 0;
  try {
    while (written < bytes) {
      let chunk = "";
      while (chunk.length < 4 << 20) chunk += line(n++);
      written += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return { bytes: written, spans: n * 4 };
}

/** Times one actuals run over the generated file (`timeProcess` is bench.mjs's) and returns its row and targets. */
export function benchActuals({ timeProcess, cli, root, keep, bytes = 1e9 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-actuals-"));
  try {
    const file = path.join(dir, "spans.jsonl");
    const generated = generateSpans(file, bytes);
    // Run from the repository: the manifest is its own; the usage file, named by the operator, may be anywhere.
    const r = timeProcess(
      process.execPath,
      [cli, "actuals", "--usage", file, "examples/ai-workloads.yaml", "--format", "json"],
      root,
      path.join(dir, "out.json"),
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(`actuals: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
    // Every span counted once, none dropped: the report's records add up to what was written.
    const report = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8"));
    const counted = [...report.workloads, ...report.other].reduce((n, w) => n + w.usageRecords, 0);
    const mbPerSecond = generated.bytes / 1e6 / r.seconds;
    const row = {
      label: `actuals --usage (OTLP JSON lines, ${generated.spans.toLocaleString("en")} spans)`,
      median: r.seconds,
      wall: r.seconds,
      cpu: r.cpu,
      min: r.seconds,
      max: r.seconds,
      rssMb: r.rssMb,
      size: "1 run",
      mb: (generated.bytes / 1e6).toFixed(0),
      baseline: undefined,
    };
    const targets = [
      {
        name: "actuals over 1 GB of OTLP JSON lines: peak RSS <= 300 MB (bounded memory)",
        ok: !(r.rssMb > 300),
        detail: `${r.rssMb.toFixed(0)} MB`,
      },
      {
        name: "actuals throughput (recorded)",
        ok: true,
        detail: `${mbPerSecond.toFixed(1)} MB/s, ${(generated.spans / r.seconds / 1000).toFixed(0)}K spans/s`,
      },
      {
        name: "actuals counts every generated span once",
        ok: counted === generated.spans && report.badRecords.total === 0,
        detail: `${counted.toLocaleString("en")} of ${generated.spans.toLocaleString("en")}`,
      },
    ];
    return { row, targets };
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
