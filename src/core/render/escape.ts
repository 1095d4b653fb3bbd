/**
 * Everything a manifest author wrote is untrusted in a pull request comment: it must not
 * ping people, link issues, break tables or inject HTML.
 */
const CONTROL_AND_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH_SPACE = "\u200b";

export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL_AND_BIDI, "")
    .replace(/[\r\n\t]+/g, " ")
    // A zero-width space after @ and # stops mentions and issue links without changing what
    // people read; done before entities are added, whose own # must stay intact.
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/`/g, "&#96;")
    .replace(/\|/g, "&#124;")
    .replace(/([\\*_[\]~])/g, "\\$1")
    .replace(/:(?=\w+:)/g, `:${ZERO_WIDTH_SPACE}`);
}

/** For GitHub annotations and plain terminals: strip what could spoof a line, keep the rest. */
export function sanitizePlain(text: string): string {
  return text.replace(CONTROL_AND_BIDI, "").replace(/[\r\n]+/g, " ");
}
