import { RULES, type RuleId, type Severity } from "./registry.js";

/**
 * Everything tokenbudget has to say about the input is a finding: data with a stable rule
 * id, never an exception.
 */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  message: string;
  file: string;
  line: number;
  col: number;
  /** Printable YAML path, e.g. `workloads[2].tokens.output`. */
  path?: string;
  workload?: string;
  /** `provider/model` of a model the finding is about (`model.undeclared`). */
  model?: string;
}

/** Where a finding points, and what it is about beside its message. */
export type FindingPlace = Pick<Finding, "file" | "line" | "col" | "path" | "workload" | "model">;

/**
 * A finding of `rule` at `place`, with the rule's registered severity unless the case at hand
 * sets another (a policy's choice, or a warning for only the high estimate). Optional fields
 * are left out rather than written as undefined, so findings compare and serialize the same.
 */
export function finding(rule: RuleId, place: FindingPlace, message: string, severity: Severity = RULES[rule].severity): Finding {
  const out: Finding = { severity, rule, message, file: place.file, line: place.line, col: place.col };
  if (place.path !== undefined) out.path = place.path;
  if (place.workload !== undefined) out.workload = place.workload;
  if (place.model !== undefined) out.model = place.model;
  return out;
}
