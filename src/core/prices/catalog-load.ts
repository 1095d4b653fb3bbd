import builtinCatalog from "../../../catalog/builtin.json" with { type: "json" };
import validateCatalog from "./generated/catalog-validator.js";
import type { PriceCatalog } from "./catalog-types.js";
import type { CatalogLayer } from "./catalog.js";
import type { Finding, SourcePosition } from "../manifest/types.js";
import { jsonErrorAt } from "../json-error.js";
import { finding, placeIn } from "../rules/finding.js";

export const BUILTIN_LAYER: CatalogLayer = { origin: "built-in", catalog: builtinCatalog as unknown as PriceCatalog };

/**
 * An imported feed's models that break the catalog schema (a negative price, say), each with the
 * reason, so an import can leave those out instead of refusing the whole feed. Indexes descend.
 */
export function invalidModels(catalog: PriceCatalog): Array<{ index: number; reason: string }> {
  if (validateCatalog(catalog)) return [];
  const reasons = new Map<number, string>();
  for (const error of validateCatalog.errors ?? []) {
    const match = /^\/models\/(\d+)(\/.*)?$/.exec(error.instancePath);
    if (match && !reasons.has(Number(match[1])))
      reasons.set(Number(match[1]), `${match[2]?.slice(1) ?? "entry"} ${error.message ?? "is invalid"}`);
  }
  return [...reasons].map(([index, reason]) => ({ index, reason })).sort((a, b) => b.index - a.index);
}

/** Parses and checks an extra price book; problems come back as findings against the file. */
export function parseCatalog(origin: string, text: string): { layer: CatalogLayer } | { findings: Finding[] } {
  // Only a JSON error has a position; a schema mismatch is reported against the whole book.
  const fail = (message: string, at?: SourcePosition): { findings: Finding[] } => ({
    findings: [finding("catalog.invalid", placeIn(origin, at), message, "error")],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // V8's message quotes the file; a book a pull request pointed at must never be echoed.
    const at = jsonErrorAt(text);
    // The finding points where the JSON breaks, as its message says.
    return at
      ? fail(`price catalog is not valid JSON at line ${at.line}, column ${at.col}: ${at.problem}`, at)
      : fail("price catalog is not valid JSON");
  }
  if (!validateCatalog(data)) {
    const problems = (validateCatalog.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return fail(`price catalog does not match schemas/price-catalog.schema.json: ${problems.join("; ")}`);
  }
  // No cast: the validator is a type guard of PriceCatalog, the type generated from the same schema.
  return { layer: { origin, catalog: data } };
}
