/**
 * Just enough lexing to tell string literals from comments and code, per language family:
 * no parse trees, one pass, bounded work per character, so a hostile file costs no more than
 * its size.
 */

export interface Syntax {
  /** `//` and `/* *\/` comments. */
  slash: boolean;
  /** `#` comments. */
  hash: boolean;
  /** `"""` / `'''` strings (Python docstrings, Java/Kotlin text blocks, TOML). */
  triple: boolean;
  /** Backquotes: JS template literals (with `${}`), Go raw strings, or plain code. */
  backtick: "template" | "raw" | "none";
  /** Ruby's quoted strings may span lines; elsewhere an unclosed quote ends at the line's end. */
  multilineQuotes: boolean;
  /** Ruby's `=begin` ... `=end` block comments. */
  rubyBlock: boolean;
}

/** `opaque`: a literal that is not one string as written (a docstring, an interpolated template). */
export type SpanKind = "comment" | "literal" | "opaque";

/** A comment or string literal: `start`/`end` bound it all, `valueStart`/`valueEnd` its text. */
export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

const SLASH = 47;
const STAR = 42;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKTICK = 96;
const BACKSLASH = 92;
const NEWLINE = 10;
const EQUALS = 61;
const DOLLAR = 36;
const LBRACE = 123;
const RBRACE = 125;
/** Templates nested inside `${}` deeper than this are treated as ending (a hostile file cannot blow the stack). */
const MAX_TEMPLATE_DEPTH = 16;

function lineEnd(text: string, from: number): number {
  const e = text.indexOf("\n", from);
  return e < 0 ? text.length : e;
}

/** End (after the closing quote) of a one-quote string opened at `open`. */
function quotedEnd(text: string, open: number, quote: number, multiline: boolean): number {
  const n = text.length;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i + 1;
    else if (c === NEWLINE && !multiline) return i;
  }
  return n;
}

/** End of a JS template literal opened at `open`, and whether it interpolates (`${}`). */
function templateEnd(text: string, open: number, depth: number): { end: number; interpolated: boolean } {
  const n = text.length;
  let interpolated = false;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === BACKTICK) return { end: i + 1, interpolated };
    else if (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) {
      interpolated = true;
      let braces = 1;
      for (i += 2; i < n && braces > 0; i++) {
        const d = text.charCodeAt(i);
        if (d === LBRACE) braces++;
        else if (d === RBRACE) braces--;
        else if (d === DQUOTE || d === SQUOTE) i = quotedEnd(text, i, d, false) - 1;
        else if (d === BACKTICK && depth < MAX_TEMPLATE_DEPTH) i = templateEnd(text, i, depth + 1).end - 1;
      }
      i--;
    }
  }
  return { end: n, interpolated };
}

/** The characters that can start a comment or a literal, so the loop jumps over plain code natively. */
function starts(syntax: Syntax): RegExp {
  const chars = ['"', "'"];
  if (syntax.slash) chars.push("/");
  if (syntax.hash) chars.push("#");
  if (syntax.backtick !== "none") chars.push("`");
  if (syntax.rubyBlock) chars.push("=");
  return new RegExp(`[${chars.map((c) => `\\${c}`).join("")}]`, "g");
}

/** Comments and string literals of a source file, in order. */
export function lex(text: string, syntax: Syntax): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  const comment = (start: number, end: number) => spans.push({ kind: "comment", start, end, valueStart: start, valueEnd: end });
  const next = starts(syntax);
  for (let i = 0; i < n;) {
    next.lastIndex = i;
    if (!next.exec(text)) break;
    i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === SLASH && syntax.slash) {
      const d = text.charCodeAt(i + 1);
      if (d === SLASH) {
        const e = lineEnd(text, i);
        comment(i, e);
        i = e;
        continue;
      }
      if (d === STAR) {
        const close = text.indexOf("*/", i + 2);
        const e = close < 0 ? n : close + 2;
        comment(i, e);
        i = e;
        continue;
      }
    } else if (c === HASH && syntax.hash) {
      const e = lineEnd(text, i);
      comment(i, e);
      i = e;
      continue;
    } else if (c === DQUOTE || c === SQUOTE) {
      if (syntax.triple && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
        const delimiter = c === DQUOTE ? '"""' : "'''";
        let close = i + 3;
        for (;;) {
          close = text.indexOf(delimiter, close);
          if (close < 0 || text.charCodeAt(close - 1) !== BACKSLASH) break;
          close++;
        }
        const e = close < 0 ? n : close + 3;
        spans.push({ kind: "opaque", start: i, end: e, valueStart: i + 3, valueEnd: Math.max(i + 3, e - 3) });
        i = e;
        continue;
      }
      const e = quotedEnd(text, i, c, syntax.multilineQuotes);
      const closed = text.charCodeAt(e - 1) === c && e - 1 > i;
      spans.push({ kind: "literal", start: i, end: e, valueStart: i + 1, valueEnd: closed ? e - 1 : e });
      i = e;
      continue;
    } else if (c === BACKTICK && syntax.backtick !== "none") {
      if (syntax.backtick === "raw") {
        const close = text.indexOf("`", i + 1);
        const e = close < 0 ? n : close + 1;
        spans.push({ kind: "literal", start: i, end: e, valueStart: i + 1, valueEnd: close < 0 ? n : close });
        i = e;
      } else {
        const { end, interpolated } = templateEnd(text, i, 0);
        spans.push({ kind: interpolated ? "opaque" : "literal", start: i, end, valueStart: i + 1, valueEnd: Math.max(i + 1, end - 1) });
        i = end;
      }
      continue;
    } else if (c === EQUALS && syntax.rubyBlock && (i === 0 || text.charCodeAt(i - 1) === NEWLINE) && text.startsWith("=begin", i)) {
      const close = text.indexOf("\n=end", i);
      const e = close < 0 ? n : lineEnd(text, close + 1);
      comment(i, e);
      i = e;
      continue;
    }
    i++;
  }
  return spans;
}

/**
 * The code in [from, to) with every comment blanked and every literal's text blanked (its
 * quotes kept), so patterns over it see only code. `index` is the first span that starts at or
 * after `to` (spans.length when none does); `to` defaults to that span's start.
 */
export function codeBefore(
  text: string,
  spans: readonly Span[],
  index: number,
  from: number,
  to = spans[index]?.start ?? text.length,
): string {
  let first = index;
  while (first > 0 && (spans[first - 1]?.end ?? 0) > from) first--;
  let out = "";
  let at = from;
  for (const s of spans.slice(first, index)) {
    const start = Math.max(s.start, from);
    out += text.slice(at, start);
    out +=
      s.kind === "comment"
        ? " ".repeat(s.end - start)
        : start === s.start
          ? `"${" ".repeat(Math.max(0, s.end - s.start - 2))}"`
          : " ".repeat(s.end - start);
    at = s.end;
  }
  return out + text.slice(at, to);
}
