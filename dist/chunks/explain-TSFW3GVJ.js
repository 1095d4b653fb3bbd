import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  PROJECT_URL,
  RULES,
  RULE_IDS,
  UsageError,
  isRuleId,
  ruleDocsUrl
} from "./chunk-2REODJWC.js";
import {
  closest
} from "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/core/render/rules.ts
function renderRuleExplanation(id) {
  const rule = RULES[id];
  return [
    `${id} (${rule.kind}, default severity: ${rule.severity})`,
    "",
    rule.summary,
    "",
    rule.help,
    "",
    `Docs: ${ruleDocsUrl(id)}`,
    ""
  ].join("\n");
}
function renderRuleList() {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  return `${RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULES[id].severity.padEnd(7)}  ${RULES[id].summary}`).join("\n")}

More: tokenbudget explain RULE, or ${PROJECT_URL}#rules
`;
}
function similarRules(input) {
  return closest(input, RULE_IDS);
}

// src/cli/explain.ts
function explain({ positionals }, io) {
  if (positionals.length === 0) {
    io.stdout.write(renderRuleList());
    return Promise.resolve(0);
  }
  const texts = positionals.map((written) => {
    if (isRuleId(written)) return renderRuleExplanation(written);
    const near = similarRules(written);
    const hint = near.length ? ` (did you mean ${near.map((id) => `"${id}"`).join(", ")}?)` : "";
    throw new UsageError(`unknown rule "${written}"${hint}; tokenbudget explain lists every rule`);
  });
  io.stdout.write(texts.join("\n"));
  return Promise.resolve(0);
}
export {
  explain
};
