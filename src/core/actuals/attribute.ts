/**
 * Which workload a usage record belongs to. A workload with `match:` takes the usage that every
 * one of its selectors matches; one without takes usage of its model (any spelling the catalog
 * resolves to the same entry) in its mode (batch or not). Usage matched by no workload is
 * unattributed, by several ambiguous: the caller reports both, with their totals.
 */
import type { Workload, WorkloadMatch } from "../manifest/types.js";
import type { PriceBook } from "../prices/catalog.js";
import type { ActualRecord } from "./record.js";

/** A model spelling as one comparable key (the catalog id, lower case), or undefined when unknown. */
export type ModelResolver = (written: string, provider?: string) => string | undefined;

/**
 * The catalog's spelling resolver (dated snapshots, gateway prefixes, Bedrock and Vertex ids,
 * dots and dashes): the record's provider first, then any provider. The key is the entry's id,
 * so one model matches whichever provider or gateway reported it; an ambiguous spelling is
 * left as written (never a guess).
 */
export function catalogResolver(book: PriceBook): ModelResolver {
  return (written, provider) => {
    const first = provider ? book.resolve(written, provider) : undefined;
    const found = first?.kind === "found" ? first : book.resolve(written);
    return found.kind === "found" ? found.id.toLowerCase() : undefined;
  };
}

const ID_SELECTORS = ["project_id", "api_key_id", "workspace_id", "service.name"] as const;
/** Distinct spellings remembered; past this a spelling is resolved again each time (bounded memory). */
const MAX_REMEMBERED = 10_000;

interface Candidate {
  workload: Workload;
  model: string;
  written: string;
  batch: boolean;
  match?: WorkloadMatch;
  matchModels?: Set<string>;
}

export class Attributor {
  private readonly candidates: Candidate[];
  private readonly resolved = new Map<string, string>();

  constructor(
    workloads: readonly Workload[],
    private readonly resolve: ModelResolver,
  ) {
    this.candidates = workloads.map((workload) => {
      const candidate: Candidate = {
        workload,
        model: this.key(workload.model, workload.provider),
        written: workload.model.toLowerCase(),
        batch: workload.mode === "batch",
      };
      if (workload.match) {
        candidate.match = workload.match;
        if (workload.match.model) candidate.matchModels = new Set(workload.match.model.map((m) => this.key(m, workload.provider)));
      }
      return candidate;
    });
  }

  /** The comparable key of a spelling: its catalog id when the catalog knows it, else itself in lower case. */
  key(written: string, provider?: string): string {
    const memo = `${provider ?? ""}\u0000${written}`;
    const known = this.resolved.get(memo);
    if (known !== undefined) return known;
    const key = this.resolve(written, provider) ?? written.toLowerCase();
    if (this.resolved.size < MAX_REMEMBERED) this.resolved.set(memo, key);
    return key;
  }

  /** The workloads a record belongs to (0, 1 or several), and its model key. */
  match(record: ActualRecord): { workloads: Workload[]; model: string } {
    const model = record.model === undefined ? "" : this.key(record.model, record.provider);
    const workloads: Workload[] = [];
    for (const c of this.candidates) {
      if (record.mode !== undefined && (record.mode === "batch") !== c.batch) continue;
      // The same spelling as the workload's always matches, even where providers' catalog ids differ.
      const ok = c.match
        ? selectorsMatch(c, c.match, record, model)
        : model !== "" && (model === c.model || record.model?.toLowerCase() === c.written);
      if (ok) workloads.push(c.workload);
    }
    return { workloads, model };
  }
}

function selectorsMatch(c: Candidate, m: WorkloadMatch, record: ActualRecord, model: string): boolean {
  if (c.matchModels && !c.matchModels.has(model)) return false;
  const a = record.attributes;
  for (const key of ID_SELECTORS) {
    const wanted = m[key];
    if (wanted && (a[key] === undefined || !wanted.includes(a[key]))) return false;
  }
  if (m.tags && !m.tags.every((tag) => a.tags?.includes(tag))) return false;
  if (m.metadata) {
    for (const [key, value] of Object.entries(m.metadata)) if (a.metadata?.[key] !== value) return false;
  }
  return true;
}
