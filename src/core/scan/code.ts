import { isIdKey, isModelKey, isModelListKey } from "./keys.js";
import { codeBefore, lex, type Span, type Syntax } from "./lex.js";

/** A literal's value at [start, end) of the text that a model position holds, and the key or call that holds it. */
export interface Candidate {
  start: number;
  end: number;
  key: string;
}

/** Provider factories whose first argument is a model (Vercel AI SDK and the like). */
const FACTORIES = new Set([
  "openai",
  "anthropic",
  "togetherai",
  "together",
  "google",
  "vertex",
  "azure",
  "gemini",
  "mistral",
  "groq",
  "xai",
  "deepseek",
  "bedrock",
  "cohere",
  "fireworks",
  "perplexity",
]);
/** Calls whose first argument is a model although their name does not say so. */
const MODEL_CALLS = new Set([
  "init_chat_model",
  "initChatModel",
  "Agent",
  "completion",
  "acompletion",
  "text_completion",
  "generateContent",
  "generateContentStream",
  "GenerateContent",
  "GenerateContentStream",
  "CreateAssistant",
  "CreateAssistantAsync",
  "GetChatClient",
  "GetResponsesClient",
  "GetOpenAIResponseClient",
  "CreateResponse",
  "CreateResponseAsync",
  "CreateResponseStreaming",
  "CreateResponseStreamingAsync",
  "CreateResponseOptions",
]);
/** Methods of a provider object that take a model: `openai.chat("…")`, `openai.responses("…")`. */
const PROVIDER_METHODS = new Set(["chat", "responses", "completion", "messages", "embedding"]);
/**
 * Classes that wrap one model and take it as `id=` or first argument: Agno's `Together(id=…)`,
 * `OpenAIChat(id=…)`, LlamaIndex's `OpenAI(model=…)`, the .NET `ChatClient("…", key)`.
 */
const MODEL_CLASS =
  /(openai|anthropic|claude|gemini|google|vertex|together|bedrock|groq|mistral|cohere|deepseek|xai|grok|fireworks|perplexity|litellm|azure|llm|chat|model|chatclient)$/i;

const IDENT = "[A-Za-z_$][\\w$]*";
// `model = "…"`, `model: "…"`, `Model: "…"`, `model := "…"`, `:model => "…"`, `model="…"`.
const KEY_ASSIGN = new RegExp(`(${IDENT})[ \\t]*(?::=|=>|=|:)[ \\t]*$`);
// `model: str = "…"`, `const model: string = "…"`, `val model: String = "…"`, `chatModels: ChatModel[] = [`.
const TYPED_ASSIGN = new RegExp(
  `(${IDENT})\\??[ \\t]*:[ \\t]*[A-Za-z_][\\w.]*(?:\\[[^\\]\\n]*\\]|<[^>\\n]*>)?(?:[ \\t]*\\|[ \\t]*[A-Za-z_][\\w.]*)*[ \\t]*=[ \\t]*$`,
);
// Go `var model string = "…"`, Bicep `param chatModel string = '…'`, C# `var model = "…"`.
const DECLARED = new RegExp(`\\b(?:var|const|param)[ \\t]+(${IDENT})(?:[ \\t]+[A-Za-z_][\\w.]*)?[ \\t]*=[ \\t]*$`);
// Java and C# `String model = "…"`, `final String MODEL = "…"`.
const STRING_DECLARED = new RegExp(`\\b(?:String|string)[ \\t]+(${IDENT})[ \\t]*=[ \\t]*$`);
// `process.env.OPENAI_MODEL ?? "…"`, `|| "…"`.
const FALLBACK = new RegExp(`(${IDENT})[ \\t]*(?:\\?\\?|\\|\\|)[ \\t]*$`);
// A call's first argument (Go's `ctx` may come first): `openai("…")`, `.model("…")`, `GenerateContent(ctx, "…")`.
const CALL = new RegExp(`(${IDENT}(?:\\s*\\.\\s*${IDENT})*)\\s*\\(\\s*(?:(?:ctx|context)\\s*,\\s*)?$`);
// C#'s target-typed `ChatClient client = new("…")`: the declared type is the callee.
const TARGET_TYPED_NEW = new RegExp(`(${IDENT})(?:<[^>\\n]*>)?[ \\t]+${IDENT}[ \\t]*=[ \\t]*new[ \\t]*$`);
// A typed field's allowed values: Python's `model: Literal["…", "…"]`.
const LITERAL_TYPE = new RegExp(`(${IDENT})[ \\t]*:[ \\t]*(?:typing\\.)?Literal[ \\t]*$`);
// RSpec's `let(:model) { "…" }`.
const RSPEC_LET = /\blet!?\s*\(\s*:(\w+)\s*\)\s*$/;
// Between a quoted key and its value: `"model": "…"`, `["model"] = "…"`, `"MODEL", "…"` (getenv default), Kotlin `"model" to "…"`.
// Or a fallback after a lookup by that key: `os.getenv("OPENAI_MODEL") or "…"`, `env["MODEL"] ?? "…"`.
const AFTER_KEY = /^\s*(?:\]?[ \t]*(?::|=>|=|,|to)|[)\]][ \t]*(?:or|\|\||\?\?))\s*$/;
// The other branch of a choice whose first branch is a use: `"…" if cheap else "…"`, `cheap ? "…" : "…"`, `"…" || "…"`.
const OTHER_BRANCH = /^(?:\s+if\s[^\n]*\selse\s+|\s*(?::|\|\||\?\?|or)\s*)$/;
// `model = cheap ? "…"`, `model: cheap ? "…"`.
const TERNARY = new RegExp(`(${IDENT})[ \\t]*(?::=|=|:)[ \\t]*[\\w$.!()\\[\\] \\t&|<>=]*?\\?[ \\t]*$`);
// A plain constant: `LLM = "…"`, `const llm = "…"`, `static final String LLM = "…"`.
const CONSTANT = new RegExp(`(${IDENT})[ \\t]*(?::[ \\t]*[A-Za-z_][\\w.]*[ \\t]*)?(?::=|=)[ \\t]*$`);

function keyOf(pattern: RegExp, before: string): string | undefined {
  return pattern.exec(before)?.[1];
}

/** The key a value is assigned to, when the code's last character allows an assignment at all (most literals fail at one comparison). */
function assignedKey(before: string, last: string): string | undefined {
  // Most specific first: in `summarization_model: str = "…"` the key is not `str`.
  if (last === "=")
    return keyOf(TYPED_ASSIGN, before) ?? keyOf(DECLARED, before) ?? keyOf(STRING_DECLARED, before) ?? keyOf(KEY_ASSIGN, before);
  if (last === ":" || last === ">") return keyOf(KEY_ASSIGN, before);
  if (last === "?") return keyOf(FALLBACK, before) ?? keyOf(TERNARY, before);
  if (last === "|") return keyOf(FALLBACK, before);
  return undefined;
}

function modelKeyAssigned(before: string, last: string): string | undefined {
  const key = assignedKey(before, last);
  return key !== undefined && isModelKey(key) ? key : undefined;
}

/** The last character that is not white space. */
function lastCode(before: string): string {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === " " || before[i] === "\t" || before[i] === "\n" || before[i] === "\r")) i--;
  return before.charAt(i);
}

export function isModelCall(callee: string): boolean {
  const dot = callee.lastIndexOf(".");
  const last = callee.slice(dot + 1).trim();
  if (isModelKey(last) || MODEL_CALLS.has(last) || FACTORIES.has(last)) return true;
  if (dot < 0) return false;
  if (FACTORIES.has(callee.slice(0, callee.indexOf(".")).trim()) && PROVIDER_METHODS.has(last)) return true;
  // `ChatModel.of("…")`
  return (last === "of" || last === "from") && isModelKey(callee.slice(callee.lastIndexOf(".", dot - 1) + 1, dot).trim());
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

/** How far back the code before a literal or bracket is looked at. */
const WINDOW = 160;
const CALL_TAIL = 100;

/** The callee of a call whose `(` ends `before`, with C#'s `Type x = new(` read as `Type(`. */
function calleeOf(before: string): string | undefined {
  const tail = before.slice(-CALL_TAIL);
  const callee = CALL.exec(tail)?.[1];
  if (callee !== "new") return callee;
  return TARGET_TYPED_NEW.exec(tail.slice(0, tail.lastIndexOf("new") + 3))?.[1];
}

/** A literal span of the code, with its index among the spans. */
interface Literal {
  index: number;
  span: Span;
}

/** Where a model is chosen directly: the key or call that takes this literal, or undefined. */
function directPosition(
  text: string,
  spans: readonly Span[],
  { index, span }: Literal,
  chosen: ReadonlyMap<number, string>,
): string | undefined {
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal") {
    const between = text.slice(prev.end, span.start);
    const branch = chosen.get(index - 1);
    if (branch !== undefined && OTHER_BRANCH.test(between)) return branch;
    const quotedKey = text.slice(prev.valueStart, prev.valueEnd);
    if (AFTER_KEY.test(between) && isModelKey(quotedKey)) return quotedKey;
  }
  // Ruby writes string symbols as `:"…"`: the colon belongs to the value, not to a key.
  const before = codeBefore(text, spans, index, Math.max(0, span.start - WINDOW)).replace(/(?<=\s):$/, "");
  const last = lastCode(before);
  if (last !== "(" && last !== ",") return modelKeyAssigned(before, last);
  const callee = calleeOf(before);
  if (callee !== undefined) {
    if (isModelCall(callee)) return callee;
    // A wrapper around the value: `Model: openai.F("…")`, `model=ChatModel("…")`.
    const tail = before.slice(-CALL_TAIL);
    const outer = before.slice(0, before.length - tail.length + (CALL.exec(tail)?.index ?? tail.length));
    return modelKeyAssigned(outer, lastCode(outer));
  }
  const factory = factoryResultCallee(before);
  return factory !== undefined && (factory.startsWith("create") || FACTORIES.has(factory)) ? factory : undefined;
}

/** An open bracket, and (worked out only when a literal inside asks) the key or call that owns it. */
interface Bracket {
  at: number;
  char: string;
  /** The first span after the bracket, for `codeBefore`. */
  span: number;
  owner?: Owner;
}

interface Owner {
  /** The key the bracket's value is assigned to (`models = [`, `model: {`, `llm = ChatOpenAI(`). */
  key?: string;
  /** For `(`: the function or class called. */
  callee?: string;
}

function ownerOf(text: string, spans: readonly Span[], b: Bracket): Owner {
  if (b.owner) return b.owner;
  const before = codeBefore(text, spans, b.span, Math.max(0, b.at - WINDOW), b.at);
  const last = lastCode(before);
  let owner: Owner;
  if (b.char === "(") {
    const callee = calleeOf(`${before}(`);
    const tail = before.slice(-CALL_TAIL);
    const outer = before.slice(0, before.length - tail.length + (CALL.exec(`${tail}(`)?.index ?? tail.length));
    owner = { callee, key: assignedKey(outer, lastCode(outer)) };
  } else {
    const prev = spans[b.span - 1];
    const quoted =
      prev && prev.kind === "literal" && prev.end <= b.at && /^\s*(?::|=>|=)?\s*$/.test(text.slice(prev.end, b.at))
        ? text.slice(prev.valueStart, prev.valueEnd)
        : undefined;
    // `"models": [`, HCL `variable "chat_model" {`, Ruby `let(:model) {`, HCL `model {`.
    const typed = b.char === "[" ? keyOf(LITERAL_TYPE, before) : undefined;
    owner = {
      key:
        quoted ??
        typed ??
        assignedKey(before, last) ??
        keyOf(RSPEC_LET, before) ??
        (b.char === "{" ? keyOf(new RegExp(`(${IDENT})[ \\t]*$`), before) : undefined),
    };
  }
  b.owner = owner;
  return owner;
}

/** The key right before a literal inside an object or call (`id: "…"`, `default="…"`), or "" when the literal is an element or argument. */
function localKey(text: string, spans: readonly Span[], { index, span }: Literal): string | undefined {
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal" && /^\s*(?::|=>|=)\s*$/.test(text.slice(prev.end, span.start)))
    return text.slice(prev.valueStart, prev.valueEnd);
  const before = codeBefore(text, spans, index, Math.max(0, span.start - 64));
  const last = lastCode(before);
  if (last === "(" || last === "[" || last === "{" || last === ",") return "";
  return last === "=" || last === ":" ? keyOf(KEY_ASSIGN, before) : undefined;
}

/**
 * A model class's own argument: the first, or `id=` (`Together(id="…")`, `ChatClient("…", key)`);
 * or the `id=` of a call that describes a model (`ModelConfig(id="openai:gpt-5.4-nano")`).
 */
function describesModel(callee: string, key: string): boolean {
  if (MODEL_CLASS.test(callee)) return key === "" || key === "id";
  return key === "id" && /model/i.test(callee);
}

/** Ancestors looked at: a model two objects deep in a model's settings (`Field(json_schema_extra={"ui": {"default": …}})`). */
const ANCESTORS = 3;

/** A literal inside a list of models, an object describing a model, or a model class's arguments: the owner's key, or undefined. */
function enclosedPosition(text: string, spans: readonly Span[], literal: Literal, stack: readonly Bracket[]): string | undefined {
  if (stack.length === 0) return undefined;
  // A key of a map (`"gpt-35-turbo" = {`, `"gpt-4o": 0.5`) names an entry; it does not choose a model.
  if (/^\s*(?:=>|=(?!=)|:(?!:))/.test(text.slice(literal.span.end, literal.span.end + 8))) return undefined;
  const key = localKey(text, spans, literal);
  if (key === undefined) return undefined;
  if (key !== "" && !isIdKey(key) && !isModelKey(key)) return undefined;
  for (let level = 0; level < ANCESTORS; level++) {
    const bracket = stack[stack.length - 1 - level];
    if (bracket === undefined) break;
    const owner = ownerOf(text, spans, bracket);
    // In a list of models, `name` is what a menu shows ("GPT-5.2"); `id` is the model.
    if (owner.key !== undefined && isModelListKey(owner.key) && key !== "name") return owner.key;
    if (owner.key !== undefined && isModelKey(owner.key)) return owner.key;
    // `Together(id="…")`, `ChatClient("…", key)`: only the class's own arguments.
    if (level === 0 && owner.callee !== undefined && describesModel(owner.callee.slice(owner.callee.lastIndexOf(".") + 1), key))
      return owner.callee;
  }
  return undefined;
}

const OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
/** Deeper nesting than this is not tracked (a hostile file cannot grow the stack without bound). */
const MAX_DEPTH = 256;
const BRACKETS = /[()[\]{}]/g;

/**
 * The open brackets around each point of the code, moved forward span by span. Bracket
 * positions are found in one native pass; those inside comments and literals are passed over.
 */
class BracketTracker {
  readonly stack: Bracket[] = [];
  private readonly positions: number[] = [];
  private next = 0;
  /** The spans whose preceding code has been applied, and where the code after the last of them starts. */
  private spansDone = 0;
  private codeFrom = 0;

  constructor(
    private readonly text: string,
    private readonly spans: readonly Span[],
  ) {
    for (const m of text.matchAll(BRACKETS)) this.positions.push(m.index);
  }

  /** Applies the code between the spans up to span `index`: brackets inside comments and literals do not count. */
  advanceTo(index: number): void {
    while (this.spansDone <= index) {
      const span = this.spans[this.spansDone];
      if (span === undefined) return;
      this.advance(this.codeFrom, span.start, this.spansDone);
      this.codeFrom = span.end;
      this.spansDone++;
    }
  }

  /** Applies the brackets of the code in [from, to); `span` is the first span after it. */
  private advance(from: number, to: number, span: number): void {
    const { positions, stack, text } = this;
    for (let at = positions[this.next]; at !== undefined && at < to; at = positions[++this.next]) {
      if (at < from) continue;
      const c = text.charAt(at);
      const opener = OPENER[c];
      if (opener === undefined) {
        if (stack.length < MAX_DEPTH) stack.push({ at, char: c, span });
        continue;
      }
      // An unbalanced closer pops up to its opener, or nothing when there is none.
      let k = stack.length - 1;
      while (k >= 0 && stack[k]?.char !== opener) k--;
      if (k >= 0) stack.length = k;
    }
  }
}

/** A constant assignment of this literal (`LLM = "…"`), for `namedConstants`. */
function constantName(text: string, spans: readonly Span[], { index, span }: Literal): string | undefined {
  const before = codeBefore(text, spans, index, Math.max(0, span.start - 64));
  return lastCode(before) === "=" ? keyOf(CONSTANT, before) : undefined;
}

/** What one code file says about models: its uses, and what it shares with files that import it. */
export interface CodeFacts {
  candidates: Candidate[];
  /** Constants of this file that look like models and that no model position here names. */
  exported: Map<string, Candidate[]>;
  /** Of the `imported` names, those a model position here names, with that position's key. */
  importedUses: Map<string, string>;
}

/**
 * Every literal of a code file that chooses a model: in a model position, in a list or object
 * of models, or as a constant that a model position names (`MODEL = "…"` then `model=MODEL`).
 * `plausible` says whether a value could be a model at all; only those are looked at further,
 * and a file with none and no `imported` name costs only its lexing.
 */
export function codeFacts(
  text: string,
  syntax: Syntax,
  plausible: (value: string) => boolean,
  imported: ReadonlySet<string> = new Set(),
): CodeFacts {
  const spans = lex(text, syntax);
  const wanted: Literal[] = [];
  for (const [index, span] of spans.entries())
    if (span.kind === "literal" && plausible(text.slice(span.valueStart, span.valueEnd))) wanted.push({ index, span });
  const importedUses = imported.size > 0 ? positionsNaming(text, spans, imported) : new Map<string, string>();
  if (wanted.length === 0) return { candidates: [], exported: new Map(), importedUses };
  const out: Candidate[] = [];
  const chosen = new Map<number, string>();
  const constants = new Map<string, Literal[]>();
  // Brackets are tracked only once a literal outside a direct model position asks what encloses it.
  let brackets: BracketTracker | undefined;
  const enclosing = (index: number): Bracket[] => {
    brackets ??= new BracketTracker(text, spans);
    brackets.advanceTo(index);
    return brackets.stack;
  };
  for (const literal of wanted) {
    const { index, span } = literal;
    const key = directPosition(text, spans, literal, chosen) ?? enclosedPosition(text, spans, literal, enclosing(index));
    if (key !== undefined) {
      chosen.set(index, key);
      out.push({ start: span.valueStart, end: span.valueEnd, key });
      continue;
    }
    const name = constantName(text, spans, literal);
    if (name === undefined) continue;
    const seen = constants.get(name);
    if (seen) seen.push(literal);
    else constants.set(name, [literal]);
  }
  const local = constants.size > 0 ? positionsNaming(text, spans, new Set(constants.keys())) : new Map<string, string>();
  const exported = new Map<string, Candidate[]>();
  for (const [name, named] of constants) {
    const literals = named
      .filter(({ index }) => !chosen.has(index))
      .map(({ span }) => ({ start: span.valueStart, end: span.valueEnd, key: local.get(name) ?? name }));
    if (local.has(name)) out.push(...literals);
    else exported.set(name, literals);
  }
  return { candidates: out.sort((a, b) => a.start - b.start), exported, importedUses };
}

export function codeCandidates(text: string, syntax: Syntax, plausible: (value: string) => boolean): Candidate[] {
  return codeFacts(text, syntax, plausible).candidates;
}

// `model=LLM`, `model: LLM`, `"model": LLM`, `openai(LLM)`: a model position that names a constant.
const NAMED_KEY = new RegExp(
  `(?:(${IDENT})|"([^"\\n]{1,64})"|'([^'\\n]{1,64})')[ \\t]*(?::=|=>|=|:)[ \\t]*(${IDENT})[ \\t]*(?=[,)\\]}\\n;]|$)`,
  "g",
);
const NAMED_CALL = new RegExp(`(${IDENT}(?:\\.${IDENT})*)\\s*\\(\\s*(${IDENT})\\s*(?=[,)])`, "g");

/** The names of `names` that a model position names (`model=LLM`, `openai(LLM)`), each with that position's key. One pass over the code. */
function positionsNaming(text: string, spans: readonly Span[], names: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const code = codeBefore(text, spans, spans.length, 0, text.length);
  for (const m of code.matchAll(NAMED_KEY)) {
    const [, bare, doubleQuoted, singleQuoted, name] = m;
    if (name === undefined || !names.has(name) || found.has(name)) continue;
    // A quoted key is blanked in `code`: its text is read from `text`.
    const key = bare ?? text.slice(m.index + 1, m.index + 1 + (doubleQuoted ?? singleQuoted ?? "").length);
    if (isModelKey(key)) found.set(name, key);
  }
  for (const [, callee, name] of code.matchAll(NAMED_CALL))
    if (callee !== undefined && name !== undefined && names.has(name) && !found.has(name) && isModelCall(callee)) found.set(name, callee);
  return found;
}
