/**
 * Offline prompt-token counting. Only the o200k_base encoding module is imported (not the package
 * root), so bundles carry one BPE rank table instead of every encoding.
 */
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

export type PromptTokenizer = "o200k_base";

export interface PromptTokenCount {
  tokens: number;
  /** Which tokenizer counted; other model families split text differently, so counts are approximate for them. */
  tokenizer: PromptTokenizer;
}

// Prompts are data: text such as "<|endoftext|>" is counted as the characters it is instead of
// being rejected (the library's default) or encoded as a control token.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

export function countPromptTokens(text: string): PromptTokenCount {
  return { tokens: countTokens(text, PLAIN_TEXT), tokenizer: "o200k_base" };
}
