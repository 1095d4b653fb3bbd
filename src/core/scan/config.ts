import type { Candidate } from "./code.js";
import { isIdKey, isModelKey, isModelListKey } from "./keys.js";

/** A scalar value at `from` on its line: quoted, or plain up to a ` #` comment. */
function scalarAt(text: string, from: number, lineStop: number, key: string): Candidate | undefined {
  const q = text[from];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, from + 1);
    return close < 0 || close > lineStop ? undefined : { start: from + 1, end: close, key };
  }
  let end = lineStop;
  const hash = text.slice(from, lineStop).search(/\s#/);
  if (hash >= 0) end = from + hash;
  while (end > from && /\s/.test(text.charAt(end - 1))) end--;
  return end > from ? { start: from, end, key } : undefined;
}

function eachLine(text: string, visit: (start: number, stop: number) => void): void {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const stop = newline < 0 ? text.length : newline;
    visit(start, stop);
    start = stop + 1;
  }
}

// `key: value`, `- key: value`, `"key": value` on one line.
// Sticky, matched where a line starts in the whole text: no string is cut per line.
const YAML_PAIR = /([ \t]*(?:-[ \t]+)*)("([^"\n]*)"|'([^'\n]*)'|([^\s#'"{[\]}:,-][^\n:#]*?))[ \t]*:(?:[ \t]+|(?=\r?\n)|$)/y;
// `- item` (a list element), and docker-compose's `- OPENAI_MODEL=gpt-4o`.
const YAML_ITEM = /([ \t]*)-[ \t]+/y;
const ENV_ITEM = /^["']?([A-Za-z_][\w.]*)=/;

/** What a YAML line's mapping sits under: the keys of the enclosing lines, by indentation. */
interface Parent {
  indent: number;
  key: string;
  /** A Kubernetes `env:` entry's `name:`, so its sibling `value:` is read under that name. */
  envName?: string;
  /** LiteLLM's `model_list` entries: `model_name` is the alias clients ask for, unless no `litellm_params` follows. */
  alias?: Candidate;
}

/** Pops the mappings a line at `indent` has left; a LiteLLM alias that no `litellm_params` followed is a model after all. */
function parentAt(parents: Parent[], indent: number, out: Candidate[]): Parent | undefined {
  for (let top = parents.at(-1); top !== undefined && top.indent >= indent; top = parents.at(-1)) {
    parents.pop();
    if (top.alias) out.push(top.alias);
  }
  return parents.at(-1);
}

/** The candidate a YAML pair gives, by its own key or by the key of the mapping it sits in. */
function yamlPair(text: string, key: string, valueAt: number, stop: number, parent: Parent | undefined): Candidate | undefined {
  if (key === "name" && parent)
    parent.envName = text
      .slice(valueAt, stop)
      .trim()
      .replace(/^["']|["']$/g, "");
  if (isModelKey(key)) return scalarAt(text, valueAt, stop, key);
  const outer = parent?.key ?? "";
  if (key === "value" && parent?.envName !== undefined && isModelKey(parent.envName)) return scalarAt(text, valueAt, stop, parent.envName);
  if (isIdKey(key) && (isModelKey(outer) || (isModelListKey(outer) && key !== "name"))) return scalarAt(text, valueAt, stop, outer);
  return undefined;
}

/** Model positions of a YAML file, line by line: keys, env lists, Kubernetes `env:` entries, lists of models. */
export function yamlCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const parents: Parent[] = [];
  // Inside a block scalar (`|` or `>`): lines indented deeper than its key are text, not keys.
  let blockIndent = -1;
  eachLine(text, (start, stop) => {
    let first = start;
    while (first < stop && (text[first] === " " || text[first] === "\t" || text[first] === "\r")) first++;
    const indent = first - start;
    if (first === stop || text[first] === "#" || (blockIndent >= 0 && indent > blockIndent)) return;
    blockIndent = -1;
    YAML_ITEM.lastIndex = start;
    const item = YAML_ITEM.exec(text);
    YAML_PAIR.lastIndex = start;
    const m = YAML_PAIR.exec(text);
    const parent = parentAt(parents, indent, out);
    if (!m) {
      if (item) yamlItem(text, start + item[0].length, stop, parent, out);
      return;
    }
    const [whole, lead = "", , doubleQuoted, singleQuoted, plain = ""] = m;
    const key = doubleQuoted ?? singleQuoted ?? plain.trim();
    const keyIndent = lead.length;
    const entry: Parent = { indent: keyIndent, key };
    const valueAt = start + whole.length;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(valueAt, stop))) blockIndent = indent;
    // A list item's keys form a mapping of their own, under the list's key.
    const itemEntry: Parent | undefined = item ? { indent: keyIndent - 1, key: parent?.key ?? "" } : undefined;
    const found = blockIndent >= 0 ? undefined : yamlPair(text, key, valueAt, stop, itemEntry ?? parent);
    if (found && itemEntry && key === "model_name") itemEntry.alias = found;
    else if (found) out.push(found);
    if (key === "litellm_params" && parent) parent.alias = undefined;
    if (itemEntry) parents.push(itemEntry);
    parents.push(entry);
  });
  parentAt(parents, -1, out);
  return out.sort((a, b) => a.start - b.start);
}

/** `- gpt-4o` under a list of models, or `- OPENAI_MODEL=gpt-4o` in docker-compose's `environment:`. */
function yamlItem(text: string, valueAt: number, stop: number, parent: Parent | undefined, out: Candidate[]): void {
  const [env, name] = ENV_ITEM.exec(text.slice(valueAt, stop)) ?? [];
  if (env !== undefined && name !== undefined && isModelKey(name)) {
    const quote = text[valueAt] === '"' || text[valueAt] === "'" ? 1 : 0;
    const found = scalarAt(text, valueAt + env.length, stop - quote, name);
    if (found) out.push(found);
  } else if (parent && isModelListKey(parent.key)) {
    const found = scalarAt(text, valueAt, stop, parent.key);
    if (found) out.push(found);
  }
}

const ENV_PAIR = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.]*)[ \t]*=[ \t]*/;

/** `.env` files: `OPENAI_MODEL=gpt-4o`. */
export function envCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachLine(text, (start, stop) => {
    const [pair, name] = ENV_PAIR.exec(text.slice(start, stop)) ?? [];
    if (pair !== undefined && name !== undefined && isModelKey(name)) {
      const value = scalarAt(text, start + pair.length, stop, name);
      if (value) out.push(value);
    }
  });
  return out;
}
