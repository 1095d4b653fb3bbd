/**
 * Where a JSON text stops being valid, as line and column, and what was expected there.
 * V8's JSON.parse messages quote the text ("Unexpected token 'g', "ghp_FAKESE"..."), and a
 * message about a file a pull request named can end up in a public comment: this scanner
 * says where and what without echoing a byte of the content. Iterative, so deep nesting
 * cannot overflow the stack.
 */
export function jsonErrorAt(text: string): JsonError | undefined {
  return new JsonScanner(text).scan();
}

interface JsonError {
  line: number;
  col: number;
  problem: string;
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** One pass over the text with a stack of what each open container expects next. */
class JsonScanner {
  private i = 0;
  private readonly stack: Array<"]" | "}"> = [];

  constructor(private readonly text: string) {}

  scan(): JsonError | undefined {
    const { text } = this;
    let expectValue = true;
    for (;;) {
      this.ws();
      if (expectValue) {
        const problem = this.value();
        if (problem === OPENED) continue;
        if (problem) return this.fail(problem);
        expectValue = false;
        continue;
      }
      const close = this.stack[this.stack.length - 1];
      if (close === undefined) return this.i < text.length ? this.fail("unexpected text after the JSON value") : undefined;
      if (text[this.i] === close) {
        this.i++;
        this.stack.pop();
        continue;
      }
      if (text[this.i] !== ",") return this.fail(this.i >= text.length ? "unexpected end of input" : `expected ',' or '${close}'`);
      this.i++;
      if (close === "}") {
        this.ws();
        const problem = this.key("expected a quoted key");
        if (problem) return this.fail(problem);
      }
      expectValue = true;
    }
  }

  /** Reads a value, or opens a container (OPENED: its first value or key comes next); a problem otherwise. */
  private value(): string | typeof OPENED | undefined {
    const { text } = this;
    const c = text[this.i];
    if (c === "{" || c === "[") return this.open(c);
    if (c === '"') return this.string() ? undefined : "unterminated or invalid string";
    if (c === "t" || c === "f" || c === "n") {
      const word = c === "t" ? "true" : c === "f" ? "false" : "null";
      if (text.slice(this.i, this.i + word.length) !== word) return "expected a value";
      this.i += word.length;
      return undefined;
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(text);
    if (!m || m[0].length === 0) return this.i >= text.length ? "unexpected end of input" : "expected a value";
    this.i += m[0].length;
    return undefined;
  }

  /** An opening bracket: an empty container closes at once (a value read); an object's first key is read. */
  private open(c: "{" | "["): string | typeof OPENED | undefined {
    const close = c === "{" ? "}" : "]";
    this.stack.push(close);
    this.i++;
    this.ws();
    if (this.text[this.i] === close) {
      this.i++;
      this.stack.pop();
      return undefined;
    }
    return c === "{" ? (this.key("expected a quoted key or '}'") ?? OPENED) : OPENED;
  }

  /** A quoted key and its colon; a problem when either is missing. */
  private key(missing: string): string | undefined {
    if (this.text[this.i] !== '"') return missing;
    if (!this.string()) return "unterminated or invalid string";
    this.ws();
    if (this.text[this.i] !== ":") return "expected ':' after a key";
    this.i++;
    return undefined;
  }

  private ws(): void {
    const { text } = this;
    while (this.i < text.length && (text[this.i] === " " || text[this.i] === "\t" || text[this.i] === "\n" || text[this.i] === "\r"))
      this.i++;
  }

  /** A string from its opening quote; false when it is unterminated or has a bad escape or control character. */
  private string(): boolean {
    const { text } = this;
    this.i++; // opening quote
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[this.i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) return false;
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        this.i += 2;
        continue;
      }
      this.i++;
    }
    return false;
  }

  /** Where the scan stopped, as line and column, and what was wrong there. */
  private fail(problem: string): JsonError {
    const { text } = this;
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < Math.min(this.i, text.length); k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, col: this.i - lineStart + 1, problem };
  }
}

/** value() opened a container: not a problem, and not a value read yet. */
const OPENED = Symbol("opened");
