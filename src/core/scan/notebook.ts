import type { CodeLanguage } from "./languages.js";

/** A string value of a JSON text: where its raw text (inside the quotes) is, and the path of keys and indexes to it. */
interface JsonString {
  path: ReadonlyArray<string | number>;
  start: number;
  end: number;
}

/** Deeper nesting than this is not followed (a hostile file cannot grow the path without bound). */
const MAX_DEPTH = 64;

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return text.length;
}

/** Every string value of a JSON text with its path, in one pass. Malformed input ends the walk quietly. */
function jsonStrings(text: string, wanted: (path: ReadonlyArray<string | number>) => boolean): JsonString[] {
  const out: JsonString[] = [];
  const path: Array<string | number> = [];
  const isArray: boolean[] = [];
  let key: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const inObject = isArray.at(-1) === false;
      if (inObject && key === undefined) key = decode(text, i + 1, end);
      else {
        // A value: its path ends in its object's key or its array's index (a bare top-level string has neither).
        const at = inObject ? key : path.at(-1);
        if (at !== undefined) {
          const full = [...path.slice(0, -1), at];
          if (isArray.length <= MAX_DEPTH && wanted(full)) out.push({ path: full, start: i + 1, end });
        }
        key = undefined;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      const inObject = isArray.at(-1) === false;
      if (inObject) path[path.length - 1] = key ?? "";
      path.push(c === "[" ? 0 : "");
      isArray.push(c === "[");
      key = undefined;
    } else if (c === "}" || c === "]") {
      path.pop();
      isArray.pop();
      key = undefined;
    } else if (c === ",") {
      if (isArray[isArray.length - 1]) path[path.length - 1] = (path[path.length - 1] as number) + 1;
      key = undefined;
    } else if (c !== ":" && c !== " " && c !== "\n" && c !== "\r" && c !== "\t") {
      // A number, true, false or null: a value, so the next string in an object is a key again.
      if (isArray.length > 0 && !isArray[isArray.length - 1]) key = undefined;
    }
  }
  return out;
}

function decode(text: string, start: number, end: number): string {
  try {
    return JSON.parse(`"${text.slice(start, end)}"`) as string;
  } catch {
    return "";
  }
}

/** The raw offset (from `start`) of the `decoded`-th character of a JSON string's value. */
function rawOffset(text: string, start: number, end: number, decoded: number): number {
  let i = start;
  for (let n = 0; n < decoded && i < end; n++) i += text.charCodeAt(i) !== 92 ? 1 : text[i + 1] === "u" ? 6 : 2;
  return i - start;
}

/** One code cell's source as one text, and where each of its pieces is in the notebook file. */
export interface Cell {
  /** 1-based, counting every cell, as Jupyter shows them. */
  number: number;
  text: string;
  /** `map(offset)` is the notebook file offset of the cell text's `offset`-th character. */
  map: (offset: number) => number;
}

const KERNELS: Record<string, CodeLanguage> = {
  python: "python",
  javascript: "js",
  typescript: "js",
  go: "go",
  java: "java",
  kotlin: "java",
  csharp: "csharp",
  "c#": "csharp",
  ruby: "ruby",
};

/** The code cells of a Jupyter notebook and the language its kernel runs (Python unless it says otherwise). */
export function notebookCells(text: string): { cells: Cell[]; language: CodeLanguage } {
  const strings = jsonStrings(
    text,
    (p) =>
      (p[0] === "cells" && (p[2] === "cell_type" || p[2] === "source")) ||
      (p[0] === "metadata" && (p[2] === "language" || p[2] === "name")),
  );
  let language: CodeLanguage = "python";
  const byCell = new Map<number, { code: boolean; pieces: JsonString[] }>();
  for (const s of strings) {
    if (s.path[0] === "metadata") {
      const named = KERNELS[decode(text, s.start, s.end).toLowerCase()];
      if (named && (s.path[1] === "kernelspec" || s.path[1] === "language_info")) language = named;
      continue;
    }
    const n = s.path[1] as number;
    const cell = byCell.get(n) ?? { code: false, pieces: [] };
    byCell.set(n, cell);
    if (s.path[2] === "cell_type") cell.code = decode(text, s.start, s.end) === "code";
    else cell.pieces.push(s);
  }
  const cells: Cell[] = [];
  for (const [n, cell] of byCell) if (cell.code) cells.push(cellOf(text, n + 1, cell.pieces));
  return { cells, language };
}

function cellOf(text: string, number: number, pieces: readonly JsonString[]): Cell {
  const placed: { piece: JsonString; at: number }[] = [];
  let source = "";
  for (const piece of pieces) {
    placed.push({ piece, at: source.length });
    source += decode(text, piece.start, piece.end);
  }
  // The piece that holds `offset`: the last one that starts at or before it.
  const map = (offset: number): number => {
    let hit = placed[0];
    for (const p of placed) {
      if (p.at > offset) break;
      hit = p;
    }
    return hit === undefined ? offset : hit.piece.start + rawOffset(text, hit.piece.start, hit.piece.end, offset - hit.at);
  };
  return { number, text: source, map };
}
