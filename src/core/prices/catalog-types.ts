/**
 * The price catalog format (on disk: JSON, described by schemas/price-catalog.schema.json).
 * Token prices are USD per 1M tokens; GPU prices are USD per GPU-hour. Numbers in JSON are
 * read through their shortest decimal string, so 0.88 stays exactly 0.88 on the money path.
 *
 * The types are the ones generated from the schema (scripts/gen-validators.mjs), so a book the
 * validator accepts is one the code reads, and the two cannot drift apart.
 */
import type { CatalogDocument } from "./generated/catalog-types.js";

export type {
  BatchOffer,
  BatchTerms,
  CatalogHardware,
  CatalogModel,
  CatalogSource,
  LongContextTier,
  TokenPrices,
} from "./generated/catalog-types.js";
export type PriceCatalog = CatalogDocument;
