// Writes src/adapters/o200k_base.bin, the o200k_base BPE ranks as a compact binary table, from
// the .tiktoken file gpt-tokenizer ships (base64 token, space, rank per line; ranks 0..N-1).
// Layout: u32 LE token count N, then N length bytes (tokens are at most 128 bytes), then the
// tokens' bytes in rank order. The reader builds its hash index at load (a few milliseconds),
// so the file stays 1.6 MB instead of the 3 MB of JavaScript literals it replaces.
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
  return Buffer.concat([header, Buffer.from(tokens.map((t) => t.length)), ...tokens]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("../src/adapters/o200k_base.bin", import.meta.url), generateTokenizerTable());
}
