import { codeCandidates, codeFacts, type Candidate } from "./code.js";
import { envCandidates, yamlCandidates } from "./config.js";
import { isTestPath, languageOf, SYNTAX, type CodeLanguage } from "./languages.js";
import type { ModelIndex } from "./models.js";
import { notebookCells } from "./notebook.js";
import { envDefault, isNotText, isNotTextKey, looksLikeModel } from "./shape.js";

export { isModelKey } from "./keys.js";
export { isTestPath, languageOf } from "./languages.js";

/** A string in source code or configuration that chooses a model. */
export interface ModelUse {
  file: string;
  /** 1-based; `col` counts UTF-16 code units, as editors and SARIF do. */
  line: number;
  col: number;
  /** The model as written. */
  text: string;
  /** The price books' provider and model, or `unknown` and the text as written when they do not know it. */
  provider: string;
  model: string;
  /** False when no price book (and no manifest) knows the model. */
  known: boolean;
  /** In test code (mocks, fixtures, recorded responses): listed, but by default never failed. */
  test: boolean;
  /** A notebook's code cell, 1-based. */
  cell?: number;
}

/** A candidate's value as a model: `${VAR=default}` read as its default. */
function valueOf(text: string, c: Candidate): { start: number; value: string; key: string } | undefined {
  const raw = text.slice(c.start, c.end);
  const def = envDefault(raw.trim());
  if (!def) return { start: c.start + raw.search(/\S|$/), value: raw.trim(), key: c.key };
  return { start: c.start + raw.search(/\S|$/) + def.offset, value: def.value, key: def.name };
}

/** Whether a value is worth looking at as a model: the books know it, or it has a model's shape. */
function plausible(index: ModelIndex): (value: string) => boolean {
  return (value) => {
    const def = envDefault(value);
    const v = def ? def.value : value;
    return v.length > 0 && v.length <= 120 && (index.resolve(v) !== undefined || looksLikeModel(v));
  };
}

interface Found {
  offset: number;
  text: string;
  cell?: number;
}

/** The candidates that name a text model: known to the books, or shaped like one; never an embedding or speech model. */
function models(
  text: string,
  candidates: readonly Candidate[],
  index: ModelIndex,
  map: (o: number) => number = (o) => o,
  cell?: number,
): Found[] {
  const out: Found[] = [];
  for (const c of candidates) {
    const v = valueOf(text, c);
    if (!v || isNotTextKey(v.key) || isNotText(v.value)) continue;
    if (index.resolve(v.value) === undefined && !looksLikeModel(v.value)) continue;
    out.push({ offset: map(v.start), text: v.value, ...(cell !== undefined ? { cell } : {}) });
  }
  return out;
}

/** What a file imports by name from other files: local name -> the file it comes from and its name there. */
export type ImportedNames = Map<string, { file: string; name: string }>;

/** Finds the file a module names from a file, among the files scanned; undefined for a package. */
export type ModuleResolver = (from: string, module: string) => string | undefined;

// Python `from app.config import LLM, FAST as CHEAP`; JS/TS `import { LLM, FAST as CHEAP } from "./config"`.
const PY_IMPORT = /^[ \t]*from[ \t]+([.\w]+)[ \t]+import[ \t]+\(?([\w \t,]+)/gm;
const JS_IMPORT = /\bimport[ \t]*(?:type[ \t]+)?\{([^}]{1,2000})\}[ \t]*from[ \t]*["']([^"'\n]+)["']/g;

/** The names a file imports from files the resolver finds: plain imports of a constants module only. */
function importsOf(file: string, text: string, language: CodeLanguage, resolve: ModuleResolver): ImportedNames {
  const out: ImportedNames = new Map();
  if (!text.includes("import")) return out;
  const add = (module: string | undefined, list: string | undefined) => {
    if (module === undefined || list === undefined) return;
    const from = resolve(file, module);
    if (from === undefined) return;
    for (const item of list.split(",")) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) out.set(alias?.trim() || name, { file: from, name });
    }
  };
  if (language === "python") for (const [, module, list] of text.matchAll(PY_IMPORT)) add(module, list);
  else if (language === "js") for (const [, list, module] of text.matchAll(JS_IMPORT)) add(module, list);
  return out;
}

/** A model use found in another file: the constant `name` of `file`, named here at a position with `key`. */
export interface ImportedUse {
  file: string;
  name: string;
}

/** One file's model facts: its uses, the constants it offers to importers, and the imported constants it uses. */
export interface FileFacts {
  uses: ModelUse[];
  exported: Map<string, ModelUse[]>;
  imported: ImportedUse[];
}

function codeFileFacts(file: string, text: string, language: CodeLanguage, index: ModelIndex, resolve?: ModuleResolver): FileFacts {
  const imports = resolve ? importsOf(file, text, language, resolve) : new Map<string, { file: string; name: string }>();
  const facts = codeFacts(text, SYNTAX[language], plausible(index), new Set(imports.keys()));
  const exported = new Map<string, ModelUse[]>();
  for (const [name, candidates] of facts.exported) {
    const uses = located(file, text, models(text, candidates, index), index);
    if (uses.length > 0) exported.set(name, uses);
  }
  const imported = [...facts.importedUses.keys()].flatMap((local) => imports.get(local) ?? []);
  return { uses: located(file, text, models(text, facts.candidates, index), index), exported, imported };
}

function notebookFound(text: string, index: ModelIndex): Found[] {
  const { cells, language } = notebookCells(text);
  return cells.flatMap((cell) =>
    models(cell.text, codeCandidates(cell.text, SYNTAX[language], plausible(index)), index, cell.map, cell.number),
  );
}

/** Every model use in one file's text. Pure: the caller reads the file. */
export function findModelUses(file: string, text: string, index: ModelIndex): ModelUse[] {
  return findModelFacts(file, text, index).uses;
}

/**
 * A file's uses, and for constants shared between files (`from config import LLM`, then
 * `model=LLM`), what it offers and what it takes: `resolve` finds the imported modules among
 * the files scanned. Pure.
 */
export function findModelFacts(file: string, text: string, index: ModelIndex, resolve?: ModuleResolver): FileFacts {
  const language = languageOf(file);
  if (!language) return { uses: [], exported: new Map(), imported: [] };
  if (language !== "notebook" && language !== "yaml" && language !== "env") return codeFileFacts(file, text, language, index, resolve);
  const found =
    language === "notebook"
      ? notebookFound(text, index)
      : models(text, language === "yaml" ? yamlCandidates(text) : envCandidates(text), index);
  return { uses: located(file, text, found, index), exported: new Map(), imported: [] };
}

/** Found values as uses, with line and column. */
function located(file: string, text: string, found: readonly Found[], index: ModelIndex): ModelUse[] {
  const test = isTestPath(file);
  const uses: ModelUse[] = [];
  let lineStarts: number[] | undefined;
  for (const f of found) {
    lineStarts ??= computeLineStarts(text);
    const { line, start } = lineOf(lineStarts, f.offset);
    const resolved = index.resolve(f.text);
    uses.push({
      file,
      line: line + 1,
      col: f.offset - start + 1,
      text: f.text,
      provider: resolved?.provider ?? "unknown",
      model: resolved?.model ?? f.text,
      known: resolved !== undefined,
      test,
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
    });
  }
  return uses;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The line (from 0) that holds `offset`, and the offset where it starts. */
function lineOf(starts: readonly number[], offset: number): { line: number; start: number } {
  let lo = 0;
  let start = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = starts[mid];
    if (at !== undefined && at <= offset) {
      lo = mid;
      start = at;
    } else hi = mid - 1;
  }
  return { line: lo, start };
}
