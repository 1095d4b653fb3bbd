/**
 * Everything a manifest author wrote is untrusted in a pull request comment: it must not
 * ping people, link issues, break tables or inject HTML.
 */
import { INVISIBLE_CLASS } from "../invisible.js";

// Line breaks of every kind become spaces; the other invisible characters go.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
const CONTROL_AND_BIDI = new RegExp(`(?![\\t\\r\\n\\u2028\\u2029])[${INVISIBLE_CLASS}]`, "g");
const ZERO_WIDTH_SPACE = "\u200b";

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(CONTROL_AND_BIDI, "")
      .replace(/[\r\n\t\u2028\u2029]+/g, " ")
      // A zero-width space after @ and # stops mentions and issue links without changing what
      // people read; done before entities are added, whose own # must stay intact.
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`)
      // GitLab's references (!N merge requests, also group/project!N; %N milestones; $N snippets;
      // &N epics; ~label) and GitHub's GH-N: the same zero-width space breaks each.
      .replace(/([!%&~])(?=[\w"])/g, `$1${ZERO_WIDTH_SPACE}`)
      // $N, but not an amount the tool wrote ($1,030.20): those carry cents.
      .replace(/\$(?=\d+(?![\d.,]))/g, `$$${ZERO_WIDTH_SPACE}`)
      .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/`/g, "&#96;")
      .replace(/\|/g, "&#124;")
      .replace(/([\\*_[\]~])/g, "\\$1")
      .replace(/:(?=\w+:)/g, `:${ZERO_WIDTH_SPACE}`)
  );
}

/** For GitHub annotations and plain terminals: strip what could spoof a line, keep the rest. */
export function sanitizePlain(text: string): string {
  return text.replace(CONTROL_AND_BIDI, "").replace(LINE_BREAKS, " ");
}

/** Text and attribute values in HTML: the five special characters as entities, spoofing controls dropped. */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL_AND_BIDI, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
