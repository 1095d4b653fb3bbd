// A pull request decides how many workloads a run reports and how long its paths are. Built as
// one string, the HTML page of 2 manifests x 14,000 workloads under a 4,000-character directory
// path passed V8's string limit: "internal error ... Invalid string length", exit 3, and the
// Action then wrote no summary and no outputs (issue 21). The page is written in pieces, and a
// long table shows its first rows and counts the rest, pointing to the JSON report. Here the CLI
// runs in-process and each write to stdout is kept: however large the page, no piece is larger
// than PIECE_LIMIT. The full-size page (through the bundled CLI) is a row of `npm run bench -- --hostile`.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeLongPathRepo } from "../../scripts/bench/huge.mjs";
import { tempDir } from "../helpers/action-run.js";
import { cliPieces } from "../helpers/cli.js";

/** Past MAX_TABLE_ROWS (2,000) in the workloads table, as 14,000 were. */
const WORKLOADS = 1_050;
/** The page's pieces are about 64 KB and one table row or chart; 1 MiB leaves room and is far below a whole page. */
const PIECE_LIMIT = 1 << 20;
let dir: string;
let nested: string;

beforeAll(() => {
  dir = tempDir("huge-html");
  nested = writeLongPathRepo(dir, WORKLOADS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an HTML page too large for one string", () => {
  it(`check --format html over 2 x ${WORKLOADS} workloads under a 4,015-character path writes the whole page in bounded pieces`, async () => {
    const run = await cliPieces(dir, "check", "--format", "html");
    expect(nested.length).toBe(4015);
    expect(run.stderr).toBe("");
    // warn: every workload is near its budget; nothing is an error.
    expect(run.code).toBe(0);
    const sizes = run.pieces.map((p) => p.length);
    // Each finding names the long path: the page is many times the largest piece.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(16 * PIECE_LIMIT);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE_LIMIT);
    const page = run.pieces.join("");
    expect(page.slice(-4096)).toMatch(/<\/footer>\n<script>[\s\S]*<\/script>\n<\/body>\n<\/html>\n$/);
    // 8,400 findings and 2,100 workloads: each long table shows 2,000 rows and counts the rest.
    const notes = [...page.matchAll(/([\d,]+) more rows are not shown here: see the JSON report/g)].map((m) => m[1]);
    expect([...new Set(notes)].sort()).toEqual(["100", "6,400"]);
  });
});
