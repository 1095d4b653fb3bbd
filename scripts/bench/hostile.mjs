// The hostile-input rows of `npm run bench`: the speed limits the tests used to assert with a
// wall clock (test/corpus.test.ts, test/scan.test.ts, test/security/attacks.test.ts), measured
// here instead, where a busy machine cannot turn them red. The tests keep every other assertion.
// Also the full-size attacks the tests reproduce small (test/security/huge-*.test.ts and
// tokenizer.test.ts): outputs past V8's string limit, and the largest prompt template.
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeLongNoteRepo, writeLongPathRepo } from "./huge.mjs";

const GOOD =
  "version: 1\nworkloads:\n  - name: steady\n    model: openai/gpt-oss-120b\n    tokens: { input: 2000, output: 500 }\n    requests: { per_day: 10000 }\n";
const FIFTY_MB = "  - name: w\n    model: openai/gpt-oss-120b\n    tokens: { input: 1, output: 1 }\n    requests: { per_month: 1 }\n";

/** One folder per corpus case that names a file (plus the generated 50 MB one), next to a valid manifest. */
function corpusDirs(root, work) {
  const corpus = path.join(root, "test/corpus");
  const { cases } = JSON.parse(readFileSync(path.join(corpus, "cases.json"), "utf8"));
  const dirs = [];
  for (const c of cases.filter((k) => k.file || k.make === "fifty-megabytes")) {
    const dir = path.join(work, c.case);
    mkdirSync(path.join(dir, "good"), { recursive: true });
    mkdirSync(path.join(dir, "bad"), { recursive: true });
    writeFileSync(path.join(dir, "good/ai-workloads.yaml"), GOOD);
    const bad = path.join(dir, "bad/ai-workloads.yaml");
    if (c.file) copyFileSync(path.join(corpus, c.file), bad);
    else writeFileSync(bad, `version: 1\nworkloads:\n${FIFTY_MB.repeat(Math.ceil((50 << 20) / FIFTY_MB.length))}`);
    dirs.push({ name: c.case, dir, args: c.args ?? [] });
  }
  return dirs;
}

/** Source files built to make a naive scanner quadratic: unclosed quotes, comments and templates. */
function hostileSources(dir) {
  writeFileSync(path.join(dir, "a.ts"), "`${`".repeat(50_000));
  writeFileSync(path.join(dir, "a.py"), '"""' + "x".repeat(1_000_000));
  writeFileSync(path.join(dir, "b.js"), "/*" + 'model: "gpt-4o"'.repeat(50_000));
  writeFileSync(path.join(dir, "c.js"), '"'.repeat(200_000));
}

/** A 40,000-model price book named 20 times by each of 4 manifests (it must be loaded once). */
function sharedPriceBook(dir) {
  const models = Array.from({ length: 40_000 }, (_, i) => ({
    provider: "together",
    id: `acme/m-${i}`,
    source: "s",
    asOf: "2026-01-01",
    serverless: { input: 1, output: 1 },
  }));
  const sources = { s: { title: "s", url: "https://example.test", asOf: "2026-01-01" } };
  writeFileSync(
    path.join(dir, "big.json"),
    JSON.stringify({
      formatVersion: 1,
      version: "2026.1.0",
      asOf: "2026-01-01",
      currency: "USD",
      sources,
      models,
      hardware: [],
      providers: {},
    }),
  );
  const catalogs = Array.from({ length: 20 }, () => "../big.json").join(", ");
  for (let i = 0; i < 4; i++) {
    mkdirSync(path.join(dir, `m${i}`));
    writeFileSync(
      path.join(dir, `m${i}/ai-workloads.yaml`),
      `version: 1\ncatalogs: [${catalogs}]\nworkloads:\n  - name: chat\n    model: acme/m-7\n    tokens: { input: 1000, output: 100 }\n    requests: { per_month: 100000 }\n`,
    );
  }
}

/** V8's longest string on 64-bit, in UTF-16 code units (the outputs are ASCII: one byte each). */
const V8_MAX_STRING = 2 ** 29 - 24;

/** The last bytes of a file too large to read as one string. */
function tail(file, bytes = 256) {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(bytes);
  const n = readSync(fd, buffer, 0, bytes, Math.max(0, statSync(file).size - bytes));
  closeSync(fd);
  return buffer.subarray(0, n).toString("latin1");
}

/** The outputs too large for one string and the largest prompt template, through the bundled CLI, once each. */
function benchHuge({ series, cli, work }) {
  /** One run in work/`folder`, stdout to a file: the run, with the output's size and last bytes. */
  const once = (label, folder, args) => {
    const out = path.join(work, `${folder}.out`);
    const run = series(label, 1, process.execPath, [cli, ...args], path.join(work, folder), out);
    const output = { bytes: statSync(out).size, end: tail(out) };
    rmSync(out);
    return {
      ...run,
      ...output,
      detail: `${(output.bytes / 2 ** 20).toFixed(0)} MB written, exit ${run.status}, ${run.rssMb.toFixed(0)} MB`,
    };
  };
  for (const folder of ["report", "page", "prompt"]) mkdirSync(path.join(work, folder));

  writeLongNoteRepo(path.join(work, "report"), { copies: 7, workloads: 4_000 });
  const json = once("check --format json, a report past V8's string limit", "report", ["check", "--format", "json"]);
  writeLongPathRepo(path.join(work, "page"), 14_000);
  const html = once("check --format html, 2 x 14,000 workloads under a 4,015-character path", "page", ["check", "--format", "html"]);
  writeFileSync(
    path.join(work, "prompt", "ai-workloads.yaml"),
    "version: 1\nprices: [{ model: house-model, input: 1, output: 2 }]\nworkloads:\n  - name: t\n    provider: self\n    model: house-model\n    tokens: { input_from: prompt.md, output: 10 }\n    requests: { per_month: 1000 }\n",
  );
  // 5 MiB (the file limit) of one letter: the worst case for pair merging.
  writeFileSync(path.join(work, "prompt", "prompt.md"), "a".repeat(5 * 1024 * 1024 - 1));
  const prompt = once("estimate, a 5 MiB prompt template of one letter", "prompt", ["estimate", "--format", "json"]);

  const rows = [
    { ...json, size: "7 x 4,000", mb: "-" },
    { ...html, size: "2 x 14,000", mb: "-" },
    { ...prompt, size: "1", mb: "5" },
  ];
  const targets = [
    {
      name: "a JSON report past V8's string limit: whole, exit 0, <= 4 GB",
      ok: json.status === 0 && json.bytes > V8_MAX_STRING && json.end.endsWith('"notes": []\n}\n') && !(json.rssMb > 4096),
      detail: json.detail,
    },
    {
      name: "a page of 2 x 14,000 workloads under a 4,015-character path: whole, exit 0",
      ok: html.status === 0 && html.end.endsWith("</html>\n"),
      detail: html.detail,
    },
    {
      name: "a 5 MiB one-letter prompt template <= 30 s",
      ok: prompt.status === 0 && prompt.median <= 30,
      detail: `${prompt.median.toFixed(3)} s`,
    },
  ];
  return { rows, targets };
}

/** Times the hostile inputs (`series` is bench.mjs's timer); returns table rows and targets. */
export function benchHostile({ series, cli, root, runs, keep }) {
  const work = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-hostile-"));
  const rows = [];
  const targets = [];
  try {
    const corpus = corpusDirs(root, path.join(work, "corpus"));
    // test/corpus.test.ts runs most cases in-process: each case's own process is measured here.
    const measured = corpus.map((c) =>
      series(`check, corpus case ${c.name}`, 1, process.execPath, [cli, "check", "--format", "json", ...c.args], c.dir),
    );
    const slowest = measured.reduce((a, b) => (b.median > a.median ? b : a));
    const largest = measured.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
    const name = (r) => r.label.replace("check, corpus case ", "");
    rows.push({ ...slowest, size: `${corpus.length} cases`, mb: "-" });
    targets.push({
      name: "slowest corpus case <= 2 s, every case <= 300 MB",
      ok: slowest.median <= 2 && !(largest.rssMb > 300),
      detail: `${name(slowest)}: ${slowest.median.toFixed(3)} s; most memory: ${name(largest)}, ${largest.rssMb.toFixed(0)} MB`,
    });

    const sources = path.join(work, "sources");
    mkdirSync(sources);
    hostileSources(sources);
    const scan = series("scan, quadratic-bait sources", runs, process.execPath, [cli, "scan", "--format", "json"], sources);
    rows.push({ ...scan, size: "4 files", mb: "2.4" });
    targets.push({ name: "scan of quadratic-bait sources <= 2 s", ok: scan.median <= 2, detail: `${scan.median.toFixed(3)} s` });

    const book = path.join(work, "book");
    mkdirSync(book);
    sharedPriceBook(book);
    const estimate = series(
      "estimate, one 40,000-model price book named 80 times",
      runs,
      process.execPath,
      [cli, "estimate", "--format", "json"],
      book,
    );
    rows.push({ ...estimate, size: "4", mb: "-" });
    targets.push({ name: "a price book named 80 times <= 3 s", ok: estimate.median <= 3, detail: `${estimate.median.toFixed(3)} s` });

    const huge = benchHuge({ series, cli, work });
    return { rows: [...rows, ...huge.rows], targets: [...targets, ...huge.targets] };
  } finally {
    if (keep) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
