import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { findModelUses } from "../src/core/scan/find.js";
import { ModelIndex } from "../src/core/scan/models.js";

// Files of real public repositories (test/fixtures/scan-corpus/<owner>__<repo>/, each with its
// LICENSE and PROVENANCE.md) and the model uses labelled in them by hand (labels.tsv).
const CORPUS = path.join(import.meta.dirname, "fixtures/scan-corpus");
const index = new ModelIndex([BUILTIN_LAYER]);

interface Label {
  repo: string;
  key: string;
  test: boolean;
}

function labels(): Label[] {
  return readFileSync(path.join(CORPUS, "labels.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [repo, file, line, model, scope] = l.split("\t");
      return { repo: repo!, key: [repo, file, line, model].join("\t"), test: scope === "test" };
    });
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

/** What scan reports in every vendored file, keyed like the labels, with whether the file is test code. */
function reported(): Map<string, { repo: string; test: boolean }> {
  const out = new Map<string, { repo: string; test: boolean }>();
  for (const repo of readdirSync(CORPUS).filter((r) => statSync(path.join(CORPUS, r)).isDirectory())) {
    const root = path.join(CORPUS, repo);
    for (const full of filesBelow(root)) {
      const file = path.relative(root, full).split(path.sep).join("/");
      if (file === "PROVENANCE.md" || file.startsWith("LICENSE")) continue;
      for (const u of findModelUses(file, readFileSync(full, "utf8"), index))
        out.set([repo, file, u.line, u.text].join("\t"), { repo, test: u.test });
    }
  }
  return out;
}

interface Score {
  labelled: number;
  found: number;
  reported: number;
  correct: number;
}

function score(all: Label[], got: Map<string, { repo: string; test: boolean }>, keep: (repo: string, test: boolean) => boolean): Score {
  const wanted = all.filter((l) => keep(l.repo, l.test));
  const keys = new Set(all.map((l) => l.key));
  const shown = [...got].filter(([, g]) => keep(g.repo, g.test));
  return {
    labelled: wanted.length,
    found: wanted.filter((l) => got.has(l.key)).length,
    reported: shown.length,
    correct: shown.filter(([k]) => keys.has(k)).length,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe("scan on real repositories (hand-labelled corpus)", () => {
  const all = labels();
  const got = reported();

  it("the corpus is labelled: every repository has uses, its license and provenance, and no label points at a missing line", () => {
    const repos = readdirSync(CORPUS).filter((r) => statSync(path.join(CORPUS, r)).isDirectory());
    expect(repos.length).toBeGreaterThanOrEqual(7);
    for (const repo of repos) {
      expect(statSync(path.join(CORPUS, repo, "PROVENANCE.md")).isFile()).toBe(true);
      expect(readdirSync(path.join(CORPUS, repo)).some((f) => f.startsWith("LICENSE"))).toBe(true);
      expect(
        all.some((l) => l.repo === repo),
        repo,
      ).toBe(true);
    }
    for (const l of all) {
      const [repo, file, line, model] = l.key.split("\t");
      const text = readFileSync(path.join(CORPUS, repo!, file!), "utf8").split("\n")[Number(line) - 1];
      expect(text, l.key).toContain(model);
    }
  });

  it("recall >= 0.90 of the labelled uses, precision >= 0.95 outside test code", () => {
    const overall = score(all, got, () => true);
    const code = score(all, got, (_, test) => !test);
    const perRepo = [...new Set(all.map((l) => l.repo))].map((repo) => {
      const s = score(all, got, (r) => r === repo);
      return `${repo}: recall ${s.found}/${s.labelled}, precision ${s.correct}/${s.reported}`;
    });
    console.log(
      [
        `overall: recall ${overall.found}/${overall.labelled} = ${ratio(overall.found, overall.labelled).toFixed(3)}, precision ${overall.correct}/${overall.reported} = ${ratio(overall.correct, overall.reported).toFixed(3)}`,
        `outside tests: recall ${code.found}/${code.labelled} = ${ratio(code.found, code.labelled).toFixed(3)}, precision ${code.correct}/${code.reported} = ${ratio(code.correct, code.reported).toFixed(3)}`,
        ...perRepo,
      ].join("\n"),
    );
    expect(ratio(overall.found, overall.labelled)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(code.correct, code.reported)).toBeGreaterThanOrEqual(0.95);
    // Test code is listed too, and marked so.
    expect(all.filter((l) => l.test && got.has(l.key)).every((l) => got.get(l.key)!.test)).toBe(true);
  });
});
