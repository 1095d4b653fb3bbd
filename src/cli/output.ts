import { formatUnitPrice, type Decimal } from "../core/money.js";

export { jsonText } from "../core/render/json.js";
export { columns } from "../core/render/table.js";

/** A unit price change with its sign: `-$0.18`, `+$1.50`. */
export function formatUnitPriceChange(value: Decimal): string {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}
