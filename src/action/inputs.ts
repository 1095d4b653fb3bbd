import { statSync } from "node:fs";
import path from "node:path";
import { COMMENT_MODES, type CommentMode } from "../adapters/publish/publisher.js";
import { toPosix } from "../adapters/fs.js";
import type { Trust } from "../core/review/diff.js";
import { parseThreshold, type CommentThreshold } from "../core/review/threshold.js";
import type { Runner } from "./runner.js";

export type FailOn = "error" | "warning" | "never";

export interface ActionInputs {
  paths: string[];
  /** Absolute working directory. */
  cwd: string;
  /** The working directory relative to the workspace, `/`-separated, "." for the root: the comment's marker. */
  workingDirectory: string;
  /** Empty: the pull request's base from the event payload. */
  baseRef: string;
  token: string;
  comment: CommentMode;
  /** Absent: any change in cost starts a comment. */
  commentThreshold?: CommentThreshold;
  failOn: FailOn;
  trust: Trust;
  catalogFiles: string[];
}

/** A wrong `with:` value: the step fails with this message and nothing is analysed. */
export class InputError extends Error {
  override name = "InputError";
}

function choice<T extends string>(runner: Runner, name: string, allowed: readonly T[], fallback: T): T {
  // An expression such as `${{ inputs.x }}` can hand us an empty string: that means the default.
  const value = runner.input(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input ${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

export function readInputs(runner: Runner, workspace: string): ActionInputs {
  const cwd = path.resolve(workspace, runner.input("working-directory") || ".");
  const workingDirectory = toPosix(path.relative(workspace, cwd)) || ".";
  if (workingDirectory.startsWith("../") || workingDirectory === ".." || path.isAbsolute(workingDirectory)) {
    throw new InputError(`input working-directory must be inside the workspace ${workspace}, got "${runner.input("working-directory")}"`);
  }
  // The directory names the sticky comment's marker, which lives inside an HTML comment.
  if (/-->|[\r\n]/.test(workingDirectory)) throw new InputError(`input working-directory must not contain "-->" or line breaks`);
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(`input working-directory "${workingDirectory}" is not a directory in the workspace`);
  }
  const thresholdText = runner.input("comment-threshold");
  const commentThreshold = thresholdText ? parseThreshold(thresholdText) : undefined;
  if (commentThreshold === null)
    throw new InputError(`input comment-threshold must be an amount in USD (100) or a percentage (5%), got "${thresholdText}"`);
  const baseRef = runner.input("base-ref");
  if (baseRef.startsWith("-")) throw new InputError(`input base-ref "${baseRef}" is not a revision`);
  return {
    paths: runner.multilineInput("path"),
    cwd,
    workingDirectory,
    baseRef,
    token: runner.input("github-token"),
    comment: choice<CommentMode>(runner, "comment", COMMENT_MODES, "update"),
    ...(commentThreshold ? { commentThreshold } : {}),
    failOn: choice<FailOn>(runner, "fail-on", ["error", "warning", "never"], "error"),
    trust: choice<Trust>(runner, "trust", ["head", "base"], "head"),
    catalogFiles: runner.multilineInput("catalog"),
  };
}
