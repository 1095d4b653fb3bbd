import type * as Yaml from "yaml";
import type { Alias, Document, Node } from "yaml";
import type { Finding, SourcePosition, YamlPath } from "./types.js";
import { parseFast, type FastResult, type NodeInfo } from "./yaml-fast.js";
import type { RuleId } from "../rules/registry.js";
import { finding, placeIn } from "../rules/finding.js";

/** Input limits; all configurable (CLI flags, Action inputs), defaults documented in the README. */
export interface ParseLimits {
  maxFileBytes: number;
  maxAliasCount: number;
  maxWorkloads: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxAliasCount: 100,
  maxWorkloads: 100_000,
};

export interface ParsedYaml {
  file: string;
  value: unknown;
  /** Where a YAML path starts in the file; the nearest existing ancestor when it does not exist. */
  locate(path: YamlPath): SourcePosition;
  /** Where the key of a mapping entry starts (for unknown-key findings). */
  locateKey(path: YamlPath): SourcePosition;
  findings: Finding[];
}

const FIRST: SourcePosition = { line: 1, col: 1 };

export function formatPath(path: YamlPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(root)";
}

/** A file that cannot be read as YAML; `pos` where it breaks, if it breaks at one place. */
function fail(file: string, rule: RuleId, message: string, pos?: SourcePosition): ParsedYaml {
  return {
    file,
    value: undefined,
    locate: () => pos ?? FIRST,
    locateKey: () => pos ?? FIRST,
    findings: [finding(rule, placeIn(file, pos), message, "error")],
  };
}

/** Decodes strictly as UTF-8: a manifest with other bytes would be priced from a misread. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { text: undefined; lossy: string; at: number; byte: number } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // The lossy decoding marks the first bad sequence with U+FFFD: that gives line and column.
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at = lossy.indexOf("\uFFFD");
    return { text: undefined, lossy, at, byte: bytes[new TextEncoder().encode(lossy.slice(0, at)).length] ?? 0 };
  }
}

const YAML_ERROR_TEXT: Record<string, string> = {
  DUPLICATE_KEY: "a key appears twice in the same mapping",
  TAB_AS_INDENT: "tabs are not allowed for indentation in YAML; indent with spaces",
  MULTIPLE_DOCS: "the file holds more than one YAML document (---); put all workloads in one document",
  RESOURCE_EXHAUSTION: "the YAML nests too deeply or expands too many aliases to be a manifest",
  BAD_INDENT: "the indentation is inconsistent",
  BLOCK_AS_IMPLICIT_KEY: "a nested block cannot be used as a key; check the indentation or a missing colon",
  MISSING_CHAR: "a closing bracket, brace or quote is missing",
  UNEXPECTED_TOKEN: "unexpected text; check quoting and indentation",
  BAD_ALIAS: "an alias refers to an anchor that does not exist",
  BAD_SCALAR_START: "a plain value cannot start with this character; quote it",
  MULTILINE_IMPLICIT_KEY: "a key cannot span several lines; check the indentation or a missing colon",
  KEY_OVER_1024_CHARS: "a key is longer than the 1024 characters YAML allows; check for a missing line break",
  BAD_DQ_ESCAPE: "a double-quoted string has an invalid escape sequence",
  BLOCK_IN_FLOW: "a block value cannot appear inside { } or [ ]; close the brackets first",
  MULTIPLE_ANCHORS: "a node has more than one anchor (&)",
  MULTIPLE_TAGS: "a node has more than one tag (!)",
  TAG_RESOLVE_FAILED: "a tag (!) could not be applied to its value",
  BAD_DIRECTIVE: "a % directive is not understood",
};

/** The key written at `offset` (plain, or quoted), before its colon; yaml's duplicate-key error points there. */
function keyAt(text: string, offset: number): string | undefined {
  // A key is at most 1024 characters (YAML's limit for implicit keys).
  const m = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s:#,{}[\]][^:#\n,{}[\]]*?))\s*:/.exec(text.slice(offset, offset + 1100));
  if (!m) return undefined;
  return m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3];
}

function quoted(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key);
}

/** Offsets of line starts; positions are computed from them only when a finding or workload asks. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as yaml's LineCounter.linePos gives them. */
function linePos(starts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? offset) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  return { line: low, col: offset - (starts[low - 1] ?? 0) + 1 };
}

/** Line and column of one offset, for the refusals that happen before any parser runs. */
function positionOf(text: string, offset: number): SourcePosition {
  return linePos(lineStartsOf(text), offset);
}

/** The ParsedYaml of a file the fast path read; locate/locateKey mirror the full path's nodeAt. */
function fromFast(file: string, text: string, fast: FastResult): ParsedYaml {
  let starts: number[] | undefined;
  const pos = (offset: number) => linePos((starts ??= lineStartsOf(text)), offset);
  const startOf = (info: NodeInfo) => (typeof info === "number" ? info : info.start);
  const infoAt = (path: YamlPath): NodeInfo => {
    let node: NodeInfo = fast.info;
    for (const part of path) {
      let next: NodeInfo | undefined;
      if (typeof node === "number") break;
      if ("keys" in node) next = node.values.get(String(part));
      else if (typeof part === "number") next = node.items[part];
      if (next === undefined) break;
      node = next;
    }
    return node;
  };
  return {
    file,
    value: fast.value,
    findings: [],
    locate: (path) => pos(startOf(infoAt(path))),
    locateKey(path) {
      const parent = infoAt(path.slice(0, -1));
      const key = typeof parent === "object" && "keys" in parent ? parent.keys.get(String(path[path.length - 1])) : undefined;
      return pos(key ?? startOf(parent));
    },
  };
}

/**
 * The parts of eemeli/yaml the full path uses. It is passed in rather than imported: most
 * manifests take the fast path, so the adapters load yaml only for a file that needs it
 * (src/adapters/manifest-parser.ts).
 */
export type YamlLibrary = Pick<typeof Yaml, "LineCounter" | "isMap" | "isPair" | "isScalar" | "isSeq" | "parseDocument" | "visit">;

/** A file that passed the checks but that only eemeli/yaml can read: finish it with parseFull. */
export interface NeedsFullParse {
  file: string;
  /** The decoded text, without a byte order mark. */
  text: string;
}

/**
 * Parses one manifest's bytes into plain data plus a way back to source positions, as far as
 * it can without eemeli/yaml: the refusals (size, empty, encoding, NUL) and the fast path (see
 * yaml-fast.ts). A file the fast path cannot read comes back as NeedsFullParse; `full` sends
 * every file that passes the checks there.
 */
export function parseYaml(
  file: string,
  bytes: Uint8Array,
  limits: ParseLimits = DEFAULT_LIMITS,
  full = false,
): ParsedYaml | NeedsFullParse {
  if (bytes.length > limits.maxFileBytes) {
    return fail(
      file,
      "input.too-large",
      `file is ${bytes.length} bytes, over the ${limits.maxFileBytes}-byte limit for a manifest (raise it with --max-file-bytes)`,
    );
  }
  if (bytes.length === 0 || bytes.every((b) => b === 32 || b === 10 || b === 13 || b === 9)) {
    return fail(file, "input.empty", "file is empty; a manifest needs at least `version: 1` and `workloads:`");
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.text === undefined) {
    return fail(
      file,
      "input.encoding",
      `file is not valid UTF-8 (bad byte 0x${decoded.byte.toString(16).padStart(2, "0")}); save it as UTF-8`,
      positionOf(decoded.lossy, decoded.at),
    );
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return fail(file, "input.binary", "file contains NUL bytes; it looks like binary data, not YAML", positionOf(text, nul));
  }
  const fast = full ? undefined : parseFast(text);
  return fast ? fromFast(file, text, fast) : { file, text };
}

/** 1-based line and column of an offset in the text yaml parsed. */
type Locator = (offset: number) => SourcePosition;

/** Reads a file parseYaml could not with eemeli/yaml: its errors become findings at their positions. */
export function parseFull(yaml: YamlLibrary, { file, text }: NeedsFullParse, limits: ParseLimits = DEFAULT_LIMITS): ParsedYaml {
  const lineCounter = new yaml.LineCounter();
  let doc: Document.Parsed;
  try {
    doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: true });
  } catch (error) {
    // The parser collects errors rather than throwing; a throw here is a resource problem.
    return fail(file, "yaml.syntax", `YAML could not be parsed: ${(error as Error).message}`);
  }
  const pos: Locator = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    const findings = syntaxFindings(yaml, doc, text, file, pos);
    return { file, value: undefined, locate: () => FIRST, locateKey: () => FIRST, findings };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return aliasFailure(yaml, doc, file, error instanceof Error ? error.message : String(error), limits, pos);
  }
  return { file, value, findings: [], ...nodeLocators(yaml, doc, pos) };
}

/** One finding per error yaml collected, in plain words where its code has them. */
function syntaxFindings(yaml: YamlLibrary, doc: Document.Parsed, text: string, file: string, pos: Locator): Finding[] {
  // How many times yaml runs out of stack within one value, and what else it reports inside that
  // value after giving up, depend on the stack (and on how warm the code is): say it once.
  const exhausted = new Set(doc.errors.filter((e) => e.code === "RESOURCE_EXHAUSTION").map((e) => exhaustedAt(yaml, doc, e.pos[0])));
  const said = new Set<number>();
  const errors = doc.errors.flatMap((error) => {
    const offset = exhaustedAt(yaml, doc, error.pos[0]);
    if (!exhausted.has(offset)) return [{ error, offset: error.pos[0] }];
    if (error.code !== "RESOURCE_EXHAUSTION" || said.has(offset)) return [];
    said.add(offset);
    return [{ error, offset }];
  });
  return errors.map(({ error, offset }) => {
    const where = pos(offset);
    const key = error.code === "DUPLICATE_KEY" ? keyAt(text, offset) : undefined;
    const plain =
      key !== undefined
        ? `the key ${quoted(key)} appears twice in the same mapping`
        : (YAML_ERROR_TEXT[error.code] ?? error.message.split(" at line")[0] ?? error.message);
    return { severity: "error", rule: "yaml.syntax", message: `invalid YAML: ${plain}`, file, line: where.line, col: where.col };
  });
}

/**
 * Where a value that exhausted the parser starts. yaml reports the innermost collection it
 * reached before the stack ran out, which moves with the stack depth at the call (the Node
 * version, how the code is bundled); the top-level entry that holds it does not.
 */
function exhaustedAt({ isMap, isPair, isSeq }: YamlLibrary, doc: Document.Parsed, offset: number): number {
  const top = doc.contents;
  let start = offset;
  // Entries are in document order: the one holding the offset is the last to start before it.
  for (const item of isMap(top) || isSeq(top) ? top.items : []) {
    const node = isPair(item) ? item.value : item;
    const range = node && typeof node === "object" && "range" in node ? (node as Node).range : undefined;
    if (range && range[0] <= offset) start = range[0];
  }
  return start;
}

/** The refusal of a document whose toJS threw: toJS throws for two alias problems, so point at the alias that causes each. */
function aliasFailure(
  yaml: YamlLibrary,
  doc: Document.Parsed,
  file: string,
  message: string,
  limits: ParseLimits,
  pos: Locator,
): ParsedYaml {
  const aliases: Alias[] = [];
  yaml.visit(doc, { Alias: (_, node) => void aliases.push(node) });
  const at = (alias: Alias | undefined) => (alias?.range ? pos(alias.range[0]) : undefined);
  if (/unresolved alias/i.test(message)) {
    const missing = aliases.find((alias) => !alias.resolve(doc));
    return fail(
      file,
      "yaml.syntax",
      `invalid YAML: the alias ${missing ? `*${missing.source} ` : ""}refers to an anchor that is not defined before it`,
      at(missing),
    );
  }
  if (/alias/i.test(message)) {
    return fail(
      file,
      "yaml.aliases",
      `aliases expand to more than the limit of ${limits.maxAliasCount} nodes (raise it with --max-alias-count)`,
      at(aliases[0]),
    );
  }
  return fail(file, "yaml.syntax", `YAML could not be read: ${message}`);
}

/** locate and locateKey over yaml's nodes: the deepest node of a path that exists, and its position. */
function nodeLocators(yaml: YamlLibrary, doc: Document.Parsed, pos: Locator): Pick<ParsedYaml, "locate" | "locateKey"> {
  const { isMap, isScalar } = yaml;
  return {
    locate(path) {
      const node = nodeAt(yaml, doc, path);
      return node?.range ? pos(node.range[0]) : FIRST;
    },
    locateKey(path) {
      const parent = nodeAt(yaml, doc, path.slice(0, -1));
      const last = path[path.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
        if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
      }
      return parent?.range ? pos(parent.range[0]) : FIRST;
    },
  };
}

/** The node at a YAML path, or the deepest ancestor of it that exists. */
function nodeAt({ isMap, isPair, isScalar, isSeq }: YamlLibrary, doc: Document.Parsed, path: YamlPath): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number") {
      node = node.items[part];
    } else break;
    if (node && typeof node === "object" && "range" in node && (node as Node).range) found = node as Node;
    else break;
  }
  return found;
}
