import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_COMMENT_CHARS,
  renderBelowThreshold,
  renderComment,
  renderMarkdown
} from "./chunk-OMSJBMPS.js";
import "./chunk-OQ35JRQ5.js";
import "./chunk-VIZBWKW2.js";
import "./chunk-LZQXQOPJ.js";
export {
  MAX_COMMENT_CHARS,
  renderBelowThreshold,
  renderComment,
  renderMarkdown
};
