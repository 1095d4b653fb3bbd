import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-LZQXQOPJ.js";

// src/adapters/o200k.ts
import { readFile } from "node:fs/promises";

// src/core/plan/bpe.ts
var CONTRACTION = String.raw`(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?`;
var PIECES = new RegExp(
  [
    String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+${CONTRACTION}`,
    String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*${CONTRACTION}`,
    String.raw`\p{N}{1,3}`,
    String.raw` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
    String.raw`\s*[\r\n]+`,
    String.raw`\s+(?!\S)`,
    String.raw`\s+`
  ].join("|"),
  "gu"
);
var NONE = -1;
var LONE_SURROGATE = new RegExp("\\p{Cs}", "u");
var CACHE_LIMIT = 5e4;
var CACHE_PIECE_LENGTH = 64;
function fnv1a(bytes, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}
function slotsOf(table, start, size) {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && (table.byteOffset + start) % 4 === 0) return new Int32Array(table.buffer, table.byteOffset + start, size);
  const view = new DataView(table.buffer, table.byteOffset + start, size * 4);
  return Int32Array.from({ length: size }, (_, i) => view.getInt32(i * 4, true));
}
var RankTable = class {
  blob;
  offsets;
  slots;
  mask;
  maxTokenBytes;
  constructor(table) {
    if (table.length < 4) throw new Error("the tokenizer table is truncated");
    const count = (table[0] | table[1] << 8 | table[2] << 16 | table[3] << 24) >>> 0;
    const lengths = table.subarray(4, 4 + count);
    const offsets = new Uint32Array(count + 1);
    let max = 0;
    for (let r = 0; r < count; r++) {
      const length = lengths[r];
      offsets[r + 1] = offsets[r] + length;
      if (length > max) max = length;
    }
    const blobEnd = 4 + count + offsets[count];
    let size = 1;
    while (size < count * 2) size <<= 1;
    const indexStart = blobEnd + (4 - blobEnd % 4) % 4;
    if (lengths.length !== count || table.length !== indexStart + size * 4) throw new Error("the tokenizer table is corrupt");
    this.blob = table.subarray(4 + count, blobEnd);
    this.offsets = offsets;
    this.slots = slotsOf(table, indexStart, size);
    this.mask = size - 1;
    this.maxTokenBytes = max;
  }
  /** The rank of bytes[start, end), or -1 when that byte string is not a token. */
  rank(bytes, start, end) {
    const length = end - start;
    if (length > this.maxTokenBytes) return NONE;
    const { blob, offsets, slots, mask } = this;
    let slot = fnv1a(bytes, start, end) & mask;
    for (let r = slots[slot]; r !== NONE; r = slots[slot = slot + 1 & mask]) {
      const from = offsets[r];
      if (offsets[r + 1] - from !== length) continue;
      let i = 0;
      while (i < length && blob[from + i] === bytes[start + i]) i++;
      if (i === length) return r;
    }
    return NONE;
  }
};
var POSITION = 2 ** 32;
var Scratch = class {
  size = 0;
  end = new Int32Array(0);
  prev = new Int32Array(0);
  /** The rank of the pair starting at each part, -1 for none or for a part merged away. */
  pairRank = new Int32Array(0);
  heap = new Float64Array(0);
  ensure(n) {
    if (n <= this.size) return;
    this.size = Math.max(n, this.size * 2, 64);
    this.end = new Int32Array(this.size + 1);
    this.prev = new Int32Array(this.size + 1);
    this.pairRank = new Int32Array(this.size + 1);
    this.heap = new Float64Array(3 * this.size + 1);
  }
};
var BpeCounter = class {
  constructor(ranks) {
    this.ranks = ranks;
  }
  ranks;
  encoder = new TextEncoder();
  buffer = new Uint8Array(256);
  scratch = new Scratch();
  cache = /* @__PURE__ */ new Map();
  /** Tokens in `text`, special-token text such as `<|endoftext|>` counted as ordinary characters. */
  count(text) {
    let total = 0;
    for (const [piece] of text.matchAll(PIECES)) total += this.countPiece(piece);
    return total;
  }
  countPiece(piece) {
    const cacheable = piece.length <= CACHE_PIECE_LENGTH;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== void 0) return known;
    }
    if (this.buffer.length < piece.length * 3) this.buffer = new Uint8Array(piece.length * 3);
    const n = this.encoder.encodeInto(piece, this.buffer).written;
    const whole = !LONE_SURROGATE.test(piece) ? this.ranks.rank(this.buffer, 0, n) : NONE;
    const tokens = whole !== NONE ? 1 : this.merge(this.buffer, n);
    if (cacheable && this.cache.size < CACHE_LIMIT) this.cache.set(piece, tokens);
    return tokens;
  }
  /** Byte-pair merging of bytes[0, n); returns the number of parts left. */
  merge(bytes, n) {
    if (n <= 1) return n;
    const ranks = this.ranks;
    const s = this.scratch;
    s.ensure(n);
    const { end, prev, pairRank, heap } = s;
    let size = 0;
    for (let i = 0; i < n; i++) {
      end[i] = i + 1;
      prev[i] = i - 1;
      const rank = i + 1 < n ? ranks.rank(bytes, i, i + 2) : NONE;
      pairRank[i] = rank;
      if (rank !== NONE) heap[size++] = rank * POSITION + i;
    }
    for (let i = (size >> 1) - 1; i >= 0; i--) size = siftDown(heap, i, size);
    let parts = n;
    while (size > 0) {
      const top = heap[0];
      heap[0] = heap[--size];
      siftDown(heap, 0, size);
      const rank = Math.floor(top / POSITION);
      const left = top - rank * POSITION;
      if (pairRank[left] !== rank) continue;
      const right = end[left];
      const pairEnd = end[right];
      pairRank[right] = NONE;
      end[left] = pairEnd;
      parts--;
      if (pairEnd < n) {
        prev[pairEnd] = left;
        size = push(heap, size, pairRank[left] = ranks.rank(bytes, left, end[pairEnd]), left);
      } else pairRank[left] = NONE;
      const before = prev[left];
      if (before >= 0) size = push(heap, size, pairRank[before] = ranks.rank(bytes, before, pairEnd), before);
    }
    return parts;
  }
};
function siftDown(heap, i, size) {
  const item = heap[i];
  for (; ; ) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= item) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = item;
  return size;
}
function push(heap, size, rank, position) {
  if (rank === NONE) return size;
  const item = rank * POSITION + position;
  let i = size;
  while (i > 0) {
    const parent = i - 1 >> 1;
    if (heap[parent] <= item) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = item;
  return size + 1;
}

// src/core/plan/prompt-tokens.ts
function promptCounter(o200kTable) {
  const counter2 = new BpeCounter(new RankTable(o200kTable));
  return (text) => ({ tokens: counter2.count(text), tokenizer: "o200k_base" });
}

// src/adapters/o200k.ts
async function counter() {
  return promptCounter(await readFile(new URL("./o200k_base.bin", import.meta.url)));
}
export {
  counter
};
