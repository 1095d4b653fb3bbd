import type { ErrorObject } from "ajv";
import validateSchema from "./generated/manifest-validator.js";
import { HOURS_PER_MONTH, dec, type Decimal } from "../money.js";
import { formatPath, type ParsedYaml } from "./parse.js";
import { didYouMean } from "../suggest.js";
import type {
  Finding,
  GroupBudget,
  Manifest,
  Mode,
  Policy,
  PriceOverride,
  Range,
  VolumeUnit,
  Workload,
  WorkloadField,
  YamlPath,
} from "./types.js";

/** Tokens counted offline for `tokens.input_from` templates, keyed by the path as written. */
export type TemplateTokens = ReadonlyMap<string, { tokens: number; tokenizer: string } | { error: string }>;

export interface ValidateOptions {
  templates?: TemplateTokens;
  maxWorkloads?: number;
}

export interface ValidationResult {
  /** Undefined when the file has errors: an invalid file is never half-priced. */
  manifest?: Manifest;
  findings: Finding[];
}

type Json = Record<string, unknown>;

const WORKLOAD_FIELDS: readonly WorkloadField[] = ["model", "mode", "tokens", "requests", "budget", "dedicated", "cluster"];
const VOLUME_UNITS: readonly VolumeUnit[] = ["per_month", "per_day", "per_hour", "per_second"];

/**
 * Requests per month = declared x numerator / denominator. Costs divide last, so per_day
 * amounts stay exact (730/24 has no finite decimal).
 */
export const MONTHLY_FACTOR: Record<VolumeUnit, { numerator: number; denominator: number }> = {
  per_month: { numerator: 1, denominator: 1 },
  per_day: { numerator: 730, denominator: 24 },
  per_hour: { numerator: 730, denominator: 1 },
  per_second: { numerator: 730 * 3600, denominator: 1 },
};

function toPerMonth(unit: VolumeUnit, value: Decimal): Decimal {
  const { numerator, denominator } = MONTHLY_FACTOR[unit];
  return numerator === 1 && denominator === 1 ? value : value.times(numerator).div(denominator);
}

function describe(value: unknown): string {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

interface NumberRule {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** One sentence for a number that breaks its rule, e.g. "must be a whole number of tokens, got 12.5". */
function numberProblem(value: unknown, rule: NumberRule, what: string): string {
  if (typeof value !== "number") return `must be ${what}, got ${describe(value)}`;
  if (!Number.isFinite(value)) return `must be a finite number, got ${describe(value)}`;
  if (rule.type === "integer" && !Number.isInteger(value)) return `must be ${what}, got ${value}`;
  if (rule.minimum !== undefined && value < rule.minimum) return `must be at least ${rule.minimum}, got ${value}`;
  if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum)
    return `must be greater than ${rule.exclusiveMinimum}, got ${value}`;
  if (rule.maximum !== undefined && value > rule.maximum) return `must be at most ${rule.maximum}, got ${value}`;
  return `must be ${what}, got ${describe(value)}`;
}

function whatFor(rule: NumberRule): string {
  return rule.type === "integer" ? "a whole number" : "a number";
}

/** Turns Ajv's errors into one plain sentence per location. */
function schemaFindings(parsed: ParsedYaml, errors: ErrorObject[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // Errors inside a oneOf branch are noise once the oneOf itself is explained.
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const insideOneOf = (e: ErrorObject) =>
    e.keyword !== "oneOf" && oneOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));

  for (const error of errors) {
    if (insideOneOf(error)) continue;
    const path = pathOf(error.instancePath);
    const where = formatPath(path);
    const value = valueAt(parsed.value, path);
    const parent = error.parentSchema as Record<string, unknown> | undefined;
    let message: string;
    let at = parsed.locate(path);
    let findingPath = path;

    switch (error.keyword) {
      case "additionalProperties": {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const known = Object.keys((parent?.properties as Json | undefined) ?? {});
        findingPath = [...path, key];
        at = parsed.locateKey(findingPath);
        message = `unknown key "${key}" in ${where}${didYouMean(key, known)}`;
        break;
      }
      case "required": {
        const key = String((error.params as { missingProperty: string }).missingProperty);
        message = `${where} is missing the required key "${key}"`;
        break;
      }
      case "oneOf": {
        const branches = (parent?.oneOf as NumberRule[] | undefined) ?? [];
        const numeric = branches.find((b) => b.type === "integer" || b.type === "number") ?? {};
        const isTokens = numeric.type === "integer";
        const what = isTokens ? "a whole number of tokens" : "a number";
        if (value !== null && typeof value === "object" && !Array.isArray(value)) {
          const range = value as Json;
          const missing = ["low", "expected", "high"].filter((k) => !(k in range));
          const extra = Object.keys(range).filter((k) => !["low", "expected", "high"].includes(k));
          const bad = ["low", "expected", "high"].find(
            (k) => k in range && numberProblem(range[k], numeric, what) !== `must be ${what}, got ${describe(range[k])}`,
          );
          if (extra.length > 0) {
            findingPath = [...path, extra[0]!];
            at = parsed.locateKey(findingPath);
            message = `unknown key "${extra[0]}" in ${where}; a range has low, expected and high`;
          } else if (missing.length > 0) {
            message = `${where} is a range and needs low, expected and high (missing ${missing.join(", ")})`;
          } else if (bad) {
            findingPath = [...path, bad];
            at = parsed.locate(findingPath);
            message = `${formatPath(findingPath)} ${numberProblem(range[bad], numeric, what)}`;
          } else {
            message = `${where} must be ${what} or a range { low, expected, high }`;
          }
        } else {
          const problem = numberProblem(value, numeric, what);
          message = `${where} ${problem}${/^must be a (whole|number)/.test(problem) ? " or a range { low, expected, high }" : ""}`;
        }
        break;
      }
      case "type":
      case "minimum":
      case "maximum":
      case "exclusiveMinimum": {
        const rule = parent as NumberRule;
        const expected = String((error.params as { type?: string }).type ?? rule.type ?? "number");
        if (error.keyword === "type" && !["number", "integer"].includes(expected)) {
          const noun: Record<string, string> = { object: "a mapping", array: "a list", string: "text", boolean: "true or false" };
          message = `${where} must be ${noun[expected] ?? expected}, got ${describe(value)}`;
        } else {
          message = `${where} ${numberProblem(value, rule, whatFor(rule))}`;
        }
        break;
      }
      case "enum": {
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        message = `${where} must be one of ${allowed.join(", ")}, got ${describe(value)}${
          typeof value === "string" ? didYouMean(value, allowed) : ""
        }`;
        break;
      }
      case "const":
        message = `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${describe(value)}`;
        break;
      case "pattern":
        message =
          typeof value === "string" && /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value)
            ? `${where} contains control or bidirectional-override characters, which can hide what a reviewer reads`
            : `${where} has characters that are not allowed here, got ${describe(value)}`;
        break;
      case "propertyNames": {
        const bad = String((error.params as { propertyName: string }).propertyName);
        message = `${where} has a key ${describe(bad)} that is not allowed; tag keys are 1-64 letters, digits, '_', '.' or '-'`;
        break;
      }
      case "minLength":
        message = `${where} must not be empty`;
        break;
      case "maxLength":
        message = `${where} is too long (at most ${(error.params as { limit: number }).limit} characters)`;
        break;
      case "maxItems":
      case "maxProperties":
        message = `${where} has too many entries (at most ${(error.params as { limit: number }).limit})`;
        break;
      case "minProperties":
        message =
          path[path.length - 1] === "requests"
            ? `${where} needs a volume: one of per_month, per_day, per_hour, per_second`
            : `${where} must not be empty`;
        break;
      case "anyOf":
        message =
          path[path.length - 1] === "tokens"
            ? `${where} needs input (or input_from, a prompt template whose tokens are counted)`
            : `${where} does not match any allowed form`;
        break;
      default:
        message = `${where} ${error.message ?? "is invalid"}`;
    }
    if (error.keyword === "propertyNames" && seen.has(`${error.instancePath}|propertyNames`)) continue;
    const key = `${formatPath(findingPath)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    seen.add(`${error.instancePath}|${error.keyword}`);
    findings.push({
      severity: "error",
      rule: "schema",
      message,
      file: parsed.file,
      line: at.line,
      col: at.col,
      path: formatPath(findingPath),
    });
  }
  return findings;
}

function range(value: unknown): Range {
  if (value !== null && typeof value === "object") {
    const r = value as { low: number; expected: number; high: number };
    return { low: dec(r.low), expected: dec(r.expected), high: dec(r.high) };
  }
  const d = dec((value as number | undefined) ?? 0);
  return { low: d, expected: d, high: d };
}

function mapRange(r: Range, f: (d: Decimal) => Decimal): Range {
  // A plain number shares one Decimal across the three scenarios: convert it once.
  if (r.low === r.expected && r.high === r.expected) {
    const d = f(r.expected);
    return { low: d, expected: d, high: d };
  }
  return { low: f(r.low), expected: f(r.expected), high: f(r.high) };
}

function tagsOf(value: unknown): Record<string, string> {
  // A null-prototype record: tag keys such as __proto__ must stay plain data.
  const out: Record<string, string> = Object.create(null);
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

/** Schema check, then defaults, then small named rules that each push findings. */
export function validateManifest(parsed: ParsedYaml, options: ValidateOptions = {}): ValidationResult {
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const file = parsed.file;
  const root = parsed.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    const at = parsed.locate([]);
    return {
      findings: [
        {
          severity: "error",
          rule: "schema",
          message: `a manifest must be a mapping with version and workloads, got ${describe(root)}`,
          file,
          line: at.line,
          col: at.col,
          path: "(root)",
        },
      ],
    };
  }
  const data = root as Json;
  const maxWorkloads = options.maxWorkloads ?? Infinity;
  if (Array.isArray(data.workloads) && data.workloads.length > maxWorkloads) {
    const at = parsed.locate(["workloads"]);
    return {
      findings: [
        {
          severity: "error",
          rule: "input.too-many-workloads",
          message: `file declares ${data.workloads.length} workloads, over the limit of ${maxWorkloads} (raise it with --max-workloads)`,
          file,
          line: at.line,
          col: at.col,
          path: "workloads",
        },
      ],
    };
  }
  if (!validateSchema(data)) return { findings: schemaFindings(parsed, validateSchema.errors ?? []) };

  const findings: Finding[] = [];
  const error = (rule: string, path: YamlPath, message: string, workload?: string, key = false) => {
    const at = key ? parsed.locateKey(path) : parsed.locate(path);
    findings.push({ severity: "error", rule, message, file, line: at.line, col: at.col, path: formatPath(path), workload });
  };
  const warn = (rule: string, path: YamlPath, message: string, workload?: string) => {
    const at = parsed.locateKey(path);
    findings.push({ severity: "warning", rule, message, file, line: at.line, col: at.col, path: formatPath(path), workload });
  };

  const defaults = (data.defaults as Json | undefined) ?? {};
  const defaultTags = tagsOf(defaults.tags);
  const workloads: Workload[] = [];
  const names = new Map<string, number>();
  const templates: string[] = [];

  (data.workloads as Json[]).forEach((raw, index) => {
    const base: YamlPath = ["workloads", index];
    const name = raw.name as string;
    const first = names.get(name);
    if (first !== undefined) {
      error("workload.duplicate-name", [...base, "name"], `workload name "${name}" is already used by workloads[${first}]; names must be unique within a file`, name);
      return;
    }
    names.set(name, index);

    const tokens = raw.tokens as Json;
    const requests = raw.requests as Json;
    const units = VOLUME_UNITS.filter((u) => u in requests);
    if (units.length !== 1) {
      error(
        "requests.volume",
        [...base, "requests"],
        units.length === 0
          ? `workloads[${index}].requests needs a volume: one of per_month, per_day, per_hour, per_second`
          : `workloads[${index}].requests gives ${units.join(" and ")}; give exactly one volume`,
        name,
      );
      return;
    }
    const unit = units[0]!;

    let input = range(tokens.input);
    const output = range(tokens.output);
    const cachedInput = range(tokens.cached_input);
    const declared = range(requests[unit]);
    let template: Workload["tokens"]["template"];

    for (const [key, r] of [
      ["input", input],
      ["output", output],
      ["cached_input", cachedInput],
    ] as const) {
      if (tokens[key] !== undefined && (r.low.gt(r.expected) || r.expected.gt(r.high))) {
        error("range.order", [...base, "tokens", key], `workloads[${index}].tokens.${key} must have low <= expected <= high`, name);
      }
    }
    if (declared.low.gt(declared.expected) || declared.expected.gt(declared.high)) {
      error("range.order", [...base, "requests", unit], `workloads[${index}].requests.${unit} must have low <= expected <= high`, name);
    }

    if (typeof tokens.input_from === "string") {
      const counted = options.templates?.get(tokens.input_from);
      templates.push(tokens.input_from);
      if (!counted) {
        error("tokens.input-from", [...base, "tokens", "input_from"], `prompt template "${tokens.input_from}" was not read`, name);
        return;
      }
      if ("error" in counted) {
        error("tokens.input-from", [...base, "tokens", "input_from"], `prompt template "${tokens.input_from}": ${counted.error}`, name);
        return;
      }
      template = { path: tokens.input_from, tokens: counted.tokens, tokenizer: counted.tokenizer };
      input = mapRange(input, (d) => d.plus(counted.tokens));
    }

    if (cachedInput.expected.gt(input.expected) || cachedInput.high.gt(input.high)) {
      error(
        "tokens.cached-exceeds-input",
        [...base, "tokens", "cached_input"],
        `workloads[${index}].tokens.cached_input (${cachedInput.expected}) is part of input and cannot exceed it (${input.expected})`,
        name,
      );
    }

    const mode = ((raw.mode as Mode | undefined) ?? (defaults.mode as Mode | undefined) ?? "serverless") as Mode;
    const dedicatedRaw = raw.dedicated as Json | undefined;
    const clusterRaw = raw.cluster as Json | undefined;
    if (mode === "dedicated" && !dedicatedRaw) {
      error("mode.settings", base, `workloads[${index}] runs on a dedicated endpoint and needs dedicated: { hardware, gpus, replicas }`, name);
    }
    if (mode === "gpu-cluster" && !clusterRaw) {
      error("mode.settings", base, `workloads[${index}] runs on a GPU cluster and needs cluster: { hardware, gpus, hourly_rate }`, name);
    }
    if (dedicatedRaw && mode !== "dedicated") {
      warn("mode.unused-settings", [...base, "dedicated"], `workloads[${index}].dedicated is ignored because mode is ${mode}`, name);
    }
    if (clusterRaw && mode !== "gpu-cluster") {
      warn("mode.unused-settings", [...base, "cluster"], `workloads[${index}].cluster is ignored because mode is ${mode}`, name);
    }

    const at = parsed.locate(base);
    const budget = raw.budget as { monthly: number } | undefined;
    workloads.push({
      id: `${file}#${name}`,
      file,
      name,
      index,
      line: at.line,
      col: at.col,
      at: Object.fromEntries(
        WORKLOAD_FIELDS.filter((field) => raw[field] !== undefined).map((field) => [field, parsed.locate([...base, field])]),
      ),
      provider: (raw.provider as string | undefined) ?? (defaults.provider as string | undefined) ?? "together",
      model: raw.model as string,
      mode,
      latency: (raw.latency ?? defaults.latency) as Workload["latency"],
      tokens: { input, output, cachedInput, ...(template ? { template } : {}) },
      requests: {
        unit,
        declared,
        perMonth: mapRange(declared, (d) => toPerMonth(unit, d)),
        ...(typeof requests.growth_percent_per_month === "number" ? { growthPercentPerMonth: dec(requests.growth_percent_per_month) } : {}),
      },
      ...(budget ? { budgetMonthly: dec(budget.monthly) } : {}),
      tags: { ...defaultTags, ...tagsOf(raw.tags) },
      ...(mode === "dedicated" && dedicatedRaw
        ? {
            dedicated: {
              hardware: String(dedicatedRaw.hardware),
              gpus: (dedicatedRaw.gpus as number | undefined) ?? 1,
              replicas: (dedicatedRaw.replicas as number | undefined) ?? 1,
              hours: dec((dedicatedRaw.hours as number | undefined) ?? HOURS_PER_MONTH),
              ...(dedicatedRaw.hourly_rate !== undefined ? { hourlyRate: dec(dedicatedRaw.hourly_rate as number) } : {}),
              ...(dedicatedRaw.tokens_per_second !== undefined ? { tokensPerSecond: dec(dedicatedRaw.tokens_per_second as number) } : {}),
            },
          }
        : {}),
      ...(mode === "gpu-cluster" && clusterRaw
        ? {
            cluster: {
              hardware: String(clusterRaw.hardware),
              gpus: clusterRaw.gpus as number,
              hours: dec((clusterRaw.hours as number | undefined) ?? HOURS_PER_MONTH),
              ...(clusterRaw.hourly_rate !== undefined ? { hourlyRate: dec(clusterRaw.hourly_rate as number) } : {}),
              storageMonthly: dec((clusterRaw.storage_monthly as number | undefined) ?? 0),
              networkMonthly: dec((clusterRaw.network_monthly as number | undefined) ?? 0),
              ...(clusterRaw.tokens_per_second !== undefined ? { tokensPerSecond: dec(clusterRaw.tokens_per_second as number) } : {}),
            },
          }
        : {}),
    });
  });

  const prices: PriceOverride[] = [];
  const priced = new Map<string, number>();
  ((data.prices as Json[] | undefined) ?? []).forEach((raw, index) => {
    const key = `${(raw.provider as string | undefined) ?? ""}|${String(raw.model).toLowerCase()}`;
    if (priced.has(key)) {
      error("prices.duplicate", ["prices", index, "model"], `prices[${index}] repeats the price of ${String(raw.model)} given in prices[${priced.get(key)}]`);
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
      batchInput: opt("batch_input"),
      batchOutput: opt("batch_output"),
      ...(raw.context_window !== undefined ? { contextWindow: raw.context_window as number } : {}),
      line: parsed.locate(["prices", index]).line,
    });
  });

  const budgets: GroupBudget[] = [];
  const budgetNames = new Set<string>();
  ((data.budgets as Json[] | undefined) ?? []).forEach((raw, index) => {
    const name = raw.name as string;
    if (budgetNames.has(name)) {
      error("budgets.duplicate-name", ["budgets", index, "name"], `budget name "${name}" is used twice; group budget names must be unique`);
      return;
    }
    budgetNames.add(name);
    const at = parsed.locate(["budgets", index]);
    budgets.push({ name, match: tagsOf(raw.match), monthly: dec(raw.monthly as number), line: at.line, col: at.col });
  });

  const rawPolicy = (data.policy as Json | undefined) ?? {};
  const policy: Policy = {
    warnAtPercent: dec((rawPolicy.warn_at_percent as number | undefined) ?? 80),
    requireBudget: rawPolicy.require_budget === true,
    unknownModel: (rawPolicy.unknown_model as Policy["unknownModel"] | undefined) ?? "error",
    ...(rawPolicy.max_increase_percent !== undefined ? { maxIncreasePercent: dec(rawPolicy.max_increase_percent as number) } : {}),
    ...(rawPolicy.max_increase !== undefined ? { maxIncrease: dec(rawPolicy.max_increase as number) } : {}),
    ...(rawPolicy.max_price_age_days !== undefined ? { maxPriceAgeDays: rawPolicy.max_price_age_days as number } : {}),
    ...(rawPolicy.forecast_months !== undefined ? { forecastMonths: rawPolicy.forecast_months as number } : {}),
  };

  if (findings.some((f) => f.severity === "error")) return { findings };
  return {
    manifest: {
      file,
      workloads,
      prices,
      budgets,
      policy,
      policyLine: data.policy ? parsed.locateKey(["policy"]).line : 1,
      catalogs: (data.catalogs as string[] | undefined) ?? [],
      templates,
    },
    findings,
  };
}

