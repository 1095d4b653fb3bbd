/**
 * The GitHub Actions runner treats a log line whose trimmed text starts with `::` as a
 * workflow command (`::add-mask::`, `::error ...::`, `::stop-commands::`) and `##[` anywhere
 * in a line as a legacy one. Reports print names and paths a pull request chose, so when the
 * CLI runs in a workflow everything it prints goes through this guard.
 *
 * One rule fits every format: `##[` becomes `#\u0023[`, which JSON reads back as the same
 * string and a person reads as escaped text; a line starting with `::` gets a space between
 * the colons. A JSON line never starts with `::` (strings are quoted, newlines escaped), so
 * JSON output still parses to the same values.
 */
export function neutralizeCommands(text: string, atLineStart = true): string {
  const legacy = text.replace(/##\[/g, "#\\u0023[");
  const lines = legacy.replace(LINE_START_COMMAND, "$1$2: :");
  return atLineStart ? lines.replace(TEXT_START_COMMAND, "$1: :") : lines;
}

/**
 * What the runner trims before it looks for `::`: every Unicode white space (.NET's
 * Char.IsWhiteSpace: tabs, U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000, ...), and,
 * to be safe, the zero-width characters that some runtimes also trim.
 */
const TRIMMED = "[\\s\\u0085\\u180e\\u200b-\\u200d\\u2060\\ufeff]*";
const LINE_START_COMMAND = new RegExp(`([\\n\\r\\u2028\\u2029])(${TRIMMED})::`, "g");
const TEXT_START_COMMAND = new RegExp(`^(${TRIMMED})::`);
const BLANK = new RegExp(`^${TRIMMED}$`);

export interface Sink {
  write(text: string): unknown;
}

/**
 * A sink that neutralizes workflow commands across writes: the unfinished last line is held
 * back until its newline (or `end()`), so streamed output is guarded like whole strings.
 */
export class CommandGuard implements Sink {
  private pending = "";
  private atLineStart = true;

  constructor(private readonly sink: Sink) {}

  write(text: string): boolean {
    const all = this.pending + text;
    const lastBreak = all.lastIndexOf("\n");
    // A very long line is passed on in pieces, keeping back only what could start `##[`.
    const cut = lastBreak >= 0 ? lastBreak + 1 : all.length > 65_536 ? all.length - 2 : 0;
    this.pending = all.slice(cut);
    if (cut > 0) {
      const piece = all.slice(0, cut);
      this.sink.write(neutralizeCommands(piece, this.atLineStart));
      // A line passed on in pieces is still at its start while all of it so far is white space.
      this.atLineStart = lastBreak >= 0 || (this.atLineStart && BLANK.test(piece));
    }
    return true;
  }

  end(): void {
    if (this.pending) this.sink.write(neutralizeCommands(this.pending, this.atLineStart));
    this.pending = "";
    this.atLineStart = true;
  }
}
