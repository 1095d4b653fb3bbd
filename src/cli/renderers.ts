// The report formats other than table and json, imported together when one is asked for
// (formats.ts).

export { pageMeta, reportHtml } from "../app/html.js";
export { renderCodeQuality } from "../core/render/codequality.js";
export { csvChunks } from "../core/render/csv.js";
export { renderMarkdown } from "../core/render/markdown.js";
export { renderSarif } from "../core/render/sarif.js";
export { renderSlack } from "../core/render/slack.js";
