import type { ErrorObject } from "ajv";
import validateSchema from "./generated/manifest-validator.js";
import type { ManifestDocument, Tags, TokenCount, Workload as WorkloadDocument } from "./generated/manifest-types.js";
import { HOURS_PER_MONTH, dec, type Decimal } from "../money.js";
import { formatPath, type ParsedYaml } from "./parse.js";
import { describe, schemaFindings } from "./schema-messages.js";
import type {
  ClusterSpec,
  DedicatedContract,
  DedicatedSpec,
  Finding,
  GroupBudget,
  Manifest,
  Mode,
  ScanSettings,
  Policy,
  PriceOverride,
  Range,
  SourcePosition,
  VolumeUnit,
  Workload,
  WorkloadField,
  WorkloadMatch,
  YamlPath,
} from "./types.js";
import type { RuleId } from "../rules/registry.js";

/** Tokens counted offline for `tokens.input_from` templates, keyed by the path as written. */
export type TemplateTokens = ReadonlyMap<string, { tokens: number; tokenizer: string } | { error: string }>;

export interface ValidateOptions {
  templates?: TemplateTokens;
  maxWorkloads?: number;
}

export interface ValidationResult {
  /** Undefined when the file has errors: an invalid file is never half-priced. */
  manifest?: Manifest;
  /**
   * When the schema refuses only some workloads (or budgets, policy, version): the rest, so the
   * checks that need a price book (model, hardware, context window) still run on them and every
   * problem of the file shows at once. Never priced into a report.
   */
  partial?: Manifest;
  findings: Finding[];
}

/** A YAML mapping before the schema has checked it. */
type Mapping = Record<string, unknown>;
type Defaults = NonNullable<ManifestDocument["defaults"]>;
type TokenKey = "input" | "output" | "cached_input" | "cache_write";

const VOLUME_UNITS: readonly VolumeUnit[] = ["per_month", "per_week", "per_day", "per_hour", "per_second"];

/**
 * Requests per month = declared x numerator / denominator. Costs divide last, so per_day
 * amounts stay exact (730/24 has no finite decimal).
 */
export const MONTHLY_FACTOR: Record<VolumeUnit, { numerator: number; denominator: number }> = {
  per_month: { numerator: 1, denominator: 1 },
  // A week is 168 of the month's 730 hours.
  per_week: { numerator: 730, denominator: 168 },
  per_day: { numerator: 730, denominator: 24 },
  per_hour: { numerator: 730, denominator: 1 },
  per_second: { numerator: 730 * 3600, denominator: 1 },
};

function toPerMonth(unit: VolumeUnit, value: Decimal): Decimal {
  const { numerator, denominator } = MONTHLY_FACTOR[unit];
  return numerator === 1 && denominator === 1 ? value : value.times(numerator).div(denominator);
}

/**
 * A token count or volume as the schema let it through: one number, or low / expected / high.
 * The rules compare these plain numbers (token counts are integers, and comparing two doubles
 * orders them as their decimal texts do); Decimals are made once the rules have passed.
 */
interface Counts {
  low: number;
  expected: number;
  high: number;
}

function counts(value: TokenCount | undefined): Counts {
  if (typeof value === "object") return { low: value.low, expected: value.expected, high: value.high };
  const n = value ?? 0;
  return { low: n, expected: n, high: n };
}

/** Counts and volumes repeat across a repository's workloads: one (immutable) Decimal per distinct value. */
const decimals = new Map<number, Decimal>();
const MAX_DECIMALS = 1 << 16;

function decimal(n: number): Decimal {
  let d = decimals.get(n);
  if (d === undefined) {
    if (decimals.size >= MAX_DECIMALS) decimals.clear();
    d = dec(n);
    decimals.set(n, d);
  }
  return d;
}

function mapRange(r: Counts, f: (n: number) => Decimal): Range {
  // A plain number shares one Decimal across the three scenarios: convert it once.
  if (r.low === r.expected && r.high === r.expected) {
    const d = f(r.expected);
    return { low: d, expected: d, high: d };
  }
  return { low: f(r.low), expected: f(r.expected), high: f(r.high) };
}

const inOrder = (r: Counts) => !(r.low > r.expected || r.expected > r.high);

function tagsOf(value: Tags | undefined): Record<string, string> {
  // A null-prototype record: tag keys such as __proto__ must stay plain data.
  const out = Object.create(null) as Record<string, string>;
  if (value) for (const [k, v] of Object.entries(value)) out[k] = v;
  return out;
}

/** Sets one tag as an own data property: a plain assignment of `__proto__` would set the prototype. */
function setTag(tags: Record<string, string>, key: string, value: string): void {
  if (key === "__proto__") Object.defineProperty(tags, key, { value, enumerable: true, writable: true, configurable: true });
  else tags[key] = value;
}

/** The defaults' tags overridden by the workload's, in the order `{ ...defaults, ...own }` gives. */
function workloadTags(defaults: ReadonlyArray<readonly [string, string]>, value: Tags | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [key, tag] of defaults) setTag(tags, key, tag);
  if (value) for (const [key, tag] of Object.entries(value)) setTag(tags, key, tag);
  return tags;
}

/** Collects the findings of the rules below, each pointing at a YAML path of the file. */
class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly parsed: ParsedYaml) {}

  error(rule: RuleId, path: YamlPath, message: string, workload?: string): void {
    this.push("error", rule, path, message, this.parsed.locate(path), workload);
  }

  /** Warnings point at the key: the value they talk about is ignored. */
  warn(rule: RuleId, path: YamlPath, message: string, workload?: string): void {
    this.push("warning", rule, path, message, this.parsed.locateKey(path), workload);
  }

  get hasErrors(): boolean {
    return this.list.some((f) => f.severity === "error");
  }

  private push(severity: Finding["severity"], rule: RuleId, path: YamlPath, message: string, at: SourcePosition, workload?: string) {
    this.list.push({ severity, rule, message, file: this.parsed.file, line: at.line, col: at.col, path: formatPath(path), workload });
  }
}

const isMapping = (value: unknown): value is Mapping => value !== null && typeof value === "object" && !Array.isArray(value);

/** Refusals before the schema runs: each ends validation with one finding. */
function notAMapping(parsed: ParsedYaml, root: unknown): Finding {
  const at = parsed.locate([]);
  // A file of only comments (or nothing) parses to null: say that, not "got null".
  if (root === null || root === undefined) {
    return {
      severity: "error",
      rule: "schema",
      message: "the file has no content, only comments or blank lines; a manifest is a mapping with version and workloads",
      file: parsed.file,
    };
  }
  return {
    severity: "error",
    rule: "schema",
    message: `a manifest must be a mapping with version and workloads, got ${describe(root)}`,
    file: parsed.file,
    line: at.line,
    col: at.col,
    path: "(root)",
  };
}

function tooManyWorkloads(parsed: ParsedYaml, data: Mapping, maxWorkloads: number): Finding | undefined {
  if (!Array.isArray(data.workloads) || data.workloads.length <= maxWorkloads) return undefined;
  const at = parsed.locate(["workloads"]);
  return {
    severity: "error",
    rule: "input.too-many-workloads",
    message: `file declares ${data.workloads.length} workloads, over the limit of ${maxWorkloads} (raise it with --max-workloads)`,
    file: parsed.file,
    line: at.line,
    col: at.col,
    path: "workloads",
  };
}

/** What the workload rules share: the file, its defaults and where findings go. */
interface WorkloadContext {
  parsed: ParsedYaml;
  defaults: Defaults;
  /** The defaults' tags as pairs, read once per file. */
  defaultTags: ReadonlyArray<readonly [string, string]>;
  options: ValidateOptions;
  findings: Findings;
}

/** One raw workload entry being read: its index, name and YAML path. */
interface RawWorkload {
  raw: WorkloadDocument;
  index: number;
  name: string;
  base: YamlPath;
}

/** Rule requests.volume: exactly one of per_month, per_week, per_day, per_hour, per_second. */
function volumeUnit(w: RawWorkload, findings: Findings): VolumeUnit | undefined {
  const units = VOLUME_UNITS.filter((u) => u in w.raw.requests);
  if (units.length === 1) return units[0];
  findings.error(
    "requests.volume",
    [...w.base, "requests"],
    units.length === 0
      ? `workloads[${w.index}].requests needs a volume: one of per_month, per_week, per_day, per_hour, per_second`
      : `workloads[${w.index}].requests gives ${units.join(" and ")}; give exactly one volume`,
    w.name,
  );
  return undefined;
}

/** Rule range.order: every range has low <= expected <= high (a token count here, the volume in readWorkload). */
function checkRangeOrder(w: RawWorkload, key: TokenKey, range: Counts, findings: Findings): void {
  if (w.raw.tokens[key] !== undefined && !inOrder(range)) {
    findings.error(
      "range.order",
      [...w.base, "tokens", key],
      `workloads[${w.index}].tokens.${key} must have low <= expected <= high`,
      w.name,
    );
  }
}

/** Rule tokens.input-from: a prompt template's counted tokens, or undefined when it could not be counted. */
function templateTokens(w: RawWorkload, path: string, ctx: WorkloadContext): NonNullable<Workload["tokens"]["template"]> | undefined {
  const counted = ctx.options.templates?.get(path);
  const at = [...w.base, "tokens", "input_from"];
  if (!counted) {
    ctx.findings.error("tokens.input-from", at, `prompt template "${path}" was not read`, w.name);
    return undefined;
  }
  if ("error" in counted) {
    ctx.findings.error("tokens.input-from", at, `prompt template "${path}": ${counted.error}`, w.name);
    return undefined;
  }
  return { path, tokens: counted.tokens, tokenizer: counted.tokenizer };
}

/** Rule tokens.cached-exceeds-input: cached input and cache writes are part of input. */
function checkCachedInput(w: RawWorkload, input: Counts, cachedInput: Counts, cacheWrite: Counts, findings: Findings): void {
  if (cachedInput.expected > input.expected || cachedInput.high > input.high) {
    findings.error(
      "tokens.cached-exceeds-input",
      [...w.base, "tokens", "cached_input"],
      `workloads[${w.index}].tokens.cached_input (${cachedInput.expected}) is part of input and cannot exceed it (${input.expected})`,
      w.name,
    );
  } else if (cachedInput.expected + cacheWrite.expected > input.expected || cachedInput.high + cacheWrite.high > input.high) {
    findings.error(
      "tokens.cached-exceeds-input",
      [...w.base, "tokens", "cache_write"],
      `workloads[${w.index}].tokens.cache_write (${cacheWrite.expected}) and cached_input (${cachedInput.expected}) are part of input and together cannot exceed it (${input.expected})`,
      w.name,
    );
  }
}

/** Rules mode.settings and mode.unused-settings: dedicated and cluster blocks match the mode. */
function checkModeSettings(w: RawWorkload, mode: Mode, findings: Findings): void {
  const { raw, index, base, name } = w;
  if (mode === "dedicated" && !raw.dedicated) {
    findings.error(
      "mode.settings",
      base,
      `workloads[${index}] runs on a dedicated endpoint and needs dedicated: { hardware, gpus, replicas }`,
      name,
    );
  }
  if (mode === "gpu-cluster" && !raw.cluster) {
    findings.error(
      "mode.settings",
      base,
      `workloads[${index}] runs on a GPU cluster and needs cluster: { hardware, gpus, hourly_rate }`,
      name,
    );
  }
  if (raw.dedicated && mode !== "dedicated") {
    findings.warn("mode.unused-settings", [...base, "dedicated"], `workloads[${index}].dedicated is ignored because mode is ${mode}`, name);
  }
  if (raw.cluster && mode !== "gpu-cluster") {
    findings.warn("mode.unused-settings", [...base, "cluster"], `workloads[${index}].cluster is ignored because mode is ${mode}`, name);
  }
}

function dedicatedSpec(raw: NonNullable<WorkloadDocument["dedicated"]>): DedicatedSpec {
  const spec: DedicatedSpec = {
    hardware: raw.hardware,
    gpus: raw.gpus ?? 1,
    replicas: raw.replicas ?? 1,
    hours: dec(raw.hours ?? HOURS_PER_MONTH),
  };
  if (raw.hourly_rate !== undefined) spec.hourlyRate = dec(raw.hourly_rate);
  if (raw.tokens_per_second !== undefined) spec.tokensPerSecond = dec(raw.tokens_per_second);
  if (raw.contract) spec.contract = contractOf(raw.contract);
  return spec;
}

function contractOf(raw: NonNullable<NonNullable<WorkloadDocument["dedicated"]>["contract"]>): DedicatedContract {
  return {
    ...(raw.monthly_minimum !== undefined ? { monthlyMinimum: dec(raw.monthly_minimum) } : {}),
    ...(raw.included_tokens !== undefined ? { includedTokens: dec(raw.included_tokens) } : {}),
    ...(raw.overage_per_million !== undefined ? { overagePerMillion: dec(raw.overage_per_million) } : {}),
  };
}

function clusterSpec(raw: NonNullable<WorkloadDocument["cluster"]>): ClusterSpec {
  const spec: ClusterSpec = {
    hardware: raw.hardware,
    gpus: raw.gpus,
    hours: dec(raw.hours ?? HOURS_PER_MONTH),
    storageMonthly: dec(raw.storage_monthly ?? 0),
    networkMonthly: dec(raw.network_monthly ?? 0),
  };
  if (raw.hourly_rate !== undefined) spec.hourlyRate = dec(raw.hourly_rate);
  if (raw.tokens_per_second !== undefined) spec.tokensPerSecond = dec(raw.tokens_per_second);
  return spec;
}

/** A workload's token counts and volume as written. */
interface WorkloadCounts {
  input: Counts;
  output: Counts;
  cachedInput: Counts;
  cacheWrite: Counts;
  /** The volume, in the workload's unit. */
  declared: Counts;
}

/** The counts and volume, each checked by rule range.order. */
function readCounts(w: RawWorkload, unit: VolumeUnit, findings: Findings): WorkloadCounts {
  const { tokens, requests } = w.raw;
  const read: WorkloadCounts = {
    input: counts(tokens.input),
    output: counts(tokens.output),
    cachedInput: counts(tokens.cached_input),
    cacheWrite: counts(tokens.cache_write),
    declared: counts(requests[unit]),
  };
  checkRangeOrder(w, "input", read.input, findings);
  checkRangeOrder(w, "output", read.output, findings);
  checkRangeOrder(w, "cached_input", read.cachedInput, findings);
  checkRangeOrder(w, "cache_write", read.cacheWrite, findings);
  if (!inOrder(read.declared)) {
    findings.error(
      "range.order",
      [...w.base, "requests", unit],
      `workloads[${w.index}].requests.${unit} must have low <= expected <= high`,
      w.name,
    );
  }
  return read;
}

type Template = NonNullable<Workload["tokens"]["template"]>;

/** The counts with an `input_from` template's tokens added to input; undefined when the template could not be counted. */
function withTemplate(
  w: RawWorkload,
  read: WorkloadCounts,
  ctx: WorkloadContext,
): { read: WorkloadCounts; template?: Template } | undefined {
  const path = w.raw.tokens.input_from;
  if (path === undefined) return { read };
  const template = templateTokens(w, path, ctx);
  if (!template) return undefined;
  const { input } = read;
  const added = template.tokens;
  return { read: { ...read, input: { low: input.low + added, expected: input.expected + added, high: input.high + added } }, template };
}

/** Where the fields that findings point at are written (undefined when they are not). */
function fieldPositions(w: RawWorkload, parsed: ParsedYaml): Workload["at"] {
  const locate = (field: WorkloadField) => (w.raw[field] === undefined ? undefined : parsed.locate([...w.base, field]));
  return {
    model: locate("model"),
    mode: locate("mode"),
    tokens: locate("tokens"),
    budget: locate("budget"),
    dedicated: locate("dedicated"),
    cluster: locate("cluster"),
  };
}

function workloadTokens(read: WorkloadCounts, template: Template | undefined): Workload["tokens"] {
  const tokens: Workload["tokens"] = {
    input: mapRange(read.input, decimal),
    output: mapRange(read.output, decimal),
    cachedInput: mapRange(read.cachedInput, decimal),
    cacheWrite: mapRange(read.cacheWrite, decimal),
  };
  if (template) tokens.template = template;
  return tokens;
}

function workloadRequests(raw: WorkloadDocument["requests"], unit: VolumeUnit, declared: Counts): Workload["requests"] {
  const requests: Workload["requests"] = {
    unit,
    declared: mapRange(declared, decimal),
    perMonth: mapRange(declared, (n) => toPerMonth(unit, decimal(n))),
  };
  if (raw.growth_percent_per_month !== undefined) requests.growthPercentPerMonth = dec(raw.growth_percent_per_month);
  if (raw.peak_to_average !== undefined) requests.peakToAverage = dec(raw.peak_to_average);
  return requests;
}

/** The parts only some workloads have: a budget, `match:`, and the settings of the mode they run in. */
function addOptionalParts(workload: Workload, raw: WorkloadDocument): void {
  if (raw.budget) workload.budgetMonthly = dec(raw.budget.monthly);
  if (raw.match) workload.match = matchOf(raw.match);
  if (workload.mode === "dedicated" && raw.dedicated) workload.dedicated = dedicatedSpec(raw.dedicated);
  if (workload.mode === "gpu-cluster" && raw.cluster) workload.cluster = clusterSpec(raw.cluster);
}

/** One workload after the schema: its rules, then defaults applied. Undefined when a rule stops it. */
function readWorkload(w: RawWorkload, ctx: WorkloadContext): Workload | undefined {
  const { raw, index, name, base } = w;
  const { parsed, defaults, findings } = ctx;
  const unit = volumeUnit(w, findings);
  if (!unit) return undefined;
  const counted = withTemplate(w, readCounts(w, unit, findings), ctx);
  if (!counted) return undefined;
  const { read, template } = counted;
  checkCachedInput(w, read.input, read.cachedInput, read.cacheWrite, findings);
  const mode = raw.mode ?? defaults.mode ?? "serverless";
  checkModeSettings(w, mode, findings);
  const start = parsed.locate(base);
  const workload: Workload = {
    id: `${parsed.file}#${name}`,
    file: parsed.file,
    name,
    index,
    line: start.line,
    col: start.col,
    at: fieldPositions(w, parsed),
    provider: raw.provider ?? defaults.provider ?? "together",
    model: raw.model,
    mode,
    latency: raw.latency ?? defaults.latency,
    tokens: workloadTokens(read, template),
    requests: workloadRequests(raw.requests, unit, read.declared),
    tags: workloadTags(ctx.defaultTags, raw.tags),
  };
  addOptionalParts(workload, raw);
  return workload;
}

type MatchDocument = NonNullable<WorkloadDocument["match"]>;

const SELECTOR_KEYS = ["model", "project_id", "api_key_id", "workspace_id", "service.name"] as const satisfies ReadonlyArray<
  keyof MatchDocument
>;

/** `match:` as lists (a single value is a list of one). */
function matchOf(raw: MatchDocument): WorkloadMatch {
  const match: WorkloadMatch = {};
  for (const key of SELECTOR_KEYS) {
    const value = raw[key];
    if (value !== undefined) match[key] = Array.isArray(value) ? value : [value];
  }
  if (raw.tags) match.tags = raw.tags;
  if (raw.metadata) match.metadata = tagsOf(raw.metadata);
  return match;
}

/** Workloads in file order; rule workload.duplicate-name keeps the first of a name. */
function readWorkloads(
  data: ManifestDocument,
  ctx: WorkloadContext,
  refused: ReadonlySet<number>,
): { workloads: Workload[]; templates: string[] } {
  const workloads: Workload[] = [];
  const templates: string[] = [];
  const names = new Map<string, number>();
  data.workloads.forEach((raw, index) => {
    if (refused.has(index)) return;
    const base: YamlPath = ["workloads", index];
    const { name } = raw;
    const first = names.get(name);
    if (first !== undefined) {
      ctx.findings.error(
        "workload.duplicate-name",
        [...base, "name"],
        `workload name "${name}" is already used by workloads[${first}]; names must be unique within a file`,
        name,
      );
      return;
    }
    names.set(name, index);
    if (raw.tokens.input_from !== undefined) templates.push(raw.tokens.input_from);
    const workload = readWorkload({ raw, index, name, base }, ctx);
    if (workload) workloads.push(workload);
  });
  return { workloads, templates };
}

const decimalOrUndefined = (n: number | undefined) => (n === undefined ? undefined : dec(n));

/** Price overrides; rule prices.duplicate refuses a second price for the same provider and model. */
function readPrices(parsed: ParsedYaml, data: ManifestDocument, findings: Findings): PriceOverride[] {
  const prices: PriceOverride[] = [];
  const priced = new Map<string, number>();
  (data.prices ?? []).forEach((raw, index) => {
    const key = `${raw.provider ?? ""}|${raw.model.toLowerCase()}`;
    const first = priced.get(key);
    if (first !== undefined) {
      findings.error(
        "prices.duplicate",
        ["prices", index, "model"],
        `prices[${index}] repeats the price of ${raw.model} given in prices[${first}]`,
      );
      return;
    }
    priced.set(key, index);
    prices.push({
      ...(raw.provider ? { provider: raw.provider } : {}),
      model: raw.model,
      input: dec(raw.input),
      output: dec(raw.output),
      cachedInput: decimalOrUndefined(raw.cached_input),
      cacheWrite: decimalOrUndefined(raw.cache_write),
      batchInput: decimalOrUndefined(raw.batch_input),
      batchOutput: decimalOrUndefined(raw.batch_output),
      batchCachedInput: decimalOrUndefined(raw.batch_cached_input),
      batchCacheWrite: decimalOrUndefined(raw.batch_cache_write),
      ...(raw.context_window !== undefined ? { contextWindow: raw.context_window } : {}),
      line: parsed.locate(["prices", index]).line,
    });
  });
  return prices;
}

/** Group budgets; rule budgets.duplicate-name keeps names unique. */
function readBudgets(parsed: ParsedYaml, data: ManifestDocument, findings: Findings): GroupBudget[] {
  const budgets: GroupBudget[] = [];
  const names = new Set<string>();
  (data.budgets ?? []).forEach((raw, index) => {
    const { name } = raw;
    if (names.has(name)) {
      findings.error(
        "budgets.duplicate-name",
        ["budgets", index, "name"],
        `budget name "${name}" is used twice; group budget names must be unique`,
      );
      return;
    }
    names.add(name);
    const at = parsed.locate(["budgets", index]);
    budgets.push({ name, match: tagsOf(raw.match), monthly: dec(raw.monthly), line: at.line, col: at.col, index });
  });
  return budgets;
}

function readScan(data: ManifestDocument): ScanSettings {
  const raw = data.scan ?? {};
  return { include: raw.include ?? [], exclude: raw.exclude ?? [], tests: raw.tests ?? "report" };
}

function readPolicy(data: ManifestDocument): Policy {
  const raw = data.policy ?? {};
  return {
    warnAtPercent: dec(raw.warn_at_percent ?? 80),
    requireBudget: raw.require_budget === true,
    unknownModel: raw.unknown_model ?? "error",
    undeclaredModels: raw.undeclared_models ?? "off",
    ...(raw.max_increase_percent !== undefined ? { maxIncreasePercent: dec(raw.max_increase_percent) } : {}),
    ...(raw.max_increase !== undefined ? { maxIncrease: dec(raw.max_increase) } : {}),
    ...(raw.max_price_age_days !== undefined ? { maxPriceAgeDays: raw.max_price_age_days } : {}),
    ...(raw.forecast_months !== undefined ? { forecastMonths: raw.forecast_months } : {}),
    ...(raw.actuals_variance_percent !== undefined ? { actualsVariancePercent: dec(raw.actuals_variance_percent) } : {}),
  };
}

/** The manifest's parts after the schema, minus the workloads it refused; rule findings go to `findings`. */
function readManifest(
  parsed: ParsedYaml,
  data: ManifestDocument,
  options: ValidateOptions,
  findings: Findings,
  refused: ReadonlySet<number> = new Set(),
): Manifest {
  const defaults = data.defaults ?? {};
  const ctx: WorkloadContext = { parsed, defaults, defaultTags: Object.entries(tagsOf(defaults.tags)), options, findings };
  const { workloads, templates } = readWorkloads(data, ctx, refused);
  const catalogs = data.catalogs ?? [];
  return {
    file: parsed.file,
    workloads,
    prices: readPrices(parsed, data, findings),
    budgets: readBudgets(parsed, data, findings),
    policy: readPolicy(data),
    policyLine: data.policy ? parsed.locateKey(["policy"]).line : 1,
    catalogs,
    catalogsAt: catalogs.map((_, i) => parsed.locate(["catalogs", i])),
    scan: readScan(data),
    templates,
  };
}

/** Schema errors that leave the other workloads' checks meaningful: in one workload, the budgets, the policy, the version. */
const SALVAGEABLE = /^(\/workloads\/\d+(\/.*)?|\/budgets(\/.*)?|\/policy(\/.*)?|\/version)?$/;

/** What the schema accepted of a refused file, when that is enough to check its workloads' models and limits. */
function salvage(
  parsed: ParsedYaml,
  data: Mapping,
  errors: readonly ErrorObject[],
  options: ValidateOptions,
): { manifest: Manifest; findings: Finding[] } | undefined {
  // A root error other than a missing or unknown top-level key (workloads missing, not a list) leaves nothing to check.
  const rootOnly = errors.filter((e) => e.instancePath === "");
  if (
    !Array.isArray(data.workloads) ||
    !errors.every((e) => SALVAGEABLE.test(e.instancePath)) ||
    rootOnly.some((e) => e.keyword !== "additionalProperties" && e.keyword !== "required")
  )
    return undefined;
  const refused = new Set(errors.flatMap((e) => /^\/workloads\/(\d+)/.exec(e.instancePath)?.[1] ?? []).map(Number));
  const refuses = (part: string) => errors.some((e) => e.instancePath.startsWith(part));
  // Budgets and policy the schema refused are left out: the defaults judge instead. The schema's
  // other errors are in the workloads left out (refused) or in what is never read (version, unknown
  // keys), so the rest reads as the checked document it is.
  const usable = {
    ...data,
    budgets: refuses("/budgets") ? undefined : data.budgets,
    policy: refuses("/policy") ? undefined : data.policy,
  } as ManifestDocument;
  const findings = new Findings(parsed);
  const manifest = readManifest(parsed, usable, options, findings, refused);
  return { manifest, findings: findings.list };
}

/**
 * The pipeline of one file: early refusals, the schema, then the named rules above over the
 * schema-checked data, each pushing findings. An invalid file yields findings and no manifest;
 * when the schema refused only some workloads, the others still go through the rules (`partial`).
 */
export function validateManifest(parsed: ParsedYaml, options: ValidateOptions = {}): ValidationResult {
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const data = parsed.value;
  if (!isMapping(data)) return { findings: [notAMapping(parsed, data)] };
  const overLimit = tooManyWorkloads(parsed, data, options.maxWorkloads ?? Infinity);
  if (overLimit) return { findings: [overLimit] };
  if (!validateSchema(data)) {
    const errors = validateSchema.errors ?? [];
    const findings = schemaFindings(parsed, errors);
    const partial = salvage(parsed, data, errors, options);
    return partial ? { findings: [...findings, ...partial.findings], partial: partial.manifest } : { findings };
  }

  const findings = new Findings(parsed);
  const manifest = readManifest(parsed, data, options, findings);
  if (findings.hasErrors) return { findings: findings.list, partial: manifest };
  return { manifest, findings: findings.list };
}
