/**
 * A fast path for clean manifests. eemeli/yaml's parseDocument runs at about 1-2 MB/s, which
 * alone is over a second on a 10,000-workload monorepo. Manifests are nearly always a small,
 * regular subset of YAML: block mappings and sequences, one-line flow collections, plain
 * numbers and words, simple quoted strings. This reads exactly that subset in one pass and
 * gives up (returns undefined) at the first thing outside it, so the full parser, with its
 * error messages, decides everything else. test/parse-fast.test.ts checks on generated
 * manifests that both paths give the same values and the same source offsets.
 *
 * Given up on, among others: tabs, CR, anchors, aliases, tags, block scalars, multi-line
 * scalars, directives and document markers, explicit keys, empty values, duplicate keys,
 * `__proto__` / `<<` keys, escapes in quotes, and any plain scalar the YAML 1.2 core schema
 * could read as something other than a short decimal number, true/false or a string.
 */

/** Where a node starts (offsets into the text); a mapping also knows where its keys start. */
export type NodeInfo = number | MapInfo | SeqInfo;
export interface MapInfo {
  start: number;
  keys: Entries<number>;
  values: Entries<NodeInfo>;
}

/** A mapping's keys in order with what each maps to: a handful of keys, so a scan is cheaper than a Map. */
export class Entries<T> {
  private readonly names: string[] = [];
  private readonly items: T[] = [];

  get(name: string): T | undefined {
    const i = this.names.indexOf(name);
    return i === -1 ? undefined : this.items[i];
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  set(name: string, item: T): void {
    this.names.push(name);
    this.items.push(item);
  }
}
export interface SeqInfo {
  start: number;
  items: NodeInfo[];
}

export interface FastResult {
  value: Record<string, unknown>;
  info: MapInfo;
}

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

interface Line {
  /** Offset of the first non-space character. */
  start: number;
  /** Offset just past the last character (before the newline). */
  end: number;
  indent: number;
}

const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Plain scalars starting with a dot that the core schema reads as numbers (.5, .inf, .NaN, .5e3). */
const DOT_NUMBER = /^\.(?:[0-9]|inf$|Inf$|INF$|nan$|NaN$|NAN$)/;
/** Words the core schema reads as something other than a string, or that toJS treats specially. */
const SPECIAL = new Set(["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", "__proto__", "<<"]);
// yaml refuses implicit keys over 1024 characters; stay well inside.
const KEY = /^[A-Za-z0-9_$][A-Za-z0-9_$.-]{0,200}$/;
/** Deeper than any manifest; keeps the recursion far from the stack limit on hostile input. */
const MAX_DEPTH = 64;

function scalarValue(text: string): unknown {
  if (text === "true") return true;
  if (text === "false") return false;
  const first = text.charCodeAt(0);
  // Digits and signs start numbers, 0x.., 1e3 and friends: only plain decimals stay.
  if ((first >= 48 && first <= 57) || first === 45 || first === 43) {
    if (INT.test(text) || FLOAT.test(text)) return Number(text);
    throw GIVE_UP;
  }
  // A dot starts .5, .inf and .nan, but also relative paths such as ../price-book.json.
  if (first === 46 && DOT_NUMBER.test(text)) throw GIVE_UP;
  if (SPECIAL.has(text)) throw GIVE_UP;
  return text;
}

/** Plain text that cannot start or contain YAML syntax in this position. */
function checkPlain(text: string, inFlow: boolean): void {
  if (text.length === 0) throw GIVE_UP;
  const c = text.charAt(0);
  if ("-?:,[]{}#&*!|>'\"%@`".includes(c)) {
    // A leading '-' is fine only for a negative number.
    if (!(c === "-" && text.length > 1 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57)) throw GIVE_UP;
  }
  // One pass for ": ", a trailing ":" and " #" (a key or a comment), and in a flow any of :#,[]{}.
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */) {
      if (inFlow || i === last || text.charCodeAt(i + 1) === 32) throw GIVE_UP;
    } else if (code === 35 /* # */) {
      if (inFlow || (i > 0 && text.charCodeAt(i - 1) === 32)) throw GIVE_UP;
    } else if (inFlow && (code === 44 || code === 91 || code === 93 || code === 123 || code === 125)) throw GIVE_UP;
  }
}

function quoted(text: string): string {
  const q = text[0];
  if (text.length < 2 || text[text.length - 1] !== q) throw GIVE_UP;
  const inner = text.slice(1, -1);
  if (q === '"' ? /["\\]/.test(inner) : inner.includes("'")) throw GIVE_UP;
  return inner;
}

/** Step 1: the lines that carry data, or undefined for text outside the subset (tabs, CR, directives). */
function dataLines(text: string): Line[] | undefined {
  if (text.includes("\t") || text.includes("\r")) return undefined;
  const lines: Line[] = [];
  let offset = 0;
  while (offset <= text.length) {
    let newline = text.indexOf("\n", offset);
    if (newline === -1) newline = text.length;
    let start = offset;
    while (start < newline && text.charCodeAt(start) === 32) start++;
    // Blank and comment-only lines carry no data.
    if (start < newline && text.charCodeAt(start) !== 35) {
      if (start === offset && (text.startsWith("---", start) || text.startsWith("...", start) || text[start] === "%")) return undefined;
      let end = newline;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      lines.push({ start, end, indent: start - offset });
    }
    offset = newline + 1;
  }
  if (lines[0]?.indent !== 0) return undefined;
  return lines;
}

/**
 * The next `#` at or after an offset. Values are read front to back, so one indexOf answers
 * every value up to the `#` it found: no scan of each value, no search of the rest of the file
 * per value.
 */
class Hashes {
  private from = Infinity;
  private at = -1;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (from < this.from || from > this.at) {
      this.from = from;
      const found = this.text.indexOf("#", from);
      this.at = found === -1 ? Infinity : found;
    }
    return this.at;
  }
}

/** Strips a trailing ` # comment` from a value that is not quoted (quotes give up on '#'). */
function stripComment(text: string, hashes: Hashes, from: number, to: number): number {
  for (let p = hashes.next(from + 1); p < to; p = hashes.next(p + 1)) {
    if (text.charCodeAt(p - 1) === 32) {
      let end = p - 1;
      while (end > from && text.charCodeAt(end - 1) === 32) end--;
      return end;
    }
  }
  return to;
}

/*
 * The readers below return a node's value and leave where it starts (its offset, or its
 * MapInfo / SeqInfo) in `info`, for the caller to take at once: no pair object per node.
 */

/** Step 3 (inside a line): one-line flow collections, one reader per file. */
class FlowReader {
  private p = 0;
  private to = 0;
  private depth = 0;
  /** Where the node read last starts. */
  info: NodeInfo = 0;

  constructor(private readonly text: string) {}

  /** The complete flow collection spanning exactly [from, to). */
  read(from: number, to: number): unknown {
    this.p = from;
    this.to = to;
    this.depth = 0;
    const value = this.node();
    this.skip();
    if (this.p !== this.to || typeof this.info === "number") throw GIVE_UP;
    return value;
  }

  private skip(): void {
    while (this.p < this.to && this.text.charCodeAt(this.p) === 32) this.p++;
  }

  /** A scalar ending at `,` or `}`, and at `:` for a key or `]` for a value. */
  private scalar(key: boolean): unknown {
    const { text, to } = this;
    this.skip();
    const begin = this.p;
    this.info = begin;
    const c = text[begin];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, begin + 1);
      if (close === -1 || close >= to) throw GIVE_UP;
      this.p = close + 1;
      return quoted(text.slice(begin, this.p));
    }
    const stop = key ? 58 /* : */ : 93; /* ] */
    let p = begin;
    for (; p < to; p++) {
      const code = text.charCodeAt(p);
      if (code === 44 || code === 125 || code === stop) break;
    }
    this.p = p;
    let end = p;
    while (end > begin && text.charCodeAt(end - 1) === 32) end--;
    const raw = text.slice(begin, end);
    checkPlain(raw, true);
    return scalarValue(raw);
  }

  private node(): unknown {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    this.skip();
    const c = this.text[this.p];
    const value = c === "{" ? this.mapping() : c === "[" ? this.sequence() : this.scalar(false);
    this.depth--;
    return value;
  }

  private mapping(): Record<string, unknown> {
    const { text } = this;
    const start = this.p++;
    const value: Record<string, unknown> = {};
    const info: MapInfo = { start, keys: new Entries(), values: new Entries() };
    this.skip();
    if (text[this.p] === "}") {
      this.p++;
      this.info = info;
      return value;
    }
    for (;;) {
      const key = this.scalar(true);
      const keyStart = this.info as number;
      if (typeof key !== "string" && typeof key !== "number") throw GIVE_UP;
      const name = String(key);
      if (text[this.p] !== ":" || text[this.p + 1] !== " " || info.keys.has(name)) throw GIVE_UP;
      this.p += 2;
      value[name] = this.node();
      info.keys.set(name, keyStart);
      info.values.set(name, this.info);
      this.skip();
      if (text[this.p] === ",") this.p++;
      else if (text[this.p] === "}") {
        this.p++;
        this.info = info;
        return value;
      } else throw GIVE_UP;
    }
  }

  private sequence(): unknown[] {
    const { text } = this;
    const start = this.p++;
    const value: unknown[] = [];
    const info: SeqInfo = { start, items: [] };
    this.skip();
    if (text[this.p] === "]") {
      this.p++;
      this.info = info;
      return value;
    }
    for (;;) {
      value.push(this.node());
      info.items.push(this.info);
      this.skip();
      if (text[this.p] === ",") this.p++;
      else if (text[this.p] === "]") {
        this.p++;
        this.info = info;
        return value;
      } else throw GIVE_UP;
    }
  }
}

const startsSequence = (text: string, at: number) => text[at] === "-" && " \n".includes(text[at + 1] ?? "\n");

/** Step 2: block mappings and sequences, line by line; `i` is the line being read. */
class BlockReader {
  private i = 0;
  private readonly hashes: Hashes;
  private readonly flow: FlowReader;
  /** Where the node read last starts. */
  private info: NodeInfo = 0;
  /** Where the value after the key keyAt found last starts, -1 for none on its line. */
  private after = -1;

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
  ) {
    this.hashes = new Hashes(text);
    this.flow = new FlowReader(text);
  }

  /** The document: one block mapping that uses every line. */
  root(): FastResult | undefined {
    const value = this.block(0);
    const info = this.info;
    if (this.i !== this.lines.length || typeof info === "number" || !("keys" in info)) return undefined;
    return { value: value as Record<string, unknown>, info };
  }

  /** Line i; past the last line the fast path gives up (the full parser says what is wrong). */
  private line(): Line {
    const line = this.lines[this.i];
    if (!line) throw GIVE_UP;
    return line;
  }

  /** The block node that starts on line i at column `indent`. */
  private block(indent: number): unknown {
    const line = this.line();
    if (indent > MAX_DEPTH * 8) throw GIVE_UP;
    if (startsSequence(this.text, line.start)) return this.blockSeq(indent);
    if (this.keyAt(line.start, line.end) !== undefined) return this.blockMap(line.start, indent);
    throw GIVE_UP;
  }

  /** A one-line value after `key: ` or `- `, from `from` to `to`. */
  private inlineValue(from: number, to: number): unknown {
    const { text } = this;
    const c = text[from];
    if (c === "{" || c === "[") {
      const value = this.flow.read(from, stripComment(text, this.hashes, from, to));
      this.info = this.flow.info;
      return value;
    }
    this.info = from;
    if (c === '"' || c === "'") {
      const end = text[to - 1] === c ? to : stripComment(text, this.hashes, from, to);
      return quoted(text.slice(from, end));
    }
    const raw = text.slice(from, stripComment(text, this.hashes, from, to));
    checkPlain(raw, false);
    return scalarValue(raw);
  }

  /** `key: rest` on a line, starting at `from`: the key (where its value starts goes to `after`), or undefined for none. */
  private keyAt(from: number, end: number): string | undefined {
    const { text } = this;
    const c = text[from];
    let keyEnd: number;
    let key: string;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, from + 1);
      if (close === -1 || close >= end) return undefined;
      key = quoted(text.slice(from, close + 1));
      keyEnd = close + 1;
    } else {
      keyEnd = text.indexOf(":", from);
      if (keyEnd === -1 || keyEnd >= end) return undefined;
      key = text.slice(from, keyEnd);
      if (!KEY.test(key)) return undefined;
    }
    if (SPECIAL.has(key) || text[keyEnd] !== ":") return undefined;
    const after = keyEnd + 1;
    if (after === end) {
      this.after = -1;
      return key;
    }
    if (text[after] !== " ") return undefined;
    let v = after;
    while (v < end && text.charCodeAt(v) === 32) v++;
    this.after = text[v] === "#" ? -1 : v;
    return key;
  }

  /** A block mapping whose first key is at `first` (on line i), keys at column `indent`. */
  private blockMap(first: number, indent: number): Record<string, unknown> {
    const { text, lines } = this;
    const value: Record<string, unknown> = {};
    const info: MapInfo = { start: first, keys: new Entries(), values: new Entries() };
    let keyStart = first;
    for (;;) {
      const line = this.line();
      const key = this.keyAt(keyStart, line.end);
      if (key === undefined || info.keys.has(key)) throw GIVE_UP;
      const after = this.after;
      info.keys.set(key, keyStart);
      this.i++;
      value[key] = after !== -1 ? this.inlineValue(after, line.end) : this.nestedValue(indent);
      info.values.set(key, this.info);
      const next = lines[this.i];
      if (!next || next.indent < indent) {
        this.info = info;
        return value;
      }
      if (next.indent > indent || text[next.start] === "-") throw GIVE_UP;
      keyStart = next.start;
    }
  }

  /** The value of a key with nothing after its colon: a deeper block, or a sequence at the key's column. */
  private nestedValue(indent: number): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.block(next.indent);
    if (next && next.indent === indent && startsSequence(this.text, next.start)) return this.blockSeq(indent);
    throw GIVE_UP;
  }

  /** A block sequence whose dashes are at column `indent`, starting on line i. */
  private blockSeq(indent: number): unknown[] {
    const { text, lines } = this;
    const value: unknown[] = [];
    const info: SeqInfo = { start: this.line().start, items: [] };
    for (;;) {
      const line = this.line();
      let p = line.start + 1;
      if (text[p] !== " ") throw GIVE_UP;
      while (p < line.end && text.charCodeAt(p) === 32) p++;
      if (p === line.end || text[p] === "#" || text[p] === "-") throw GIVE_UP;
      const column = indent + (p - line.start);
      if (this.keyAt(p, line.end) !== undefined) {
        if (column > MAX_DEPTH * 8) throw GIVE_UP;
        value.push(this.blockMap(p, column));
      } else {
        value.push(this.inlineValue(p, line.end));
        this.i++;
      }
      info.items.push(this.info);
      const next = lines[this.i];
      if (!next || next.indent < indent || (next.indent === indent && text[next.start] !== "-")) {
        this.info = info;
        return value;
      }
      if (next.indent > indent || text[next.start] !== "-") throw GIVE_UP;
    }
  }
}

/** Split into data lines, then read the block structure; any step may give up. */
export function parseFast(text: string): FastResult | undefined {
  const lines = dataLines(text);
  if (!lines) return undefined;
  try {
    return new BlockReader(text, lines).root();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
