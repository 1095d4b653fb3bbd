import type { PriceBook } from "../prices/catalog.js";
import { estimateManifest, type WorkloadEstimate } from "../cost/estimate.js";
import { evaluateManifest, type EvaluateContext, type Evaluation } from "./evaluate.js";
import type { ParsedYaml } from "../manifest/parse.js";
import type { Finding, Manifest } from "../manifest/types.js";
import { validateManifest, type TemplateTokens, type ValidationResult } from "../manifest/validate.js";
import type { RuleId } from "../rules/registry.js";

/** Everything known about one manifest at one revision. */
export interface FileAnalysis {
  file: string;
  /** Absent when the file is invalid; then `findings` says why. */
  manifest?: Manifest;
  estimates: WorkloadEstimate[];
  evaluation?: Evaluation;
  findings: Finding[];
  /** The price book the file was priced with (built-in + extra catalogs). */
  book?: PriceBook;
}

export interface AnalyzeOptions extends EvaluateContext {
  templates?: TemplateTokens;
  maxWorkloads?: number;
}

/** price/estimate -> evaluate for one validated file. */
export function analyzeValidated(
  file: string,
  validated: ValidationResult,
  book: PriceBook | { findings: Finding[] },
  options: EvaluateContext = {},
): FileAnalysis {
  const manifest = validated.manifest;
  if ("findings" in book) return { file, estimates: [], findings: [...validated.findings, ...book.findings] };
  if (!manifest) {
    // Every problem of a file at once: the workloads the schema accepted still meet the price book
    // (unknown model or hardware, context window), though an invalid file is never priced.
    const checked = validated.partial
      ? estimateManifest(validated.partial, book).flatMap((e) => e.findings.filter((f) => f.severity !== "notice"))
      : [];
    return { file, estimates: [], findings: [...validated.findings, ...checked] };
  }
  const estimates = estimateManifest(manifest, book);
  const evaluation = evaluateManifest(manifest, estimates, options);
  return {
    file,
    manifest,
    estimates,
    evaluation,
    book,
    findings: [...validated.findings, ...estimates.flatMap((e) => e.findings), ...evaluation.findings],
  };
}

/** validate -> price/estimate -> evaluate for one parsed file. */
export function analyzeFile(
  parsed: ParsedYaml,
  bookFor: (manifest: Manifest) => PriceBook | { findings: Finding[] },
  options: AnalyzeOptions = {},
): FileAnalysis {
  const validated = validateManifest(parsed, options);
  const target = validated.manifest ?? validated.partial;
  return analyzeValidated(parsed.file, validated, target ? bookFor(target) : { findings: [] }, options);
}

/** A file that could not be read at all (missing, unreadable, a symlink out of the tree): a finding about all of it, without a position. */
export function unreadableFile(file: string, rule: RuleId, message: string): FileAnalysis {
  return { file, estimates: [], findings: [{ severity: "error", rule, message, file }] };
}
