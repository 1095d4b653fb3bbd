import type { PromptCounter } from "../core/plan/prompt-tokens.js";

let loading: Promise<PromptCounter> | undefined;

/**
 * The o200k_base counter, loaded on first use: only manifests with `tokens.input_from` pay for
 * its 1.6 MB rank table, and for its pre-tokenizer regex (Unicode property classes, a few ms
 * to build).
 */
export function loadPromptCounter(): Promise<PromptCounter> {
  loading ??= import("./o200k.js").then((o200k) => o200k.counter());
  return loading;
}
