import { readFile } from "node:fs/promises";
import { promptCounter, type PromptCounter } from "../core/plan/prompt-tokens.js";

/**
 * Reads the rank table beside this module. Import this module only dynamically (as
 * tokenizer.ts does): the bundles then keep it in its own file under dist/chunks/, where the
 * build copies the table, whichever bundle or chunk asks for it.
 */
export async function counter(): Promise<PromptCounter> {
  return promptCounter(await readFile(new URL("./o200k_base.bin", import.meta.url)));
}
