import type { Finding } from "../manifest/types.js";

/** FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines, no crypto needed. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * One fingerprint per finding that stays the same while the problem stays (rule, file,
 * workload, YAML path, model: not the line, which moves when lines are added above) and differs
 * between findings: repeats of the same key are numbered in report order.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    // The model joins the key only where there is one, so earlier fingerprints stay as they were.
    const key = [f.rule, f.file, f.workload ?? "", f.path ?? "", ...(f.model ? [f.model] : [])].join("\u0000");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fnv1a64(n === 0 ? key : `${key}\u0000${n}`);
  });
}
