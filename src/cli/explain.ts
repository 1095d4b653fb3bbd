import { renderRuleExplanation, renderRuleList, similarRules } from "../core/render/rules.js";
import { isRuleId } from "../core/rules/registry.js";
import { UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { EXPLAIN_OPTIONS } from "./commands.js";

/** `tokenbudget explain [RULE...]`: what a rule checks and what to do about it; every rule without one. */
export function explain({ positionals }: Parsed<typeof EXPLAIN_OPTIONS>, io: Io): Promise<number> {
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
