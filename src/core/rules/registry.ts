/**
 * Every finding rule tokenbudget has, one entry each: the id a finding carries, its default
 * severity, one line on what it checks, what to do about it, and where the README explains it.
 * Everything that describes a rule (SARIF's tool.driver.rules, `tokenbudget explain`, the README's
 * rule table) is generated from here, and `Finding.rule` is typed by it: a finding with an id that
 * is not registered here fails the type check. Adding a rule is adding its entry.
 */

export type Severity = "error" | "warning" | "notice";

/**
 * What a rule is about (SARIF's `properties.tags`). `policy` rules are what `check` enforces:
 * `validate` leaves them out, and an error of any other kind means the input cannot be used as
 * written (exit code 2).
 */
export type RuleKind = "input" | "manifest" | "pricing" | "capacity" | "policy" | "code";

/** README sections a rule's docs anchor may point at (a test checks that each heading exists). */
const DOCS = {
  manifest: "the-manifest",
  costs: "how-costs-are-computed",
  policy: "budgets-policies-and-pull-request-diffs",
  code: "models-in-code",
  limits: "limits-and-hostile-input",
  actuals: "actuals-what-was-really-used-and-spent",
} as const;

export interface RuleEntry {
  /** The severity its findings have unless the message's case or the policy says otherwise. */
  severity: Severity;
  kind: RuleKind;
  /** One sentence: when the rule fires. */
  summary: string;
  /** One or two sentences: what to do about a finding. */
  help: string;
  /** The README heading (GitHub anchor) that explains the rule. */
  docs: (typeof DOCS)[keyof typeof DOCS];
}

export const RULES = {
  // Reading the file.
  "input.not-found": {
    severity: "error",
    kind: "input",
    summary: "A path named on the command line does not exist.",
    help: "Fix the path or the glob.",
    docs: DOCS.manifest,
  },
  "input.not-a-file": {
    severity: "error",
    kind: "input",
    summary: "A path names something other than a regular file (a device, a socket, a FIFO).",
    help: "Name the manifest file itself.",
    docs: DOCS.limits,
  },
  "input.directory": {
    severity: "error",
    kind: "input",
    summary: "A path that must be a file is a directory.",
    help: "Name the manifest file, or pass the directory as a search root.",
    docs: DOCS.manifest,
  },
  "input.unreadable": {
    severity: "error",
    kind: "input",
    summary: "A file or directory cannot be read (permissions, I/O error).",
    help: "Fix the file's permissions or remove it from the paths.",
    docs: DOCS.manifest,
  },
  "input.outside-root": {
    severity: "error",
    kind: "input",
    summary: "A path, or a symbolic link's target, is outside the repository.",
    help: "Keep manifests and what they name inside the repository; tokenbudget never reads outside it for what a manifest names.",
    docs: DOCS.limits,
  },
  "input.symlink": {
    severity: "error",
    kind: "input",
    summary: "A path is a symbolic link, which tokenbudget does not follow.",
    help: "Name the real file instead of the link.",
    docs: DOCS.limits,
  },
  "input.git-dir": {
    severity: "error",
    kind: "input",
    summary: "A path is inside .git, which is never read as data.",
    help: "Name a file of the working tree.",
    docs: DOCS.limits,
  },
  "input.too-large": {
    severity: "error",
    kind: "input",
    summary: "A file is over the size limit for a manifest.",
    help: "Split the manifest, or raise the limit with --max-file-bytes.",
    docs: DOCS.limits,
  },
  "input.empty": {
    severity: "error",
    kind: "input",
    summary: "A manifest file is empty.",
    help: "Write at least `version: 1` and `workloads:`, or remove the file.",
    docs: DOCS.manifest,
  },
  "input.encoding": {
    severity: "error",
    kind: "input",
    summary: "A manifest is not valid UTF-8.",
    help: "Save the file as UTF-8.",
    docs: DOCS.manifest,
  },
  "input.binary": {
    severity: "error",
    kind: "input",
    summary: "A manifest contains NUL bytes: binary data, not YAML.",
    help: "Name the YAML file, not a binary one.",
    docs: DOCS.manifest,
  },
  "input.too-many-workloads": {
    severity: "error",
    kind: "input",
    summary: "A manifest declares more workloads than the limit.",
    help: "Split the manifest, or raise the limit with --max-workloads.",
    docs: DOCS.limits,
  },
  "yaml.syntax": {
    severity: "error",
    kind: "input",
    summary: "The file is not valid YAML as tokenbudget reads it.",
    help: "Fix the YAML at the line and column given.",
    docs: DOCS.manifest,
  },
  "yaml.aliases": {
    severity: "error",
    kind: "input",
    summary: "YAML aliases expand to more nodes than the limit (an alias bomb).",
    help: "Write the values out, or raise the limit with --max-alias-count.",
    docs: DOCS.limits,
  },

  // The manifest's structure.
  schema: {
    severity: "error",
    kind: "manifest",
    summary: "The manifest does not match the schema.",
    help: "Fix the key or value named in the message (schemas/ai-workloads.schema.json).",
    docs: DOCS.manifest,
  },
  "range.order": {
    severity: "error",
    kind: "manifest",
    summary: "A range's values are not in the order low <= expected <= high.",
    help: "Reorder the range's low, expected and high.",
    docs: DOCS.manifest,
  },
  "tokens.cached-exceeds-input": {
    severity: "error",
    kind: "manifest",
    summary: "A workload's cached_input or cache_write tokens exceed its input tokens, of which they are a part.",
    help: "Lower cached_input or cache_write, or raise input to the whole prompt.",
    docs: DOCS.manifest,
  },
  "tokens.input-from": {
    severity: "error",
    kind: "manifest",
    summary: "A prompt template named by tokens.input_from could not be read or counted.",
    help: "Fix the template's path (relative to the manifest, inside the repository), or write tokens.input as a number.",
    docs: DOCS.manifest,
  },
  "requests.volume": {
    severity: "error",
    kind: "manifest",
    summary: "A workload's requests: gives no volume, or more than one (per_month, per_week, per_day, per_hour, per_second).",
    help: "Give exactly one volume under requests:.",
    docs: DOCS.manifest,
  },
  "mode.settings": {
    severity: "error",
    kind: "manifest",
    summary: "A dedicated or gpu-cluster workload has no dedicated: or cluster: block.",
    help: "Add the block the mode needs (hardware, gpus, and replicas or hourly_rate).",
    docs: DOCS.manifest,
  },
  "mode.unused-settings": {
    severity: "warning",
    kind: "manifest",
    summary: "A workload has a dedicated: or cluster: block its mode does not use.",
    help: "Remove the block, or set the mode that uses it.",
    docs: DOCS.manifest,
  },
  "workload.duplicate-name": {
    severity: "error",
    kind: "manifest",
    summary: "Two workloads of a file have the same name.",
    help: "Give each workload of a file its own name: diffs match workloads by file and name.",
    docs: DOCS.manifest,
  },
  "budgets.duplicate-name": {
    severity: "error",
    kind: "manifest",
    summary: "Two group budgets of a file have the same name.",
    help: "Give each group budget its own name.",
    docs: DOCS.manifest,
  },
  "prices.duplicate": {
    severity: "error",
    kind: "manifest",
    summary: "The manifest's prices: list prices the same model twice.",
    help: "Keep one prices: entry per model (and provider).",
    docs: DOCS.manifest,
  },

  // Pricing.
  "model.unknown": {
    severity: "error",
    kind: "pricing",
    summary: "The model is not in the price books (the severity is policy.unknown_model).",
    help: "Use a model id from the catalog (tokenbudget catalog list), add a prices: entry, or a price book.",
    docs: DOCS.costs,
  },
  "model.deprecated": {
    severity: "warning",
    kind: "pricing",
    summary: "The provider has deprecated the model, or announced the day it retires it.",
    help: "Plan the move to a current model (tokenbudget catalog show MODEL names the date and its source).",
    docs: DOCS.costs,
  },
  "model.retired": {
    severity: "error",
    kind: "pricing",
    summary: "The provider retired the model: from the day after its retirement date, requests to it fail.",
    help: "Move the workload to a current model; its price and budget will change.",
    docs: DOCS.costs,
  },
  "model.uncatalogued": {
    severity: "notice",
    kind: "pricing",
    summary: "A dedicated or cluster workload's model is not in the price books, so its context window is not checked.",
    help: "Nothing to do when GPU-hours price it; add the model to a price book to have its context window checked.",
    docs: DOCS.costs,
  },
  "price.missing": {
    severity: "error",
    kind: "pricing",
    summary: "The price books have no price for the model or hardware in this mode.",
    help: "Add a prices: entry, or set hourly_rate for dedicated and cluster hardware.",
    docs: DOCS.costs,
  },
  "price.zero": {
    severity: "notice",
    kind: "pricing",
    summary: "The model is priced at $0.",
    help: "Check that it is really free; a $0 price hides its spend from every budget.",
    docs: DOCS.costs,
  },
  "price.long-context": {
    severity: "notice",
    kind: "pricing",
    summary: "Requests are above the model's long-context threshold, where the whole request pays the higher rates.",
    help: "Shorten the prompts below the threshold, or budget for the long-context rates.",
    docs: DOCS.costs,
  },
  "cache.no-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "The model has no cached-input rate, so cached tokens are billed as input.",
    help: "Add cached_input to the model's price if the provider discounts cached tokens.",
    docs: DOCS.costs,
  },
  "cache.no-write-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "The model has no cache-write rate, so cache writes are billed as input.",
    help: "Add cache_write to the model's price if the provider charges cache writes differently.",
    docs: DOCS.costs,
  },
  "context.exceeded": {
    severity: "error",
    kind: "pricing",
    summary: "A request does not fit the model's context window (a warning when only the high estimate does not).",
    help: "Lower tokens per request or choose a model with a larger window.",
    docs: DOCS.costs,
  },
  "batch.unavailable": {
    severity: "error",
    kind: "pricing",
    summary: "The provider does not offer batch inference for the model.",
    help: "Use serverless or a dedicated endpoint, or a model and provider that offer batch.",
    docs: DOCS.costs,
  },
  "batch.no-discount": {
    severity: "notice",
    kind: "pricing",
    summary: "Batch has no discount for the model (or the catalog lists none): billed at the serverless price.",
    help: "Check the provider's batch prices; add batch_input and batch_output to a prices: entry if they differ.",
    docs: DOCS.costs,
  },
  "batch.interactive": {
    severity: "warning",
    kind: "pricing",
    summary: "A workload marked latency: interactive runs in batch mode, whose jobs complete within 24 hours.",
    help: "Use serverless or dedicated for interactive traffic, or mark the workload latency: offline.",
    docs: DOCS.costs,
  },
  "batch.queue-limit": {
    severity: "warning",
    kind: "capacity",
    summary: "The tokens a day sent to one provider's batch queue exceed its enqueued-token limit.",
    help: "Spread the batch work over the day or across models, or ask the provider for a higher limit.",
    docs: DOCS.costs,
  },
  "hardware.unknown": {
    severity: "error",
    kind: "pricing",
    summary: "The hardware is not in the price books for the provider.",
    help: "Use a hardware id from the catalog (tokenbudget catalog list --mode dedicated), or give hourly_rate.",
    docs: DOCS.costs,
  },
  "contract.no-gpu-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "A dedicated endpoint has no GPU-hour rate: its contract alone prices it.",
    help: "Nothing to do if the contract is the whole bill; otherwise give hourly_rate.",
    docs: DOCS.costs,
  },
  "cluster.gpu-multiple": {
    severity: "warning",
    kind: "pricing",
    summary: "A GPU cluster's GPU count is not a multiple the provider sells; the billed count is rounded up.",
    help: "Declare the GPUs the provider bills, so the cluster's capacity and cost agree.",
    docs: DOCS.costs,
  },
  "capacity.exceeded": {
    severity: "error",
    kind: "capacity",
    summary:
      "A dedicated endpoint or cluster cannot carry the declared tokens at peak (a warning when only the high estimate does not fit).",
    help: "Add replicas or GPUs, or lower the volume.",
    docs: DOCS.costs,
  },
  "capacity.forecast": {
    severity: "warning",
    kind: "capacity",
    summary: "Declared growth takes a GPU cluster past 100% utilization within policy.forecast_months.",
    help: "Add GPUs before that month; a cluster's cost stays flat while its load grows.",
    docs: DOCS.policy,
  },

  // Budgets and policy: what `check` enforces.
  "budget.workload.exceeded": {
    severity: "error",
    kind: "policy",
    summary: "A workload's projected monthly cost exceeds its budget.",
    help: "Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.",
    docs: DOCS.policy,
  },
  "budget.workload.near": {
    severity: "warning",
    kind: "policy",
    summary: "A workload uses policy.warn_at_percent or more of its budget.",
    help: "Check the growth plan before the budget breaks; raise warn_at_percent if this headroom is intended.",
    docs: DOCS.policy,
  },
  "budget.workload.range": {
    severity: "warning",
    kind: "policy",
    summary: "The high estimate of a workload's range exceeds its budget.",
    help: "Narrow the range once usage is measured (tokenbudget calibrate), or budget for the high case.",
    docs: DOCS.policy,
  },
  "budget.forecast": {
    severity: "warning",
    kind: "policy",
    summary: "Declared growth takes a workload over its budget within policy.forecast_months.",
    help: "Plan the budget increase or the cheaper mode before that month (tokenbudget compare).",
    docs: DOCS.policy,
  },
  "budget.group.exceeded": {
    severity: "error",
    kind: "policy",
    summary: "The workloads matched by a group budget together exceed it.",
    help: "Reduce the group's spend or raise the group budget with its owner's approval.",
    docs: DOCS.policy,
  },
  "budget.group.near": {
    severity: "warning",
    kind: "policy",
    summary: "A group budget is at policy.warn_at_percent or more.",
    help: "Check the group's growth before the budget breaks.",
    docs: DOCS.policy,
  },
  "budget.group.empty": {
    severity: "warning",
    kind: "policy",
    summary: "A group budget matches no workload of its file.",
    help: "Check the budget's match tags against the workloads' tags.",
    docs: DOCS.policy,
  },
  "budget.missing": {
    severity: "error",
    kind: "policy",
    summary: "policy.require_budget is on and a workload has no budget of its own or its group's.",
    help: "Add budget: { monthly: N } to the workload or a matching group budget.",
    docs: DOCS.policy,
  },
  "budget.raised": {
    severity: "warning",
    kind: "policy",
    summary: "The change raises a budget or loosens the policy.",
    help: "A pull request that approves its own overspend: have the budget's owner review it, or judge with --trust base.",
    docs: DOCS.policy,
  },
  "increase.percent": {
    severity: "error",
    kind: "policy",
    summary: "The change raises a file's monthly total by more than policy.max_increase_percent.",
    help: "Split the change, reduce it, or get the increase approved and adjust the policy.",
    docs: DOCS.policy,
  },
  "increase.absolute": {
    severity: "error",
    kind: "policy",
    summary: "The change raises a file's monthly total by more than policy.max_increase.",
    help: "Split the change, reduce it, or get the increase approved and adjust the policy.",
    docs: DOCS.policy,
  },
  "price.stale": {
    severity: "warning",
    kind: "policy",
    summary: "A price used is older than policy.max_price_age_days.",
    help: "Update the price book or the manifest's prices: entry from the provider's current price list.",
    docs: DOCS.policy,
  },
  "price.changed-by-change": {
    severity: "warning",
    kind: "policy",
    summary: "Under --trust base, the change edits prices:, catalogs: or a price book; the base's prices were applied instead.",
    help: "Have the prices reviewed on their own; the change is judged at the base's prices.",
    docs: DOCS.policy,
  },
  "trust.unmatched": {
    severity: "error",
    kind: "policy",
    summary:
      "Under --trust base, a budgeted base workload vanished while new ones appeared (a rename), or a moved workload's name is ambiguous.",
    help: "Rename in a change of its own, or keep names unique across the moved manifests, so the base's budgets can follow.",
    docs: DOCS.policy,
  },
  "base.invalid": {
    severity: "notice",
    kind: "input",
    summary: "A manifest is invalid at the base revision; its base is treated as empty.",
    help: "Nothing to do in this change; the diff reads every workload of that file as added.",
    docs: DOCS.policy,
  },

  // Price books.
  "catalog.invalid": {
    severity: "error",
    kind: "input",
    summary: "A price book does not match schemas/price-catalog.schema.json, or a model's long-context tiers do not rise by threshold.",
    help: "Fix the price book at the place named in the message.",
    docs: DOCS.costs,
  },
  "catalog.unreadable": {
    severity: "error",
    kind: "input",
    summary: "A price book cannot be read, or its path points outside the repository.",
    help: "Fix the path under catalogs: or --catalog.",
    docs: DOCS.costs,
  },
  "catalog.too-large": {
    severity: "error",
    kind: "input",
    summary: "A price book, or the price books of a run together, are over the size limit.",
    help: "Keep only the providers you use in the book.",
    docs: DOCS.limits,
  },
  "catalog.not-at-base": {
    severity: "error",
    kind: "input",
    summary: "Under --trust base, a --catalog book does not exist (or cannot be read) at the base revision, so it cannot be trusted.",
    help: "Land the price book in a change of its own first, or run without --trust base.",
    docs: DOCS.policy,
  },

  // Measured usage against the manifest (tokenbudget actuals).
  "actuals.over-projection": {
    severity: "warning",
    kind: "policy",
    summary: "A workload's measured monthly spend is more than policy.actuals_variance_percent over its projection.",
    help: "Update the manifest's tokens and volume from the data (tokenbudget calibrate --write), or find what grew.",
    docs: DOCS.actuals,
  },
  "actuals.under-projection": {
    severity: "warning",
    kind: "policy",
    summary: "A workload's measured monthly spend is more than policy.actuals_variance_percent under its projection.",
    help: "Lower the manifest's volume or tokens to what is used (tokenbudget calibrate --write), so budgets stay honest.",
    docs: DOCS.actuals,
  },
  "actuals.over-budget": {
    severity: "error",
    kind: "policy",
    summary: "A workload's measured monthly spend exceeds its budget.",
    help: "Reduce the usage, move offline work to batch, or raise the budget with its owner's approval.",
    docs: DOCS.actuals,
  },
  "actuals.undeclared-model": {
    severity: "warning",
    kind: "policy",
    summary: "The usage data has a model that no workload declares.",
    help: "Add a workload for it, so its spend is projected and budgeted.",
    docs: DOCS.actuals,
  },
  "actuals.unattributed": {
    severity: "warning",
    kind: "policy",
    summary: "Usage of a declared model matches no workload's mode or match: selectors.",
    help: "Widen a workload's match: selectors, or declare a workload for that usage.",
    docs: DOCS.actuals,
  },
  "actuals.ambiguous": {
    severity: "warning",
    kind: "policy",
    summary: "Usage matches several workloads.",
    help: "Give the workloads match: selectors (project_id, api_key_id, workspace_id, service.name, tags, metadata) that tell them apart.",
    docs: DOCS.actuals,
  },
  "actuals.price-mismatch": {
    severity: "warning",
    kind: "pricing",
    summary: "The catalog's price of the measured usage and the billed amount differ by more than 2%.",
    help: "Check the price book (or the manifest's prices:) against the invoice.",
    docs: DOCS.actuals,
  },
  "actuals.bad-records": {
    severity: "warning",
    kind: "input",
    summary: "Usage records that could not be counted: negative or missing counts, timestamps out of range, records read twice.",
    help: "Fix or drop the records named; the totals leave them out.",
    docs: DOCS.actuals,
  },
  "actuals.overlap": {
    severity: "warning",
    kind: "input",
    summary: "Usage buckets of the same group overlap in time.",
    help: "Read each period once: the totals may count the overlapping usage twice.",
    docs: DOCS.actuals,
  },

  // Models in code.
  "model.undeclared": {
    severity: "warning",
    kind: "policy",
    summary:
      "The code uses a model that no manifest of the run declares (the severity is policy.undeclared_models; a notice in test code unless scan.tests is count).",
    help: "Add a workload for it to an ai-workloads.yaml so its spend is projected and budgeted (tokenbudget scan lists every use).",
    docs: DOCS.code,
  },
  "model.use": {
    severity: "notice",
    kind: "code",
    summary: "The code uses a model that a manifest declares.",
    help: "Nothing to do: listed so code scanning shows where each budgeted model is called.",
    docs: DOCS.code,
  },
  "scan.skipped": {
    severity: "notice",
    kind: "code",
    summary:
      "With undeclared_models on, a file the code scan could not read (over --max-file-bytes, unreadable, a link), named; under --trust base a warning, and tracked files in dependency folders are reported too.",
    help: "Raise --max-file-bytes, fix the file, or exclude it in the trusted manifest's scan: section, so no model call can hide there unseen.",
    docs: DOCS.code,
  },
} as const satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Whether a string read from outside (a JSON report, a command line) names a registered rule. */
export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULES, value);
}

/** Where a rule is documented, as a link into the README. */
export function ruleDocsUrl(id: RuleId): string {
  return `${PROJECT_URL}#${RULES[id].docs}`;
}

export const PROJECT_URL = "https://github.com/tokenbudget/tokenbudget";
