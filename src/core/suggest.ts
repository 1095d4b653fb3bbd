/** Edit distance (Levenshtein) between two strings, case-insensitive; for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // One row of the table at a time: previous[j] is the distance between s's first i - 1 characters and t's first j.
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let distance = t.length;
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let left = i;
    let diagonal = i - 1;
    for (const [k, above] of previous.slice(1).entries()) {
      left = Math.min(above + 1, left + 1, diagonal + (s[i - 1] === t[k] ? 0 : 1));
      diagonal = above;
      current.push(left);
    }
    previous = current;
    distance = left;
  }
  return distance;
}

/**
 * The candidates closest to `input`, best first. A candidate qualifies when it is within a
 * third of the input's length in edits, or when one contains the other (ids often differ
 * only by a suffix such as `-Turbo`).
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const contains = Math.min(needle.length, hay.length) >= 4 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= Math.max(2, Math.floor(needle.length / 3)) || contains) {
      scored.push({ candidate, score: contains ? Math.min(distance, Math.abs(hay.length - needle.length)) : distance });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const [best] = closest(input, candidates, 1);
  return best ? ` (did you mean "${best}"?)` : "";
}
