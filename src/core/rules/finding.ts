import { RULES, type RuleId, type Severity } from "./registry.js";

/**
 * Where in its file a finding points, 1-based: both line and column, or neither for a problem
 * of a whole file or run (a file that cannot be read, a price book too large), never a 1:1
 * stand-in.
 */
export type FindingPosition = { line: number; col: number } | { line?: undefined; col?: undefined };

/** What a finding is about beside its message and position. */
interface FindingSubject {
  file: string;
  /** Printable YAML path, e.g. `workloads[2].tokens.output`. */
  path?: string;
  workload?: string;
  /** `provider/model` of a model the finding is about (`model.undeclared`). */
  model?: string;
}

/**
 * Everything tokenbudget has to say about the input is a finding: data with a stable rule
 * id, never an exception.
 */
export type Finding = { severity: Severity; rule: RuleId; message: string } & FindingSubject & FindingPosition;

/** Where a finding points, and what it is about beside its message. */
export type FindingPlace = FindingSubject & FindingPosition;

/** A place in `file` at `at`, or the whole file when there is no position to give. */
export function placeIn(file: string, at: { line: number; col: number } | undefined): FindingPlace {
  return at ? { file, line: at.line, col: at.col } : { file };
}

/**
 * A finding of `rule` at `place`, with the rule's registered severity unless the case at hand
 * sets another (a policy's choice, or a warning for only the high estimate). Optional fields
 * are left out rather than written as undefined, so findings compare and serialize the same.
 */
export function finding(rule: RuleId, place: FindingPlace, message: string, severity: Severity = RULES[rule].severity): Finding {
  const out: Finding =
    place.line === undefined
      ? { severity, rule, message, file: place.file }
      : { severity, rule, message, file: place.file, line: place.line, col: place.col };
  if (place.path !== undefined) out.path = place.path;
  if (place.workload !== undefined) out.workload = place.workload;
  if (place.model !== undefined) out.model = place.model;
  return out;
}
