// Options several commands share, spelled once so their --help reads the same everywhere.
import type { OptionSpec } from "./command.js";

export const CATALOG = {
  name: "catalog",
  type: "string",
  value: "FILE",
  multiple: true,
  help: "extra price book, over the built-in one",
} as const satisfies OptionSpec;

export const FAIL_ON = {
  name: "fail-on",
  type: "string",
  choices: ["error", "warning", "never"],
  default: "error",
  help: "which status exits 1",
} as const satisfies OptionSpec;
