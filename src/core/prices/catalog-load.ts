import builtinCatalog from "../../../catalog/builtin.json" with { type: "json" };
import validateCatalog from "./generated/catalog-validator.js";
import type { PriceCatalog } from "./catalog-types.js";
import type { CatalogLayer } from "./catalog.js";
import type { Finding, SourcePosition } from "../manifest/types.js";
import { jsonErrorAt } from "../json-error.js";
import { finding, placeIn } from "../rules/finding.js";

export const BUILTIN_LAYER: CatalogLayer = { origin: "built-in", catalog: builtinCatalog as unknown as PriceCatalog };

/**
 * Models whose long-context tiers do not rise strictly by threshold, which the schema asks for but
 * cannot say: with two tiers at one threshold, which one a request pays would depend on their
 * order. Models at `skip` (already found invalid by the schema) are not looked at.
 */
function unorderedTiers(catalog: PriceCatalog, skip: ReadonlyMap<number, string> = new Map()): Map<number, string> {
  const found = new Map<number, string>();
  const models: unknown = catalog.models;
  if (!Array.isArray(models)) return found;
  (models as PriceCatalog["models"]).forEach((model, index) => {
    if (skip.has(index)) return;
    const lists: Array<[string, ReadonlyArray<{ aboveInputTokens: number }> | undefined]> = [
      ["longContext", model.longContext],
      ["batch/longContext", model.batch && "longContext" in model.batch ? model.batch.longContext : undefined],
    ];
    for (const [field, tiers = []] of lists) {
      let below = -Infinity;
      for (const tier of tiers) {
        if (tier.aboveInputTokens <= below) found.set(index, `${field} thresholds must rise from one tier to the next`);
        below = tier.aboveInputTokens;
      }
    }
  });
  return found;
}

/**
 * An imported feed's models that break the catalog schema (a negative price, say) or order their
 * long-context tiers wrongly, each with the reason, so an import can leave those out instead of
 * refusing the whole feed. Indexes descend.
 */
export function invalidModels(catalog: PriceCatalog): Array<{ index: number; reason: string }> {
  const reasons = new Map<number, string>();
  if (!validateCatalog(catalog))
    for (const error of validateCatalog.errors ?? []) {
      const match = /^\/models\/(\d+)(\/.*)?$/.exec(error.instancePath);
      if (match && !reasons.has(Number(match[1])))
        reasons.set(Number(match[1]), `${match[2]?.slice(1) ?? "entry"} ${error.message ?? "is invalid"}`);
    }
  for (const [index, reason] of unorderedTiers(catalog, reasons)) reasons.set(index, reason);
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
  const unordered = [...unorderedTiers(data)].slice(0, 5).map(([index, reason]) => `/models/${index} ${reason}`);
  if (unordered.length > 0) return fail(`price catalog has long-context tiers out of order: ${unordered.join("; ")}`);
  // No cast: the validator is a type guard of PriceCatalog, the type generated from the same schema.
  return { layer: { origin, catalog: data } };
}
