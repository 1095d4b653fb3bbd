import type { ErrorObject } from "ajv";
import { formatPath, type ParsedYaml } from "./parse.js";
import { closest, didYouMean } from "../suggest.js";
import { HAS_INVISIBLE } from "../invisible.js";
import type { Finding, SourcePosition, YamlPath } from "./types.js";

/**
 * Ajv's errors, one plain sentence per location. Each schema keyword has its own small
 * message function; a new keyword in the schema gets a new entry in KEYWORD_MESSAGES.
 */

type Json = Record<string, unknown>;

export function describe(value: unknown): string {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return String(value);
  // What else a parsed file holds: nothing (an absent value).
  return typeof value;
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

interface NumberRule {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** One sentence for a number that breaks its rule, e.g. "must be a whole number of tokens, got 12.5". */
function numberProblem(value: unknown, rule: NumberRule, what: string): string {
  if (typeof value !== "number") return `must be ${what}, got ${describe(value)}`;
  if (!Number.isFinite(value)) return `must be a finite number, got ${describe(value)}`;
  if (rule.type === "integer" && !Number.isInteger(value)) return `must be ${what}, got ${value}`;
  if (rule.minimum !== undefined && value < rule.minimum) return `must be at least ${rule.minimum}, got ${value}`;
  if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum)
    return `must be greater than ${rule.exclusiveMinimum}, got ${value}`;
  if (rule.maximum !== undefined && value > rule.maximum) return `must be at most ${rule.maximum}, got ${value}`;
  return `must be ${what}, got ${describe(value)}`;
}

/** What one Ajv error is about: its location, the value there and the schema that refused it. */
interface SchemaError {
  error: ErrorObject;
  parsed: ParsedYaml;
  path: YamlPath;
  where: string;
  value: unknown;
  parent: Json | undefined;
  /** At this location: unknown key -> the missing required key it misspells. */
  misspelt?: Map<string, string>;
}

/** A message, and where it points when that is not the refused value itself (e.g. an unknown key). */
interface Explained {
  message: string;
  path?: YamlPath;
  at?: SourcePosition;
}

type KeywordMessage = (e: SchemaError) => Explained;

/** One of an error's params, as Ajv documents them per keyword. */
const paramOf = (error: ErrorObject, name: string): unknown => error.params[name];
const param = (e: SchemaError, name: string): unknown => paramOf(e.error, name);

function unknownKey(e: SchemaError): Explained {
  const key = String(param(e, "additionalProperty"));
  const properties = e.parent?.properties;
  const known = typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
  const path = [...e.path, key];
  // A near miss names the key meant (a missing required key first: "modle" is "model", not "mode");
  // otherwise the keys allowed here are listed.
  const meant = e.misspelt?.get(key);
  const hint =
    (meant ? ` (did you mean "${meant}"?)` : didYouMean(key, known)) || (known.length > 0 ? `; allowed keys: ${known.join(", ")}` : "");
  return { message: `unknown key "${key}" in ${e.where}${hint}`, path, at: e.parsed.locateKey(path) };
}

function missingKey(e: SchemaError): Explained {
  return { message: `${e.where} is missing the required key "${String(param(e, "missingProperty"))}"` };
}

/** Token and volume fields are a number or a { low, expected, high } range. */
function numberOrRange(e: SchemaError): Explained {
  const branches = (e.parent?.oneOf as NumberRule[] | undefined) ?? [];
  const numeric = branches.find((b) => b.type === "integer" || b.type === "number") ?? {};
  const what = numeric.type === "integer" ? "a whole number of tokens" : "a number";
  const { value, where } = e;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const problem = numberProblem(value, numeric, what);
    // "must be a whole number of tokens or a range { low, expected, high }, got "3000"".
    if (problem === `must be ${what}, got ${describe(value)}`)
      return { message: `${where} must be ${what} or a range { low, expected, high }, got ${describe(value)}` };
    return { message: `${where} ${problem}` };
  }
  const range = value as Json;
  const parts = ["low", "expected", "high"];
  const extra = Object.keys(range).filter((k) => !parts.includes(k));
  const [unknown] = extra;
  if (unknown !== undefined) {
    const path = [...e.path, unknown];
    return { message: `unknown key "${unknown}" in ${where}; a range has low, expected and high`, path, at: e.parsed.locateKey(path) };
  }
  const missing = parts.filter((k) => !(k in range));
  if (missing.length > 0) return { message: `${where} is a range and needs low, expected and high (missing ${missing.join(", ")})` };
  const bad = parts.find((k) => numberProblem(range[k], numeric, what) !== `must be ${what}, got ${describe(range[k])}`);
  if (bad) {
    const path = [...e.path, bad];
    return { message: `${formatPath(path)} ${numberProblem(range[bad], numeric, what)}`, path };
  }
  return { message: `${where} must be ${what} or a range { low, expected, high }` };
}

const NOUNS: Record<string, string> = { object: "a mapping", array: "a list", string: "text", boolean: "true or false" };

function wrongTypeOrNumber(e: SchemaError): Explained {
  const rule = (e.parent ?? {}) as NumberRule;
  const type = param(e, "type");
  const expected = typeof type === "string" ? type : (rule.type ?? "number");
  if (e.error.keyword === "type" && !["number", "integer"].includes(expected)) {
    return { message: `${e.where} must be ${NOUNS[expected] ?? expected}, got ${describe(e.value)}` };
  }
  return { message: `${e.where} ${numberProblem(e.value, rule, rule.type === "integer" ? "a whole number" : "a number")}` };
}

function notAllowedValue(e: SchemaError): Explained {
  const values = param(e, "allowedValues");
  const allowed = Array.isArray(values) ? values.map(String) : [];
  const hint = typeof e.value === "string" ? didYouMean(e.value, allowed) : "";
  return { message: `${e.where} must be one of ${allowed.join(", ")}, got ${describe(e.value)}${hint}` };
}

function badCharacters(e: SchemaError): Explained {
  const value = typeof e.value === "string" ? e.value : "";
  if (HAS_INVISIBLE.test(value))
    return { message: `${e.where} contains invisible, bidirectional or control characters, which can hide what a reviewer reads` };
  // Any Unicode space at either end: two names that read the same would differ, and a workflow log trims it.
  if (/^\s|\s$/.test(value))
    return {
      message: `${e.where} starts or ends with a space (or another whitespace character); names are compared exactly, so write it without`,
    };
  return { message: `${e.where} has characters that are not allowed here, got ${describe(e.value)}` };
}

const KEYWORD_MESSAGES: Record<string, KeywordMessage> = {
  additionalProperties: unknownKey,
  required: missingKey,
  oneOf: numberOrRange,
  type: wrongTypeOrNumber,
  minimum: wrongTypeOrNumber,
  maximum: wrongTypeOrNumber,
  exclusiveMinimum: wrongTypeOrNumber,
  enum: notAllowedValue,
  const: (e) => ({ message: `${e.where} must be ${JSON.stringify(param(e, "allowedValue"))}, got ${describe(e.value)}` }),
  pattern: badCharacters,
  propertyNames: (e) => ({
    message: `${e.where} has a key ${describe(String(param(e, "propertyName")))} that is not allowed; tag keys are 1-64 letters, digits, '_', '.' or '-'`,
  }),
  minLength: (e) => ({ message: `${e.where} must not be empty` }),
  maxLength: (e) => ({ message: `${e.where} is too long (at most ${String(param(e, "limit"))} characters)` }),
  maxItems: (e) => ({ message: `${e.where} has too many entries (at most ${String(param(e, "limit"))})` }),
  maxProperties: (e) => ({ message: `${e.where} has too many entries (at most ${String(param(e, "limit"))})` }),
  minProperties: (e) => ({
    message:
      e.path[e.path.length - 1] === "requests"
        ? `${e.where} needs a volume: one of per_month, per_week, per_day, per_hour, per_second`
        : `${e.where} must not be empty`,
  }),
  anyOf: (e) => ({
    message:
      e.path[e.path.length - 1] === "tokens"
        ? `${e.where} needs input (or input_from, a prompt template whose tokens are counted)`
        : `${e.where} does not match any allowed form`,
  }),
};

/** Errors inside a oneOf branch are noise once the oneOf itself is explained. */
function withoutOneOfBranches(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  return errors.filter((e) => e.keyword === "oneOf" || !oneOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
}

/**
 * Unknown keys that misspell a missing required key at the same place ("modle" for "model"), by
 * location: those say one thing, the unknown key with the name meant, not also "missing model".
 */
function misspellings(errors: ErrorObject[]): Map<string, Map<string, string>> {
  const missing = new Map<string, string[]>();
  for (const e of errors)
    if (e.keyword === "required")
      missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), String(paramOf(e, "missingProperty"))]);
  const byPlace = new Map<string, Map<string, string>>();
  for (const e of errors) {
    const candidates = e.keyword === "additionalProperties" ? missing.get(e.instancePath) : undefined;
    const key = String(paramOf(e, "additionalProperty"));
    const [meant] = candidates ? closest(key, candidates, 1) : [];
    if (meant === undefined || [...(byPlace.get(e.instancePath)?.values() ?? [])].includes(meant)) continue;
    byPlace.set(e.instancePath, (byPlace.get(e.instancePath) ?? new Map<string, string>()).set(key, meant));
  }
  return byPlace;
}

export function schemaFindings(parsed: ParsedYaml, errors: ErrorObject[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const misspelt = misspellings(errors);
  for (const error of withoutOneOfBranches(errors)) {
    const explainedBy = misspelt.get(error.instancePath);
    if (error.keyword === "required" && [...(explainedBy?.values() ?? [])].includes(String(paramOf(error, "missingProperty")))) continue;
    const path = pathOf(error.instancePath);
    const refused: SchemaError = {
      error,
      parsed,
      path,
      where: formatPath(path),
      value: valueAt(parsed.value, path),
      parent: error.parentSchema,
      ...(explainedBy ? { misspelt: explainedBy } : {}),
    };
    const explain: KeywordMessage =
      KEYWORD_MESSAGES[error.keyword] ?? ((e) => ({ message: `${e.where} ${error.message ?? "is invalid"}` }));
    const explained = explain(refused);
    const findingPath = explained.path ?? path;
    const at = explained.at ?? parsed.locate(findingPath);
    // One message per location; a map with several bad tag keys says so once.
    if (error.keyword === "propertyNames" && seen.has(`${error.instancePath}|propertyNames`)) continue;
    const key = `${formatPath(findingPath)}|${explained.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    seen.add(`${error.instancePath}|${error.keyword}`);
    findings.push({
      severity: "error",
      rule: "schema",
      message: explained.message,
      file: parsed.file,
      line: at.line,
      col: at.col,
      path: formatPath(findingPath),
    });
  }
  return findings;
}
