import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  scanCode,
  undeclaredModelFindings
} from "./chunk-5Y7AGRKY.js";
import "./chunk-ZECGMBJ4.js";
import "./chunk-LZQXQOPJ.js";
export {
  scanCode,
  undeclaredModelFindings
};
