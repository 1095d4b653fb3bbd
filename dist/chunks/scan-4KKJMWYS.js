import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  scanCode,
  undeclaredModelFindings
} from "./chunk-D733COFL.js";
import "./chunk-O7ACYRUU.js";
import "./chunk-LZQXQOPJ.js";
export {
  scanCode,
  undeclaredModelFindings
};
