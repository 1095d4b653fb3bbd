// Writes src/adapters/o200k_base.bin, the o200k_base BPE ranks as a compact binary table, from
// the .tiktoken file gpt-tokenizer ships (base64 token, space, rank per line; ranks 0..N-1).
// Layout: u32 LE token count N, then N length bytes (tokens are at most 128 bytes), then the
// tokens' bytes in rank order, zero bytes up to a multiple of 4, then the hash index: S i32 LE
// slots (S the least power of two >= 2N), each a rank or -1, filled by inserting the tokens in
// rank order at their FNV-1a hash with linear probing (src/core/plan/bpe.ts reads it). Stored
// rather than built at load, where hashing 200,000 tokens took ~15 ms of every run that counts
// a prompt.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export function generateTokenizerTable() {
  const require = createRequire(import.meta.url);
  const source = path.join(path.dirname(require.resolve("gpt-tokenizer/package.json")), "data/o200k_base.tiktoken");
  const lines = readFileSync(source, "utf8").trim().split("\n");
  const tokens = lines.map((line, index) => {
    const [base64, rank] = line.split(" ");
    if (Number(rank) !== index) throw new Error(`${source}: rank ${rank} on line ${index + 1}; expected ranks 0..N-1 in order`);
    const bytes = Buffer.from(base64, "base64");
    if (bytes.length === 0 || bytes.length > 255) throw new Error(`${source}: token ${rank} is ${bytes.length} bytes`);
    return bytes;
  });
  const header = Buffer.alloc(4);
  header.writeUInt32LE(tokens.length);
  const table = Buffer.concat([header, Buffer.from(tokens.map((t) => t.length)), ...tokens]);
  return Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4), hashIndex(tokens)]);
}

function hashIndex(tokens) {
  let size = 1;
  while (size < tokens.length * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  tokens.forEach((token, rank) => {
    let h = 0x811c9dc5;
    for (const byte of token) h = Math.imul(h ^ byte, 0x01000193);
    let slot = (h >>> 0) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = rank;
  });
  const bytes = Buffer.alloc(size * 4);
  slots.forEach((rank, slot) => bytes.writeInt32LE(rank, slot * 4));
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("../src/adapters/o200k_base.bin", import.meta.url), generateTokenizerTable());
}
