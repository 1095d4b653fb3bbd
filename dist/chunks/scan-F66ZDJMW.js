import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  scanCode,
  undeclaredModelFindings
} from "./chunk-PIWS4AGY.js";
import "./chunk-NXCINRZT.js";
import "./chunk-BR2U7UA3.js";
import "./chunk-LZQXQOPJ.js";
export {
  scanCode,
  undeclaredModelFindings
};
