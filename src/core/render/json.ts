import { Decimal, toJsonMoney } from "../money.js";
import type { Report } from "../report.js";

/** Replaces every exact Decimal with a JSON number rounded half-even to 9 decimal places. */
function plain(value: unknown): unknown {
  if (value instanceof Decimal) return value.isFinite() ? toJsonMoney(value) : null;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    // Null prototype: a tag named __proto__ stays a plain key.
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
    return out;
  }
  return value;
}

export function reportToJson(report: Report): unknown {
  return plain(report);
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportToJson(report), null, 2)}\n`;
}
