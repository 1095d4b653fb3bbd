import { main } from "./main.js";
import { neutralizeCommands } from "../core/render/workflow-commands.js";

/** Outside main's guarded streams, still nothing may read as a workflow command in a GitHub Actions step. */
const say = (text: string) => process.stderr.write(process.env.GITHUB_ACTIONS === "true" ? neutralizeCommands(text) : text);

// A reader that stops early (`tokenbudget estimate | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of dying on an unhandled EPIPE with a stack trace. Any other failure to
// write (a full disk) is said in one line, exit 2: the output is incomplete.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") {
    say(`tokenbudget: cannot write the output (${error.code ?? error.message}); it is incomplete\n`);
    process.exit(2);
  }
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  today: new Date().toISOString().slice(0, 10),
  now: new Date().toISOString(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug in tokenbudget gets here: say so plainly, with the stack for the report.
    say(`tokenbudget: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
