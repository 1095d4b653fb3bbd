/**
 * Commands as data. Each command is one table of options used both to parse its arguments and to
 * print its --help, so the two cannot disagree. A new command is one `defineCommand` call added
 * to COMMANDS in commands.ts; a new option is one entry in its table; a new output format is one
 * entry in its `choices`.
 */
import { closest, editDistance } from "../core/suggest.js";
import { UsageError, type Io } from "./args.js";

export interface OptionSpec {
  /** Long name without dashes, e.g. "format". */
  readonly name: string;
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Repeatable: the values arrive as a list. */
  readonly multiple?: boolean;
  readonly default?: string;
  /** Allowed values, checked while parsing and listed in --help. */
  readonly choices?: readonly string[];
  /** The value's placeholder in --help, e.g. "REF" (choices print instead when given). */
  readonly value?: string;
  readonly help: string;
}

/** The parsed value of one option, typed from its spec. */
type ValueOf<O extends OptionSpec> = O["type"] extends "boolean"
  ? boolean
  : O["multiple"] extends true
    ? string[]
    : O["choices"] extends readonly (infer C)[]
      ? O["default"] extends string
        ? C
        : C | undefined
      : O["default"] extends string
        ? string
        : string | undefined;

export type Values<Os extends readonly OptionSpec[]> = { [O in Os[number] as O["name"]]: ValueOf<O> };

export interface Parsed<Os extends readonly OptionSpec[]> {
  values: Values<Os> & GlobalValues;
  positionals: string[];
}

export interface Command<Os extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** As typed: "estimate", "catalog list". */
  readonly name: string;
  /** What follows the name in the usage line, e.g. "[paths...]". */
  readonly usage: string;
  /** One line for the command list of `tokenbudget --help`. */
  readonly summary: string;
  /** Paragraphs printed under the usage line. */
  readonly description?: string;
  readonly options: Os;
  readonly examples: readonly string[];
  run(parsed: Parsed<Os>, io: Io): Promise<number>;
}

/** Flags every command accepts, also before the command name (`tokenbudget --no-color estimate`). */
export const GLOBAL_OPTIONS = [
  { name: "no-color", type: "boolean", help: "plain output, no ANSI colors (also NO_COLOR=1)" },
  { name: "help", short: "h", type: "boolean", help: "show this help" },
] as const satisfies readonly OptionSpec[];

export type GlobalValues = Values<typeof GLOBAL_OPTIONS>;

/** For the commands that read manifests: `-` reads one from standard input, under this name. */
export const STDIN_NAME = {
  name: "stdin-name",
  type: "string",
  value: "NAME",
  help: "with - as a path: the name of the manifest read from standard input, in findings and for the paths it names (default <stdin>)",
} as const satisfies OptionSpec;

/** Keeps the option table's literal types, so `run` sees `values.format` as "table" | "json". */
export function defineCommand<const Os extends readonly OptionSpec[]>(command: Command<Os>): Command<Os> {
  return command;
}

function flag(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.type === "string" ? ` ${o.choices ? o.choices.join("|") : (o.value ?? "VALUE")}` : ""}`;
}

/** Option lines with their help text aligned, defaults and repeatability said. */
export function optionLines(options: readonly OptionSpec[]): string[] {
  const flags = options.map(flag);
  const width = Math.max(...flags.map((f) => f.length));
  return options.map((o) => {
    const notes = [o.default !== undefined ? `default ${o.default}` : "", o.multiple ? "repeatable" : ""].filter(Boolean);
    return `  ${flag(o).padEnd(width)}  ${o.help}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  });
}

export function commandHelp(command: Command): string {
  const out = [`Usage: tokenbudget ${command.name}${command.usage ? ` ${command.usage}` : ""}`, "", command.summary];
  if (command.description) out.push("", command.description);
  out.push("", "Options:", ...optionLines([...command.options, ...GLOBAL_OPTIONS]));
  if (command.examples.length > 0) out.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  return `${out.join("\n")}\n`;
}

/** "did you mean" for a mistyped flag: close long names, or the long names a short letter starts. */
function suggestFlag(written: string, options: readonly OptionSpec[]): string | undefined {
  const names = options.map((o) => o.name);
  if (/^-[^-]$/.test(written)) {
    const match = options.find((o) => o.name.startsWith(written.charAt(1).toLowerCase()));
    return match && `--${match.name}`;
  }
  const [best] = closest(written.replace(/^-+/, "").split("=", 1).join(""), names, 1);
  return best && `--${best}`;
}

export function unknownFlag(written: string, where: string, options: readonly OptionSpec[], elsewhere?: string): UsageError {
  const hint = suggestFlag(written, options);
  const name = written.split("=", 1).join("");
  const notes = [elsewhere ? `it is an option of ${elsewhere}` : "", hint ? `did you mean ${hint}?` : ""].filter(Boolean);
  return new UsageError(
    `unknown option ${name} for ${where}${notes.length ? ` (${notes.join("; ")})` : ""}; see tokenbudget ${where === "tokenbudget" ? "" : `${where} `}--help`,
  );
}

/** What else knows an option of this name, for "it is an option of check, diff". */
export type OptionOwners = (name: string) => string | undefined;

/**
 * Choices are short words: only a near miss ("markdwn") or the start of one ("warn" for "warning")
 * is worth suggesting, not "yaml" for "html".
 */
function nearChoice(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return (
    choices.find((c) => editDistance(c, value) <= Math.max(1, Math.floor(value.length / 3))) ??
    (lower.length >= 3 ? choices.find((c) => c.toLowerCase().startsWith(lower)) : undefined)
  );
}

/**
 * Reads `args` against a command's option table (plus the global flags): `--name value`,
 * `--name=value`, `-h`, repeatable options, `--` ending the options. Unknown flags, missing
 * values and values outside `choices` are UsageErrors that say what would have worked.
 */
export function parseCommand<Os extends readonly OptionSpec[]>(
  command: Command<Os>,
  args: readonly string[],
  owners?: OptionOwners,
): Parsed<Os> {
  const options: readonly OptionSpec[] = [...command.options, ...GLOBAL_OPTIONS];
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const option = written.startsWith("--")
      ? options.find((o) => o.name === written.slice(2))
      : options.find((o) => o.short !== undefined && `-${o.short}` === written);
    if (!option) throw unknownFlag(arg, command.name, options, owners?.(written.replace(/^-+/, "")));
    if (option.type === "boolean") {
      if (eq !== -1) throw new UsageError(`--${option.name} takes no value; see tokenbudget ${command.name} --help`);
      values[option.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !(args[i + 1] ?? "").startsWith("--")) value = args[++i];
    if (value === undefined)
      throw new UsageError(`--${option.name} needs a value (${flag(option)}); see tokenbudget ${command.name} --help`);
    if (option.choices && !option.choices.includes(value)) {
      const best = nearChoice(value, option.choices);
      throw new UsageError(
        `--${option.name} must be one of ${option.choices.join(", ")}, got "${value}"${best ? ` (did you mean "${best}"?)` : ""}`,
      );
    }
    if (option.multiple) values[option.name] = [...((values[option.name] as string[] | undefined) ?? []), value];
    else values[option.name] = value;
  }
  for (const o of options) {
    if (values[o.name] !== undefined) continue;
    values[o.name] = o.type === "boolean" ? false : o.multiple ? [] : o.default;
  }
  return { values: values as Values<Os> & GlobalValues, positionals };
}
