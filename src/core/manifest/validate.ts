import type { ErrorObject } from "ajv";
import validateSchema from "./generated/manifest-validator.js";
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

type Json = Record<string, unknown>;

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

function counts(value: unknown): Counts {
  if (value !== null && typeof value === "object") {
    const r = value as Counts;
    return { low: r.low, expected: r.expected, high: r.high };
  }
  const n = (value as number | undefined) ?? 0;
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

function tagsOf(value: unknown): Record<string, string> {
  // A null-prototype record: tag keys such as __proto__ must stay plain data.
  const out: Record<string, string> = Object.create(null);
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

/** Sets one tag as an own data property: a plain assignment of `__proto__` would set the prototype. */
function setTag(tags: Record<string, string>, key: string, value: string): void {
  if (key === "__proto__") Object.defineProperty(tags, key, { value, enumerable: true, writable: true, configurable: true });
  else tags[key] = value;
}

/** The defaults' tags overridden by the workload's, in the order `{ ...defaults, ...own }` gives. */
function workloadTags(defaults: ReadonlyArray<readonly [string, string]>, value: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [key, tag] of defaults) setTag(tags, key, tag);
  if (value && typeof value === "object")
    for (const key of Object.keys(value)) setTag(tags, key, String((value as Record<string, unknown>)[key]));
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

/** Refusals before the schema runs: each ends validation with one finding. */
function rootIsNotAMapping(parsed: ParsedYaml): Finding | undefined {
  const root = parsed.value;
  if (root !== null && typeof root === "object" && !Array.isArray(root)) return undefined;
  const at = parsed.locate([]);
  // A file of only comments (or nothing) parses to null: say that, not "got null".
  if (root === null || root === undefined) {
    return {
      severity: "error",
      rule: "schema",
      message: "the file has no content, only comments or blank lines; a manifest is a mapping with version and workloads",
      file: parsed.file,
      line: 1,
      col: 1,
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

function tooManyWorkloads(parsed: ParsedYaml, data: Json, maxWorkloads: number): Finding | undefined {
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
  defaults: Json;
  /** The defaults' tags as pairs, read once per file. */
  defaultTags: ReadonlyArray<readonly [string, string]>;
  options: ValidateOptions;
  findings: Findings;
}

/** One raw workload entry being read: its index, name and YAML path. */
interface RawWorkload {
  raw: Json;
  index: number;
  name: string;
  base: YamlPath;
}

/** Rule requests.volume: exactly one of per_month, per_week, per_day, per_hour, per_second. */
function volumeUnit(w: RawWorkload, findings: Findings): VolumeUnit | undefined {
  const units = VOLUME_UNITS.filter((u) => u in (w.raw.requests as Json));
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
function checkRangeOrder(w: RawWorkload, key: string, range: Counts, findings: Findings): void {
  if ((w.raw.tokens as Json)[key] !== undefined && !inOrder(range)) {
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

function dedicatedSpec(raw: Json): DedicatedSpec {
  const spec: DedicatedSpec = {
    hardware: String(raw.hardware),
    gpus: (raw.gpus as number | undefined) ?? 1,
    replicas: (raw.replicas as number | undefined) ?? 1,
    hours: dec((raw.hours as number | undefined) ?? HOURS_PER_MONTH),
  };
  if (raw.hourly_rate !== undefined) spec.hourlyRate = dec(raw.hourly_rate as number);
  if (raw.tokens_per_second !== undefined) spec.tokensPerSecond = dec(raw.tokens_per_second as number);
  if (raw.contract) spec.contract = contractOf(raw.contract as Json);
  return spec;
}

function contractOf(raw: Json): DedicatedContract {
  const part = (key: string) => (typeof raw[key] === "number" ? dec(raw[key]) : undefined);
  const [monthlyMinimum, includedTokens, overagePerMillion] = [
    part("monthly_minimum"),
    part("included_tokens"),
    part("overage_per_million"),
  ];
  return {
    ...(monthlyMinimum ? { monthlyMinimum } : {}),
    ...(includedTokens ? { includedTokens } : {}),
    ...(overagePerMillion ? { overagePerMillion } : {}),
  };
}

function clusterSpec(raw: Json): ClusterSpec {
  const spec: ClusterSpec = {
    hardware: String(raw.hardware),
    gpus: raw.gpus as number,
    hours: dec((raw.hours as number | undefined) ?? HOURS_PER_MONTH),
    storageMonthly: dec((raw.storage_monthly as number | undefined) ?? 0),
    networkMonthly: dec((raw.network_monthly as number | undefined) ?? 0),
  };
  if (raw.hourly_rate !== undefined) spec.hourlyRate = dec(raw.hourly_rate as number);
  if (raw.tokens_per_second !== undefined) spec.tokensPerSecond = dec(raw.tokens_per_second as number);
  return spec;
}

/** One workload after the schema: its rules, then defaults applied. Undefined when a rule stops it. */
function readWorkload(w: RawWorkload, ctx: WorkloadContext): Workload | undefined {
  const { raw, index, name, base } = w;
  const { parsed, defaults, findings } = ctx;
  const unit = volumeUnit(w, findings);
  if (!unit) return undefined;
  const tokens = raw.tokens as Json;
  const requests = raw.requests as Json;
  let input = counts(tokens.input);
  const output = counts(tokens.output);
  const cachedInput = counts(tokens.cached_input);
  const cacheWrite = counts(tokens.cache_write);
  const declared = counts(requests[unit]);
  checkRangeOrder(w, "input", input, findings);
  checkRangeOrder(w, "output", output, findings);
  checkRangeOrder(w, "cached_input", cachedInput, findings);
  checkRangeOrder(w, "cache_write", cacheWrite, findings);
  if (!inOrder(declared)) {
    findings.error(
      "range.order",
      [...w.base, "requests", unit],
      `workloads[${w.index}].requests.${unit} must have low <= expected <= high`,
      w.name,
    );
  }

  let template: Workload["tokens"]["template"];
  if (typeof tokens.input_from === "string") {
    template = templateTokens(w, tokens.input_from, ctx);
    if (!template) return undefined;
    const counted = template.tokens;
    input = { low: input.low + counted, expected: input.expected + counted, high: input.high + counted };
  }
  checkCachedInput(w, input, cachedInput, cacheWrite, findings);

  const mode = ((raw.mode as Mode | undefined) ?? (defaults.mode as Mode | undefined) ?? "serverless") as Mode;
  checkModeSettings(w, mode, findings);

  const start = parsed.locate(base);
  // Where each field findings point at is written (undefined when it is not).
  const locate = (field: WorkloadField) => (raw[field] === undefined ? undefined : parsed.locate(["workloads", index, field]));
  const workloadTokens: Workload["tokens"] = {
    input: mapRange(input, decimal),
    output: mapRange(output, decimal),
    cachedInput: mapRange(cachedInput, decimal),
    cacheWrite: mapRange(cacheWrite, decimal),
  };
  if (template) workloadTokens.template = template;
  const workloadRequests: Workload["requests"] = {
    unit,
    declared: mapRange(declared, decimal),
    perMonth: mapRange(declared, (n) => toPerMonth(unit, decimal(n))),
  };
  if (typeof requests.growth_percent_per_month === "number")
    workloadRequests.growthPercentPerMonth = dec(requests.growth_percent_per_month);
  if (typeof requests.peak_to_average === "number") workloadRequests.peakToAverage = dec(requests.peak_to_average);
  const workload: Workload = {
    id: `${parsed.file}#${name}`,
    file: parsed.file,
    name,
    index,
    line: start.line,
    col: start.col,
    at: {
      model: locate("model"),
      mode: locate("mode"),
      tokens: locate("tokens"),
      budget: locate("budget"),
      dedicated: locate("dedicated"),
      cluster: locate("cluster"),
    },
    provider: (raw.provider as string | undefined) ?? (defaults.provider as string | undefined) ?? "together",
    model: raw.model as string,
    mode,
    latency: (raw.latency ?? defaults.latency) as Workload["latency"],
    tokens: workloadTokens,
    requests: workloadRequests,
    tags: workloadTags(ctx.defaultTags, raw.tags),
  };
  const budget = raw.budget as { monthly: number } | undefined;
  if (budget) workload.budgetMonthly = dec(budget.monthly);
  if (raw.match) workload.match = matchOf(raw.match as Json);
  if (mode === "dedicated" && raw.dedicated) workload.dedicated = dedicatedSpec(raw.dedicated as Json);
  if (mode === "gpu-cluster" && raw.cluster) workload.cluster = clusterSpec(raw.cluster as Json);
  return workload;
}

const SELECTOR_KEYS = ["model", "project_id", "api_key_id", "workspace_id", "service.name"] as const;

/** `match:` as lists (a single value is a list of one); the schema has checked the shapes. */
function matchOf(raw: Json): WorkloadMatch {
  const match: WorkloadMatch = {};
  for (const key of SELECTOR_KEYS) {
    const value = raw[key];
    if (value !== undefined) match[key] = Array.isArray(value) ? (value as string[]) : [value as string];
  }
  if (Array.isArray(raw.tags)) match.tags = raw.tags as string[];
  if (raw.metadata) match.metadata = tagsOf(raw.metadata);
  return match;
}

/** Workloads in file order; rule workload.duplicate-name keeps the first of a name. */
function readWorkloads(data: Json, ctx: WorkloadContext, refused: ReadonlySet<number>): { workloads: Workload[]; templates: string[] } {
  const workloads: Workload[] = [];
  const templates: string[] = [];
  const names = new Map<string, number>();
  (data.workloads as Json[]).forEach((raw, index) => {
    if (refused.has(index)) return;
    const base: YamlPath = ["workloads", index];
    const name = raw.name as string;
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
    const inputFrom = (raw.tokens as Json).input_from;
    if (typeof inputFrom === "string") templates.push(inputFrom);
    const workload = readWorkload({ raw, index, name, base }, ctx);
    if (workload) workloads.push(workload);
  });
  return { workloads, templates };
}

/** Price overrides; rule prices.duplicate refuses a second price for the same provider and model. */
function readPrices(parsed: ParsedYaml, data: Json, findings: Findings): PriceOverride[] {
  const prices: PriceOverride[] = [];
  const priced = new Map<string, number>();
  ((data.prices as Json[] | undefined) ?? []).forEach((raw, index) => {
    const key = `${(raw.provider as string | undefined) ?? ""}|${String(raw.model).toLowerCase()}`;
    if (priced.has(key)) {
      findings.error(
        "prices.duplicate",
        ["prices", index, "model"],
        `prices[${index}] repeats the price of ${String(raw.model)} given in prices[${priced.get(key)}]`,
      );
      return;
    }
    priced.set(key, index);
    const opt = (k: string) => (raw[k] === undefined ? undefined : dec(raw[k] as number));
    prices.push({
      ...(raw.provider ? { provider: raw.provider as string } : {}),
      model: raw.model as string,
      input: dec(raw.input as number),
      output: dec(raw.output as number),
      cachedInput: opt("cached_input"),
      cacheWrite: opt("cache_write"),
      batchInput: opt("batch_input"),
      batchOutput: opt("batch_output"),
      batchCachedInput: opt("batch_cached_input"),
      batchCacheWrite: opt("batch_cache_write"),
      ...(raw.context_window !== undefined ? { contextWindow: raw.context_window as number } : {}),
      line: parsed.locate(["prices", index]).line,
    });
  });
  return prices;
}

/** Group budgets; rule budgets.duplicate-name keeps names unique. */
function readBudgets(parsed: ParsedYaml, data: Json, findings: Findings): GroupBudget[] {
  const budgets: GroupBudget[] = [];
  const names = new Set<string>();
  ((data.budgets as Json[] | undefined) ?? []).forEach((raw, index) => {
    const name = raw.name as string;
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
    budgets.push({ name, match: tagsOf(raw.match), monthly: dec(raw.monthly as number), line: at.line, col: at.col, index });
  });
  return budgets;
}

function readScan(data: Json): ScanSettings {
  const raw = (data.scan as Json | undefined) ?? {};
  return {
    include: (raw.include as string[] | undefined) ?? [],
    exclude: (raw.exclude as string[] | undefined) ?? [],
    tests: (raw.tests as ScanSettings["tests"] | undefined) ?? "report",
  };
}

function readPolicy(data: Json): Policy {
  const raw = (data.policy as Json | undefined) ?? {};
  return {
    warnAtPercent: dec((raw.warn_at_percent as number | undefined) ?? 80),
    requireBudget: raw.require_budget === true,
    unknownModel: (raw.unknown_model as Policy["unknownModel"] | undefined) ?? "error",
    undeclaredModels: (raw.undeclared_models as Policy["undeclaredModels"] | undefined) ?? "off",
    ...(raw.max_increase_percent !== undefined ? { maxIncreasePercent: dec(raw.max_increase_percent as number) } : {}),
    ...(raw.max_increase !== undefined ? { maxIncrease: dec(raw.max_increase as number) } : {}),
    ...(raw.max_price_age_days !== undefined ? { maxPriceAgeDays: raw.max_price_age_days as number } : {}),
    ...(raw.forecast_months !== undefined ? { forecastMonths: raw.forecast_months as number } : {}),
    ...(raw.actuals_variance_percent !== undefined ? { actualsVariancePercent: dec(raw.actuals_variance_percent as number) } : {}),
  };
}

/** The manifest's parts after the schema, minus the workloads it refused; rule findings go to `findings`. */
function readManifest(
  parsed: ParsedYaml,
  data: Json,
  options: ValidateOptions,
  findings: Findings,
  refused: ReadonlySet<number> = new Set(),
): Manifest {
  const defaults = (data.defaults as Json | undefined) ?? {};
  const ctx: WorkloadContext = { parsed, defaults, defaultTags: Object.entries(tagsOf(defaults.tags)), options, findings };
  const { workloads, templates } = readWorkloads(data, ctx, refused);
  return {
    file: parsed.file,
    workloads,
    prices: readPrices(parsed, data, findings),
    budgets: readBudgets(parsed, data, findings),
    policy: readPolicy(data),
    policyLine: data.policy ? parsed.locateKey(["policy"]).line : 1,
    catalogs: (data.catalogs as string[] | undefined) ?? [],
    catalogsAt: ((data.catalogs as string[] | undefined) ?? []).map((_, i) => parsed.locate(["catalogs", i])),
    scan: readScan(data),
    templates,
  };
}

/** Schema errors that leave the other workloads' checks meaningful: in one workload, the budgets, the policy, the version. */
const SALVAGEABLE = /^(\/workloads\/\d+(\/.*)?|\/budgets(\/.*)?|\/policy(\/.*)?|\/version)?$/;

/** What the schema accepted of a refused file, when that is enough to check its workloads' models and limits. */
function salvage(
  parsed: ParsedYaml,
  data: Json,
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
  // Budgets and policy the schema refused are left out: the defaults judge instead.
  const usable: Json = { ...data, budgets: undefined, policy: undefined };
  if (!errors.some((e) => e.instancePath.startsWith("/budgets"))) usable.budgets = data.budgets;
  if (!errors.some((e) => e.instancePath.startsWith("/policy"))) usable.policy = data.policy;
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
  const notAMapping = rootIsNotAMapping(parsed);
  if (notAMapping) return { findings: [notAMapping] };
  const data = parsed.value as Json;
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
