import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-SP6KIYMT.js";
import "./chunk-LZQXQOPJ.js";
export default require_dist();
