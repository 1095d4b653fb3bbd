import { codeBefore, lex, type Span, type Syntax } from "./lex.js";
import type { ModelIndex } from "./models.js";

/** A string in source code or configuration that chooses a model the price books know. */
export interface ModelUse {
  file: string;
  /** 1-based; `col` counts UTF-16 code units, as editors and SARIF do. */
  line: number;
  col: number;
  /** The model as written. */
  text: string;
  provider: string;
  model: string;
}

type Language = "python" | "js" | "go" | "java" | "ruby" | "toml" | "json" | "yaml" | "env";

const SYNTAX: Record<Exclude<Language, "yaml" | "env">, Syntax> = {
  python: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  js: { slash: true, hash: false, triple: false, backtick: "template", multilineQuotes: false, rubyBlock: false },
  go: { slash: true, hash: false, triple: false, backtick: "raw", multilineQuotes: false, rubyBlock: false },
  java: { slash: true, hash: false, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  ruby: { slash: false, hash: true, triple: false, backtick: "none", multilineQuotes: true, rubyBlock: true },
  toml: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  // JSON has no comments, but tsconfig-style JSONC does; `//` inside a string is inside the string anyway.
  json: { slash: true, hash: false, triple: false, backtick: "none", multilineQuotes: false, rubyBlock: false },
};

const EXTENSIONS: Record<string, Language> = {
  py: "python",
  js: "js",
  jsx: "js",
  mjs: "js",
  cjs: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  go: "go",
  java: "java",
  kt: "java",
  kts: "java",
  rb: "ruby",
  toml: "toml",
  json: "json",
  jsonc: "json",
  yaml: "yaml",
  yml: "yaml",
  env: "env",
};

/** Generated or dependency files that name models without choosing them. */
const SKIPPED_NAMES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|[^/]*\.lock|[^/]*\.min\.[cm]?js|[^/]*\.d\.[cm]?ts)$/i;

/** The language a path is scanned as, or undefined when it is not scanned (prose, binaries, lock files). */
export function languageOf(file: string): Language | undefined {
  if (SKIPPED_NAMES.test(file)) return undefined;
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base === ".env" || base.startsWith(".env.")) return "env";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? undefined : EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}

/**
 * A name that holds a model: `model`, `Model`, `model_name`, `modelId`, `OPENAI_MODEL`,
 * `default_model`, `setModel`, `withModel`, `GenerativeModel`, `languageModel`.
 */
export function isModelKey(name: string): boolean {
  if (name.length > 64 || !/model/i.test(name)) return false;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  return last === "model" || ((last === "name" || last === "id") && words[words.length - 2] === "model");
}

/** Provider factories whose first argument is a model (Vercel AI SDK and the like). */
const FACTORIES = new Set(["openai", "anthropic", "togetherai", "together", "google", "vertex", "azure", "gemini"]);
/** Calls whose first argument is a model although their name does not say so. */
const MODEL_CALLS = new Set([
  "init_chat_model",
  "initChatModel",
  "Agent",
  "completion",
  "acompletion",
  "generateContent",
  "generateContentStream",
  "GenerateContent",
  "GenerateContentStream",
]);
/** Methods of a provider object that take a model: `openai.chat("…")`, `openai.responses("…")`. */
const PROVIDER_METHODS = new Set(["chat", "responses", "completion", "messages", "embedding"]);

const IDENT = "[A-Za-z_$][\\w$]*";
// `model = "…"`, `model: "…"`, `Model: "…"`, `model := "…"`, `:model => "…"`, `model="…"`.
const KEY_ASSIGN = new RegExp(`(${IDENT})[ \\t]*(?::=|=>|=|:)[ \\t]*$`);
// `model: str = "…"`, `const model: string = "…"`, `val model: String = "…"`.
const TYPED_ASSIGN = new RegExp(`(${IDENT})\\??[ \\t]*:[ \\t]*[A-Za-z_][\\w.]*(?:\\[[^\\]\\n]*\\]|<[^>\\n]*>)?(?:[ \\t]*\\|[ \\t]*[A-Za-z_][\\w.]*)*[ \\t]*=[ \\t]*$`);
// Go: `var model string = "…"`.
const GO_VAR = new RegExp(`\\b(?:var|const)[ \\t]+(${IDENT})[ \\t]+[A-Za-z_][\\w.]*[ \\t]*=[ \\t]*$`);
// `process.env.OPENAI_MODEL ?? "…"`, `|| "…"`.
const FALLBACK = new RegExp(`(${IDENT})[ \\t]*(?:\\?\\?|\\|\\|)[ \\t]*$`);
// A call's first argument (Go's `ctx` may come first): `openai("…")`, `.model("…")`, `GenerateContent(ctx, "…")`.
const CALL = new RegExp(`(${IDENT}(?:\\s*\\.\\s*${IDENT})*)\\s*\\(\\s*(?:(?:ctx|context)\\s*,\\s*)?$`);
// Between a quoted key and its value: `"model": "…"`, `["model"] = "…"`, `"MODEL", "…"` (getenv default), Kotlin `"model" to "…"`.
// Or a fallback after a lookup by that key: `os.getenv("OPENAI_MODEL") or "…"`, `env["MODEL"] ?? "…"`.
const AFTER_KEY = /^\s*(?:\]?[ \t]*(?::|=>|=|,|to)|[)\]][ \t]*(?:or|\|\||\?\?))\s*$/;
// The other branch of a choice whose first branch is a use: `"…" if cheap else "…"`, `cheap ? "…" : "…"`, `"…" || "…"`.
const OTHER_BRANCH = /^(?:\s+if\s[^\n]*\selse\s+|\s*(?::|\|\||\?\?|or)\s*)$/;
// `model = cheap ? "…"`, `model: cheap ? "…"`.
const TERNARY = new RegExp(`(${IDENT})[ \\t]*(?::=|=|:)[ \\t]*[\\w$.!()\\[\\] \\t&|<>=]*?\\?[ \\t]*$`);

function keyMatches(pattern: RegExp, before: string): boolean {
  const m = pattern.exec(before);
  return m !== null && isModelKey(m[1]!);
}

/** The patterns are tried only where the code's last character allows them: most literals fail at one comparison. */
function isKeyAssign(before: string, last: string): boolean {
  if (last === "=") return keyMatches(KEY_ASSIGN, before) || keyMatches(TYPED_ASSIGN, before) || keyMatches(GO_VAR, before);
  if (last === ":" || last === ">") return keyMatches(KEY_ASSIGN, before);
  if (last === "?") return keyMatches(FALLBACK, before) || keyMatches(TERNARY, before);
  if (last === "|") return keyMatches(FALLBACK, before);
  return false;
}

/** The last character that is not white space. */
function lastCode(before: string): string {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === " " || before[i] === "\t" || before[i] === "\n" || before[i] === "\r")) i--;
  return i >= 0 ? before[i]! : "";
}

function isModelCall(callee: string): boolean {
  const parts = callee.split(".").map((p) => p.trim());
  const last = parts[parts.length - 1]!;
  if (isModelKey(last) || MODEL_CALLS.has(last) || FACTORIES.has(last)) return true;
  if (parts.length > 1 && FACTORIES.has(parts[0]!) && PROVIDER_METHODS.has(last)) return true;
  // `ChatModel.of("…")`
  return parts.length > 1 && (last === "of" || last === "from") && isModelKey(parts[parts.length - 2]!);
}

/** `createOpenAI({ … })("…")`: the callee of the call whose result is being called. */
function factoryResultCallee(before: string): string | undefined {
  if (!/\)\s*\(\s*$/.test(before)) return undefined;
  let depth = 0;
  for (let i = before.lastIndexOf(")"); i >= 0; i--) {
    const c = before[i];
    if (c === ")") depth++;
    else if (c === "(" && --depth === 0) return new RegExp(`(${IDENT})\\s*$`).exec(before.slice(0, i))?.[1];
  }
  return undefined;
}

/** How far back the code before a literal is looked at. */
const WINDOW = 160;
const CALL_TAIL = 100;

function choosesModel(text: string, spans: readonly Span[], index: number, chosen: ReadonlySet<number>): boolean {
  const span = spans[index]!;
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal") {
    const between = text.slice(prev.end, span.start);
    if (chosen.has(index - 1) && OTHER_BRANCH.test(between)) return true;
    if (AFTER_KEY.test(between) && isModelKey(text.slice(prev.valueStart, prev.valueEnd))) return true;
  }
  // Ruby writes string symbols as `:"…"`: the colon belongs to the value, not to a key.
  const before = codeBefore(text, spans, index, Math.max(0, span.start - WINDOW)).replace(/(?<=\s):$/, "");
  const last = lastCode(before);
  if (last !== "(" && last !== ",") return isKeyAssign(before, last);
  // A callee is short: looking at the tail keeps the end-anchored pattern from rescanning the window.
  const tail = before.slice(-CALL_TAIL);
  const call = CALL.exec(tail);
  if (call) {
    if (isModelCall(call[1]!)) return true;
    // A wrapper around the value: `Model: openai.F("…")`, `model=ChatModel("…")`.
    const outer = before.slice(0, before.length - tail.length + call.index);
    return isKeyAssign(outer, lastCode(outer));
  }
  const factory = factoryResultCallee(before);
  return factory !== undefined && (factory.startsWith("create") || FACTORIES.has(factory));
}

/** A candidate value at [start, end) of the text, under `key` when the format has keys. */
interface Candidate {
  start: number;
  end: number;
}

function codeCandidates(text: string, syntax: Syntax, index: ModelIndex): Candidate[] {
  const spans = lex(text, syntax);
  const out: Candidate[] = [];
  const chosen = new Set<number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.kind !== "literal") continue;
    const value = text.slice(s.valueStart, s.valueEnd);
    if (index.resolve(value) && choosesModel(text, spans, k, chosen)) {
      chosen.add(k);
      out.push({ start: s.valueStart, end: s.valueEnd });
    }
  }
  return out;
}

/** A scalar value at `from` on its line: quoted, or plain up to a ` #` comment. */
function scalarAt(text: string, from: number, lineStop: number): Candidate | undefined {
  const q = text[from];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, from + 1);
    return close < 0 || close > lineStop ? undefined : { start: from + 1, end: close };
  }
  let end = lineStop;
  const hash = text.slice(from, lineStop).search(/\s#/);
  if (hash >= 0) end = from + hash;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end > from ? { start: from, end } : undefined;
}

// `key: value`, `- key: value`, `"key": value` on one line.
const YAML_PAIR = /^([ \t]*(?:-[ \t]+)*)("([^"\n]*)"|'([^'\n]*)'|([^\s#'"{[\]}:,-][^\n:#]*?))[ \t]*:(?:[ \t]+|$)/;

function yamlCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Inside a block scalar (`|` or `>`): lines indented deeper than its key are text, not keys.
  let blockIndent = -1;
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    const line = text.slice(start, stop);
    const indent = line.search(/\S/);
    if (blockIndent >= 0 && (indent < 0 || indent > blockIndent)) {
      start = stop + 1;
      continue;
    }
    blockIndent = -1;
    const m = YAML_PAIR.exec(line);
    if (m) {
      const key = m[3] ?? m[4] ?? m[5]!.trim();
      const valueAt = start + m[0].length;
      const rest = text.slice(valueAt, stop);
      if (/^[|>][-+0-9]*\s*(#.*)?$/.test(rest)) blockIndent = m[1]!.length;
      else if (isModelKey(key)) {
        const value = scalarAt(text, valueAt, stop);
        if (value) out.push(value);
      }
    }
    start = stop + 1;
  }
  return out;
}

const ENV_PAIR = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.]*)[ \t]*=[ \t]*/;

function envCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    const m = ENV_PAIR.exec(text.slice(start, stop));
    if (m && isModelKey(m[1]!)) {
      const value = scalarAt(text, start + m[0].length, stop);
      if (value) out.push(value);
    }
    start = stop + 1;
  }
  return out;
}

/** Every model use in one file's text. Pure: the caller reads the file. */
export function findModelUses(file: string, text: string, index: ModelIndex): ModelUse[] {
  const language = languageOf(file);
  if (!language) return [];
  const candidates = language === "yaml" ? yamlCandidates(text) : language === "env" ? envCandidates(text) : codeCandidates(text, SYNTAX[language], index);
  const uses: ModelUse[] = [];
  let lineStarts: number[] | undefined;
  for (const c of candidates) {
    const written = text.slice(c.start, c.end).trim();
    const resolved = index.resolve(written);
    if (!resolved) continue;
    lineStarts ??= computeLineStarts(text);
    const line = lineOf(lineStarts, c.start);
    uses.push({ file, line: line + 1, col: c.start - lineStarts[line]! + 1, text: written, provider: resolved.provider, model: resolved.model });
  }
  return uses;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
