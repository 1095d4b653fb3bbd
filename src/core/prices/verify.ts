/**
 * `catalog verify`: compares price books model by model against the first one, so a maintainer
 * sees where sources disagree, which value the first book uses, and whether a newer source
 * says otherwise. Pure: the caller loads the books.
 */
import { Decimal } from "../money.js";
import type { CatalogModel, PriceCatalog } from "./catalog-types.js";

export interface VerifyBook {
  /** How the book is named on the command line ("built-in" or a path). */
  label: string;
  catalog: PriceCatalog;
}

export const VERIFIED_FIELDS = ["input", "output", "cachedInput", "cacheWrite", "batch input", "batch output"] as const;
export type VerifiedField = (typeof VERIFIED_FIELDS)[number];

/** One book's statement of one price. */
export interface PriceStatement {
  book: string;
  value: number;
  /** Key of the book's `sources`, and that source's title. */
  source: string;
  sourceTitle?: string;
  asOf: string;
}

export interface Disagreement {
  provider: string;
  id: string;
  field: VerifiedField;
  /** What the first book uses. */
  first: PriceStatement;
  other: PriceStatement;
  /** other / first - 1, in percent; undefined when the first value is 0. */
  percent?: number;
  /** The other statement is dated after the first book's. */
  newer: boolean;
}

export interface VerifyResult {
  books: { label: string; version: string; asOf: string; models: number }[];
  tolerancePercent: number;
  /** Models of the first book that at least one other book prices. */
  compared: number;
  disagreements: Disagreement[];
  /** The first book disagrees with a newer source somewhere. */
  outdated: boolean;
}

function statements(model: CatalogModel, book: VerifyBook): Map<VerifiedField, PriceStatement> {
  const out = new Map<VerifiedField, PriceStatement>();
  const add = (field: VerifiedField, value: number | undefined, source: string, asOf: string) => {
    if (value === undefined) return;
    const sourceEntry = book.catalog.sources[source];
    out.set(field, {
      book: book.label,
      value,
      source,
      ...(sourceEntry ? { sourceTitle: sourceEntry.title } : {}),
      asOf,
    });
  };
  const s = model.serverless;
  if (s) {
    const source = s.source ?? model.source;
    const asOf = s.asOf ?? model.asOf;
    add("input", s.input, source, asOf);
    add("output", s.output, source, asOf);
    add("cachedInput", s.cachedInput, source, asOf);
    add("cacheWrite", s.cacheWrite, source, asOf);
  }
  const b = model.batch;
  if (b?.available && b.discounted) {
    add("batch input", b.input, b.source ?? model.source, b.asOf ?? model.asOf);
    add("batch output", b.output, b.source ?? model.source, b.asOf ?? model.asOf);
  }
  return out;
}

/** Every spelling (id and aliases) of every model, per provider, lowercased like tokenbudget's lookup. */
function index(catalog: PriceCatalog): Map<string, CatalogModel> {
  const map = new Map<string, CatalogModel>();
  for (const model of catalog.models) {
    for (const name of [model.id, ...(model.aliases ?? [])]) {
      const key = `${model.provider}\u0000${name.toLowerCase()}`;
      if (!map.has(key)) map.set(key, model);
    }
  }
  return map;
}

/**
 * Compares each model of `books[0]` with the same model (by provider and id or alias) in every
 * other book. A price differs when it is off by more than `tolerancePercent` of the first
 * book's value (any difference when that value is 0).
 */
export function verifyBooks(books: readonly VerifyBook[], tolerancePercent: number): VerifyResult {
  const [first, ...others] = books;
  if (first === undefined) throw new Error("verifyBooks needs at least one book");
  const indexes = others.map((book) => ({ book, byName: index(book.catalog) }));
  const tolerance = new Decimal(tolerancePercent).div(100);
  const disagreements: Disagreement[] = [];
  let compared = 0;
  for (const model of first.catalog.models) {
    const mine = statements(model, first);
    let seen = false;
    for (const { book, byName } of indexes) {
      const match = [model.id, ...(model.aliases ?? [])].map((n) => byName.get(`${model.provider}\u0000${n.toLowerCase()}`)).find(Boolean);
      if (!match) continue;
      seen = true;
      const theirs = statements(match, book);
      for (const field of VERIFIED_FIELDS) {
        const a = mine.get(field);
        const b = theirs.get(field);
        if (!a || !b) continue;
        const base = new Decimal(String(a.value));
        const diff = new Decimal(String(b.value)).minus(base);
        const beyond = base.isZero() ? !diff.isZero() : diff.abs().div(base).gt(tolerance);
        if (!beyond) continue;
        disagreements.push({
          provider: model.provider,
          id: model.id,
          field,
          first: a,
          other: b,
          ...(base.isZero() ? {} : { percent: diff.div(base).times(100).toDecimalPlaces(1).toNumber() }),
          newer: b.asOf > a.asOf,
        });
      }
    }
    if (seen) compared++;
  }
  return {
    books: books.map((b) => ({ label: b.label, version: b.catalog.version, asOf: b.catalog.asOf, models: b.catalog.models.length })),
    tolerancePercent,
    compared,
    disagreements,
    outdated: disagreements.some((d) => d.newer),
  };
}
