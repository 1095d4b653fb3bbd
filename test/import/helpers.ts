import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CatalogModel, PriceCatalog } from "../../src/core/prices/catalog-types.js";

/** Reads a fixture copied from the shared pricing-sources research folder (tests never read that folder). */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/pricing/${name}`, import.meta.url)), "utf8");
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

export function findModel(catalog: PriceCatalog, provider: string, id: string): CatalogModel {
  const model = catalog.models.find((m) => m.provider === provider && m.id.toLowerCase() === id.toLowerCase());
  if (!model) throw new Error(`model ${provider}/${id} not in catalog`);
  return model;
}
