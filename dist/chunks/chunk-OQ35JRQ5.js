import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/invisible.ts
var INVISIBLE_CLASS = "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb";
var HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

// src/core/render/escape.ts
var LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
var CONTROL_AND_BIDI = new RegExp(`(?![\\t\\r\\n\\u2028\\u2029])[${INVISIBLE_CLASS}]`, "g");
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(text) {
  return text.replace(CONTROL_AND_BIDI, "").replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/`/g, "&#96;").replace(/\|/g, "&#124;").replace(/([\\*_[\]~])/g, "\\$1").replace(/:(?=\w+:)/g, `:${ZERO_WIDTH_SPACE}`);
}
function sanitizePlain(text) {
  return text.replace(CONTROL_AND_BIDI, "").replace(LINE_BREAKS, " ");
}
function escapeHtml(text) {
  return text.replace(CONTROL_AND_BIDI, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export {
  HAS_INVISIBLE,
  escapeMarkdown,
  sanitizePlain,
  escapeHtml
};
