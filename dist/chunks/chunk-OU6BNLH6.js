import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/render/fingerprint.ts
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = [f.rule, f.file, f.workload ?? "", f.path ?? "", ...f.model ? [f.model] : []].join("\0");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fnv1a64(n === 0 ? key : `${key}\0${n}`);
  });
}

export {
  fingerprints
};
