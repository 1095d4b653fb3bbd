import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  COMMENT_MODES,
  DEFAULT_TIMEOUT_MS
} from "./chunk-T7P2KVDE.js";
import {
  DEFAULT_LOG_LIMITS
} from "./chunk-BB374GPY.js";
import {
  TOOL_VERSION
} from "./chunk-WMQJMF3S.js";
import {
  reportJsonChunks
} from "./chunk-XTKKVGZP.js";
import {
  BUILTIN_LAYER,
  Books,
  DEFAULT_GROUP_TAGS,
  DEFAULT_LIMITS,
  MAX_CATALOG_BYTES,
  analyzeParsed,
  buildReport,
  closest,
  countTemplates,
  editDistance,
  estimateWorkload,
  evaluateManifest,
  formatProblem,
  isInputError,
  loadHead,
  noManifests,
  parseCatalog,
  parseManifest,
  pricedMonthlyCost,
  renderValidationMarkdown,
  tableChunks,
  templatePaths,
  validationReport,
  validationSummary
} from "./chunk-DYAFOQEE.js";
import {
  UsageError,
  positiveInt
} from "./chunk-IFBEEHLF.js";
import {
  strictestSetting
} from "./chunk-NXCINRZT.js";
import {
  DEFAULT_PATTERN,
  listTree,
  readBlobs,
  repoInfo,
  resolveCommit,
  resolveInside,
  resolveUnderRoot,
  toPosix
} from "./chunk-BR2U7UA3.js";
import {
  Decimal,
  ZERO,
  formatCount,
  formatPercentChange,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  sum
} from "./chunk-VIZBWKW2.js";

// src/core/prices/import/common.ts
var PROVIDER_ALIASES = /* @__PURE__ */ new Map([
  ["together", "together"],
  ["together_ai", "together"],
  ["together-ai", "together"],
  ["togetherai", "together"],
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["gemini", "google"]
]);
function mapProviderId(feedId) {
  const lower = feedId.trim().toLowerCase();
  return PROVIDER_ALIASES.get(lower) ?? lower.replace(/[^a-z0-9._-]+/g, "-");
}
function perTokenToPerMillion(perToken) {
  return new Decimal(String(perToken)).times(1e6).toNumber();
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function finiteNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function emptyCatalog(sourceKey, title, url, options, license) {
  return {
    formatVersion: 1,
    // Imported catalogs are versioned by their snapshot date so two imports of the same
    // snapshot compare equal.
    version: options.sourceDate.replaceAll("-", "."),
    asOf: options.sourceDate,
    currency: "USD",
    sources: {
      [sourceKey]: { title: `${title} (${options.sourceFile})`, url, asOf: options.sourceDate, license }
    },
    models: [],
    hardware: []
  };
}
function addUnique(list, seen, entry, warnings, origin) {
  const key = `${entry.provider}\0${entry.id.toLowerCase()}`;
  if (seen.has(key)) {
    warnings.push(`${origin}: duplicate of ${entry.provider}/${entry.id} (ids match case-insensitively); kept the first`);
    return;
  }
  seen.add(key);
  list.push(entry);
}
var MAX_PLAUSIBLE_PER_MILLION = 1e3;
function implausiblePrices(catalog, limit = MAX_PLAUSIBLE_PER_MILLION) {
  const problems = [];
  const check = (owner, field, value) => {
    if (value !== void 0 && value > limit) problems.push(`${owner} ${field} ${value}`);
  };
  for (const m of catalog.models) {
    const owner = `${m.provider}/${m.id}`;
    const parts = [
      ["", m.serverless],
      ["batch ", m.batch?.available && m.batch.discounted ? m.batch : void 0],
      ...(m.longContext ?? []).map((t) => [`above ${t.aboveInputTokens} `, t])
    ];
    for (const [prefix, p] of parts) {
      if (!p) continue;
      check(owner, `${prefix}input`, p.input);
      check(owner, `${prefix}output`, p.output);
      check(owner, `${prefix}cachedInput`, p.cachedInput);
      check(owner, `${prefix}cacheWrite`, p.cacheWrite);
    }
  }
  return problems;
}
function withProvenance(catalog, retrieval) {
  const sources = Object.fromEntries(
    Object.entries(catalog.sources).map(([key, source]) => [
      key,
      { ...source, url: retrieval.url, ...retrieval.retrievedAt ? { retrievedAt: retrieval.retrievedAt } : {}, sha256: retrieval.sha256 }
    ])
  );
  return { ...catalog, sources };
}

// src/cli/command.ts
var GLOBAL_OPTIONS = [
  { name: "no-color", type: "boolean", help: "plain output, no ANSI colors (also NO_COLOR=1)" },
  { name: "help", short: "h", type: "boolean", help: "show this help" }
];
function defineCommand(command) {
  return command;
}
function flag(o) {
  return `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.type === "string" ? ` ${o.choices ? o.choices.join("|") : o.value ?? "VALUE"}` : ""}`;
}
function optionLines(options) {
  const flags = options.map(flag);
  const width = Math.max(...flags.map((f) => f.length));
  return options.map((o, i) => {
    const notes = [o.default !== void 0 ? `default ${o.default}` : "", o.multiple ? "repeatable" : ""].filter(Boolean);
    return `  ${flags[i].padEnd(width)}  ${o.help}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  });
}
function commandHelp(command) {
  const out = [`Usage: tokenbudget ${command.name}${command.usage ? ` ${command.usage}` : ""}`, "", command.summary];
  if (command.description) out.push("", command.description);
  out.push("", "Options:", ...optionLines([...command.options, ...GLOBAL_OPTIONS]));
  if (command.examples.length > 0) out.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  return `${out.join("\n")}
`;
}
function suggestFlag(written, options) {
  const names = options.map((o) => o.name);
  if (/^-[^-]$/.test(written)) {
    const match = options.find((o) => o.name.startsWith(written[1].toLowerCase()));
    return match && `--${match.name}`;
  }
  const [best] = closest(written.replace(/^-+/, "").split("=")[0], names, 1);
  return best && `--${best}`;
}
function unknownFlag(written, where, options, elsewhere) {
  const hint = suggestFlag(written, options);
  const name = written.split("=")[0];
  const notes = [elsewhere ? `it is an option of ${elsewhere}` : "", hint ? `did you mean ${hint}?` : ""].filter(Boolean);
  return new UsageError(`unknown option ${name} for ${where}${notes.length ? ` (${notes.join("; ")})` : ""}; see tokenbudget ${where === "tokenbudget" ? "" : `${where} `}--help`);
}
function parseCommand(command, args, owners) {
  const options = [...command.options, ...GLOBAL_OPTIONS];
  const values = {};
  const positionals = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const option = written.startsWith("--") ? options.find((o) => o.name === written.slice(2)) : options.find((o) => o.short !== void 0 && `-${o.short}` === written);
    if (!option) throw unknownFlag(arg, command.name, options, owners?.(written.replace(/^-+/, "")));
    if (option.type === "boolean") {
      if (eq !== -1) throw new UsageError(`--${option.name} takes no value; see tokenbudget ${command.name} --help`);
      values[option.name] = true;
      continue;
    }
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith("--")) value = args[++i];
    if (value === void 0) throw new UsageError(`--${option.name} needs a value (${flag(option)}); see tokenbudget ${command.name} --help`);
    if (option.choices && !option.choices.includes(value)) {
      const best = option.choices.find((c) => editDistance(c, value) <= Math.max(1, Math.floor(value.length / 3)));
      throw new UsageError(`--${option.name} must be one of ${option.choices.join(", ")}, got "${value}"${best ? ` (did you mean "${best}"?)` : ""}`);
    }
    if (option.multiple) values[option.name] = [...values[option.name] ?? [], value];
    else values[option.name] = value;
  }
  for (const o of options) {
    if (values[o.name] !== void 0) continue;
    values[o.name] = o.type === "boolean" ? false : o.multiple ? [] : o.default;
  }
  return { values, positionals };
}

// src/app/run.ts
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";

// src/core/review/diff.ts
var MONEY_DUST = new Decimal("1e-18");
var cost = (e) => e?.priced && e.cost ? e.cost.monthlyCost : void 0;
var collator;
var byId = (a, b) => (collator ??= new Intl.Collator()).compare(a, b);
function jsonKeys(value, skip) {
  return Object.keys(value).filter((k) => {
    const v = value[k];
    return v !== void 0 && typeof v !== "function" && !skip?.has(k);
  });
}
function sameJson(a, b, skip) {
  if (a === b) return true;
  if (a instanceof Decimal || b instanceof Decimal) {
    return a instanceof Decimal && b instanceof Decimal && a.eq(b) && a.isNegative() === b.isNegative();
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  const keys = jsonKeys(a, skip);
  const other = jsonKeys(b, skip);
  return keys.length === other.length && keys.every((k, i) => k === other[i] && sameJson(a[k], b[k]));
}
function modeFields(w) {
  return { mode: w.mode, dedicated: w.dedicated, cluster: w.cluster };
}
function describeVolume(base, head) {
  const from = base.requests.perMonth.expected;
  const to = head.requests.perMonth.expected;
  const pct = from.isZero() ? "" : ` (${formatPercentChange(to.minus(from).div(from).times(100))})`;
  return `requests ${formatCount(from)} -> ${formatCount(to)}/month${pct}`;
}
function describeTokens(base, head) {
  const parts = [];
  const pairs = [
    ["input", base.tokens.input.expected, head.tokens.input.expected],
    ["output", base.tokens.output.expected, head.tokens.output.expected],
    ["cached input", base.tokens.cachedInput.expected, head.tokens.cachedInput.expected]
  ];
  for (const [name, from, to] of pairs) if (!from.eq(to)) parts.push(`${name} ${from} -> ${to}`);
  return `tokens per request: ${parts.join(", ")}`;
}
function describeContract(base, head) {
  const terms = (c) => c ? [
    c.monthlyMinimum ? `minimum ${formatUsd(c.monthlyMinimum)}` : "",
    c.includedTokens ? `${formatCount(c.includedTokens)} tokens included` : "",
    c.overagePerMillion ? `overage ${formatUnitPrice(c.overagePerMillion)}/1M` : ""
  ].filter(Boolean).join(", ") || "no terms" : "none";
  return `dedicated contract ${terms(base)} -> ${terms(head)}`;
}
function describeMode(base, head) {
  if (base.mode !== head.mode) return `mode ${base.mode} -> ${head.mode}`;
  const spec = (w) => {
    const d = w.dedicated;
    const c = w.cluster;
    if (d) return `${d.gpus}x ${d.hardware} x ${d.replicas} replica(s), ${d.hours}h${d.hourlyRate ? ` @ $${d.hourlyRate}/GPU-h` : ""}`;
    if (c) return `${c.gpus}x ${c.hardware}, ${c.hours}h${c.hourlyRate ? ` @ $${c.hourlyRate}/GPU-h` : ""}`;
    return w.mode;
  };
  return `hardware ${spec(base)} -> ${spec(head)}`;
}
var describePrice = (b) => `price override for ${b.model} changed`;
var describeContractStep = (b, h) => describeContract(b.dedicated?.contract, h.dedicated?.contract);
var describeModel = (b, h) => `model ${b.model} -> ${h.model}`;
function attribute(base, head, pricesChanged, headManifest, book) {
  const total = head.cost.monthlyCost.minus(base.cost.monthlyCost);
  const b = base.workload;
  const h = head.workload;
  const steps = [];
  if (pricesChanged) steps.push({ cause: "price", workload: b, describe: describePrice });
  let current = b;
  if (b.dedicated !== void 0 && h.dedicated !== void 0 && !sameJson(b.dedicated.contract, h.dedicated.contract)) {
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
  const drivers = [];
  let previous = base.cost.monthlyCost;
  for (const [i, step] of steps.entries()) {
    const stepCost = i === steps.length - 1 ? head.cost.monthlyCost : pricedMonthlyCost(step.workload, headManifest, book);
    if (stepCost === void 0) {
      drivers.push({ cause: "other", amount: head.cost.monthlyCost.minus(previous), detail: "the remaining changes together" });
      return drivers;
    }
    drivers.push({ cause: step.cause, amount: stepCost.minus(previous), detail: step.describe(b, h) });
    previous = stepCost;
  }
  const rest = total.minus(drivers.reduce((acc, d) => acc.plus(d.amount), ZERO));
  if (rest.abs().gt(MONEY_DUST)) drivers.push({ cause: "other", amount: rest, detail: "other changes (tags, hours, settings)" });
  return drivers;
}
var POSITION_KEYS = /* @__PURE__ */ new Set(["line", "col", "index", "at"]);
function workloadsChanged(a, b) {
  return !sameJson(a, b, POSITION_KEYS);
}
function budgetLoosened(base, head) {
  const reasons = [];
  const headWorkloads = new Map(head.workloads.map((w) => [w.name, w]));
  for (const w of base.workloads) {
    const now = headWorkloads.get(w.name);
    if (w.budgetMonthly && now && (!now.budgetMonthly || now.budgetMonthly.gt(w.budgetMonthly))) {
      reasons.push(`workload ${w.name} budget ${formatUsd(w.budgetMonthly)} -> ${now.budgetMonthly ? formatUsd(now.budgetMonthly) : "none"}`);
    }
  }
  const headGroups = new Map(head.budgets.map((g) => [g.name, g]));
  for (const g of base.budgets) {
    const now = headGroups.get(g.name);
    if (!now) reasons.push(`group budget ${g.name} (${formatUsd(g.monthly)}) removed`);
    else if (now.monthly.gt(g.monthly)) reasons.push(`group budget ${g.name} ${formatUsd(g.monthly)} -> ${formatUsd(now.monthly)}`);
    else if (!sameJson(now.match, g.match)) reasons.push(`group budget ${g.name} now matches ${JSON.stringify(now.match)} instead of ${JSON.stringify(g.match)}`);
  }
  const p = base.policy;
  const q = head.policy;
  const looser = (name, from, to) => {
    if (from && (!to || to.gt(from))) reasons.push(`policy.${name} ${from} -> ${to ?? "none"}`);
  };
  looser("max_increase_percent", p.maxIncreasePercent, q.maxIncreasePercent);
  looser("max_increase", p.maxIncrease, q.maxIncrease);
  if (q.warnAtPercent.gt(p.warnAtPercent)) reasons.push(`policy.warn_at_percent ${p.warnAtPercent} -> ${q.warnAtPercent}`);
  if (p.requireBudget && !q.requireBudget) reasons.push("policy.require_budget true -> false");
  if (p.unknownModel === "error" && q.unknownModel === "warning") reasons.push("policy.unknown_model error -> warning");
  const strictness = { off: 0, warning: 1, error: 2 };
  if (strictness[q.undeclaredModels] < strictness[p.undeclaredModels]) reasons.push(`policy.undeclared_models ${p.undeclaredModels} -> ${q.undeclaredModels}`);
  if (p.maxPriceAgeDays !== void 0 && (q.maxPriceAgeDays === void 0 || q.maxPriceAgeDays > p.maxPriceAgeDays)) {
    reasons.push(`policy.max_price_age_days ${p.maxPriceAgeDays} -> ${q.maxPriceAgeDays ?? "none"}`);
  }
  return reasons;
}
function sides(files) {
  return files.flatMap((analysis) => analysis.estimates.map((estimate) => ({ estimate, analysis })));
}
function matchWorkloads(base, head) {
  const headSides = sides(head);
  const headById = new Map(headSides.map((s) => [s.estimate.workload.id, s]));
  const pairs = [];
  const pairedHead = /* @__PURE__ */ new Set();
  const leftover = [];
  for (const b of sides(base)) {
    const h = headById.get(b.estimate.workload.id);
    if (h) {
      pairs.push({ base: b, head: h });
      pairedHead.add(b.estimate.workload.id);
    } else leftover.push(b);
  }
  const countNames = (list) => {
    const counts = /* @__PURE__ */ new Map();
    for (const s of list) counts.set(s.estimate.workload.name, (counts.get(s.estimate.workload.name) ?? 0) + 1);
    return counts;
  };
  const unpairedHead = headSides.filter((s) => !pairedHead.has(s.estimate.workload.id));
  const headByName = /* @__PURE__ */ new Map();
  for (const s of unpairedHead) {
    const list = headByName.get(s.estimate.workload.name);
    if (list) list.push(s);
    else headByName.set(s.estimate.workload.name, [s]);
  }
  const baseNames = countNames(leftover);
  const moved = [];
  const ambiguous = /* @__PURE__ */ new Set();
  const headInvalid = head.some((f) => !f.manifest);
  const unknown = [];
  for (const b of leftover) {
    const name = b.estimate.workload.name;
    const candidates = headByName.get(name) ?? [];
    if (candidates.length === 1 && baseNames.get(name) === 1) {
      pairs.push({ base: b, head: candidates[0] });
      pairedHead.add(candidates[0].estimate.workload.id);
      moved.push({ from: b, to: candidates[0] });
    } else {
      if (candidates.length > 0) ambiguous.add(name);
      if (headInvalid) unknown.push(b);
      else pairs.push({ base: b });
    }
  }
  for (const h of headSides) if (!pairedHead.has(h.estimate.workload.id)) pairs.push({ head: h });
  const successors = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  const link = (from, to) => {
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
function withBudget(workload, budget) {
  const { budgetMonthly: _dropped, ...rest } = workload;
  return budget ? { ...rest, budgetMonthly: budget } : rest;
}
function judgeByBase(base, head, matching, options) {
  const baseFiles = new Map(base.filter((f) => f.manifest).map((f) => [f.file, f]));
  const baseOf = /* @__PURE__ */ new Map();
  for (const p of matching.pairs) if (p.head && p.base) baseOf.set(p.head.estimate, p.base);
  const originFile = (headFile) => {
    const same = baseFiles.get(headFile);
    if (same) return same;
    const from = (matching.origins.get(headFile) ?? []).map((f) => baseFiles.get(f)).filter((f) => f !== void 0);
    return from.sort((a, b) => byId(a.file, b.file))[0];
  };
  const rejudged = /* @__PURE__ */ new Map();
  const pricing = /* @__PURE__ */ new Map();
  const units = /* @__PURE__ */ new Map();
  const baseTags = /* @__PURE__ */ new Map();
  for (const file of head) {
    if (!file.manifest) continue;
    const origin = originFile(file.file);
    for (const estimate of file.estimates) {
      const from = baseOf.get(estimate);
      const rules = from?.analysis ?? origin;
      let judged;
      if (rules?.manifest && rules.book) {
        const workload = from ? withBudget(estimate.workload, from.estimate.workload.budgetMonthly) : estimate.workload;
        judged = estimateWorkload(workload, rules.manifest, rules.book);
        if (from) baseTags.set(judged.workload, from.estimate.workload.tags);
        pricing.set(estimate, { manifest: rules.manifest, book: rules.book });
        const unit = units.get(rules.file) ?? { manifest: rules.manifest, estimates: [], fresh: false };
        unit.estimates.push(judged);
        units.set(rules.file, unit);
      } else {
        const book = options.book ?? file.book;
        const own = { ...file.manifest, prices: [] };
        judged = estimateWorkload(estimate.workload, own, book);
        pricing.set(estimate, { manifest: own, book });
        const key = `\0${file.file}`;
        const unit = units.get(key) ?? { manifest: own, estimates: [], fresh: true };
        unit.estimates.push(judged);
        units.set(key, unit);
      }
      rejudged.set(estimate, judged);
    }
  }
  const findings = [];
  const budgets = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const [key, unit] of units) {
    const evaluation = evaluateManifest({ ...unit.manifest, workloads: unit.estimates.map((e) => e.workload) }, unit.estimates, { ...options.today ? { today: options.today } : {}, baseTags });
    for (const finding of evaluation.findings) {
      findings.push(unit.fresh || !finding.rule.startsWith("budget.") ? finding : { ...finding, message: `${finding.message} (base budget)` });
    }
    const shownIn = unit.fresh ? key.slice(1) : (matching.successors.get(key) ?? [])[0];
    if (shownIn !== void 0) groups.set(shownIn, [...groups.get(shownIn) ?? [], ...evaluation.groups]);
    for (const e of unit.estimates) {
      const use = evaluation.workloadBudgets.get(e.workload.id);
      if (!use) continue;
      const map = budgets.get(e.workload.file) ?? /* @__PURE__ */ new Map();
      map.set(e.workload.id, use);
      budgets.set(e.workload.file, map);
    }
  }
  const judgedHead = head.map((file) => {
    if (!file.manifest) return file;
    const stale = /* @__PURE__ */ new Set([...file.estimates.flatMap((e) => e.findings), ...file.evaluation?.findings ?? []]);
    const estimates = file.estimates.map((e) => rejudged.get(e));
    return {
      ...file,
      estimates,
      evaluation: { workloadBudgets: budgets.get(file.file) ?? /* @__PURE__ */ new Map(), groups: groups.get(file.file) ?? [], findings: [] },
      findings: [...file.findings.filter((f) => !stale.has(f)), ...estimates.flatMap((e) => e.findings)]
    };
  });
  return { head: judgedHead, rejudged, pricing, findings };
}
function attributeChanges(matching, judged) {
  const workloads = [];
  let last = { differ: false };
  const pricesDiffer = (base, head) => {
    if (base !== last.base || head !== last.head) last = { base, head, differ: base !== head && !sameJson(base?.prices, head?.prices) };
    return last.differ;
  };
  for (const { head: h, base: b } of matching.pairs) {
    const estimate = h ? judged?.rejudged.get(h.estimate) ?? h.estimate : void 0;
    const headCost = cost(estimate);
    if (h && estimate && !b) {
      const added = { id: estimate.workload.id, file: estimate.workload.file, name: estimate.workload.name, change: "added", head: estimate, drivers: [] };
      if (headCost) {
        added.headMonthlyCost = headCost;
        added.baseMonthlyCost = ZERO;
        added.diffMonthlyCost = headCost;
        added.drivers.push({ cause: "volume", amount: headCost, detail: "new workload" });
      }
      workloads.push(added);
      continue;
    }
    const before = b;
    const baseCost = cost(before.estimate);
    if (!h || !estimate) {
      const workload = before.estimate.workload;
      const removed = { id: workload.id, file: workload.file, name: workload.name, change: "removed", base: before.estimate, drivers: [] };
      if (baseCost) {
        removed.baseMonthlyCost = baseCost;
        removed.headMonthlyCost = ZERO;
        removed.diffMonthlyCost = baseCost.negated();
        removed.drivers.push({ cause: "volume", amount: removed.diffMonthlyCost, detail: "workload removed" });
      }
      workloads.push(removed);
      continue;
    }
    const headManifest = h.analysis.manifest;
    const baseManifest = before.analysis.manifest;
    const rules = judged?.pricing.get(h.estimate);
    const prices = rules ? { base: rules.manifest, head: rules.manifest, book: rules.book } : headManifest && baseManifest && h.analysis.book ? { base: baseManifest, head: headManifest, book: h.analysis.book } : void 0;
    const changed = before.estimate !== h.estimate && (workloadsChanged(before.estimate.workload, h.estimate.workload) || !rules && pricesDiffer(baseManifest, headManifest));
    const diff = headCost && baseCost ? headCost.minus(baseCost) : void 0;
    const pair = {
      id: estimate.workload.id,
      file: estimate.workload.file,
      name: estimate.workload.name,
      change: changed || diff && !diff.isZero() ? "changed" : "unchanged",
      head: estimate,
      base: before.estimate,
      drivers: diff && !diff.isZero() && prices ? attribute(before.estimate, estimate, pricesDiffer(prices.base, prices.head), prices.head, prices.book) : []
    };
    if (baseCost) pair.baseMonthlyCost = baseCost;
    if (headCost) pair.headMonthlyCost = headCost;
    if (diff) pair.diffMonthlyCost = diff;
    workloads.push(pair);
  }
  return workloads;
}
function evaluatePolicy(base, head, matching, workloads, trust) {
  const findings = [];
  const notes = [];
  const baseFiles = new Map(base.filter((f) => f.manifest).map((f) => [f.file, f]));
  const diffsByFile = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const list = diffsByFile.get(w.file);
    if (list) list.push(w);
    else diffsByFile.set(w.file, [w]);
  }
  for (const headFile of head) {
    const headManifest = headFile.manifest;
    if (!headManifest) continue;
    const origins = (matching.origins.get(headFile.file) ?? []).map((f) => baseFiles.get(f).manifest);
    if (origins.length === 0) continue;
    const fileDiffs = [...diffsByFile.get(headFile.file) ?? [], ...origins.filter((o) => o.file !== headFile.file).flatMap((o) => (diffsByFile.get(o.file) ?? []).filter((w) => w.change === "removed"))];
    const before = sum(fileDiffs.map((w) => w.baseMonthlyCost ?? ZERO));
    const after = sum(fileDiffs.map((w) => w.headMonthlyCost ?? ZERO));
    const increase = after.minus(before);
    const at = { line: headManifest.policyLine, col: 1 };
    const policies = trust === "base" ? origins.map((o) => o.policy) : [headManifest.policy];
    const seen = /* @__PURE__ */ new Set();
    for (const policy of policies) {
      if (!increase.gt(0)) break;
      if (policy.maxIncrease && increase.gt(policy.maxIncrease) && !seen.has(`a${policy.maxIncrease}`)) {
        seen.add(`a${policy.maxIncrease}`);
        findings.push({
          severity: "error",
          rule: "increase.absolute",
          message: `this change raises ${headFile.file} by ${formatUsdChange(increase)}/mo (${formatUsd(before)} -> ${formatUsd(after)}), over policy.max_increase ${formatUsd(policy.maxIncrease)}/mo`,
          file: headFile.file,
          ...at
        });
      }
      if (policy.maxIncreasePercent !== void 0 && !before.isZero() && !seen.has(`p${policy.maxIncreasePercent}`)) {
        const pct = increase.div(before).times(100);
        if (pct.gt(policy.maxIncreasePercent)) {
          seen.add(`p${policy.maxIncreasePercent}`);
          findings.push({
            severity: "error",
            rule: "increase.percent",
            message: `this change raises ${headFile.file} by ${formatPercentChange(pct)} (${formatUsd(before)} -> ${formatUsd(after)}/mo), over policy.max_increase_percent ${policy.maxIncreasePercent}%`,
            file: headFile.file,
            ...at
          });
        }
      }
    }
    for (const baseManifest of origins) {
      if (baseManifest === headManifest) continue;
      for (const reason of budgetLoosened(baseManifest, headManifest)) {
        findings.push({
          severity: "warning",
          rule: "budget.raised",
          message: `this change loosens a limit: ${reason}; a reviewer should approve the higher spend explicitly`,
          file: headFile.file,
          ...at
        });
      }
      const pricesDiffer = !sameJson(baseManifest.prices, headManifest.prices);
      const catalogsDiffer = !sameJson(baseManifest.catalogs, headManifest.catalogs);
      if (trust === "base" && (pricesDiffer || catalogsDiffer)) {
        findings.push({
          severity: "warning",
          rule: "price.changed-by-change",
          message: `this change edits the ${pricesDiffer ? "prices: overrides" : "catalogs: list"}${pricesDiffer && catalogsDiffer ? " and the catalogs: list" : ""} of ${baseManifest.file}; under --trust base the base's prices were applied, not these`,
          file: headFile.file,
          line: 1,
          col: 1
        });
      } else {
        if (pricesDiffer) notes.push(`${headFile.file}: the prices: overrides differ between base and head`);
        if (catalogsDiffer) notes.push(`${headFile.file}: the catalogs: list differs between base and head; both revisions were priced with the head's`);
      }
    }
  }
  const moves = /* @__PURE__ */ new Map();
  for (const { from, to } of matching.moved) {
    const key = `${from.analysis.file}\0${to.analysis.file}`;
    const move = moves.get(key) ?? { from: from.analysis.file, to: to.analysis.file, names: [] };
    move.names.push(to.estimate.workload.name);
    moves.set(key, move);
  }
  for (const { from, to, names } of moves.values()) {
    notes.push(`${names.length === 1 ? `workload ${names[0]}` : `${names.length} workloads`} moved from ${from} to ${to}`);
  }
  if (matching.unknown.length > 0) {
    const files = [...new Set(head.filter((f) => !f.manifest).map((f) => f.file))];
    notes.push(`${matching.unknown.length} base workload(s) could not be matched because ${files.join(", ")} is invalid at the head; they are left out of both totals, not counted as removed`);
  }
  if (trust === "base") {
    const added = workloads.filter((w) => w.change === "added");
    const newNames = `${added.slice(0, 5).map((a) => a.name).join(", ")}${added.length > 5 ? ` and ${added.length - 5} more` : ""} ${added.length === 1 ? "is" : "are"} new`;
    for (const w of workloads) {
      if (w.change !== "removed" || added.length === 0) continue;
      const hadRules = w.base.workload.budgetMonthly !== void 0 || (baseFiles.get(w.file)?.manifest?.budgets.length ?? 0) > 0;
      if (!hadRules) continue;
      findings.push({
        severity: "error",
        rule: "trust.unmatched",
        message: `under --trust base, base workload ${w.name} (${w.file}) has no counterpart in the head while ${newNames}; a rename cannot shed a base budget, so keep the name or remove and add in separate changes`,
        file: w.file,
        line: 1,
        col: 1,
        workload: w.name
      });
    }
    for (const name of matching.ambiguous) {
      findings.push({
        severity: "error",
        rule: "trust.unmatched",
        message: `under --trust base, workload ${name} appears in several manifests, so the one that moved cannot be matched to its base budget`,
        file: head.find((f) => f.estimates.some((e) => e.workload.name === name))?.file ?? base[0].file,
        line: 1,
        col: 1,
        workload: name
      });
    }
  }
  return { findings, notes };
}
function summarize(workloads) {
  const order = { changed: 0, added: 1, removed: 2, unchanged: 3 };
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
function diffRevisions(base, head, trustOrOptions = "head") {
  const options = typeof trustOrOptions === "string" ? { trust: trustOrOptions } : trustOrOptions;
  const trust = options.trust ?? "head";
  const matching = matchWorkloads(base, head);
  const judged = trust === "base" ? judgeByBase(base, head, matching, options) : void 0;
  const workloads = attributeChanges(matching, judged);
  const policy = evaluatePolicy(base, head, matching, workloads, trust);
  return {
    ...summarize(workloads),
    head: judged?.head ?? [...head],
    findings: [...judged?.findings ?? [], ...policy.findings],
    notes: policy.notes,
    unknownWorkloads: matching.unknown.length
  };
}

// src/app/run.ts
function gitBaseSource(cwd, ref) {
  let entries;
  return {
    ref,
    async list() {
      const repo = await repoInfo(cwd);
      const commit = await resolveCommit(cwd, ref);
      const tree = await listTree(cwd, commit, repo.prefix);
      const files = tree.filter((e) => e.mode !== "120000");
      entries = new Map(files.map((e) => [e.path, e.blob]));
      return files.map((e) => ({ path: e.path, blob: e.blob, size: e.size }));
    },
    async read(paths) {
      const blobs = paths.map((p) => entries?.get(p)).filter((b) => b !== void 0);
      const contents = await readBlobs(cwd, blobs);
      const out = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const blob = entries?.get(p);
        const bytes = blob ? contents.get(blob) : void 0;
        if (bytes) out.set(p, bytes);
      }
      return out;
    }
  };
}
async function changedPriceBooks(cwd, head, source) {
  const books = /* @__PURE__ */ new Map();
  for (const file of head) {
    for (const rel of file.manifest?.catalogs ?? []) {
      const inside = await resolveInside(cwd, file.file, rel);
      if ("absolute" in inside) books.set(toPosix(path.join(path.dirname(file.file), rel)), { absolute: inside.absolute, manifest: file.file });
    }
  }
  if (books.size === 0) return [];
  const before = await source.read([...books.keys()]);
  const changed = [];
  for (const [book, { absolute, manifest }] of books) {
    const now = await readFile(absolute).catch(() => void 0);
    const then = before.get(book);
    if (!now || !then || !Buffer.from(then).equals(now)) changed.push({ manifest, book, was: then ? "changed" : "new" });
  }
  return changed;
}
function baseCatalogReader(source) {
  return async (manifestFile, rel) => {
    const file = toPosix(path.posix.normalize(path.posix.join(path.posix.dirname(manifestFile), rel)));
    const fail = (why) => ({ findings: [{ severity: "error", rule: "catalog.unreadable", message: `catalogs: ${rel} ${why} at ${source.ref}`, file: manifestFile, line: 1, col: 1, path: "catalogs" }] });
    if (path.posix.isAbsolute(rel) || file.startsWith("../") || file === "..") return fail("points outside the repository");
    const bytes = (await source.read([file])).get(file);
    if (!bytes) return fail("does not exist");
    return parseCatalog(file, new TextDecoder().decode(bytes));
  };
}
async function baseCatalogLayers(cwd, files, source, sizes) {
  const layers = [BUILTIN_LAYER];
  const findings = [];
  const root = await realpath(cwd).catch(() => cwd);
  for (const file of files) {
    const finding = (severity, rule, why) => findings.push({ severity, rule, message: `price catalog ${file} ${why}`, file, line: 1, col: 1 });
    const resolved = await resolveUnderRoot(cwd, file, ".");
    if ("problem" in resolved) continue;
    const rel = toPosix(path.relative(root, resolved.absolute));
    if (!sizes.has(rel)) {
      finding("error", "catalog.not-at-base", `does not exist at ${source.ref}; under --trust base only a price book of the base revision may price the change, so it was not used`);
      continue;
    }
    if ((sizes.get(rel) ?? 0) > MAX_CATALOG_BYTES) {
      finding("error", "catalog.too-large", `is over ${MAX_CATALOG_BYTES} bytes at ${source.ref}; it was not read`);
      continue;
    }
    const then = (await source.read([rel])).get(rel);
    if (!then) {
      finding("error", "catalog.not-at-base", `could not be read at ${source.ref}; it was not used`);
      continue;
    }
    const parsed = parseCatalog(file, new TextDecoder().decode(then));
    if ("findings" in parsed) findings.push(...parsed.findings);
    else layers.push(parsed.layer);
    const now = await readFile(resolved.absolute).catch(() => void 0);
    if (!now || !Buffer.from(then).equals(now)) finding("warning", "price.changed-by-change", "changed since the base; under --trust base the base's copy was applied");
  }
  return { layers, findings };
}
async function baseMatcher(cwd, inputs) {
  const { default: picomatch } = await import("./picomatch-J4TJ6TZU.js");
  const patterns = inputs.length === 0 ? [DEFAULT_PATTERN] : inputs.map((input) => {
    const rel = toPosix(path.relative(cwd, path.resolve(cwd, input)));
    if (picomatch.scan(input).isGlob) return toPosix(input).replace(/^\.\//, "");
    return /\.ya?ml$/i.test(rel) ? rel : `${rel ? `${rel}/` : ""}${DEFAULT_PATTERN}`;
  });
  const ignored = picomatch(["**/node_modules/**", "**/.git/**"]);
  const wanted = picomatch(patterns, { dot: true });
  return (p) => wanted(p) && !ignored(p);
}
async function run(options) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cwd = options.cwd;
  const trust = options.trust ?? "head";
  const listing = options.base?.list();
  listing?.catch(() => void 0);
  const { files: head, discovered, blobs: headBlobs, context } = await loadHead({
    cwd,
    paths: options.paths,
    catalogFiles: options.catalogFiles ?? [],
    limits,
    today: options.today,
    blobIds: options.base !== void 0
  });
  let base;
  let baseManifests = [];
  let judgedHead = head;
  if (options.base) {
    const source = options.base;
    const matches = await baseMatcher(cwd, options.paths);
    const listed = await listing;
    const selected = listed.filter((e) => matches(e.path));
    const global = trust === "base" ? await baseCatalogLayers(cwd, options.catalogFiles ?? [], source, new Map(listed.map((e) => [e.path, e.size]))) : { layers: context.books.layers, findings: [] };
    const headByFile = new Map(head.map((f) => [f.file, f]));
    const same = selected.filter((e) => {
      const manifest = headByFile.get(e.path)?.manifest;
      return e.blob !== void 0 && headBlobs.get(e.path) === e.blob && manifest && (trust === "head" || manifest.catalogs.length === 0 && (options.catalogFiles ?? []).length === 0);
    });
    const notes = [...global.findings];
    const baseNotice = (file, why) => notes.push({ severity: "notice", rule: "base.invalid", message: `at ${source.ref} this manifest ${why}; its base is treated as empty`, file, line: 1, col: 1 });
    const reused = new Set(same);
    const toRead = selected.filter((e) => {
      if (reused.has(e)) return false;
      if (e.size !== void 0 && e.size > limits.maxFileBytes) {
        baseNotice(e.path, `is ${e.size} bytes, over the ${limits.maxFileBytes}-byte limit`);
        return false;
      }
      return true;
    });
    const baseContext = trust === "base" ? { ...context, books: new Books(cwd, global.layers, baseCatalogReader(source)) } : void 0;
    const templateWanted = /* @__PURE__ */ new Map();
    const contents = await source.read(toRead.map((e) => e.path));
    const baseFiles = same.map((e) => headByFile.get(e.path));
    const parsedBase = [];
    for (const e of toRead) {
      const bytes = contents.get(e.path);
      if (!bytes) continue;
      const parsed = await parseManifest(e.path, bytes, limits);
      parsedBase.push(parsed);
      templateWanted.set(e.path, templatePaths(parsed).map((t) => toPosix(path.join(path.dirname(e.path), t))));
    }
    const templateBytes = await source.read([...new Set([...templateWanted.values()].flat())]);
    for (const parsed of parsedBase) {
      const templates = await countTemplates(templatePaths(parsed), async (rel) => {
        const bytes = templateBytes.get(toPosix(path.join(path.dirname(parsed.file), rel)));
        return bytes ? { bytes } : { problem: "does not exist at the base revision" };
      });
      const analysis = trust === "base" ? await analyzeParsed(parsed, templates, baseContext) : await analyzeParsed(parsed, templates, context, headByFile.get(parsed.file)?.book);
      const firstError = analysis.findings.find(isInputError);
      if (!analysis.manifest || firstError) {
        const first = firstError ?? analysis.findings[0];
        baseNotice(parsed.file, `was invalid (${first.line}:${first.col} ${first.message})`);
        continue;
      }
      baseFiles.push(analysis);
    }
    baseManifests = baseFiles.flatMap((f) => f.manifest ? [f.manifest] : []);
    const diff = diffRevisions(baseFiles, head, { trust, today: options.today, book: baseContext?.books.global ?? context.books.global });
    diff.findings.push(...notes);
    for (const { manifest, book, was } of await changedPriceBooks(cwd, head, source)) {
      if (trust === "head") diff.notes.push(`price book ${book} ${was === "changed" ? "changed" : "is new"} since the base; both revisions were priced with the head's`);
      else {
        diff.findings.push({
          severity: "warning",
          rule: "price.changed-by-change",
          message: `price book ${book} ${was === "changed" ? "changed" : "is new"} since the base; under --trust base the base's price books were applied`,
          file: manifest,
          line: 1,
          col: 1
        });
      }
    }
    judgedHead = diff.head;
    base = { ref: source.ref, trust, diff };
  }
  const headManifests = head.flatMap((f) => f.manifest ? [f.manifest] : []);
  const setting = strictestSetting(trust === "base" && options.base ? baseManifests : headManifests);
  const codeFindings = setting === "off" ? [] : await (await import("./scan-F66ZDJMW.js")).undeclaredModelFindings({
    cwd,
    paths: [],
    maxFileBytes: limits.maxFileBytes,
    layers: [...new Set(head.flatMap((f) => f.book?.layers ?? context.books.global.layers))],
    manifests: headManifests,
    setting,
    ...options.base ? { base: options.base } : {}
  });
  const report = buildReport(judgedHead, {
    toolVersion: options.toolVersion,
    book: context.books.global,
    groupBy: options.groupBy ?? [],
    codeFindings,
    ...base ? { base } : {}
  });
  return { report, inputErrors: report.findings.some(isInputError), files: discovered };
}

// src/cli/formats.ts
var REPORT_FORMATS = {
  table: { render: (report, { color }) => tableChunks(report, { color }), showsInputProblems: true },
  json: { render: (report) => reportJsonChunks(report) },
  markdown: { render: async (report) => (await import("./markdown-B2GD2E7U.js")).renderMarkdown(report) },
  html: { render: async (report) => (await import("./html-5UABMQD7.js")).reportHtml(report), help: "one self-contained page with charts" },
  csv: { render: async (report) => (await import("./csv-WOO7BRY6.js")).csvChunks(report), help: "one row per workload" },
  sarif: { render: async (report) => (await import("./sarif-AWGXL65D.js")).renderSarif(report), help: "SARIF 2.1.0 for code scanning" },
  codequality: { render: async (report) => (await import("./codequality-GZCO7PDM.js")).renderCodeQuality(report), help: "GitLab Code Quality" },
  slack: {
    render: async (report, { link }) => (await import("./slack-CVY3TP5T.js")).renderSlack(report, link === void 0 ? {} : { link }),
    help: "a Slack Block Kit message (--link URL)"
  }
};
var REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS);
async function writeReport(format, report, context) {
  const out = await format.render(report, context);
  if (typeof out === "string") context.io.stdout.write(out);
  else for (const chunk of out) context.io.stdout.write(chunk);
}
function wantsColor(io, noColor) {
  return !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

// src/cli/review.ts
var FORMAT_NOTES = Object.entries(REPORT_FORMATS).flatMap(([name, f]) => "help" in f ? [`${name}: ${f.help}`] : []);
var FORMAT = {
  name: "format",
  type: "string",
  choices: REPORT_FORMAT_NAMES,
  default: "table",
  help: `output format${FORMAT_NOTES.length ? `; ${FORMAT_NOTES.join(", ")}` : ""}`
};
var VALIDATE_FORMAT = {
  name: "format",
  type: "string",
  choices: ["table", "json", "markdown", "sarif", "codequality"],
  default: "table",
  help: "output format; sarif: SARIF 2.1.0 for code scanning, codequality: GitLab Code Quality"
};
var LINK = { name: "link", type: "string", value: "URL", help: "with --format slack: where the full report is (the pull request, the pipeline)" };
var GROUP_BY = {
  name: "group-by",
  type: "string",
  value: "TAG",
  multiple: true,
  help: `also total spend by this tag; ${DEFAULT_GROUP_TAGS.join(", ")} are always totalled when present`
};
var CATALOG = { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" };
var LIMITS = [
  { name: "max-file-bytes", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxFileBytes), help: "refuse larger manifests" },
  { name: "max-alias-count", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxAliasCount), help: "refuse YAML whose aliases expand to more nodes" },
  { name: "max-workloads", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxWorkloads), help: "refuse files with more workloads" }
];
var BASE = { name: "base", type: "string", value: "REF", help: "git revision to diff against" };
var TRUST = { name: "trust", type: "string", choices: ["head", "base"], default: "head", help: "whose budgets and policy judge the change" };
var FAIL_ON = { name: "fail-on", type: "string", choices: ["error", "warning", "never"], default: "error", help: "which status exits 1" };
var PATHS = `Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.`;
async function review(command, values, positionals, io) {
  const limits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads)
  };
  const result = await run({
    cwd: io.cwd,
    paths: positionals,
    ...values.base ? { base: gitBaseSource(io.cwd, values.base) } : {},
    trust: values.trust ?? "head",
    catalogFiles: values.catalog,
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION
  });
  if (result.files.length === 0 && result.report.findings.length === 0) {
    throw noManifests(command, positionals);
  }
  return result;
}
function printInputProblems(result, io) {
  for (const f of result.report.findings) if (isInputError(f)) io.stderr.write(`${formatProblem(f)}
`);
}
async function printReport(result, values, io) {
  const format = REPORT_FORMATS[values.format];
  if (values.link !== void 0 && values.format !== "slack") throw new UsageError("--link is for --format slack");
  if (values.link !== void 0 && !/^https?:\/\/\S+$/.test(values.link)) throw new UsageError(`--link must be an http(s) URL, got "${values.link}"`);
  await writeReport(format, result.report, { io, color: wantsColor(io, values["no-color"]), ...values.link === void 0 ? {} : { link: values.link } });
  if (!("showsInputProblems" in format && format.showsInputProblems)) printInputProblems(result, io);
}
function exitCode(result, failOn) {
  if (result.inputErrors) return 2;
  const status = result.report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || failOn === "warning" && status === "warn") return 1;
  return 0;
}
var validateCommand = defineCommand({
  name: "validate",
  usage: "[paths...]",
  summary: "check manifests against the schema and the price catalog",
  description: `${PATHS}
Exits 2 when a manifest is invalid; the other files' results are still printed.`,
  options: [VALIDATE_FORMAT, CATALOG, ...LIMITS],
  examples: ["tokenbudget validate", "tokenbudget validate services/*/ai-workloads.yaml --format json"],
  async run({ values, positionals }, io) {
    const result = await review("validate", values, positionals, io);
    const report = validationReport(result.report);
    if (values.format === "json") for (const chunk of reportJsonChunks(report)) io.stdout.write(chunk);
    else if (values.format === "sarif") io.stdout.write((await import("./sarif-AWGXL65D.js")).renderSarif(report));
    else if (values.format === "codequality") io.stdout.write((await import("./codequality-GZCO7PDM.js")).renderCodeQuality(report));
    else if (values.format === "markdown") io.stdout.write(renderValidationMarkdown(report));
    else {
      for (const f of report.findings) io.stderr.write(`${formatProblem(f)}
`);
      io.stdout.write(`${validationSummary(report)}
`);
    }
    return result.inputErrors ? 2 : 0;
  }
});
var estimateCommand = defineCommand({
  name: "estimate",
  usage: "[paths...]",
  summary: "project monthly spend per workload, with the math",
  description: `${PATHS}
Exits 0 whatever the budgets say (check enforces them), 2 on invalid input.`,
  options: [FORMAT, LINK, GROUP_BY, CATALOG, ...LIMITS],
  examples: ["tokenbudget estimate", "tokenbudget estimate examples/ai-workloads.yaml --format markdown", "tokenbudget estimate --group-by env --group-by team"],
  async run({ values, positionals }, io) {
    const result = await review("estimate", values, positionals, io);
    await printReport(result, values, io);
    return result.inputErrors ? 2 : 0;
  }
});
var checkCommand = defineCommand({
  name: "check",
  usage: "[paths...] [--base REF]",
  summary: "estimate, enforce budgets and policy, and diff against a base revision",
  description: `${PATHS}
Exits 1 when a budget or policy fails (see --fail-on), 2 on invalid input.`,
  options: [FORMAT, LINK, BASE, TRUST, FAIL_ON, GROUP_BY, CATALOG, ...LIMITS],
  examples: ["tokenbudget check", "tokenbudget check --base origin/main --format markdown", "tokenbudget check --fail-on warning"],
  async run({ values, positionals }, io) {
    const result = await review("check", values, positionals, io);
    await printReport(result, values, io);
    return exitCode(result, values["fail-on"]);
  }
});
var diffCommand = defineCommand({
  name: "diff",
  usage: "--base REF [paths...]",
  summary: "only the workloads that changed against a base revision",
  description: `${PATHS}
Exits like check.`,
  options: [BASE, FORMAT, LINK, TRUST, FAIL_ON, GROUP_BY, CATALOG, ...LIMITS],
  examples: ["tokenbudget diff --base origin/main", "tokenbudget diff --base HEAD~1 --format json"],
  async run({ values, positionals }, io) {
    if (!values.base) throw new UsageError("diff needs --base REF");
    const result = await review("diff", values, positionals, io);
    const { report } = result;
    report.workloads = report.workloads.filter((w) => w.change !== "unchanged");
    if (report.workloads.length === 0) report.notes.push(`no workload changed against ${values.base}`);
    await printReport(result, values, io);
    return exitCode(result, values["fail-on"]);
  }
});

// src/cli/commands.ts
var CALIBRATE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "the workload to compare with (and to update with --write)" },
  { name: "manifest", type: "string", value: "FILE", help: "the manifest that declares it (default: search **/ai-workloads.{yaml,yml})" },
  { name: "write", type: "boolean", help: "write the measured values into the manifest" },
  { name: "format", type: "string", choices: ["table", "json"], default: "table", help: "output format" },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" },
  { name: "max-line-bytes", type: "string", value: "N", help: `refuse a log line longer than this (default ${DEFAULT_LOG_LIMITS.maxLineBytes})` },
  { name: "max-log-bytes", type: "string", value: "N", help: `refuse a log file past this many bytes after decompression (default ${DEFAULT_LOG_LIMITS.maxBytes})` }
];
var calibrateCommand = defineCommand({
  name: "calibrate",
  usage: "LOGS... [--workload NAME] [--manifest FILE] [--write] [--max-line-bytes N] [--max-log-bytes N]",
  summary: "measure tokens and request volume from usage logs, and put them in a workload",
  description: `LOGS are JSON Lines files (plain or gzipped) of provider responses or usage records.
Without --workload, prints the measurements per model; with it, prices them against that workload;
--write updates the workload's tokens and requests in its manifest, keeping its layout and comments.`,
  options: CALIBRATE_OPTIONS,
  examples: ["tokenbudget calibrate logs/usage.jsonl.gz", "tokenbudget calibrate logs/*.jsonl --workload support-assistant --write"],
  run: (parsed, io) => import("./calibrate-O4SNTRQS.js").then((m) => m.calibrate(parsed, io))
});
var COMPARE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "only this workload" },
  { name: "format", type: "string", choices: ["table", "json", "html"], default: "table", help: "output format; html is one self-contained page with charts" },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" },
  { name: "tokens-per-second", type: "string", value: "N", help: "tokens (input + output) one dedicated replica serves per second; sizes the replica count" },
  { name: "gpus", type: "string", value: "N", help: "GPUs per dedicated replica, when the workload has no dedicated.gpus (default 1)" }
];
var compareCommand = defineCommand({
  name: "compare",
  usage: "[paths...] [--workload NAME]",
  summary: "every mode's monthly cost for each workload, the cheapest that fits, and the break-even volume",
  description: `Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.
Dedicated options are sized from the workload's dedicated: block (gpus, tokens_per_second). For
other workloads --tokens-per-second and --gpus state the replica's size; without a throughput the
capacity is unknown, one replica is assumed and dedicated is never recommended.`,
  options: COMPARE_OPTIONS,
  examples: ["tokenbudget compare", "tokenbudget compare --workload support-assistant --tokens-per-second 2500 --gpus 2", "tokenbudget compare examples/ai-workloads.yaml --format json"],
  run: (parsed, io) => import("./compare-NGUYOUVK.js").then((m) => m.compare(parsed, io))
});
var MODES = ["serverless", "batch", "dedicated", "gpu-cluster"];
var FORMAT2 = { name: "format", type: "string", choices: ["table", "json"], default: "table", help: "output format" };
var CATALOG2 = { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" };
var PROVIDER = { name: "provider", type: "string", value: "ID", help: "only this provider" };
var LIST_OPTIONS = [PROVIDER, { name: "mode", type: "string", choices: MODES, help: "only entries priced for this mode" }, FORMAT2, CATALOG2];
var catalogListCommand = defineCommand({
  name: "catalog list",
  usage: "[--provider ID] [--mode MODE]",
  summary: "list the models and hardware the price books know, with their rates",
  options: LIST_OPTIONS,
  examples: ["tokenbudget catalog list --provider together", "tokenbudget catalog list --mode dedicated --format json"],
  run: (parsed, io) => import("./catalog-MELKUVDK.js").then((m) => m.list(parsed, io))
});
var SHOW_OPTIONS = [{ ...PROVIDER, help: "the provider, when several offer the model" }, FORMAT2, CATALOG2];
var catalogShowCommand = defineCommand({
  name: "catalog show",
  usage: "MODEL [--provider ID]",
  summary: "one model's rates, batch terms, long-context tiers, source and date",
  options: SHOW_OPTIONS,
  examples: ["tokenbudget catalog show openai/gpt-oss-120b", "tokenbudget catalog show gpt-4o --provider openai --format json"],
  run: (parsed, io) => import("./catalog-MELKUVDK.js").then((m) => m.show(parsed, io))
});
var DIFF_OPTIONS = [FORMAT2];
var catalogDiffCommand = defineCommand({
  name: "catalog diff",
  usage: "OLD NEW [paths...]",
  summary: "the prices that differ between two price books, and what that does to your workloads",
  description: `OLD and NEW are price book files, or "built-in". Each is layered over the built-in catalog, as
--catalog does; the manifests found in paths are priced with both and their costs compared
(their own prices: apply on both sides; their catalogs: are not loaded).`,
  options: DIFF_OPTIONS,
  examples: ["tokenbudget catalog diff built-in prices/new-book.json", "tokenbudget catalog diff old.json new.json services/ --format json"],
  run: (parsed, io) => import("./catalog-MELKUVDK.js").then((m) => m.diff(parsed, io))
});
var FEEDS = {
  together: { importer: "together", url: "https://api.together.xyz/v1/models", authEnv: "TOGETHER_API_KEY", needsKey: true },
  openrouter: { importer: "openrouter", url: "https://openrouter.ai/api/v1/models", authEnv: "OPENROUTER_API_KEY", needsKey: false },
  litellm: { importer: "litellm", url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json" },
  "models-dev": { importer: "models.dev", url: "https://models.dev/api.json" },
  "genai-prices": { importer: "genai-prices", url: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json" }
};
var FEED_NAMES = Object.keys(FEEDS);
var IMPORT_OPTIONS = [
  { name: "from", type: "string", choices: FEED_NAMES, help: "the source to read (required)" },
  { name: "out", type: "string", value: "FILE", help: "where to write the price book (required); left as it was on any failure" },
  { name: "provider", type: "string", value: "ID", help: "import only this provider" },
  { name: "as-of", type: "string", value: "YYYY-MM-DD", help: "the prices' date (default: the retrieval day, or FILE's modification day)" },
  { name: "timeout", type: "string", value: "SECONDS", default: "30", help: "per HTTP attempt" },
  { name: "retries", type: "string", value: "N", default: "3", help: "retries on 429, 5xx and broken connections, honouring Retry-After" }
];
var catalogImportCommand = defineCommand({
  name: "catalog import",
  usage: "--from SOURCE [URL|FILE] --out FILE",
  summary: "turn a live price feed (Together, OpenRouter, LiteLLM, models.dev, genai-prices) into a price book",
  description: `Without URL or FILE it reads the source's public address: together needs TOGETHER_API_KEY,
OPENROUTER_API_KEY is sent to OpenRouter when set. Only chat/completion models are kept. On any
failure (401/403, 5xx after retries, HTML or truncated bodies, prices above $${MAX_PLAUSIBLE_PER_MILLION} per 1M
tokens) it exits 2 and --out is left as it was; the book is schema-checked, then renamed into place.
Every price records the URL, retrieval time and SHA-256 of what was read.`,
  options: IMPORT_OPTIONS,
  examples: [
    "tokenbudget catalog import --from together --out prices/together.json   # with TOGETHER_API_KEY set",
    "tokenbudget catalog import --from litellm model_prices.json --provider together --out prices/together.json"
  ],
  run: (parsed, io) => import("./catalog-MELKUVDK.js").then((m) => m.importFeed(parsed, io))
});
var VERIFY_OPTIONS = [
  { name: "tolerance", type: "string", value: "PERCENT", default: "0.5", help: "report prices that differ by more than this percentage" },
  FORMAT2
];
var catalogVerifyCommand = defineCommand({
  name: "catalog verify",
  usage: "BOOK BOOK...",
  summary: "compare price books model by model and list where their sources disagree",
  description: `Each BOOK is a price book file or "built-in", read on its own. Every price of the first book
that another book states differently (beyond --tolerance) is listed with both values, sources
and dates. Exit 1 when the first book disagrees with a newer source.`,
  options: VERIFY_OPTIONS,
  examples: ["tokenbudget catalog verify built-in fresh-together.json fresh-litellm.json"],
  run: (parsed, io) => import("./catalog-MELKUVDK.js").then((m) => m.verify(parsed, io))
});
var SCAN_OPTIONS = [
  { name: "format", type: "string", choices: ["table", "json", "markdown", "sarif"], default: "table", help: "output format" },
  { name: "manifest", type: "string", value: "PATH", multiple: true, help: "manifests that declare models (default **/ai-workloads.{yaml,yml})" },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book whose model names count too" },
  { name: "max-file-bytes", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxFileBytes), help: "skip larger files" }
];
var scanCommand = defineCommand({
  name: "scan",
  usage: "[paths...]",
  summary: "the models the code uses, and whether a manifest declares them",
  description: `Reads Python, TypeScript/JavaScript, Go, Java/Kotlin, Ruby, YAML, JSON, TOML and .env files as
text (never runs them) and lists each string that names a model of the price books where a
model is chosen: a model=/model:/"model": value, a provider factory such as openai("\u2026"), or an
SDK call that takes a model. Comments, docstrings, Markdown, node_modules, vendored, build and
lock files, binaries, symbolic links and what .gitignore ignores are skipped.

Paths are files or folders to scan (default: the current directory). Exit code 0 unless the
input is unusable (2).`,
  options: SCAN_OPTIONS,
  examples: ["tokenbudget scan", "tokenbudget scan services/ --format sarif > scan.sarif"],
  run: (parsed, io) => import("./scan-IWAISP4V.js").then((m) => m.scanTree(parsed, io))
});
var COMMENT_OPTIONS = [
  { name: "mode", type: "string", choices: COMMENT_MODES, default: "update", help: "update: one comment edited in place; new: another each run; hide-and-new: minimize (GitLab: delete) earlier ones, post a new one; off: none" },
  { name: "pr", type: "string", value: "N", help: "the pull/merge request (default: GitHub's event payload, GitLab's CI_MERGE_REQUEST_IID)" },
  { name: "working-directory", type: "string", value: "DIR", default: ".", help: "the directory the report covers; names the comment like the Action's working-directory input" },
  { name: "comment-threshold", type: "string", value: "USD|PERCENT", help: "post a new comment only when a file's or the total's change reaches 100 (USD) or 5%, or on an error or warning" },
  { name: "timeout", type: "string", value: "SECONDS", default: String(DEFAULT_TIMEOUT_MS / 1e3), help: "per API request" }
];
var commentCommand = defineCommand({
  name: "comment",
  usage: "github|gitlab REPORT.json",
  summary: "the sticky pull/merge request comment, from a JSON report, in any CI",
  description: `Posts (or keeps current) the pull/merge request comment from a report written by
check --format json: the same body and marker as the GitHub Action, rendered from the file.

GitHub: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_EVENT_PATH.
GitLab: GITLAB_TOKEN (a project or personal access token with the api scope; CI_JOB_TOKEN cannot
write notes), CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, CI_PROJECT_URL.
Exit codes: 0 written or nothing to write, 2 bad input or an API error (the API's message on stderr).`,
  options: COMMENT_OPTIONS,
  examples: [
    'tokenbudget check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format json > report.json; tokenbudget comment gitlab report.json',
    "tokenbudget comment github report.json --pr 7 --comment-threshold 5%"
  ],
  run: ({ values, positionals }, io) => import("./comment-DBGWDRRI.js").then((m) => m.comment(values, positionals, io))
});
var COMMANDS = [
  validateCommand,
  estimateCommand,
  checkCommand,
  diffCommand,
  compareCommand,
  calibrateCommand,
  catalogListCommand,
  catalogShowCommand,
  catalogDiffCommand,
  catalogImportCommand,
  catalogVerifyCommand,
  scanCommand,
  commentCommand
];

export {
  GLOBAL_OPTIONS,
  optionLines,
  commandHelp,
  unknownFlag,
  parseCommand,
  mapProviderId,
  perTokenToPerMillion,
  isRecord,
  finiteNumber,
  emptyCatalog,
  addUnique,
  MAX_PLAUSIBLE_PER_MILLION,
  implausiblePrices,
  withProvenance,
  FEEDS,
  FEED_NAMES,
  COMMANDS
};
