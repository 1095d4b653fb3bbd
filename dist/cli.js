#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  COMMANDS,
  GLOBAL_OPTIONS,
  commandHelp,
  optionLines,
  parseCommand,
  unknownFlag
} from "./chunks/chunk-O5HH6RLX.js";
import {
  PublishError
} from "./chunks/chunk-T7P2KVDE.js";
import "./chunks/chunk-BB374GPY.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-WMQJMF3S.js";
import "./chunks/chunk-XTKKVGZP.js";
import {
  closest
} from "./chunks/chunk-DYAFOQEE.js";
import {
  UsageError
} from "./chunks/chunk-IFBEEHLF.js";
import "./chunks/chunk-NXCINRZT.js";
import {
  GitError
} from "./chunks/chunk-BR2U7UA3.js";
import "./chunks/chunk-OQ35JRQ5.js";
import "./chunks/chunk-VIZBWKW2.js";
import "./chunks/chunk-LZQXQOPJ.js";

// src/core/render/workflow-commands.ts
function neutralizeCommands(text, atLineStart = true) {
  const legacy = text.replace(/##\[/g, "#\\u0023[");
  const lines = legacy.replace(/([\n\r\u2028\u2029])([\t ]*)::/g, "$1$2: :");
  return atLineStart ? lines.replace(/^([\t ]*)::/, "$1: :") : lines;
}
var CommandGuard = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  pending = "";
  atLineStart = true;
  write(text) {
    const all = this.pending + text;
    const lastBreak = all.lastIndexOf("\n");
    const cut = lastBreak >= 0 ? lastBreak + 1 : all.length > 65536 ? all.length - 2 : 0;
    this.pending = all.slice(cut);
    if (cut > 0) {
      this.sink.write(neutralizeCommands(all.slice(0, cut), this.atLineStart));
      this.atLineStart = lastBreak >= 0;
    }
    return true;
  }
  end() {
    if (this.pending) this.sink.write(neutralizeCommands(this.pending, this.atLineStart));
    this.pending = "";
    this.atLineStart = true;
  }
};

// src/cli/main.ts
var TOP_OPTIONS = [...GLOBAL_OPTIONS, { name: "version", type: "boolean", help: "print the version" }];
function commandLines(commands, group = "") {
  const names = commands.map((c) => c.name.slice(group.length));
  const width = Math.max(...names.map((n) => n.length));
  return commands.map((c, i) => `  ${names[i].padEnd(width)}  ${c.summary}`);
}
function topHelp() {
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
function groupHelp(group, commands) {
  return `Usage: tokenbudget ${group} COMMAND [options]

Commands:
${commandLines(commands, `${group} `).join("\n")}

Run tokenbudget ${group} COMMAND --help for its options and examples.
`;
}
function owners(name) {
  const found = COMMANDS.filter((c) => c.options.some((o) => o.name === name)).map((c) => c.name);
  return found.length > 0 ? found.join(", ") : void 0;
}
var FIRST_WORDS = [...new Set(COMMANDS.map((c) => c.name.split(" ")[0])), "help", "version"];
function unknownCommand(word, group) {
  const candidates = group ? COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1)) : FIRST_WORDS;
  const [best] = closest(word, candidates, 1);
  const prefix = group ? `${group} ` : "";
  return new UsageError(`unknown command "${prefix}${word}"${best ? `; did you mean "${prefix}${best}"?` : ""}; see tokenbudget ${prefix}--help`);
}
async function dispatch(argv, io) {
  const leading = [];
  let i = 0;
  for (; i < argv.length && argv[i].startsWith("-"); i++) {
    const arg = argv[i];
    if (arg === "--version") {
      io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
      return 0;
    }
    if (!TOP_OPTIONS.some((o) => `--${o.name}` === arg || "short" in o && `-${o.short}` === arg)) {
      const elsewhere = owners(arg.replace(/^-+/, "").split("=")[0]);
      if (elsewhere) throw new UsageError(`${arg.split("=")[0]} goes after the command: it is an option of ${elsewhere}; see tokenbudget --help`);
      throw unknownFlag(arg, "tokenbudget", [...TOP_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]);
    }
    leading.push(arg);
  }
  const [word, ...rest] = argv.slice(i);
  const help = leading.includes("--help") || leading.includes("-h");
  if (word === void 0 || word === "help") {
    io.stdout.write(topHelp());
    return word === void 0 && !help ? 2 : 0;
  }
  if (word === "version") {
    io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
    return 0;
  }
  const group = COMMANDS.filter((c) => c.name.startsWith(`${word} `));
  let command = COMMANDS.find((c) => c.name === word);
  let args = rest;
  if (!command && group.length > 0) {
    const [sub, ...subArgs] = rest;
    if (sub === void 0 || sub === "help" || sub === "--help" || sub === "-h") {
      io.stdout.write(groupHelp(word, group));
      return sub === void 0 && !help ? 2 : 0;
    }
    command = group.find((c) => c.name === `${word} ${sub}`);
    if (!command) throw unknownCommand(sub, word);
    args = subArgs;
  }
  if (!command) throw unknownCommand(word);
  const parsed = parseCommand(command, [...args, ...leading], owners);
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  return command.run(parsed, io);
}
async function main(argv, io) {
  if (io.env.GITHUB_ACTIONS !== "true") return runGuarded(argv, io);
  const stdout = new CommandGuard(io.stdout);
  const stderr = new CommandGuard(io.stderr);
  try {
    return await runGuarded(argv, { ...io, stdout: { write: (t) => stdout.write(t), ...io.stdout.isTTY !== void 0 ? { isTTY: io.stdout.isTTY } : {} }, stderr });
  } finally {
    stdout.end();
    stderr.end();
  }
}
async function runGuarded(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof PublishError) {
      io.stderr.write(`tokenbudget: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli/index.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tokenbudget: internal error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    process.exitCode = 3;
  }
);
