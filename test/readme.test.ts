/**
 * The outputs the docs show are the outputs the CLI prints. Every ```console block of the docs
 * below holds `$ tokenbudget ...` lines, each followed by what it prints (stdout, then stderr).
 * A line `...` stands for any number of lines left out; without one at the end the output must
 * end where the block does. Commands run in a temporary copy of examples/ and the fixtures they
 * read, on a fixed day, so files they write go nowhere and "N days old" stays true.
 *
 * When an output changes on purpose: `UPDATE_GOLDEN=1 npx vitest run test/readme.test.ts` (or
 * `npm run test:update`) rewrites the shown lines in place, keeping the `...` elisions; review
 * the diff.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { main } from "../src/cli/main.js";
import { ROOT } from "./helpers/action-run.js";

const DOCS = ["README.md", "MUTATION.md"];
/** The day the docs' outputs are written for (price ages are counted up to it). */
const TODAY = "2026-11-30";
const UPDATE = process.env.UPDATE_GOLDEN === "1";

interface Shown {
  doc: string;
  /** 1-based line of the `$ tokenbudget` line in the doc. */
  line: number;
  args: string[];
  /** The shown output, `...` lines included. */
  output: string[];
}

/** Splits a command line as a POSIX shell would for the simple quoting the docs use. */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function shownCommands(doc: string, text: string): Shown[] {
  const lines = text.split("\n");
  const found: Shown[] = [];
  let inConsole = false;
  let current: Shown | undefined;
  lines.forEach((line, i) => {
    if (!inConsole) {
      inConsole = line.trim() === "```console";
      return;
    }
    if (line.trim() === "```") {
      inConsole = false;
      current = undefined;
      return;
    }
    const command = /^\$ tokenbudget (.*)$/.exec(line);
    if (command) {
      current = { doc, line: i + 1, args: words(command[1]!), output: [] };
      found.push(current);
    } else current?.output.push(line);
  });
  return found;
}

/** Shas and the tool version vary by checkout; the rest must match exactly. */
function normalize(line: string): string {
  return line
    .replace(/\b[0-9a-f]{40}\b/g, "<sha>")
    .replace(/tokenbudget \d+\.\d+\.\d+/g, "tokenbudget <version>")
    .trimEnd();
}

const isGap = (line: string) => line.trim() === "...";

/** Where each shown segment (between `...` lines) sits in the actual output, or the first shown line that is not there. */
function align(shown: readonly string[], actual: readonly string[]): { starts: number[] } | { missing: number; near: number } {
  const segments: Array<{ from: number; lines: string[] }> = [];
  let from = 0;
  shown.forEach((line, i) => {
    if (isGap(line)) {
      segments.push({ from, lines: shown.slice(from, i) });
      from = i + 1;
    }
  });
  segments.push({ from, lines: shown.slice(from) });
  const equal = (a: string, b: string) => normalize(a) === normalize(b);
  const starts: number[] = [];
  let cursor = 0;
  for (const [k, segment] of segments.entries()) {
    const anchored = k === 0;
    let at = -1;
    for (let p = cursor; p <= actual.length - segment.lines.length; p++) {
      if (segment.lines.every((l, j) => equal(l, actual[p + j]!))) {
        at = p;
        break;
      }
      if (anchored) break;
    }
    if (at === -1) {
      // Report the first shown line of the segment that does not follow from where it should start.
      const base = anchored
        ? 0
        : Math.max(
            cursor,
            actual.findIndex((l, p) => p >= cursor && equal(l, segment.lines[0] ?? "")),
          );
      const j = segment.lines.findIndex((l, j) => !equal(l, actual[base + j] ?? "<end of output>"));
      return { missing: segment.from + Math.max(j, 0), near: base + Math.max(j, 0) };
    }
    starts.push(at);
    cursor = at + segment.lines.length;
  }
  const endsOpen = shown.length > 0 && isGap(shown[shown.length - 1]!);
  if (!endsOpen && cursor !== actual.length) return { missing: shown.length, near: cursor };
  return { starts };
}

/** The shown lines redone from the actual output, segment by segment, keeping the `...` lines. */
function rewrite(shown: readonly string[], actual: readonly string[]): string[] | undefined {
  const gaps = shown.filter(isGap).length;
  if (gaps === 0) return [...actual];
  const out: string[] = [];
  let cursor = 0;
  let segment: string[] = [];
  const flush = (last: boolean) => {
    const first = segment[0];
    let at = first === undefined ? cursor : actual.findIndex((l, p) => p >= cursor && normalize(l) === normalize(first));
    if (at === -1 && out.length === 0) at = 0;
    if (at === -1) return false;
    const length = last && !isGap(shown[shown.length - 1]!) ? actual.length - at : segment.length;
    out.push(...actual.slice(at, at + length));
    cursor = at + length;
    return true;
  };
  for (const line of shown) {
    if (isGap(line)) {
      if (!flush(false)) return undefined;
      out.push(line);
      segment = [];
    } else segment.push(line);
  }
  if (segment.length > 0 && !flush(true)) return undefined;
  return out;
}

async function runShown(cwd: string, args: string[]): Promise<string[]> {
  let stdout = "";
  let stderr = "";
  await main(args, {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    today: TODAY,
  });
  return `${stdout}${stderr}`.replace(/\n$/, "").split("\n");
}

describe("the docs show what the commands print", () => {
  let work: string;
  const rewrites = new Map<string, Array<{ shown: Shown; lines: string[] }>>();
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "tokenbudget-docs-"));
    cpSync(path.join(ROOT, "examples"), path.join(work, "examples"), { recursive: true });
    cpSync(path.join(ROOT, "test/fixtures/pricing"), path.join(work, "test/fixtures/pricing"), { recursive: true });
    cpSync(path.join(ROOT, "test/fixtures/actuals"), path.join(work, "test/fixtures/actuals"), { recursive: true });
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    // Rewrites go bottom-up so earlier line numbers stay right.
    for (const [doc, edits] of rewrites) {
      const file = path.join(ROOT, doc);
      const lines = readFileSync(file, "utf8").split("\n");
      for (const { shown, lines: output } of edits.sort((a, b) => b.shown.line - a.shown.line))
        lines.splice(shown.line, shown.output.length, ...output);
      writeFileSync(file, lines.join("\n"));
    }
  });

  for (const doc of DOCS) {
    const shown = shownCommands(doc, readFileSync(path.join(ROOT, doc), "utf8"));
    for (const s of shown) {
      test(`${doc}:${s.line} $ tokenbudget ${s.args.join(" ")}`, async () => {
        const actual = await runShown(work, s.args);
        const result = align(s.output, actual);
        if ("starts" in result) return;
        if (UPDATE) {
          const lines = rewrite(s.output, actual);
          expect(lines, `${doc}:${s.line}: the shown lines cannot be placed in the new output; edit the block by hand`).toBeDefined();
          rewrites.set(doc, [...(rewrites.get(doc) ?? []), { shown: s, lines: lines! }]);
          return;
        }
        const shownLine = s.output[result.missing];
        expect.fail(
          [
            `${doc}:${s.line + 1 + result.missing}: the output shown for \`$ tokenbudget ${s.args.join(" ")}\` (block at line ${s.line}) differs from what it prints`,
            `  shown:  ${shownLine === undefined ? "<end of block>" : shownLine}`,
            `  prints: ${actual[result.near] ?? "<end of output>"}`,
            "If the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/readme.test.ts (or npm run test:update) and review the diff.",
          ].join("\n"),
        );
      });
    }
  }
});

describe("the docs agree with the rest of the repository", () => {
  test("calibrate --write keeps the planning manifest's flow style, as the README says", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "tokenbudget-docs-write-"));
    try {
      cpSync(path.join(ROOT, "examples"), path.join(work, "examples"), { recursive: true });
      const manifest = path.join(work, "examples/planning/ai-workloads.yaml");
      const before = readFileSync(manifest, "utf8").split("\n");
      await runShown(work, [
        "calibrate",
        "examples/usage-log.jsonl",
        "--workload",
        "support-chat",
        "--manifest",
        "examples/planning/ai-workloads.yaml",
        "--write",
      ]);
      const after = readFileSync(manifest, "utf8").split("\n");
      expect(after).toContain("catalogs: [../price-book.json]");
      // Only support-chat's lines change: everything from the next workload on is as written.
      const next = before.findIndex((l, i) => i > before.findIndex((x) => x.includes("name: support-chat")) && /^ {2}- name: /.test(l));
      expect(after.slice(after.length - (before.length - next))).toEqual(before.slice(next));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("the README's example pull request comment is the pr-scenario golden comment", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n");
    const start = readme.findIndex((l) => l.startsWith("> ## tokenbudget:"));
    expect(start, "README.md quotes an example comment").toBeGreaterThan(-1);
    let end = start;
    while (end < readme.length && readme[end]!.startsWith(">")) end++;
    const quoted = readme.slice(start, end).map((l) => l.replace(/^> ?/, ""));
    const golden = readFileSync(path.join(ROOT, "test/golden/pr-scenario.md"), "utf8").replace(/\n$/, "").split("\n");
    // The comment names the base the way the run saw it: a sha in the Action, HEAD in the test.
    const same = (l: string) =>
      normalize(l)
        .replace(/Base: (<sha>|HEAD)/, "Base: <base>")
        .replace("tokenbudget VERSION", "tokenbudget <version>");
    if (UPDATE && quoted.map(same).join("\n") !== golden.map(same).join("\n")) {
      // Keep the README's own base and version in the footer.
      const footer = quoted[quoted.length - 1]!;
      const base = /Base: (\S+),/.exec(footer)?.[1] ?? "HEAD";
      const version = /tokenbudget (\d+\.\d+\.\d+)/.exec(footer)?.[1] ?? "VERSION";
      const lines = golden.map((l) => l.replace("Base: HEAD,", `Base: ${base},`).replace("tokenbudget VERSION", `tokenbudget ${version}`));
      readme.splice(start, end - start, ...lines.map((l) => (l ? `> ${l}` : ">")));
      writeFileSync(path.join(ROOT, "README.md"), readme.join("\n"));
      return;
    }
    expect(quoted.map(same), "README.md's example comment differs from test/golden/pr-scenario.md; run npm run test:update").toEqual(
      golden.map(same),
    );
  });

  test("action.yml's output examples are the README's", () => {
    const action = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as { outputs: Record<string, { description: string }> };
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const [name, output] of Object.entries(action.outputs)) {
      const example = /e\.g\. `?([\d.]+)`?/.exec(output.description)?.[1];
      if (!example) continue;
      const row = readme.split("\n").find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `README.md documents output ${name}`).toBeDefined();
      expect(row, `action.yml's example for ${name} (${example}) is not the README's`).toContain(example);
    }
  });
});
