import { describe, expect, it } from "vitest";
import { countPromptTokens } from "../src/core/plan/prompt-tokens.js";

describe("countPromptTokens", () => {
  it("counts with o200k_base and says so", () => {
    // o200k_base: "hello" = 24912, " world" = 2375.
    expect(countPromptTokens("hello world")).toEqual({ tokens: 2, tokenizer: "o200k_base" });
  });

  it("counts nothing in an empty prompt", () => {
    expect(countPromptTokens("").tokens).toBe(0);
  });

  it("counts text that differs between tokenizers the o200k_base way", () => {
    // cl100k_base (GPT-4) needs 12 and 5 tokens here: counts hold for the tokenizer named, not every model.
    expect(countPromptTokens("Привет, мир! Как дела?").tokens).toBe(8);
    expect(countPromptTokens("こんにちは、世界").tokens).toBe(3);
  });

  it("treats special-token text in a prompt as plain characters", () => {
    // The library's default would throw here; counted as text: a, " <", |, end, of, text, |, >, " b".
    expect(countPromptTokens("a <|endoftext|> b").tokens).toBe(9);
  });
});
