// Nothing is used from main.js: importing it keeps the start-up code in one chunk (commands.ts).
import { historyHtml, pageMeta } from "../app/html.js";
import { walkHistory } from "../app/history.js";
import { isInputError } from "../app/load.js";
import { DEFAULT_LIMITS } from "../core/manifest/parse.js";
import { renderHistoryCsv, renderHistoryTable, type HistoryScope } from "../core/render/history.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { HISTORY_OPTIONS } from "./commands.js";
import { formatProblem } from "./manifests.js";
import { jsonText } from "./output.js";

/** `tokenbudget history`: the branch's commits priced one by one from git, never checked out. */
export async function history({ values, positionals }: Parsed<typeof HISTORY_OPTIONS>, io: Io): Promise<number> {
  const every = positiveInt("every", values.every, 1);
  const maxCommits = positiveInt("max-commits", values["max-commits"], 1000);
  const since = values.since;
  if (since !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since))))
    throw new UsageError(`--since must be a date, YYYY-MM-DD, got "${since}"`);
  const ref = values.branch;
  const run = await walkHistory({
    cwd: io.cwd,
    ref,
    ...(since ? { since } : {}),
    every,
    maxCommits,
    paths: positionals,
    catalogFiles: values.catalog,
    tags: values["group-by"],
    limits: DEFAULT_LIMITS,
    today: io.today,
  });
  // A --catalog book that cannot be used would price every commit wrong: say so and stop.
  const problems = run.findings.filter(isInputError);
  for (const f of problems) io.stderr.write(`${formatProblem(f)}\n`);
  if (problems.length > 0) return 2;
  const scope: HistoryScope = { ref, every, commits: run.commits, ...(since ? { since } : {}) };
  const { history: h } = run;
  if (values.format === "json")
    io.stdout.write(jsonText({ ref, since: since ?? null, every, commits: run.commits, points: h.points, movers: h.movers }));
  else if (values.format === "csv") io.stdout.write(renderHistoryCsv(h));
  else if (values.format === "html")
    for (const chunk of await historyHtml(h, scope, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })))
      io.stdout.write(chunk);
  else io.stdout.write(renderHistoryTable(h, scope));
  if (run.truncated > 0)
    io.stderr.write(`tokenbudget: history: the ${run.truncated} oldest commits were left out (--max-commits ${maxCommits})\n`);
  return 0;
}
