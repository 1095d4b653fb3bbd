import type { CatalogHardware, CatalogModel, CatalogSource, PriceCatalog } from "./catalog-types.js";
import { closest } from "../suggest.js";
import { NameIndex, resolveModel, type Resolution } from "./resolve.js";

/** One price book and where it was loaded from ("built-in" or a file path). */
export interface CatalogLayer {
  origin: string;
  catalog: PriceCatalog;
}

export interface FoundModel {
  model: CatalogModel;
  origin: string;
  source: CatalogSource | undefined;
}

export interface FoundHardware {
  hardware: CatalogHardware;
  origin: string;
  source: CatalogSource | undefined;
}

const key = (provider: string, id: string) => `${provider.toLowerCase()}\u0000${id.toLowerCase()}`;

/**
 * The price books in force, highest precedence last in `layers`. Lookups are exact and
 * case-insensitive; the first layer found from the top wins, so an extra catalog replaces
 * a built-in model whole rather than mixing fields from two sources. Models are indexed per
 * provider on first use: a run that prices three providers never indexes the other ten.
 */
export class PriceBook {
  readonly layers: readonly CatalogLayer[];
  private readonly modelsByProvider = new Map<string, Map<string, FoundModel>>();
  private readonly hardware = new Map<string, FoundHardware>();
  private idsByProvider: Map<string, string[]> | undefined;
  private nameIndex: NameIndex | undefined;

  constructor(layers: readonly CatalogLayer[]) {
    this.layers = layers;
    for (const { origin, catalog } of layers) {
      for (const hw of catalog.hardware) {
        this.hardware.set(key(hw.provider, hw.id), { hardware: hw, origin, source: catalog.sources[hw.source] });
      }
    }
  }

  /** One provider's models by lowercased id and alias, the highest layer's entry winning. */
  private modelsOf(provider: string): Map<string, FoundModel> {
    const wanted = provider.toLowerCase();
    let models = this.modelsByProvider.get(wanted);
    if (models) return models;
    models = new Map();
    for (const { origin, catalog } of this.layers) {
      for (const model of catalog.models) {
        if (model.provider.toLowerCase() !== wanted) continue;
        const found = { model, origin, source: catalog.sources[model.source] };
        models.set(model.id.toLowerCase(), found);
        for (const alias of model.aliases ?? []) models.set(alias.toLowerCase(), found);
      }
    }
    this.modelsByProvider.set(wanted, models);
    return models;
  }

  /** Model ids by provider, in book order (for suggestions and `providers()`). */
  private ids(): Map<string, string[]> {
    if (this.idsByProvider) return this.idsByProvider;
    const byProvider = new Map<string, string[]>();
    for (const { catalog } of this.layers) {
      for (const model of catalog.models) {
        const provider = model.provider.toLowerCase();
        const ids = byProvider.get(provider);
        if (ids) ids.push(model.id);
        else byProvider.set(provider, [model.id]);
      }
    }
    return (this.idsByProvider = byProvider);
  }

  /** The built-in catalog's version, or the joined versions when extra books are loaded. */
  get version(): string {
    return this.layers.map((l) => (l.origin === "built-in" ? l.catalog.version : `${l.origin}@${l.catalog.version}`)).join(" + ");
  }

  /** The oldest as-of date among the books: a report is only as fresh as its stalest book. */
  get asOf(): string {
    return this.layers.map((l) => l.catalog.asOf).sort()[0] ?? "unknown";
  }

  findModel(provider: string, id: string): FoundModel | undefined {
    return this.modelsOf(provider).get(id.toLowerCase());
  }

  /** The spelling index, built on first use: a run that prices nothing exact-matched never pays for it. */
  get names(): NameIndex {
    return (this.nameIndex ??= new NameIndex(this.layers));
  }

  /** How a spelling resolves (see resolve.ts): within `provider` when given, else among all providers. */
  resolve(spelling: string, provider?: string): Resolution {
    return resolveModel(this.names, spelling, provider);
  }

  /** The model a workload names: its exact id or alias, else the one entry its spelling resolves to. */
  match(provider: string, spelling: string): FoundModel | undefined {
    const exact = this.findModel(provider, spelling);
    if (exact) return exact;
    const resolved = this.resolve(spelling, provider);
    if (resolved.kind !== "found") return undefined;
    return {
      model: resolved.model,
      origin: resolved.origin,
      source: this.layers.find((l) => l.origin === resolved.origin)?.catalog.sources[resolved.model.source],
    };
  }

  findHardware(provider: string, id: string): FoundHardware | undefined {
    return this.hardware.get(key(provider, id));
  }

  hardwareIds(provider: string): string[] {
    const ids = new Set<string>();
    for (const { catalog } of this.layers)
      for (const hw of catalog.hardware) if (hw.provider.toLowerCase() === provider.toLowerCase()) ids.add(hw.id);
    return [...ids];
  }

  providers(): string[] {
    return [...this.ids().keys()];
  }

  /** The providers whose books have exactly this model id, for "set provider: openai". */
  providersWith(id: string): string[] {
    return this.providers().filter((provider) => this.findModel(provider, id) !== undefined);
  }

  /** Closest model ids, first within the provider, then anywhere (a wrong `provider:` is common). */
  suggestModels(provider: string, id: string, limit = 3): string[] {
    const own = closest(id, new Set(this.ids().get(provider.toLowerCase()) ?? []), limit);
    if (own.length > 0) return own;
    const elsewhere: string[] = [];
    for (const [p, ids] of this.ids()) for (const found of closest(id, new Set(ids), limit)) elsewhere.push(`${found} (provider ${p})`);
    return elsewhere.slice(0, limit);
  }
}
