import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  mergeHtml,
  pageMeta,
  renderMergeMarkdown
} from "./chunk-T25Z4CKQ.js";
import {
  Totals,
  liveWorkloads
} from "./chunk-BHAIR6YR.js";
import "./chunk-CTMNZPL6.js";
import {
  parseReportJson
} from "./chunk-TKWQLNLC.js";
import {
  UsageError,
  ZERO,
  jsonText
} from "./chunk-2REODJWC.js";
import {
  own
} from "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/cli/merge.ts
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/core/finops/merge.ts
var TOP_MOVERS = 20;
var STATUS_ORDER = { pass: 0, warn: 1, fail: 2 };
var Rollup = class {
  reports = 0;
  repositories = [];
  team = new Totals();
  model = new Totals();
  provider = new Totals();
  atRisk = [];
  movers = [];
  total = ZERO;
  base = ZERO;
  complete = true;
  workloads = 0;
  status = "pass";
  add(repository, report) {
    this.reports++;
    const s = report.summary;
    this.repositories.push({
      repository,
      status: s.status,
      monthlyCost: s.monthlyCost,
      baseMonthlyCost: s.baseMonthlyCost ?? null,
      diffMonthlyCost: s.diffMonthlyCost ?? null,
      complete: s.complete,
      workloads: s.workloads,
      errors: s.errors,
      warnings: s.warnings
    });
    this.total = this.total.plus(s.monthlyCost);
    this.base = this.base !== null && s.baseMonthlyCost !== void 0 ? this.base.plus(s.baseMonthlyCost) : null;
    this.complete &&= s.complete;
    this.workloads += s.workloads;
    if (STATUS_ORDER[s.status] > STATUS_ORDER[this.status]) this.status = s.status;
    this.addWorkloads(repository, report);
    for (const b of report.budgets) {
      if (b.status === "ok") continue;
      this.atRisk.push({
        repository,
        kind: "group",
        name: b.name,
        file: b.file,
        monthly: b.monthly,
        projected: b.projected,
        percentUsed: b.percentUsed,
        status: b.status
      });
    }
  }
  addWorkloads(repository, report) {
    for (const w of liveWorkloads(report.workloads)) {
      const cost = w.monthlyCost;
      this.team.add(own(w.tags, "team") ?? "(untagged)", cost);
      this.model.add(w.model, cost);
      this.provider.add(w.provider, cost);
      if (w.budget && w.budget.status !== "ok" && cost) {
        this.atRisk.push({
          repository,
          kind: "workload",
          name: w.name,
          file: w.file,
          monthly: w.budget.monthly,
          projected: cost,
          percentUsed: w.budget.percentUsed,
          status: w.budget.status
        });
      }
    }
    for (const w of report.workloads) {
      if (!w.diffMonthlyCost || w.diffMonthlyCost.isZero()) continue;
      this.movers.push({
        repository,
        file: w.file,
        workload: w.name,
        change: w.change ?? "changed",
        baseMonthlyCost: w.baseMonthlyCost ?? null,
        monthlyCost: w.monthlyCost,
        diffMonthlyCost: w.diffMonthlyCost
      });
    }
    if (this.movers.length > 4 * TOP_MOVERS) this.movers = largestMoves(this.movers);
  }
  result() {
    const diff = this.base === null ? null : this.total.minus(this.base);
    const byCost = (a, b) => b.monthlyCost.comparedTo(a.monthlyCost) || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0);
    const risk = (b) => b.percentUsed === null ? Number.POSITIVE_INFINITY : b.percentUsed.toNumber();
    return {
      reports: this.reports,
      total: {
        monthlyCost: this.total,
        baseMonthlyCost: this.base,
        diffMonthlyCost: diff,
        complete: this.complete,
        workloads: this.workloads,
        status: this.status
      },
      byRepository: [...this.repositories].sort(byCost),
      byTeam: this.team.rows(this.total),
      byModel: this.model.rows(this.total),
      byProvider: this.provider.rows(this.total),
      budgetsAtRisk: [...this.atRisk].sort((a, b) => (a.status === b.status ? 0 : a.status === "over" ? -1 : 1) || risk(b) - risk(a)),
      topMovers: largestMoves(this.movers)
    };
  }
};
function largestMoves(movers) {
  return [...movers].sort((a, b) => b.diffMonthlyCost.abs().comparedTo(a.diffMonthlyCost.abs())).slice(0, TOP_MOVERS);
}

// src/cli/merge.ts
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
function repositoryNames(files) {
  const seen = /* @__PURE__ */ new Map();
  return files.map((file) => {
    const base = path.basename(file);
    const name = base === "report.json" ? path.basename(path.dirname(path.resolve(file))) : base.replace(/\.json$/i, "");
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
function systemErrorText(error) {
  if (!(error instanceof Error)) return String(error);
  return "code" in error && typeof error.code === "string" ? error.code : error.message;
}
async function readReport(cwd, file) {
  const absolute = path.resolve(cwd, file);
  const info = await stat(absolute).catch((error) => {
    throw new UsageError(`cannot read ${file}: ${systemErrorText(error)}`);
  });
  if (!info.isFile()) throw new UsageError(`${file} is not a file`);
  if (info.size > MAX_REPORT_BYTES)
    throw new UsageError(`${file} is ${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a report`);
  const parsed = parseReportJson(await readFile(absolute, "utf8"));
  if ("error" in parsed) throw new UsageError(`${file} ${parsed.error}`);
  return parsed.report;
}
async function merge({ values, positionals }, io) {
  if (positionals.length === 0) throw new UsageError("merge needs one or more REPORT.json files (written by check --format json)");
  const names = repositoryNames(positionals.map((p) => path.resolve(io.cwd, p)));
  const rollup = new Rollup();
  for (const [i, file] of positionals.entries()) rollup.add(names[i] ?? file, await readReport(io.cwd, file));
  const merged = rollup.result();
  if (values.format === "json") io.stdout.write(jsonText(merged));
  else if (values.format === "markdown") io.stdout.write(renderMergeMarkdown(merged));
  else
    for (const chunk of await mergeHtml(merged, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })))
      io.stdout.write(chunk);
  return 0;
}
export {
  MAX_REPORT_BYTES,
  merge,
  repositoryNames
};
