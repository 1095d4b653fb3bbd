import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  sanitizePlain
} from "./chunk-6UELEYTQ.js";

// src/core/render/fingerprint.ts
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = [f.rule, f.file, f.workload ?? "", f.path ?? "", ...f.model ? [f.model] : []].join("\0");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fnv1a64(n === 0 ? key : `${key}\0${n}`);
  });
}

// src/core/render/rules.ts
var RULES = new Map(Object.entries({
  "budget.workload.exceeded": { short: "A workload's projected monthly cost exceeds its budget.", help: "Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval." },
  "budget.workload.near": { short: "A workload uses policy.warn_at_percent or more of its budget.", help: "Check the growth plan before the budget breaks; raise warn_at_percent if this headroom is intended." },
  "budget.workload.range": { short: "The high estimate of a workload's range exceeds its budget.", help: "Narrow the range once usage is measured (tokenbudget calibrate), or budget for the high case." },
  "budget.forecast": { short: "Declared growth takes a workload over its budget within policy.forecast_months.", help: "Plan the budget increase or the cheaper mode before that month (tokenbudget compare)." },
  "budget.group.exceeded": { short: "The workloads matched by a group budget together exceed it.", help: "Reduce the group's spend or raise the group budget with its owner's approval." },
  "budget.group.near": { short: "A group budget is at policy.warn_at_percent or more.", help: "Check the group's growth before the budget breaks." },
  "budget.missing": { short: "policy.require_budget is on and a workload has no budget of its own or its group's.", help: "Add budget: { monthly: N } to the workload or a matching group budget." },
  "budget.raised": { short: "The change raises a budget or loosens the policy.", help: "A pull request that approves its own overspend: have the budget's owner review it, or judge with --trust base." },
  "increase.percent": { short: "The change raises a file's monthly total by more than policy.max_increase_percent.", help: "Split the change, reduce it, or get the increase approved and adjust the policy." },
  "increase.absolute": { short: "The change raises a file's monthly total by more than policy.max_increase.", help: "Split the change, reduce it, or get the increase approved and adjust the policy." },
  "model.undeclared": { short: "The code uses a model that no manifest of the run declares.", help: "Add a workload for it to an ai-workloads.yaml so its spend is projected and budgeted (tokenbudget scan lists every use)." },
  "model.use": { short: "The code uses a model that a manifest declares.", help: "Nothing to do: listed so code scanning shows where each budgeted model is called." },
  "price.stale": { short: "A price used is older than policy.max_price_age_days.", help: "Update the price book or the manifest's prices: entry from the provider's current price list." }
}));
var FAMILIES = new Map(Object.entries({
  budget: { short: "A budget rule.", help: "See the finding's message for the budget and the amounts." },
  model: { short: "The model cannot be priced as written.", help: "Use a model id from the catalog (tokenbudget catalog list), add a prices: entry, or a price book." },
  context: { short: "A request does not fit the model's context window.", help: "Lower tokens per request or choose a model with a larger window." },
  batch: { short: "Batch pricing does not apply as written.", help: "Use a model and provider that offer batch, or another mode." },
  capacity: { short: "A dedicated endpoint or cluster cannot carry the declared tokens.", help: "Add replicas or GPUs, or lower the volume." },
  hardware: { short: "The hardware is not in the price books.", help: "Use a hardware id from the catalog or give hourly_rate." },
  price: { short: "A price problem.", help: "Check the price books and the manifest's prices: entries." },
  prices: { short: "A problem in the manifest's prices: list.", help: "Fix the prices: entry named in the message." },
  schema: { short: "The manifest does not match the schema.", help: "Fix the key or value named in the message (schemas/ai-workloads.schema.json)." },
  yaml: { short: "The file is not valid YAML as tokenbudget reads it.", help: "Fix the YAML at the line and column given." },
  input: { short: "The file cannot be read as a manifest.", help: "Fix or remove the file named in the message." },
  catalog: { short: "A price book cannot be used.", help: "Fix the price book (schemas/price-catalog.schema.json) or its path." },
  base: { short: "The base revision could not be read as written.", help: "The diff treats that side as described in the message." }
}));
var FALLBACK = { short: "A tokenbudget finding.", help: "See the finding's message." };
function ruleHelp(rule) {
  return RULES.get(rule) ?? FAMILIES.get(rule.split(".")[0]) ?? FALLBACK;
}

// src/core/render/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var INFORMATION_URI = "https://github.com/tokenbudget/tokenbudget";
function uriOf(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function renderSarif(report) {
  return renderSarifFindings(report.findings, report.tool.version);
}
function renderSarifFindings(findings, toolVersion) {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const prints = fingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tokenbudget",
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => {
              const help = ruleHelp(id);
              return {
                id,
                name: id,
                shortDescription: { text: help.short },
                fullDescription: { text: help.short },
                help: { text: `${help.short} ${help.help}`, markdown: `**${id}**: ${help.short}

${help.help}` },
                defaultConfiguration: { level: LEVEL[findings.find((f) => f.rule === id).severity] },
                helpUri: `${INFORMATION_URI}#budgets-policies-and-pull-request-diffs`
              };
            })
          }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: LEVEL[f.severity],
          message: { text: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.file) },
                region: { startLine: f.line, startColumn: f.col }
              }
            }
          ],
          partialFingerprints: { "tokenbudgetFinding/v1": prints[i] }
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

export {
  fingerprints,
  renderSarif,
  renderSarifFindings
};
