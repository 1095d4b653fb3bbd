import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";

/**
 * The GitHub runner's side of a step, as its documented protocol has it: inputs in INPUT_*
 * variables, outputs and the job summary appended to the files GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY name, annotations and log lines as workflow commands on stdout.
 *
 * Why not @actions/core, which does the same: it reads process.env, writes process.stdout and
 * sets process.exitCode, so the Action could only run as its own process. Given the environment
 * and the log, it runs in-process as well (its tests do), and the bundle no longer carries
 * @actions/core's HTTP client (undici, ~0.8 MB), which every run parsed at start-up and none used.
 * The escaping and the output format are @actions/core's, byte for byte: test/action-runner-differential.test.ts
 * replays hostile text through both (@actions/core stays a devDependency for that test alone).
 */

export interface AnnotationProperties {
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Runner {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** An input's value, trimmed; "" when not set. */
  input(name: string): string;
  /** An input's non-empty lines, each trimmed. */
  multilineInput(name: string): string[];
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  info(message: string): void;
  debug(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  /** Fails the step: an error line, and `failed` for the entry point's exit code. */
  setFailed(message: string): void;
  readonly failed: boolean;
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::name key=value,...::message`; properties without a value are left out. */
function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}

function annotation(properties: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!properties) return {};
  return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
}

/** The runner's protocol over `env` (process.env on a runner) and `write` (its stdout). */
export function workflowRunner(env: Readonly<Record<string, string | undefined>>, write: (text: string) => void): Runner {
  let failed = false;
  const input = (name: string) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const issue = (name: string, properties: Record<string, string | number | undefined>, message: string) => {
    write(command(name, properties, message) + EOL);
  };
  return {
    env,
    input,
    multilineInput: (name) =>
      input(name)
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => line.trim()),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        // Runners before GITHUB_OUTPUT (older GitHub Enterprise Server) read the deprecated command.
        write(EOL);
        issue("set-output", { name }, value);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`an output contains its delimiter ${delimiter}`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
    },
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) throw new Error("GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries");
      await appendFile(file, markdown + EOL, "utf8");
    },
    info(message) {
      write(message + EOL);
    },
    debug: (message) => issue("debug", {}, message),
    error: (message, properties) => issue("error", annotation(properties), message),
    warning: (message, properties) => issue("warning", annotation(properties), message),
    setFailed(message) {
      failed = true;
      issue("error", {}, message);
    },
    get failed() {
      return failed;
    },
  };
}
