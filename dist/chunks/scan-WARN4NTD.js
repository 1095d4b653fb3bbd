import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  scanCode,
  undeclaredModelFindings
} from "./chunk-ZOK75KYX.js";
import "./chunk-NLMGUMVA.js";
import "./chunk-LZQXQOPJ.js";
export {
  scanCode,
  undeclaredModelFindings
};
