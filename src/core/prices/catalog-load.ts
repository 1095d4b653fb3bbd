import { Ajv, type ValidateFunction } from "ajv";
import builtinCatalog from "../../../catalog/builtin.json" with { type: "json" };
import catalogSchema from "../../../schemas/price-catalog.schema.json" with { type: "json" };
import type { PriceCatalog } from "./catalog-types.js";
import type { CatalogLayer } from "./catalog.js";
import type { Finding } from "../manifest/types.js";

let validateCatalog: ValidateFunction<PriceCatalog> | undefined;

export const BUILTIN_LAYER: CatalogLayer = { origin: "built-in", catalog: builtinCatalog as unknown as PriceCatalog };

/** Parses and checks an extra price book; problems come back as findings against the file. */
export function parseCatalog(origin: string, text: string): { layer: CatalogLayer } | { findings: Finding[] } {
  const fail = (message: string): { findings: Finding[] } => ({
    findings: [{ severity: "error", rule: "catalog.invalid", message, file: origin, line: 1, col: 1 }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`price catalog is not valid JSON: ${(error as Error).message}`);
  }
  // Compiled on first use: most runs load no extra price book.
  validateCatalog ??= new Ajv({ allErrors: true, strict: false }).compile<PriceCatalog>(catalogSchema);
  if (!validateCatalog(data)) {
    const problems = (validateCatalog.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return fail(`price catalog does not match schemas/price-catalog.schema.json: ${problems.join("; ")}`);
  }
  return { layer: { origin, catalog: data } };
}
