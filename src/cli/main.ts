import { GitError } from "../adapters/git.js";
import { HttpError } from "../adapters/http.js";
import { PublishError } from "../adapters/publish/publisher.js";
import { closest } from "../core/suggest.js";
import { TOOL_VERSION } from "../version.js";
import { UsageError, type Io } from "./args.js";
import { CommandGuard } from "../core/render/workflow-commands.js";
import { commandHelp, GLOBAL_OPTIONS, optionLines, parseCommand, unknownFlag, type Command, type OptionSpec } from "./command.js";
import { COMMANDS } from "./commands.js";

const TOP_OPTIONS = [
  ...GLOBAL_OPTIONS,
  { name: "version", type: "boolean", help: "print the version" },
] as const satisfies readonly OptionSpec[];

function commandLines(commands: readonly Command[], group = ""): string[] {
  const width = Math.max(...commands.map((c) => c.name.length - group.length));
  return commands.map((c) => `  ${c.name.slice(group.length).padEnd(width)}  ${c.summary}`);
}

function topHelp(): string {
  return `tokenbudget: cost policy for LLM inference, as code

Usage: tokenbudget [--no-color] COMMAND [options] [paths...]

Commands:
${commandLines(COMMANDS).join("\n")}

Options:
${optionLines(TOP_OPTIONS).join("\n")}

Run tokenbudget COMMAND --help for a command's options and examples.
Exit codes: 0 fine, 1 a budget or policy failure, 2 invalid input or usage.
`;
}

function groupHelp(group: string, commands: readonly Command[]): string {
  return `Usage: tokenbudget ${group} COMMAND [options]\n\nCommands:\n${commandLines(commands, `${group} `).join("\n")}\n\nRun tokenbudget ${group} COMMAND --help for its options and examples.\n`;
}

/** The commands that know an option, for "unknown option --fail-on for estimate (it is an option of check, diff)". */
function owners(name: string): string | undefined {
  const found = COMMANDS.filter((c) => c.options.some((o) => o.name === name)).map((c) => c.name);
  return found.length > 0 ? found.join(", ") : undefined;
}

/** The words that may start a command line: command names and group names. */
const FIRST_WORDS = [...new Set(COMMANDS.map((c) => c.name.split(" ", 1)[0] ?? c.name)), "help", "version"];

function unknownCommand(word: string, group?: string): UsageError {
  const candidates = group
    ? COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1))
    : FIRST_WORDS;
  const [best] = closest(word, candidates, 1);
  const prefix = group ? `${group} ` : "";
  return new UsageError(
    `unknown command "${prefix}${word}"${best ? `; did you mean "${prefix}${best}"?` : ""}; see tokenbudget ${prefix}--help`,
  );
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  // Global flags may come before the command: `tokenbudget --no-color estimate`.
  const leading: string[] = [];
  let i = 0;
  for (let arg = argv[0]; arg?.startsWith("-"); arg = argv[++i]) {
    if (arg === "--version") {
      io.stdout.write(`tokenbudget ${TOOL_VERSION}\n`);
      return 0;
    }
    if (!TOP_OPTIONS.some((o) => `--${o.name}` === arg || ("short" in o && `-${o.short}` === arg))) {
      const elsewhere = owners(arg.replace(/^-+/, "").split("=", 1)[0] ?? "");
      if (elsewhere)
        throw new UsageError(`${arg.split("=")[0]} goes after the command: it is an option of ${elsewhere}; see tokenbudget --help`);
      throw unknownFlag(arg, "tokenbudget", [...TOP_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]);
    }
    leading.push(arg);
  }
  const words = argv.slice(i);
  // `help estimate` is `estimate --help`; `help` alone is the top-level help.
  const askedHelp = words[0] === "help" && words.length > 1;
  const [word, ...rest] = askedHelp ? words.slice(1) : words;
  if (askedHelp) leading.push("--help");
  const help = leading.includes("--help") || leading.includes("-h");
  if (word === undefined || word === "help") {
    io.stdout.write(topHelp());
    return word === undefined && !help ? 2 : 0;
  }
  if (word === "version") {
    io.stdout.write(`tokenbudget ${TOOL_VERSION}\n`);
    return 0;
  }
  const group = COMMANDS.filter((c) => c.name.startsWith(`${word} `));
  let command = COMMANDS.find((c) => c.name === word);
  let args = rest;
  if (!command && group.length > 0) {
    const [sub, ...subArgs] = rest;
    if (sub === undefined || sub === "help" || sub === "--help" || sub === "-h") {
      io.stdout.write(groupHelp(word, group));
      return sub === undefined && !help ? 2 : 0;
    }
    command = group.find((c) => c.name === `${word} ${sub}`);
    if (!command) throw unknownCommand(sub, word);
    args = subArgs;
  }
  if (!command) throw unknownCommand(word);
  const parsed = parseCommand(command, [...args, ...leading], owners);
  // `check help` asks for help; it does not name a file called help.
  if (parsed.values.help || (args[0] === "help" && parsed.positionals[0] === "help")) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  return command.run(parsed, io);
}

/** The CLI adapter: arguments in, text and an exit code out. */
export async function main(argv: string[], io: Io): Promise<number> {
  if (io.env.GITHUB_ACTIONS !== "true") return runGuarded(argv, io);
  // In a GitHub Actions step, nothing a manifest names may read as a workflow command.
  const stdout = new CommandGuard(io.stdout);
  const stderr = new CommandGuard(io.stderr);
  try {
    return await runGuarded(argv, {
      ...io,
      stdout: { write: (t: string) => stdout.write(t), ...(io.stdout.isTTY !== undefined ? { isTTY: io.stdout.isTTY } : {}) },
      stderr,
    });
  } finally {
    stdout.end();
    stderr.end();
  }
}

async function runGuarded(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof PublishError || error instanceof HttpError) {
      io.stderr.write(`tokenbudget: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
