import type { FileAnalysis } from "./analyze.js";
import type { PriceBook } from "../prices/catalog.js";
import { estimateWorkload, pricedMonthlyCost, type WorkloadEstimate } from "../cost/estimate.js";
import { evaluateManifest, type Evaluation } from "./evaluate.js";
import { Decimal, ZERO, formatCount, formatPercentChange, formatUnitPrice, formatUsd, formatUsdChange, sum } from "../money.js";
import type { DedicatedContract, Finding, Manifest, Workload } from "../manifest/types.js";
import { finding } from "../rules/finding.js";
import { baseRatesOf, withBasePrices, type BaseRates } from "./base-prices.js";

export type Change = "added" | "removed" | "changed" | "unchanged";
export type Cause = "price" | "mode" | "hardware" | "model" | "tokens" | "volume" | "other";

export interface Driver {
  cause: Cause;
  amount: Decimal;
  detail: string;
}

export interface WorkloadDiff {
  id: string;
  file: string;
  name: string;
  change: Change;
  head?: WorkloadEstimate;
  base?: WorkloadEstimate;
  /** Undefined when either side is unpriced: an unknown delta is never shown as $0. */
  baseMonthlyCost?: Decimal;
  headMonthlyCost?: Decimal;
  diffMonthlyCost?: Decimal;
  drivers: Driver[];
}

export interface DiffResult {
  workloads: WorkloadDiff[];
  baseMonthlyCost: Decimal;
  headMonthlyCost: Decimal;
  diffMonthlyCost: Decimal;
  findings: Finding[];
  /** Things a reviewer should know that are not findings about a workload. */
  notes: string[];
  /** The head's analyses as judged: under --trust base, priced and evaluated by the base's rules. */
  head: FileAnalysis[];
  /** Base workloads left out because an invalid head manifest could hold them. */
  unknownWorkloads: number;
}

export type Trust = "head" | "base";

const MONEY_DUST = new Decimal("1e-18");

const cost = (e: WorkloadEstimate | undefined) => (e?.priced && e.cost ? e.cost.monthlyCost : undefined);

/**
 * localeCompare's order, without building a collator per comparison (10,000 workloads sort in ms).
 * Made on first use: creating it loads ICU's collation data (~10 ms), which a run that never
 * compares two ids should not pay at start-up.
 */
let collator: Intl.Collator | undefined;
const byId = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

/** The keys JSON.stringify writes, in its order. */
function jsonKeys(value: object, skip: ReadonlySet<string> | undefined): string[] {
  return Object.keys(value).filter((k) => {
    const v = (value as Record<string, unknown>)[k];
    return v !== undefined && typeof v !== "function" && !skip?.has(k);
  });
}

/**
 * Whether two values have the same JSON (key order included), without writing it: a diff
 * compares every changed workload's fields this way. `skip`: top-level keys left out.
 */
function sameJson(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a instanceof Decimal || b instanceof Decimal) {
    // A Decimal's JSON is its canonical text: equal values write the same.
    return a instanceof Decimal && b instanceof Decimal && a.eq(b);
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  const keys = jsonKeys(a, skip);
  const other = jsonKeys(b, skip);
  return (
    keys.length === other.length &&
    keys.every((k, i) => k === other[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function modeFields(w: Workload) {
  return { mode: w.mode, dedicated: w.dedicated, cluster: w.cluster };
}

function describeVolume(base: Workload, head: Workload): string {
  const from = base.requests.perMonth.expected;
  const to = head.requests.perMonth.expected;
  const pct = from.isZero() ? "" : ` (${formatPercentChange(to.minus(from).div(from).times(100))})`;
  return `requests ${formatCount(from)} -> ${formatCount(to)}/month${pct}`;
}

function describeTokens(base: Workload, head: Workload): string {
  const parts: string[] = [];
  const pairs = [
    ["input", base.tokens.input.expected, head.tokens.input.expected],
    ["output", base.tokens.output.expected, head.tokens.output.expected],
    ["cached input", base.tokens.cachedInput.expected, head.tokens.cachedInput.expected],
  ] as const;
  for (const [name, from, to] of pairs) if (!from.eq(to)) parts.push(`${name} ${from} -> ${to}`);
  return `tokens per request: ${parts.join(", ")}`;
}

function describeContract(base: DedicatedContract | undefined, head: DedicatedContract | undefined): string {
  const terms = (c: DedicatedContract | undefined) =>
    c
      ? [
          c.monthlyMinimum ? `minimum ${formatUsd(c.monthlyMinimum)}` : "",
          c.includedTokens ? `${formatCount(c.includedTokens)} tokens included` : "",
          c.overagePerMillion ? `overage ${formatUnitPrice(c.overagePerMillion)}/1M` : "",
        ]
          .filter(Boolean)
          .join(", ") || "no terms"
      : "none";
  return `dedicated contract ${terms(base)} -> ${terms(head)}`;
}

function describeMode(base: Workload, head: Workload): string {
  if (base.mode !== head.mode) return `mode ${base.mode} -> ${head.mode}`;
  const spec = (w: Workload) => {
    const d = w.dedicated;
    const c = w.cluster;
    if (d) return `${d.gpus}x ${d.hardware} x ${d.replicas} replica(s), ${d.hours}h${d.hourlyRate ? ` @ $${d.hourlyRate}/GPU-h` : ""}`;
    if (c) return `${c.gpus}x ${c.hardware}, ${c.hours}h${c.hourlyRate ? ` @ $${c.hourlyRate}/GPU-h` : ""}`;
    return w.mode;
  };
  return `hardware ${spec(base)} -> ${spec(head)}`;
}

/** One step of an attribution: the workload with some of the head's values, and what it changed. */
interface Step {
  cause: Cause;
  workload: Workload;
  /** Worded only for a step that changed something. */
  describe: (base: Workload, head: Workload) => string;
}

const describePrice = (b: Workload) => `price override for ${b.model} changed`;
const describeContractStep = (b: Workload, h: Workload) => describeContract(b.dedicated?.contract, h.dedicated?.contract);
const describeModel = (b: Workload, h: Workload) => `model ${b.model} -> ${h.model}`;

/**
 * Splits a workload's change into causes by swapping the head's values into the base one
 * step at a time (price, mode/hardware, model, tokens, volume) and pricing each step; what
 * two changes do together lands on the later step. Every step is priced with the head's
 * catalog, so the steps add up exactly to the total change. The last step that changes
 * something has every priced field of the head, so its cost is the head's.
 */
function attribute(
  b: Workload,
  h: Workload,
  costs: { base: Decimal; head: Decimal },
  pricesChanged: boolean,
  headManifest: Manifest,
  book: PriceBook,
): Driver[] {
  const total = costs.head.minus(costs.base);
  const steps: Step[] = [];
  if (pricesChanged) steps.push({ cause: "price", workload: b, describe: describePrice });
  // A dedicated contract is a price: its change is a driver of its own, before the hardware.
  let current = b;
  if (b.dedicated !== undefined && h.dedicated !== undefined && !sameJson(b.dedicated.contract, h.dedicated.contract)) {
    current = { ...b, dedicated: { ...b.dedicated, contract: h.dedicated.contract } };
    steps.push({ cause: "price", workload: current, describe: describeContractStep });
  }
  if (!sameJson(modeFields(current), modeFields(h))) {
    current = { ...current, ...modeFields(h) };
    steps.push({ cause: b.mode !== h.mode ? "mode" : "hardware", workload: current, describe: describeMode });
  }
  if (b.model !== h.model || b.provider !== h.provider) {
    current = { ...current, model: h.model, provider: h.provider };
    steps.push({ cause: "model", workload: current, describe: describeModel });
  }
  if (!sameJson(b.tokens, h.tokens)) {
    current = { ...current, tokens: h.tokens };
    steps.push({ cause: "tokens", workload: current, describe: describeTokens });
  }
  if (!sameJson(b.requests, h.requests)) {
    current = { ...current, requests: h.requests };
    steps.push({ cause: "volume", workload: current, describe: describeVolume });
  }

  const drivers: Driver[] = [];
  let previous = costs.base;
  for (const [i, step] of steps.entries()) {
    const stepCost = i === steps.length - 1 ? costs.head : pricedMonthlyCost(step.workload, headManifest, book);
    if (stepCost === undefined) {
      // An in-between configuration that cannot be priced (batch of a model without batch, say).
      drivers.push({ cause: "other", amount: costs.head.minus(previous), detail: "the remaining changes together" });
      return drivers;
    }
    drivers.push({ cause: step.cause, amount: stepCost.minus(previous), detail: step.describe(b, h) });
    previous = stepCost;
  }
  const rest = total.minus(drivers.reduce((acc, d) => acc.plus(d.amount), ZERO));
  // With no step changed (a workload priced with another file's books, say) the whole change is other.
  if (rest.abs().gt(MONEY_DUST)) drivers.push({ cause: "other", amount: rest, detail: "other changes (tags, hours, settings)" });
  return drivers;
}

/** Where a workload is written is no change. */
const POSITION_KEYS: ReadonlySet<string> = new Set(["line", "col", "index", "at"]);

function workloadsChanged(a: Workload, b: Workload): boolean {
  return !sameJson(a, b, POSITION_KEYS);
}

function budgetLoosened(base: Manifest, head: Manifest): string[] {
  const reasons: string[] = [];
  const headWorkloads = new Map(head.workloads.map((w) => [w.name, w]));
  for (const w of base.workloads) {
    const now = headWorkloads.get(w.name);
    if (w.budgetMonthly && now && (!now.budgetMonthly || now.budgetMonthly.gt(w.budgetMonthly))) {
      reasons.push(
        `workload ${w.name} budget ${formatUsd(w.budgetMonthly)} -> ${now.budgetMonthly ? formatUsd(now.budgetMonthly) : "none"}`,
      );
    }
  }
  const headGroups = new Map(head.budgets.map((g) => [g.name, g]));
  for (const g of base.budgets) {
    const now = headGroups.get(g.name);
    if (!now) reasons.push(`group budget ${g.name} (${formatUsd(g.monthly)}) removed`);
    else if (now.monthly.gt(g.monthly)) reasons.push(`group budget ${g.name} ${formatUsd(g.monthly)} -> ${formatUsd(now.monthly)}`);
    else if (!sameJson(now.match, g.match))
      reasons.push(`group budget ${g.name} now matches ${JSON.stringify(now.match)} instead of ${JSON.stringify(g.match)}`);
  }
  const p = base.policy;
  const q = head.policy;
  const looser = (name: string, from: Decimal | undefined, to: Decimal | undefined) => {
    if (from && (!to || to.gt(from))) reasons.push(`policy.${name} ${from} -> ${to ?? "none"}`);
  };
  looser("max_increase_percent", p.maxIncreasePercent, q.maxIncreasePercent);
  looser("max_increase", p.maxIncrease, q.maxIncrease);
  if (q.warnAtPercent.gt(p.warnAtPercent)) reasons.push(`policy.warn_at_percent ${p.warnAtPercent} -> ${q.warnAtPercent}`);
  if (p.requireBudget && !q.requireBudget) reasons.push("policy.require_budget true -> false");
  if (p.unknownModel === "error" && q.unknownModel === "warning") reasons.push("policy.unknown_model error -> warning");
  const strictness = { off: 0, warning: 1, error: 2 } as const;
  if (strictness[q.undeclaredModels] < strictness[p.undeclaredModels])
    reasons.push(`policy.undeclared_models ${p.undeclaredModels} -> ${q.undeclaredModels}`);
  if (p.maxPriceAgeDays !== undefined && (q.maxPriceAgeDays === undefined || q.maxPriceAgeDays > p.maxPriceAgeDays)) {
    reasons.push(`policy.max_price_age_days ${p.maxPriceAgeDays} -> ${q.maxPriceAgeDays ?? "none"}`);
  }
  return reasons;
}

// ---- step 1: match -------------------------------------------------------------------------

interface Side {
  estimate: WorkloadEstimate;
  analysis: FileAnalysis;
}

interface Pair {
  head?: Side;
  base?: Side;
}

export interface Matching {
  pairs: Pair[];
  /** Base workloads that cannot be placed because some head manifest is invalid: unknown, never "removed". */
  unknown: Side[];
  /** Base file -> the head files its workloads now live in (itself when it stayed put). */
  successors: Map<string, string[]>;
  /** Head file -> the base files its workloads came from. */
  origins: Map<string, string[]>;
  /** Workloads that moved to another file, `base id -> head id`. */
  moved: Array<{ from: Side; to: Side }>;
  /** Names that appear more than once on a side, so a moved workload could not be placed. */
  ambiguous: string[];
}

/**
 * Pairs base and head workloads: by file and name first, then (for a manifest that moved or
 * was split) by name across files when the name is unique on both sides. A base workload
 * is only "removed" when every head manifest is valid: an unreadable head could hold it.
 */
export function matchWorkloads(base: readonly FileAnalysis[], head: readonly FileAnalysis[]): Matching {
  // A file with the same blob at both revisions shares one analysis: each of its workloads is its own pair.
  const baseFiles = new Set(base);
  const headFilesSet = new Set(head);
  const headById = new Map<string, Side>();
  for (const analysis of head)
    if (!baseFiles.has(analysis)) for (const estimate of analysis.estimates) headById.set(estimate.workload.id, { estimate, analysis });
  const pairs: Pair[] = [];
  const pairedHead = new Set<WorkloadEstimate>();
  const leftover: Side[] = [];
  for (const analysis of base) {
    const shared = headFilesSet.has(analysis);
    for (const estimate of analysis.estimates) {
      const b = { estimate, analysis };
      const h = shared ? b : headById.get(estimate.workload.id);
      if (!h) leftover.push(b);
      else {
        pairs.push({ base: b, head: h });
        pairedHead.add(h.estimate);
      }
    }
  }
  const countNames = (list: readonly Side[]) => {
    const counts = new Map<string, number>();
    for (const s of list) counts.set(s.estimate.workload.name, (counts.get(s.estimate.workload.name) ?? 0) + 1);
    return counts;
  };
  // Head workloads of shared files are all paired: only the others can be new or moved.
  const unpairedHead = [...headById.values()].filter((s) => !pairedHead.has(s.estimate));
  const headByName = new Map<string, Side[]>();
  for (const s of unpairedHead) {
    const list = headByName.get(s.estimate.workload.name);
    if (list) list.push(s);
    else headByName.set(s.estimate.workload.name, [s]);
  }
  const baseNames = countNames(leftover);
  const moved: Matching["moved"] = [];
  const ambiguous = new Set<string>();
  const headInvalid = head.some((f) => !f.manifest);
  const unknown: Side[] = [];
  for (const b of leftover) {
    const name = b.estimate.workload.name;
    const candidates = headByName.get(name) ?? [];
    const [only] = candidates;
    if (only && candidates.length === 1 && baseNames.get(name) === 1) {
      pairs.push({ base: b, head: only });
      pairedHead.add(only.estimate);
      moved.push({ from: b, to: only });
    } else {
      if (candidates.length > 0) ambiguous.add(name);
      if (headInvalid) unknown.push(b);
      else pairs.push({ base: b });
    }
  }
  for (const h of unpairedHead) if (!pairedHead.has(h.estimate)) pairs.push({ head: h });

  const successors = new Map<string, string[]>();
  const origins = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const s = successors.get(from) ?? [];
    if (!s.includes(to)) s.push(to);
    successors.set(from, s);
    const o = origins.get(to) ?? [];
    if (!o.includes(from)) o.push(from);
    origins.set(to, o);
  };
  const headFiles = new Set(head.filter((f) => f.manifest).map((f) => f.file));
  for (const f of base) if (f.manifest && headFiles.has(f.file)) link(f.file, f.file);
  for (const p of pairs) if (p.base && p.head) link(p.base.analysis.file, p.head.analysis.file);
  return { pairs, unknown, successors, origins, moved, ambiguous: [...ambiguous].sort() };
}

// ---- step 2 (--trust base): judge the head by the base's rules ------------------------------

export interface DiffOptions {
  trust?: Trust;
  /** YYYY-MM-DD, for price staleness under the base's policy. */
  today?: string;
  /** The books every file starts from (built-in and --catalog): a manifest new in the head gets these, not its own. */
  book?: PriceBook;
}

function withBudget(workload: Workload, budget: Decimal | undefined): Workload {
  const rest = { ...workload };
  delete rest.budgetMonthly;
  return budget ? { ...rest, budgetMonthly: budget } : rest;
}

interface Judged {
  head: FileAnalysis[];
  /** Head estimate -> the estimate the base's rules give it. */
  rejudged: Map<WorkloadEstimate, WorkloadEstimate>;
  /** Head estimate -> the manifest and book whose prices it was judged by. */
  pricing: Map<WorkloadEstimate, { manifest: Manifest; book: PriceBook }>;
  findings: Finding[];
}

/**
 * A head workload priced by the base's rules: its own rates and contract replaced by the base's
 * (base-prices.ts), and an error when only the head's prices could price it.
 */
function judgeWorkload(
  head: WorkloadEstimate,
  base: Workload | undefined,
  rules: { manifest: Manifest; book: PriceBook; rates: BaseRates },
  findings: Finding[],
): WorkloadEstimate {
  const workload = base ? withBudget(head.workload, base.budgetMonthly) : head.workload;
  const priced = withBasePrices(workload, base, rules.rates, rules.book);
  const judged = estimateWorkload(priced.workload, rules.manifest, rules.book);
  findings.push(...priced.findings);
  if (!judged.priced && head.priced) {
    const w = head.workload;
    const message = `workload ${w.name} is priced only by prices the head states (${w.provider}/${w.model}); under --trust base the base's price sources cannot price it, so it cannot pass`;
    findings.push(finding("price.changed-by-change", { file: w.file, line: w.line, col: w.col, workload: w.name }, message, "error"));
  }
  return judged;
}

/**
 * Under --trust base, the base manifest that governs each head manifest that is new (no base
 * file at its path, no workload from one): the nearest base manifest up the tree, the same
 * folder first. Its policy, prices and group budgets judge the new file's workloads.
 */
export function governingFiles(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  matching: Matching,
): Map<string, FileAnalysis> {
  const byFolder = new Map<string, FileAnalysis>();
  const folderOf = (file: string) => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "");
  for (const f of [...base].sort((a, b) => byId(a.file, b.file)))
    if (f.manifest && !byFolder.has(folderOf(f.file))) byFolder.set(folderOf(f.file), f);
  const baseFiles = new Set(base.map((f) => f.file));
  const governing = new Map<string, FileAnalysis>();
  for (const f of head) {
    if (!f.manifest || baseFiles.has(f.file) || (matching.origins.get(f.file) ?? []).length > 0) continue;
    for (let folder = folderOf(f.file); ; folder = folderOf(folder)) {
      const found = byFolder.get(folder);
      if (found) governing.set(f.file, found);
      if (found || folder === "") break;
    }
  }
  return governing;
}

type Unit = { manifest: Manifest; estimates: WorkloadEstimate[]; fresh: boolean };

const noBudgets = (): Evaluation["workloadBudgets"] => new Map();

/** Evaluates each unit (a base file with its head workloads, or a head file alone); one finding per rule and workload. */
function evaluateUnits(
  units: ReadonlyMap<string, Unit>,
  matching: Matching,
  context: Parameters<typeof evaluateManifest>[2],
  findings: Finding[],
) {
  const budgets = new Map<string, Evaluation["workloadBudgets"]>();
  const groups = new Map<string, Evaluation["groups"]>();
  const said = new Set<string>();
  for (const [key, unit] of units) {
    const evaluation = evaluateManifest({ ...unit.manifest, workloads: unit.estimates.map((e) => e.workload) }, unit.estimates, context);
    for (const finding of evaluation.findings) {
      // A new file's workload judged by its governing base file and by its own rules: one finding per rule.
      const once = `${finding.rule}\u0000${finding.file}\u0000${finding.workload ?? finding.message}`;
      if (!said.has(once))
        findings.push(
          unit.fresh || !finding.rule.startsWith("budget.") ? finding : { ...finding, message: `${finding.message} (base budget)` },
        );
      said.add(once);
    }
    // Group results show under the head file the base file became.
    const shownIn = unit.fresh ? key.slice(1) : (matching.successors.get(key) ?? [])[0];
    if (shownIn !== undefined) groups.set(shownIn, [...(groups.get(shownIn) ?? []), ...evaluation.groups]);
    for (const e of unit.estimates) {
      const use = evaluation.workloadBudgets.get(e.workload.id);
      if (!use) continue;
      const map = budgets.get(e.workload.file) ?? noBudgets();
      map.set(e.workload.id, use);
      budgets.set(e.workload.file, map);
    }
  }
  return { budgets, groups };
}

/** A file that was read and priced: it has a manifest and the books it was priced with. */
type PricedFile = FileAnalysis & { manifest: Manifest; book: PriceBook };

function isPriced(file: FileAnalysis | undefined): file is PricedFile {
  return file?.manifest !== undefined && file.book !== undefined;
}

/** What judging the head by the base's rules collects, workload by workload. */
interface Judging {
  rejudged: Judged["rejudged"];
  pricing: Judged["pricing"];
  /** Evaluation units: each base file with the head workloads that descend from it, and each new head file alone. */
  units: Map<string, Unit>;
  /** Retagging a workload must not take it out of a base group budget: either revision's tags count. */
  baseTags: Map<Workload, Record<string, string>>;
  findings: Finding[];
  /** Each base manifest's own rates, worked out once. */
  ratesOf: (manifest: Manifest) => BaseRates;
}

/**
 * Re-prices and re-evaluates every head workload with the rules of the base file it came
 * from (a new workload: of the base file its manifest came from): that file's `prices:`,
 * price books, budgets, group budgets and policy. A new manifest is judged by its governing
 * base file (`governingFiles`) and by its own budgets and policy on top (they can only add
 * limits); with no base manifest up the tree it keeps only its own, never its own prices:
 * those would let a new file price itself at $0.
 */
function judgeByBase(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  matching: Matching,
  governing: ReadonlyMap<string, FileAnalysis>,
  options: DiffOptions,
): Judged {
  const rulesFileOf = originFiles(base, matching, governing);
  const baseOf = new Map<WorkloadEstimate, Side>();
  for (const p of matching.pairs) if (p.head && p.base) baseOf.set(p.head.estimate, p.base);
  const rates = new Map<Manifest, BaseRates>();
  const judging: Judging = {
    rejudged: new Map(),
    pricing: new Map(),
    units: new Map(),
    baseTags: new Map(),
    findings: [],
    ratesOf: (manifest) => {
      const known = rates.get(manifest);
      if (known) return known;
      const own = baseRatesOf(manifest);
      rates.set(manifest, own);
      return own;
    },
  };
  const judgedFiles = new Map<PricedFile, WorkloadEstimate[]>();
  for (const file of head) {
    if (!isPriced(file)) continue;
    const origin = rulesFileOf(file.file);
    const book = options.book ?? file.book;
    const estimates = file.estimates.map((estimate) => {
      const from = baseOf.get(estimate);
      const rules = from?.analysis ?? origin;
      const judged = isPriced(rules) ? judgeByOrigin(estimate, file, from, rules, judging) : judgeAlone(estimate, file, book, judging);
      judging.rejudged.set(estimate, judged);
      return judged;
    });
    judgedFiles.set(file, estimates);
  }
  // A new file governed by a base file adds its own budgets, groups and policy: it can add limits, never relax them.
  for (const [file, estimates] of judgedFiles) {
    if (governing.has(file.file))
      judging.units.set(`\u0000${file.file}`, { manifest: { ...file.manifest, prices: [] }, estimates, fresh: true });
  }
  const { units, baseTags, findings } = judging;
  const { budgets, groups } = evaluateUnits(units, matching, { ...(options.today ? { today: options.today } : {}), baseTags }, findings);

  const judgedHead = head.map((file): FileAnalysis => {
    const estimates = isPriced(file) ? judgedFiles.get(file) : undefined;
    if (!estimates) return file;
    const stale = new Set<Finding>([...file.estimates.flatMap((e) => e.findings), ...(file.evaluation?.findings ?? [])]);
    return {
      ...file,
      estimates,
      evaluation: { workloadBudgets: budgets.get(file.file) ?? noBudgets(), groups: groups.get(file.file) ?? [], findings: [] },
      findings: [...file.findings.filter((f) => !stale.has(f)), ...estimates.flatMap((e) => e.findings)],
    };
  });
  return { head: judgedHead, rejudged: judging.rejudged, pricing: judging.pricing, findings };
}

/** The base file whose rules judge a head file: the same path, else the first base file its workloads came from, else its governor. */
function originFiles(
  base: readonly FileAnalysis[],
  matching: Matching,
  governing: ReadonlyMap<string, FileAnalysis>,
): (headFile: string) => FileAnalysis | undefined {
  const baseFiles = new Map(base.filter((f) => f.manifest).map((f) => [f.file, f]));
  return (headFile) => {
    const same = baseFiles.get(headFile);
    if (same) return same;
    const from = (matching.origins.get(headFile) ?? []).map((f) => baseFiles.get(f)).filter((f): f is FileAnalysis => f !== undefined);
    return from.sort((a, b) => byId(a.file, b.file))[0] ?? governing.get(headFile);
  };
}

/** A head workload judged by the base file it descends from, in that file's evaluation unit. */
function judgeByOrigin(
  estimate: WorkloadEstimate,
  file: PricedFile,
  from: Side | undefined,
  rules: PricedFile,
  judging: Judging,
): WorkloadEstimate {
  // A workload of a manifest both revisions share was judged by these very rules already.
  const same = from?.estimate === estimate && rules.manifest === file.manifest && rules.book === file.book;
  const judged = same
    ? estimate
    : judgeWorkload(
        estimate,
        from?.estimate.workload,
        { manifest: rules.manifest, book: rules.book, rates: judging.ratesOf(rules.manifest) },
        judging.findings,
      );
  if (from) judging.baseTags.set(judged.workload, from.estimate.workload.tags);
  judging.pricing.set(estimate, { manifest: rules.manifest, book: rules.book });
  addToUnit(judging.units, rules.file, { manifest: rules.manifest, fresh: false }, judged);
  return judged;
}

/** A workload of a new head file no base file governs: its own budgets and policy, never its own prices. */
function judgeAlone(estimate: WorkloadEstimate, file: PricedFile, book: PriceBook, judging: Judging): WorkloadEstimate {
  const own = { ...file.manifest, prices: [] };
  const judged = judgeWorkload(estimate, undefined, { manifest: own, book, rates: new Map() }, judging.findings);
  judging.pricing.set(estimate, { manifest: own, book });
  addToUnit(judging.units, `\u0000${file.file}`, { manifest: own, fresh: true }, judged);
  return judged;
}

function addToUnit(units: Map<string, Unit>, key: string, unit: Omit<Unit, "estimates">, judged: WorkloadEstimate): void {
  const found = units.get(key) ?? { ...unit, estimates: [] };
  found.estimates.push(judged);
  units.set(key, found);
}

// ---- step 3: attribute ---------------------------------------------------------------------

function attributeChanges(matching: Matching, judged: Judged | undefined): WorkloadDiff[] {
  // Pairs come file by file: remember the last comparison of two manifests' prices.
  let last: { base?: Manifest; head?: Manifest; differ: boolean } = { differ: false };
  const pricesDiffer = (base: Manifest | undefined, head: Manifest | undefined): boolean => {
    if (base !== last.base || head !== last.head) last = { base, head, differ: base !== head && !sameJson(base?.prices, head?.prices) };
    return last.differ;
  };
  return matching.pairs.flatMap(({ head: h, base: b }): WorkloadDiff[] => {
    const estimate = h && (judged?.rejudged.get(h.estimate) ?? h.estimate);
    if (h && estimate && b) return [pairDiff(b, h, estimate, judged, pricesDiffer)];
    if (estimate) return [addedDiff(estimate)];
    return b ? [removedDiff(b.estimate)] : [];
  });
}

function addedDiff(estimate: WorkloadEstimate): WorkloadDiff {
  const { id, file, name } = estimate.workload;
  const added: WorkloadDiff = { id, file, name, change: "added", head: estimate, drivers: [] };
  const headCost = cost(estimate);
  if (headCost) {
    added.headMonthlyCost = headCost;
    added.baseMonthlyCost = ZERO;
    added.diffMonthlyCost = headCost;
    added.drivers.push({ cause: "volume", amount: headCost, detail: "new workload" });
  }
  return added;
}

function removedDiff(estimate: WorkloadEstimate): WorkloadDiff {
  const { id, file, name } = estimate.workload;
  const removed: WorkloadDiff = { id, file, name, change: "removed", base: estimate, drivers: [] };
  const baseCost = cost(estimate);
  if (baseCost) {
    removed.baseMonthlyCost = baseCost;
    removed.headMonthlyCost = ZERO;
    removed.diffMonthlyCost = baseCost.negated();
    removed.drivers.push({ cause: "volume", amount: removed.diffMonthlyCost, detail: "workload removed" });
  }
  return removed;
}

/** A workload on both sides (`estimate`: the head's, as judged): changed or not, and what drove its change in cost. */
function pairDiff(
  before: Side,
  h: Side,
  estimate: WorkloadEstimate,
  judged: Judged | undefined,
  pricesDiffer: (base: Manifest | undefined, head: Manifest | undefined) => boolean,
): WorkloadDiff {
  const headManifest = h.analysis.manifest;
  const baseManifest = before.analysis.manifest;
  // Under --trust base both sides are priced by the base's rules; otherwise each by its own prices: and the head's books.
  const rules = judged?.pricing.get(h.estimate);
  const prices = rules
    ? { base: rules.manifest, head: rules.manifest, book: rules.book }
    : headManifest && baseManifest && h.analysis.book
      ? { base: baseManifest, head: headManifest, book: h.analysis.book }
      : undefined;
  // A file with the same blob at both revisions shares its analysis: nothing to compare.
  const changed =
    before.estimate !== h.estimate &&
    (workloadsChanged(before.estimate.workload, h.estimate.workload) || (!rules && pricesDiffer(baseManifest, headManifest)));
  const headCost = cost(estimate);
  const baseCost = cost(before.estimate);
  const diff = headCost && baseCost ? headCost.minus(baseCost) : undefined;
  const moved = diff && !diff.isZero();
  const pair: WorkloadDiff = {
    id: estimate.workload.id,
    file: estimate.workload.file,
    name: estimate.workload.name,
    change: changed || moved ? "changed" : "unchanged",
    head: estimate,
    base: before.estimate,
    drivers:
      moved && prices && headCost && baseCost
        ? attribute(
            before.estimate.workload,
            estimate.workload,
            { base: baseCost, head: headCost },
            pricesDiffer(prices.base, prices.head),
            prices.head,
            prices.book,
          )
        : [],
  };
  if (baseCost) pair.baseMonthlyCost = baseCost;
  if (headCost) pair.headMonthlyCost = headCost;
  if (diff) pair.diffMonthlyCost = diff;
  return pair;
}

// ---- step 4: evaluate the policy -----------------------------------------------------------

/** What the policy rules of one head manifest read: the file, its manifest, the base manifests its workloads came from. */
interface FileChange {
  file: string;
  head: Manifest;
  origins: Manifest[];
  /** Under --trust base, for a new file: the base manifest up the tree that governs it. */
  governor?: Manifest;
  /** Where file-level findings point: the head's policy: block. */
  at: { file: string; line: number; col: number };
}

/** Rules increase.absolute and increase.percent: the file's monthly total against max_increase and max_increase_percent. */
function increaseLimits(change: FileChange, fileDiffs: readonly WorkloadDiff[], trust: Trust): Finding[] {
  const before = sum(fileDiffs.map((w) => w.baseMonthlyCost ?? ZERO));
  const after = sum(fileDiffs.map((w) => w.headMonthlyCost ?? ZERO));
  const increase = after.minus(before);
  if (!increase.gt(0)) return [];
  const findings: Finding[] = [];
  // Under --trust base every base file the workloads came from holds the change to its limits, each limit once.
  // A new file: its governor's limits, and its own on top.
  const added = change.governor ? [change.governor.policy, change.head.policy] : [];
  const policies = trust === "base" ? [...change.origins.map((o) => o.policy), ...added] : [change.head.policy];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  for (const policy of policies) {
    if (policy.maxIncrease && increase.gt(policy.maxIncrease) && once(`a${policy.maxIncrease}`)) {
      findings.push(
        finding(
          "increase.absolute",
          { ...change.at, path: "policy.max_increase" },
          `this change raises ${change.file} by ${formatUsdChange(increase)}/mo (${formatUsd(before)} -> ${formatUsd(after)}), over policy.max_increase ${formatUsd(policy.maxIncrease)}/mo`,
        ),
      );
    }
    const limit = policy.maxIncreasePercent;
    if (limit === undefined || before.isZero()) continue;
    const pct = increase.div(before).times(100);
    if (pct.gt(limit) && once(`p${limit}`)) {
      findings.push(
        finding(
          "increase.percent",
          { ...change.at, path: "policy.max_increase_percent" },
          `this change raises ${change.file} by ${formatPercentChange(pct)} (${formatUsd(before)} -> ${formatUsd(after)}/mo), over policy.max_increase_percent ${limit}%`,
        ),
      );
    }
  }
  return findings;
}

/** Rule budget.raised: each limit the head loosens against a base manifest. */
function loosenedLimits(change: FileChange, base: Manifest): Finding[] {
  return budgetLoosened(base, change.head).map((reason) =>
    finding("budget.raised", change.at, `this change loosens a limit: ${reason}; a reviewer should approve the higher spend explicitly`),
  );
}

/**
 * Rule price.changed-by-change: under --trust base, an edit to prices: or catalogs: was not
 * applied; otherwise such an edit is only a note.
 */
function priceEdits(change: FileChange, base: Manifest, trust: Trust, out: { findings: Finding[]; notes: string[] }): void {
  const pricesDiffer = !sameJson(base.prices, change.head.prices);
  const catalogsDiffer = !sameJson(base.catalogs, change.head.catalogs);
  if (trust === "base" && (pricesDiffer || catalogsDiffer)) {
    const what = `${pricesDiffer ? "prices: overrides" : "catalogs: list"}${pricesDiffer && catalogsDiffer ? " and the catalogs: list" : ""}`;
    out.findings.push(
      finding(
        "price.changed-by-change",
        // About the file's prices as a whole: an edit may as well have removed every entry.
        { file: change.file },
        `this change edits the ${what} of ${base.file}; under --trust base the base's prices were applied, not these`,
      ),
    );
    return;
  }
  if (pricesDiffer) out.notes.push(`${change.file}: the prices: overrides differ between base and head`);
  if (catalogsDiffer)
    out.notes.push(`${change.file}: the catalogs: list differs between base and head; both revisions were priced with the head's`);
}

/** One note per pair of files a workload moved between: a moved manifest of thousands of workloads is one move. */
function moveNotes(matching: Matching): string[] {
  const moves = new Map<string, { from: string; to: string; names: string[] }>();
  for (const { from, to } of matching.moved) {
    const key = `${from.analysis.file}\u0000${to.analysis.file}`;
    const move = moves.get(key) ?? { from: from.analysis.file, to: to.analysis.file, names: [] };
    move.names.push(to.estimate.workload.name);
    moves.set(key, move);
  }
  return [...moves.values()].map(
    ({ from, to, names }) => `${names.length === 1 ? `workload ${names[0]}` : `${names.length} workloads`} moved from ${from} to ${to}`,
  );
}

/**
 * Rule trust.unmatched: a renamed workload would shed its base budget. When a budgeted base
 * workload vanished while new ones appeared, or a name is ambiguous, say so and fail rather than guess.
 */
function unmatchedUnderTrust(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  matching: Matching,
  workloads: readonly WorkloadDiff[],
): Finding[] {
  const findings: Finding[] = [];
  const added = workloads.filter((w) => w.change === "added");
  if (added.length > 0) {
    const newNames = `${added
      .slice(0, 5)
      .map((a) => a.name)
      .join(", ")}${added.length > 5 ? ` and ${added.length - 5} more` : ""} ${added.length === 1 ? "is" : "are"} new`;
    const budgeted = new Set(base.filter((f) => (f.manifest?.budgets.length ?? 0) > 0).map((f) => f.file));
    for (const w of workloads) {
      if (w.change !== "removed" || (w.base?.workload.budgetMonthly === undefined && !budgeted.has(w.file))) continue;
      findings.push(
        finding(
          "trust.unmatched",
          // The workload is gone from the head: nothing there to point at.
          { file: w.file, workload: w.name },
          `under --trust base, base workload ${w.name} (${w.file}) has no counterpart in the head while ${newNames}; a rename cannot shed a base budget, so keep the name or remove and add in separate changes`,
        ),
      );
    }
  }
  for (const name of matching.ambiguous) {
    const named = head.flatMap((f) => f.estimates).find((e) => e.workload.name === name)?.workload;
    findings.push(
      finding(
        "trust.unmatched",
        named ? { file: named.file, line: named.line, col: named.col, workload: name } : { file: base[0]?.file ?? "", workload: name },
        `under --trust base, workload ${name} appears in several manifests, so the one that moved cannot be matched to its base budget`,
      ),
    );
  }
  return findings;
}

/** Each head manifest whose workloads came from some base manifest, with the diffs that count against it. */
function fileChanges(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  matching: Matching,
  workloads: readonly WorkloadDiff[],
  governing: ReadonlyMap<string, FileAnalysis>,
): Array<{ change: FileChange; diffs: WorkloadDiff[] }> {
  const baseManifests = new Map(base.flatMap((f) => (f.manifest ? [[f.file, f.manifest] as const] : [])));
  const diffsByFile = new Map<string, WorkloadDiff[]>();
  for (const w of workloads) {
    // A removed workload counts against the file it left; a moved one against the file it lives in now.
    const list = diffsByFile.get(w.file);
    if (list) list.push(w);
    else diffsByFile.set(w.file, [w]);
  }
  const changes: Array<{ change: FileChange; diffs: WorkloadDiff[] }> = [];
  for (const { file, manifest } of head) {
    if (!manifest) continue;
    const origins = (matching.origins.get(file) ?? []).flatMap((f) => baseManifests.get(f) ?? []);
    const governor = governing.get(file)?.manifest;
    if (origins.length === 0 && !governor) continue;
    const own = diffsByFile.get(file) ?? [];
    // A manifest both revisions share, with every workload judged the same at both, changes nothing.
    if (origins.length === 1 && origins[0] === manifest && own.every((w) => w.head === w.base)) continue;
    const left = origins
      .filter((o) => o.file !== file)
      .flatMap((o) => (diffsByFile.get(o.file) ?? []).filter((w) => w.change === "removed"));
    changes.push({
      change: { file, head: manifest, origins, ...(governor ? { governor } : {}), at: { file, line: manifest.policyLine, col: 1 } },
      diffs: [...own, ...left],
    });
  }
  return changes;
}

/** The policy rules of a change, file by file, then across files. */
function evaluatePolicy(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  matching: Matching,
  workloads: readonly WorkloadDiff[],
  trust: Trust,
  governing: ReadonlyMap<string, FileAnalysis>,
): { findings: Finding[]; notes: string[] } {
  const out: { findings: Finding[]; notes: string[] } = { findings: [], notes: [] };
  for (const { change, diffs } of fileChanges(base, head, matching, workloads, governing)) {
    out.findings.push(...increaseLimits(change, diffs, trust));
    // The same manifest object at both revisions (an unchanged blob) loosens nothing and differs in nothing.
    for (const origin of change.origins.filter((o) => o !== change.head)) {
      out.findings.push(...loosenedLimits(change, origin));
      priceEdits(change, origin, trust, out);
    }
  }
  out.notes.push(...moveNotes(matching));
  if (matching.unknown.length > 0) {
    const files = [...new Set(head.filter((f) => !f.manifest).map((f) => f.file))];
    out.notes.push(
      `${matching.unknown.length} base workload(s) could not be matched because ${files.join(", ")} is invalid at the head; they are left out of both totals, not counted as removed`,
    );
  }
  if (trust === "base") out.findings.push(...unmatchedUnderTrust(base, head, matching, workloads));
  return out;
}

// ---- step 5: summarize ---------------------------------------------------------------------

function summarize(workloads: WorkloadDiff[]): Pick<DiffResult, "workloads" | "baseMonthlyCost" | "headMonthlyCost" | "diffMonthlyCost"> {
  const order: Record<Change, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };
  // Sort keys computed once per workload, not once per comparison.
  const keyed = workloads.map((w) => ({ w, order: order[w.change], size: w.diffMonthlyCost?.abs() ?? ZERO }));
  keyed.sort((a, b) => a.order - b.order || b.size.comparedTo(a.size) || byId(a.w.id, b.w.id));
  let baseMonthlyCost = ZERO;
  let headMonthlyCost = ZERO;
  keyed.forEach((k, i) => {
    workloads[i] = k.w;
    baseMonthlyCost = baseMonthlyCost.plus(cost(k.w.base) ?? ZERO);
    headMonthlyCost = headMonthlyCost.plus(cost(k.w.head) ?? ZERO);
  });
  return { workloads, baseMonthlyCost, headMonthlyCost, diffMonthlyCost: headMonthlyCost.minus(baseMonthlyCost) };
}

/**
 * Compares the head revision's analyses to the base's: match -> (under --trust base) judge
 * the head by the base's rules -> attribute each change to its causes -> evaluate the
 * policy -> summarize. `head` in the result is what the report shows: the head's analyses,
 * re-judged under --trust base.
 */
export function diffRevisions(
  base: readonly FileAnalysis[],
  head: readonly FileAnalysis[],
  trustOrOptions: Trust | DiffOptions = "head",
): DiffResult {
  const options = typeof trustOrOptions === "string" ? { trust: trustOrOptions } : trustOrOptions;
  const trust = options.trust ?? "head";
  const matching = matchWorkloads(base, head);
  const governing = trust === "base" ? governingFiles(base, head, matching) : new Map<string, FileAnalysis>();
  const judged = trust === "base" ? judgeByBase(base, head, matching, governing, options) : undefined;
  const workloads = attributeChanges(matching, judged);
  const policy = evaluatePolicy(base, head, matching, workloads, trust, governing);
  return {
    ...summarize(workloads),
    head: judged?.head ?? [...head],
    findings: [...(judged?.findings ?? []), ...policy.findings],
    notes: policy.notes,
    unknownWorkloads: matching.unknown.length,
  };
}
