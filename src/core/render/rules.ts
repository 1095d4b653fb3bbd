import { PROJECT_URL, RULE_IDS, RULES, ruleDocsUrl, type RuleId } from "../rules/registry.js";
import { closest } from "../suggest.js";

/**
 * What is said about the rules themselves, all of it from the registry (core/rules/): the
 * README's rule table and `tokenbudget explain`.
 */

/** The README's rule table, between its `<!-- rules:begin -->` and `<!-- rules:end -->` markers. */
export function renderRuleTable(): string {
  const rows = RULE_IDS.map((id) => {
    const rule = RULES[id];
    return `| [\`${id}\`](#${rule.docs}) | ${rule.severity} | ${rule.summary} |`;
  });
  return ["| rule | default severity | when |", "|---|---|---|", ...rows].join("\n");
}

/** `tokenbudget explain RULE`: everything the registry says about one rule. */
export function renderRuleExplanation(id: RuleId): string {
  const rule = RULES[id];
  return [
    `${id} (${rule.kind}, default severity: ${rule.severity})`,
    "",
    rule.summary,
    "",
    rule.help,
    "",
    `Docs: ${ruleDocsUrl(id)}`,
    "",
  ].join("\n");
}

/** `tokenbudget explain` with no rule: every rule, one line each. */
export function renderRuleList(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  return `${RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULES[id].severity.padEnd(7)}  ${RULES[id].summary}`).join("\n")}\n\nMore: tokenbudget explain RULE, or ${PROJECT_URL}#rules\n`;
}

/** Registered ids close to an unknown one, best first. */
export function similarRules(input: string): string[] {
  return closest(input, RULE_IDS);
}
