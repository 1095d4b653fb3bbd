import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  formatUnitPrice
} from "./chunk-YWDUS6TR.js";

// src/cli/output.ts
function formatUnitPriceChange(value) {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}

export {
  formatUnitPriceChange
};
