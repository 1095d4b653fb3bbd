/**
 * The shape of src/, measured from the TypeScript sources with the compiler's own parser: the
 * import graph has no circle, and no function is longer than 80 lines (generated code aside).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");
const MAX_FUNCTION_LINES = 80;

/**
 * Functions still over the limit, as `file name`, in files whose owners have not split them yet.
 * This list may only shrink: a function that is split must leave it (the test says so).
 */
const STILL_LONG = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({
  file,
  source: ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true),
}));
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/**
 * Every module a file loads: static imports and re-exports that bring a value, and dynamic
 * `import("./x.js")`, resolved to src files. Type-only imports are left out: TypeScript erases
 * them, so they load nothing and cannot make a circle at run time (a lazily loaded command module
 * takes its option table's type from commands.ts, which imports it).
 */
function importsOf(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !typeOnlyImport(node))
      specifiers.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly)
      specifiers.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((s) => s.startsWith(".")).map((s) => path.resolve(path.dirname(source.fileName), s.replace(/\.js$/, ".ts")));
}

/** `import type {...}` or `import { type A, type B }`: nothing of the module is loaded. (A bare `import "./x.js"` loads it.) */
function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** The circles of a graph: one per strongly connected component of more than one file (or a file importing itself). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!graph.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || edges.includes(frame.node)) found.push(component.map(rel).sort());
      }
    }
  }
  return found;
}

/** Functions (declarations, methods, arrows, expressions) longer than `max` lines, as `file name`. */
function longFunctions(max: number): string[] {
  const long: string[] = [];
  for (const { source } of files) {
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > max) long.push(`${rel(source.fileName)} ${nameOf(node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return long;
}

function nameOf(node: ts.SignatureDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "(anonymous)";
}

describe("the shape of src/", () => {
  test("the import graph has no circle", () => {
    const graph = new Map(files.map(({ file, source }) => [file, importsOf(source)]));
    expect(circles(graph), "an import circle (a lazily loaded command module imports neither main.js nor values from commands.ts)").toEqual(
      [],
    );
  });

  test(`no function is over ${MAX_FUNCTION_LINES} lines (but the listed ones, which may only go)`, () => {
    const long = longFunctions(MAX_FUNCTION_LINES);
    expect(
      long.filter((f) => !STILL_LONG.has(f)),
      `split these functions to ${MAX_FUNCTION_LINES} lines or fewer`,
    ).toEqual([]);
    expect(
      [...STILL_LONG].filter((f) => !long.includes(f)),
      "no longer over the limit: remove from STILL_LONG",
    ).toEqual([]);
  });

  test("the measures can fail: a circle and a long function are found", () => {
    const a = path.join(SRC, "a.ts");
    const b = path.join(SRC, "b.ts");
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["src/a.ts", "src/b.ts"]]);
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
    expect(longFunctions(5).length).toBeGreaterThan(0);
  });
});
