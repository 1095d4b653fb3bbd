import { readFileSync } from "node:fs";
import path from "node:path";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import { loadPromptCounter } from "../src/adapters/tokenizer.js";
import { RankTable } from "../src/core/plan/bpe.js";
// @ts-expect-error: a plain ESM build script without type declarations
import { generateTokenizerTable } from "../scripts/gen-tokenizer.mjs";

const count = await loadPromptCounter();
const library = (text: string) => countTokens(text, { disallowedSpecial: new Set<string>() });

// tiktoken's algorithm as written (rescan every pair after each merge, quadratic), on the
// .tiktoken file itself: an independent reference for the heap-based counter.
const tiktoken = new Map<string, number>(
  readFileSync(path.join(import.meta.dirname, "../node_modules/gpt-tokenizer/data/o200k_base.tiktoken"), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [base64, rank] = line.split(" ");
      return [Buffer.from(base64!, "base64").toString("latin1"), Number(rank)];
    }),
);
const PIECES = new RegExp(
  String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
  "gu",
);
function reference(text: string): number {
  let total = 0;
  for (const [piece] of text.matchAll(PIECES)) {
    const bytes = Buffer.from(piece, "utf8").toString("latin1");
    if (tiktoken.has(bytes) && !/\p{Cs}/u.test(piece)) {
      total++;
      continue;
    }
    const parts = [...bytes];
    for (;;) {
      let best = -1;
      let bestRank = Infinity;
      for (let i = 0; i + 1 < parts.length; i++) {
        const rank = tiktoken.get(parts[i]! + parts[i + 1]!);
        if (rank !== undefined && rank < bestRank) [best, bestRank] = [i, rank];
      }
      if (best < 0) break;
      parts.splice(best, 2, parts[best]! + parts[best + 1]!);
    }
    total += parts.length;
  }
  return total;
}
/** Both references agree, except where gpt-tokenizer drops a U+FEFF (see below). */
const expected = (text: string) => {
  const value = reference(text);
  if (!text.includes("\ufeff")) expect(library(text), "gpt-tokenizer").toBe(value);
  return value;
};

describe("countPromptTokens", () => {
  it("counts with o200k_base and says so", () => {
    // o200k_base: "hello" = 24912, " world" = 2375.
    expect(count("hello world")).toEqual({ tokens: 2, tokenizer: "o200k_base" });
  });

  it("counts nothing in an empty prompt", () => {
    expect(count("").tokens).toBe(0);
  });

  it("counts text that differs between tokenizers the o200k_base way", () => {
    // cl100k_base (GPT-4) needs 12 and 5 tokens here: counts hold for the tokenizer named, not every model.
    expect(count("Привет, мир! Как дела?").tokens).toBe(8);
    expect(count("こんにちは、世界").tokens).toBe(3);
  });

  it("treats special-token text in a prompt as plain characters", () => {
    // The library's default would throw here; counted as text: a, " <", |, end, of, text, |, >, " b".
    expect(count("a <|endoftext|> b").tokens).toBe(9);
  });
});

describe("the o200k_base rank table", () => {
  const committed = readFileSync(path.join(import.meta.dirname, "../src/adapters/o200k_base.bin"));

  it("is the one scripts/gen-tokenizer.mjs writes from gpt-tokenizer's data (npm run build regenerates it)", () => {
    expect(Buffer.compare(committed, generateTokenizerTable())).toBe(0);
  });

  // The stored hash index must find every token at its own rank and nothing else, read in
  // place or, from a misaligned copy, decoded.
  const misaligned = new Uint8Array(committed.length + 1).subarray(1);
  misaligned.set(committed);
  it.each([
    ["read in place", committed],
    ["decoded from a misaligned copy", misaligned],
  ])("finds every token at its rank through the stored index (%s)", (_, bytes) => {
    const table = new RankTable(bytes);
    const count = committed.readUInt32LE(0);
    let at = 4 + count;
    const wrong: number[] = [];
    for (let rank = 0; rank < count; rank++) {
      const end = at + committed[4 + rank]!;
      if (table.rank(committed, at, end) !== rank) wrong.push(rank);
      at = end;
    }
    expect(wrong).toEqual([]);
    expect(table.rank(new TextEncoder().encode("not-a-token-\u0000-zz"), 0, 15)).toBe(-1);
  });

  it("refuses a truncated table", () => {
    expect(() => new RankTable(committed.subarray(0, committed.length - 4))).toThrow("corrupt");
  });
});

// A fixed pseudo-random generator, so a failure names a reproducible input.
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
}

describe("counts identical to tiktoken's algorithm and to gpt-tokenizer's", () => {
  const samples: Record<string, string> = {
    prose: readFileSync(path.join(import.meta.dirname, "../README.md"), "utf8"),
    "mixed scripts": "Grüße, 世界! Привет мир. مرحبا بالعالم. שלום עולם. नमस्ते दुनिया. 안녕하세요 세계. ไทย สวัสดี",
    "combining marks": "e\u0301e\u0301e\u0301 Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303g\u0304o\u0305 \u1100\u1161\u11a8",
    emoji: "👍🏽👨‍👩‍👧‍👦🏳️‍🌈 ❤️ 🇫🇷🇯🇵 text😀text 1️⃣#️⃣",
    "zero-width and bidi": "a\u200bb\u200cc\u200dd\u2060e \u202eevil\u202c \u2066iso\u2069 \ufeffbom",
    "lone surrogates": "a\ud800b \udc00 x\ud83d \ud83dy",
    contractions: "I'm you're he'LL we'VE they'd it's DON'T Can'T 's 't",
    numbers: "1234567890 3.14159 1,000,000 ١٢٣٤٥ ⅫⅦ 2026-11-30T23:50:00Z",
    whitespace: "a  b\t\tc\r\n\r\n  d \n\n\n   \t e   \u00a0\u3000f   ",
    "special-token text": "<|endoftext|><|im_start|>system<|im_sep|>hi<|im_end|><|fim_prefix|>",
    code: "function f(x) {\n  return x.map((y) => y ** 2).filter(Boolean); // ok\n}\n/* a/b/c */ path/to/file.ts\n",
    "invalid utf-8 replacement": new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x62])),
  };
  for (const [name, text] of Object.entries(samples)) {
    it(name, () => expect(count(text).tokens).toBe(expected(text)));
  }

  it("long runs without spaces, of every character class", () => {
    const units = ["a", "A", "aB", "é", "漢", "😀", "1", "-", "/", "\u0301", "ab1", "Ж", "\t", " ", "\n", "x.y", "\u200b"];
    const next = random(7);
    for (const unit of units) {
      for (const length of [1, 2, 3, 17, 128, 1500]) {
        const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        expect(count(text).tokens, `${JSON.stringify(unit)} x ${length}`).toBe(expected(text));
      }
      const noisy = Array.from({ length: 1500 }, () => (next() < 0.05 ? units[Math.floor(next() * units.length)] : unit)).join("");
      expect(count(noisy).tokens, `${JSON.stringify(unit)} with noise`).toBe(expected(noisy));
    }
  });

  it("keeps a U+FEFF inside a prompt, which gpt-tokenizer 3.4 drops from merged pairs", () => {
    // gpt-tokenizer looks pairs up through a TextDecoder that strips a leading BOM, so it ranks
    // EF BB BF 62 as "b". The bytes are what the model sees: the tiktoken result is the count.
    expect(count("\ufeffbom").tokens).toBe(reference("\ufeffbom"));
    expect(count("\ufeffbom").tokens).toBe(2);
    expect(library("\ufeffbom")).toBe(3);
  });

  it("random text over a mixed alphabet", () => {
    const alphabet = [..."abcXYZ 019'\n\t.,-/_é漢😀\u0301\u200bЖ<|>"];
    const next = random(42);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 200) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      expect(count(text).tokens, JSON.stringify(text)).toBe(expected(text));
    }
  });
});
