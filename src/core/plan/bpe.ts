/**
 * Exact o200k_base token counting in O(n log n), from the compact rank table that
 * scripts/gen-tokenizer.mjs writes (u32 count, one length byte per rank, the tokens' bytes).
 *
 * Same pieces and merges as tiktoken and gpt-tokenizer: the o200k pre-tokenizer regex, then
 * byte-pair merging of the lowest-ranked adjacent pair, leftmost first. Those libraries rescan
 * every pair after each merge, quadratic in a piece's length, so a long run without spaces took
 * minutes; here the candidate pairs sit in a binary heap ordered by (rank, position), which
 * pops the very same pair each step.
 */

/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads at indices that the loop bounds, the hash mask and the
   merge links keep in range: a fallback there would be dead code in the tokenizer's hottest loops. */

// o200k_base's pre-tokenizer, as tiktoken and gpt-tokenizer write it (contractions spelled out
// case by case because JavaScript has no inline (?i:) before Node 23).
const CONTRACTION = String.raw`(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?`;
const PIECES = new RegExp(
  [
    String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+${CONTRACTION}`,
    String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*${CONTRACTION}`,
    String.raw`\p{N}{1,3}`,
    String.raw` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
    String.raw`\s*[\r\n]+`,
    String.raw`\s+(?!\S)`,
    String.raw`\s+`,
  ].join("|"),
  "gu",
);

const NONE = -1;
const LONE_SURROGATE = /\p{Cs}/u;
/** Short pieces (words) repeat: their counts are remembered, up to this many. */
const CACHE_LIMIT = 50_000;
const CACHE_PIECE_LENGTH = 64;

function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** The index's slots: a view of the table where it can be (little-endian, aligned), else decoded. */
function slotsOf(table: Uint8Array, start: number, size: number): Int32Array {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && (table.byteOffset + start) % 4 === 0) return new Int32Array(table.buffer, table.byteOffset + start, size);
  const view = new DataView(table.buffer, table.byteOffset + start, size * 4);
  return Int32Array.from({ length: size }, (_, i) => view.getInt32(i * 4, true));
}

/**
 * The rank table with its open-addressing hash index over byte strings, both as
 * scripts/gen-tokenizer.mjs writes them: loading it costs only the offsets' prefix sum.
 */
export class RankTable {
  private readonly blob: Uint8Array;
  private readonly offsets: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly maxTokenBytes: number;

  constructor(table: Uint8Array) {
    if (table.length < 4) throw new Error("the tokenizer table is truncated");
    const count = (table[0]! | (table[1]! << 8) | (table[2]! << 16) | (table[3]! << 24)) >>> 0;
    const lengths = table.subarray(4, 4 + count);
    const offsets = new Uint32Array(count + 1);
    let max = 0;
    for (let r = 0; r < count; r++) {
      const length = lengths[r]!;
      offsets[r + 1] = offsets[r]! + length;
      if (length > max) max = length;
    }
    const blobEnd = 4 + count + offsets[count]!;
    let size = 1;
    while (size < count * 2) size <<= 1;
    const indexStart = blobEnd + ((4 - (blobEnd % 4)) % 4);
    if (lengths.length !== count || table.length !== indexStart + size * 4) throw new Error("the tokenizer table is corrupt");
    this.blob = table.subarray(4 + count, blobEnd);
    this.offsets = offsets;
    this.slots = slotsOf(table, indexStart, size);
    this.mask = size - 1;
    this.maxTokenBytes = max;
  }

  /** The rank of bytes[start, end), or -1 when that byte string is not a token. */
  rank(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length > this.maxTokenBytes) return NONE;
    const { blob, offsets, slots, mask } = this;
    let slot = fnv1a(bytes, start, end) & mask;
    for (let r = slots[slot]!; r !== NONE; r = slots[(slot = (slot + 1) & mask)]!) {
      const from = offsets[r]!;
      if (offsets[r + 1]! - from !== length) continue;
      let i = 0;
      while (i < length && blob[from + i] === bytes[start + i]) i++;
      if (i === length) return r;
    }
    return NONE;
  }
}

/**
 * A min-heap of candidate merges, each packed into one double as rank * 2^32 + position, so
 * the order is by rank and then leftmost: the pair tiktoken's linear scan would pick.
 */
const POSITION = 2 ** 32;

/** Reusable scratch arrays, grown to the longest piece seen. */
class Scratch {
  size = 0;
  end = new Int32Array(0);
  prev = new Int32Array(0);
  /** The rank of the pair starting at each part, -1 for none or for a part merged away. */
  pairRank = new Int32Array(0);
  heap = new Float64Array(0);

  ensure(n: number): void {
    if (n <= this.size) return;
    this.size = Math.max(n, this.size * 2, 64);
    this.end = new Int32Array(this.size + 1);
    this.prev = new Int32Array(this.size + 1);
    this.pairRank = new Int32Array(this.size + 1);
    // n - 1 initial pairs, and each merge pushes at most two.
    this.heap = new Float64Array(3 * this.size + 1);
  }
}

export class BpeCounter {
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(256);
  private readonly scratch = new Scratch();
  private readonly cache = new Map<string, number>();

  constructor(private readonly ranks: RankTable) {}

  /** Tokens in `text`, special-token text such as `<|endoftext|>` counted as ordinary characters. */
  count(text: string): number {
    let total = 0;
    for (const [piece] of text.matchAll(PIECES)) total += this.countPiece(piece);
    return total;
  }

  private countPiece(piece: string): number {
    const cacheable = piece.length <= CACHE_PIECE_LENGTH;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== undefined) return known;
    }
    // UTF-8 is at most 3 bytes per UTF-16 unit.
    if (this.buffer.length < piece.length * 3) this.buffer = new Uint8Array(piece.length * 3);
    const n = this.encoder.encodeInto(piece, this.buffer).written;
    // A whole piece that is a token is one token, whatever merging would do. gpt-tokenizer looks
    // pieces up as strings, which a lone surrogate (encoded as U+FFFD) never matches: so here.
    const whole = !LONE_SURROGATE.test(piece) ? this.ranks.rank(this.buffer, 0, n) : NONE;
    const tokens = whole !== NONE ? 1 : this.merge(this.buffer, n);
    if (cacheable && this.cache.size < CACHE_LIMIT) this.cache.set(piece, tokens);
    return tokens;
  }

  /** Byte-pair merging of bytes[0, n); returns the number of parts left. */
  private merge(bytes: Uint8Array, n: number): number {
    if (n <= 1) return n;
    const ranks = this.ranks;
    const s = this.scratch;
    s.ensure(n);
    const { end, prev, pairRank, heap } = s;
    // Parts are named by their first byte's index; a part's successor starts at its end.
    let size = 0;
    for (let i = 0; i < n; i++) {
      end[i] = i + 1;
      prev[i] = i - 1;
      const rank = i + 1 < n ? ranks.rank(bytes, i, i + 2) : NONE;
      pairRank[i] = rank;
      if (rank !== NONE) heap[size++] = rank * POSITION + i;
    }
    // Heapify bottom-up: linear, where n pushes would cost n log n.
    for (let i = (size >> 1) - 1; i >= 0; i--) size = siftDown(heap, i, size);
    let parts = n;
    while (size > 0) {
      const top = heap[0]!;
      heap[0] = heap[--size]!;
      siftDown(heap, 0, size);
      const rank = Math.floor(top / POSITION);
      const left = top - rank * POSITION;
      // Stale when the left part was merged away or the pair starting there has changed since.
      if (pairRank[left] !== rank) continue;
      const right = end[left]!;
      const pairEnd = end[right]!;
      pairRank[right] = NONE;
      end[left] = pairEnd;
      parts--;
      if (pairEnd < n) {
        prev[pairEnd] = left;
        size = push(heap, size, (pairRank[left] = ranks.rank(bytes, left, end[pairEnd]!)), left);
      } else pairRank[left] = NONE;
      const before = prev[left]!;
      if (before >= 0) size = push(heap, size, (pairRank[before] = ranks.rank(bytes, before, pairEnd)), before);
    }
    return parts;
  }
}

function siftDown(heap: Float64Array, i: number, size: number): number {
  const item = heap[i]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= item) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
  return size;
}

function push(heap: Float64Array, size: number, rank: number, position: number): number {
  if (rank === NONE) return size;
  const item = rank * POSITION + position;
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= item) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
  return size + 1;
}
