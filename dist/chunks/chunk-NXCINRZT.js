import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/scan/declared.ts
var key = (m) => `${m.provider.toLowerCase()}\0${m.model.toLowerCase()}`;
function declaredModels(manifests) {
  return manifests.flatMap((m) => m.workloads.map((w) => ({ file: w.file, line: (w.at.model ?? w).line, workload: w.name, provider: w.provider, model: w.model })));
}
function crossCheck(uses, declared, index) {
  const declaredKeys = /* @__PURE__ */ new Map();
  for (const d of declared) {
    const k = key(index.find(d.provider, d.model) ?? d);
    declaredKeys.set(k, [...declaredKeys.get(k) ?? [], d]);
  }
  const used = new Set(uses.map(key));
  return {
    uses: uses.map((u) => ({ ...u, declared: declaredKeys.has(key(u)) })),
    unused: [...declaredKeys].filter(([k]) => !used.has(k)).flatMap(([, ds]) => ds)
  };
}
function strictestSetting(manifests) {
  const settings = new Set(manifests.map((m) => m.policy.undeclaredModels));
  return settings.has("error") ? "error" : settings.has("warning") ? "warning" : "off";
}
function addedUses(head, base) {
  if (!base) return new Set(head);
  const remaining = /* @__PURE__ */ new Map();
  for (const uses of base.values()) {
    for (const u of uses) {
      const k = `${u.file}\0${key(u)}`;
      remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
  }
  const added = /* @__PURE__ */ new Set();
  for (const u of head) {
    const k = `${u.file}\0${key(u)}`;
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else added.add(u);
  }
  return added;
}
function undeclaredFindings(uses, added, setting) {
  return uses.filter((u) => !u.declared).map((u) => {
    const isNew = added.has(u);
    const what = `${u.text}${u.text === u.model ? "" : ` (${u.model})`}`;
    return {
      severity: isNew ? setting : "notice",
      rule: "model.undeclared",
      message: `${u.provider} model ${what} is used here and no manifest declares it${isNew ? "" : " (already so at the base, so not failed)"}`,
      file: u.file,
      line: u.line,
      col: u.col,
      model: `${u.provider}/${u.model}`
    };
  });
}

export {
  declaredModels,
  crossCheck,
  strictestSetting,
  addedUses,
  undeclaredFindings
};
