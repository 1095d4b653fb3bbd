import { readFile } from "node:fs/promises";
import { promptCounter, type PromptCounter } from "../core/plan/prompt-tokens.js";

let loading: Promise<PromptCounter> | undefined;

/**
 * The o200k_base counter, its 1.6 MB rank table read on first use: only manifests with
 * `tokens.input_from` pay for it. The build copies the table next to the bundles.
 */
export function loadPromptCounter(): Promise<PromptCounter> {
  loading ??= readFile(new URL("./o200k_base.bin", import.meta.url)).then((table) => promptCounter(table));
  return loading;
}
