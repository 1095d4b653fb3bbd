/**
 * Where a JSON text stops being valid, as line and column, and what was expected there.
 * V8's JSON.parse messages quote the text ("Unexpected token 'g', "ghp_FAKESE"..."), and a
 * message about a file a pull request named can end up in a public comment: this scanner
 * says where and what without echoing a byte of the content. Iterative, so deep nesting
 * cannot overflow the stack.
 */
export function jsonErrorAt(text: string): { line: number; col: number; problem: string } | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (problem: string) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < Math.min(i, n); k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, col: i - lineStart + 1, problem };
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  // The stack holds what each open container expects next.
  const stack: Array<"]" | "}"> = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === "{" || c === "[") {
        stack.push(c === "{" ? "}" : "]");
        i++;
        ws();
        if (text[i] === stack[stack.length - 1]) {
          i++;
          stack.pop();
          expectValue = false;
          continue;
        }
        if (c === "{") {
          if (text[i] !== '"') return fail("expected a quoted key or '}'");
          if (!string()) return fail("unterminated or invalid string");
          ws();
          if (text[i] !== ":") return fail("expected ':' after a key");
          i++;
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return fail("unterminated or invalid string");
      } else if (c === "t" || c === "f" || c === "n") {
        const word = c === "t" ? "true" : c === "f" ? "false" : "null";
        if (text.slice(i, i + word.length) !== word) return fail("expected a value");
        i += word.length;
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0].length === 0) return fail(i >= n ? "unexpected end of input" : "expected a value");
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    const close = stack[stack.length - 1];
    if (close === undefined) return i < n ? fail("unexpected text after the JSON value") : undefined;
    if (text[i] === close) {
      i++;
      stack.pop();
      continue;
    }
    if (text[i] !== ",") return fail(i >= n ? "unexpected end of input" : `expected ',' or '${close}'`);
    i++;
    if (close === "}") {
      ws();
      if (text[i] !== '"') return fail("expected a quoted key");
      if (!string()) return fail("unterminated or invalid string");
      ws();
      if (text[i] !== ":") return fail("expected ':' after a key");
      i++;
    }
    expectValue = true;
  }
}
