import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  scanCode,
  undeclaredModelFindings
} from "./chunk-3Z422R55.js";
import "./chunk-7YMPOFYA.js";
import "./chunk-LZQXQOPJ.js";
export {
  scanCode,
  undeclaredModelFindings
};
