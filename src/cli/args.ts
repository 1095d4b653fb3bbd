// Shared by every subcommand: how the CLI talks to the world (Io) and how it refuses a call.
import { didYouMean } from "../core/suggest.js";

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** What `-` reads: one manifest. */
  stdin?: AsyncIterable<Uint8Array>;
  /** YYYY-MM-DD; the clock lives here, not in the core. */
  today: string;
  /** The time of the run (ISO), for a report's footer; absent, pages say only `today`. */
  now?: string;
}

/** A mistake in how tokenbudget was called: a message and exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

/** A value the user named that does not exist, with the closest known one: `no workload named "copilt" (did you mean "copilot"?)`. */
export function notFound(what: string, value: string, known: Iterable<string>, where = ""): UsageError {
  return new UsageError(`${what} "${value}"${where}${didYouMean(value, known)}`);
}
