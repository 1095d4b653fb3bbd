import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  renderSarif,
  renderSarifFindings
} from "./chunk-O64BNDL3.js";
import "./chunk-OU6BNLH6.js";
import "./chunk-OQ35JRQ5.js";
import "./chunk-LZQXQOPJ.js";
export {
  renderSarif,
  renderSarifFindings
};
