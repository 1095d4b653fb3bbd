import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  compareHtml,
  reportHtml
} from "./chunk-QQ5YTA5A.js";
import "./chunk-OQ35JRQ5.js";
import "./chunk-VIZBWKW2.js";
import "./chunk-LZQXQOPJ.js";
export {
  compareHtml,
  reportHtml
};
