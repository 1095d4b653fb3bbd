/**
 * Characters that change what a reviewer sees without being seen: C0/C1 controls, soft
 * hyphen, zero-width and bidirectional marks, line and paragraph separators, invisible
 * operators, the byte-order mark and interlinear annotations. The manifest schema refuses
 * them in names (its patterns list the same set) and every renderer strips them.
 */
export const INVISIBLE_CLASS =
  "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb";

export const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
