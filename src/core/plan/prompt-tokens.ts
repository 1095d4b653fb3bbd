/**
 * Offline prompt-token counting with o200k_base. The rank table arrives as bytes (the adapters
 * read it, only for manifests that use `tokens.input_from`), so the core stays free of I/O.
 */
import { BpeCounter, RankTable } from "./bpe.js";

export type PromptTokenizer = "o200k_base";

export interface PromptTokenCount {
  tokens: number;
  /** Which tokenizer counted; other model families split text differently, so counts are approximate for them. */
  tokenizer: PromptTokenizer;
}

export type PromptCounter = (text: string) => PromptTokenCount;

/**
 * Prompts are data: text such as "<|endoftext|>" is counted as the characters it is, never as a
 * control token. Exact and O(n log n) in the text's length, however long its runs without spaces.
 */
export function promptCounter(o200kTable: Uint8Array): PromptCounter {
  const counter = new BpeCounter(new RankTable(o200kTable));
  return (text) => ({ tokens: counter.count(text), tokenizer: "o200k_base" });
}
