import type { Finding, Manifest } from "../manifest/types.js";
import type { ModelUse } from "./find.js";
import type { ModelIndex, ResolvedModel } from "./models.js";

/** A workload's model, as a manifest declares it. */
export interface DeclaredModel {
  file: string;
  line: number;
  workload: string;
  provider: string;
  model: string;
}

export interface CheckedUse extends ModelUse {
  declared: boolean;
}

export type UndeclaredSetting = "off" | "warning" | "error";

const key = (m: ResolvedModel) => `${m.provider.toLowerCase()}\u0000${m.model.toLowerCase()}`;

export function declaredModels(manifests: readonly Manifest[]): DeclaredModel[] {
  return manifests.flatMap((m) =>
    m.workloads.map((w) => ({ file: w.file, line: (w.at.model ?? w).line, workload: w.name, provider: w.provider, model: w.model })),
  );
}

/** Which uses a manifest declares (same provider and model, aliases resolved), and which declared models no code uses. */
export function crossCheck(
  uses: readonly ModelUse[],
  declared: readonly DeclaredModel[],
  index: ModelIndex,
): { uses: CheckedUse[]; unused: DeclaredModel[] } {
  const declaredKeys = new Map<string, DeclaredModel[]>();
  for (const d of declared) {
    const k = key(index.find(d.provider, d.model) ?? d);
    declaredKeys.set(k, [...(declaredKeys.get(k) ?? []), d]);
  }
  const used = new Set(uses.map(key));
  return {
    uses: uses.map((u) => ({ ...u, declared: declaredKeys.has(key(u)) })),
    unused: [...declaredKeys].filter(([k]) => !used.has(k)).flatMap(([, ds]) => ds),
  };
}

/** The strictest `undeclared_models` of the manifests that judge the run. */
export function strictestSetting(manifests: readonly Manifest[]): UndeclaredSetting {
  const settings = new Set(manifests.map((m) => m.policy.undeclaredModels));
  return settings.has("error") ? "error" : settings.has("warning") ? "warning" : "off";
}

/**
 * Uses a change adds: per file and model, the uses beyond as many as the base had (lines move,
 * so positions cannot match uses across revisions). Without a base every use is new.
 */
export function addedUses<T extends ModelUse>(head: readonly T[], base: ReadonlyMap<string, readonly ModelUse[]> | undefined): Set<T> {
  if (!base) return new Set(head);
  const remaining = new Map<string, number>();
  for (const uses of base.values()) {
    for (const u of uses) {
      const k = `${u.file}\u0000${key(u)}`;
      remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
  }
  const added = new Set<T>();
  for (const u of head) {
    const k = `${u.file}\u0000${key(u)}`;
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else added.add(u);
  }
  return added;
}

function describe(u: CheckedUse): string {
  if (!u.known) return `unknown model ${u.text} (no price book knows it)`;
  return `${u.provider} model ${u.text}${u.text === u.model ? "" : ` (${u.model})`}`;
}

/**
 * `model.undeclared` at each undeclared use: the setting's severity when the change adds it, a
 * notice when it was already there, and a notice in test code unless `tests: count`.
 */
export function undeclaredFindings(
  uses: readonly CheckedUse[],
  added: ReadonlySet<ModelUse>,
  setting: Exclude<UndeclaredSetting, "off">,
  countTests = false,
): Finding[] {
  return uses
    .filter((u) => !u.declared)
    .map((u) => {
      const isNew = added.has(u);
      const counted = isNew && (countTests || !u.test);
      const why = !isNew ? " (already so at the base, so not failed)" : counted ? "" : " (in test code, so not failed)";
      return {
        severity: counted ? setting : "notice",
        rule: "model.undeclared",
        message: `${describe(u)} is used here and no manifest declares it${why}`,
        file: u.file,
        line: u.line,
        col: u.col,
        model: `${u.provider}/${u.model}`,
      };
    });
}
