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
  const lines = legacy.replace(/([\n\r\u2028\u2029])([\t ]*)::/g, "$1$2: :");
  return atLineStart ? lines.replace(/^([\t ]*)::/, "$1: :") : lines;
}

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
      this.sink.write(neutralizeCommands(all.slice(0, cut), this.atLineStart));
      this.atLineStart = lastBreak >= 0;
    }
    return true;
  }

  end(): void {
    if (this.pending) this.sink.write(neutralizeCommands(this.pending, this.atLineStart));
    this.pending = "";
    this.atLineStart = true;
  }
}
