// A pull request decides how many workloads a run reports. Rendered as one string, the JSON of
// seven copies of a 40,000-workload manifest passed V8's string limit (RangeError: Invalid
// string length) and the run died without output (issue 9). Reports are written in pieces: here
// the CLI runs in-process and each write to stdout is kept, and however large the report, no
// piece is larger than PIECE_LIMIT, so no size of report makes one string past the limit. The
// report past the limit itself (7 x 4,000 workloads, over 512 MB, through the bundled CLI) is a
// row of `npm run bench -- --hostile`.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeLongNoteRepo } from "../../scripts/bench/huge.mjs";
import { cliPieces } from "../helpers/cli.js";
import { tempDir } from "../helpers/action-run.js";

const COPIES = 7;
const WORKLOADS = 150;
/** The JSON writer's pieces are about 64 KB and one row; 1 MiB leaves room and is far below a whole report. */
const PIECE_LIMIT = 1 << 20;
let dir: string;

beforeAll(() => {
  dir = tempDir("huge-report");
  writeLongNoteRepo(dir, { copies: COPIES, workloads: WORKLOADS });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Summary {
  workloads: number;
  monthlyCost: number;
  status: string;
}

describe("a report too large for one string", () => {
  it(`check --format json over ${COPIES} x ${WORKLOADS} workloads writes the whole report in bounded pieces`, async () => {
    const one = await cliPieces(dir, "check", "team-0", "--format", "json");
    expect(one.code, one.stderr).toBe(0);
    const single = (JSON.parse(one.pieces.join("")) as { summary: Summary }).summary;
    expect(single.workloads).toBe(WORKLOADS);

    const all = await cliPieces(dir, "check", "--format", "json");
    expect(all.stderr).toBe("");
    expect(all.code).toBe(0);
    const sizes = all.pieces.map((p) => p.length);
    const total = sizes.reduce((a, b) => a + b, 0);
    // Each row repeats the 20,000-character note: the report is many times the largest piece.
    expect(total).toBeGreaterThan(16 * PIECE_LIMIT);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE_LIMIT);
    const text = all.pieces.join("");
    const report = JSON.parse(text) as { summary: Summary; workloads: unknown[] };
    expect(report.summary.workloads).toBe(COPIES * WORKLOADS);
    expect(report.workloads).toHaveLength(COPIES * WORKLOADS);
    expect(report.summary.status).toBe("pass");
    expect(report.summary.monthlyCost).toBeCloseTo(COPIES * single.monthlyCost, 6);
    // Complete: it ends where the report object ends.
    expect(text.slice(-64)).toMatch(/"notes": \[\]\n\}\n$/);
  });
});
