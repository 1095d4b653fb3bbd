import type { Finding } from "../manifest/types.js";

/**
 * Why a file or folder was not scanned. Named skips (a file too large, unreadable, a link, a path
 * outside) are always shown with the file; the others are counted in the summary.
 */
export type SkipKind = "not-code" | "dependency" | "gitignored" | "excluded" | "too-large" | "unreadable" | "link" | "outside";

export interface SkippedSource {
  file: string;
  kind: SkipKind;
  reason: string;
}

export const NAMED_SKIPS: ReadonlySet<SkipKind> = new Set(["too-large", "unreadable", "link", "outside"]);

const SUMMARY: Record<SkipKind, string> = {
  "not-code": "not code or configuration",
  dependency: "in dependency or cache folders",
  gitignored: "ignored by .gitignore",
  excluded: "left out by scan settings",
  "too-large": "over --max-file-bytes",
  unreadable: "unreadable",
  link: "symbolic links",
  outside: "outside the working directory",
};

/** `skipped: 3 in dependency or cache folders, 120 not code or configuration, 1 over --max-file-bytes`, or "" when nothing was. */
export function skippedSummary(skipped: readonly SkippedSource[]): string {
  const counts = new Map<SkipKind, number>();
  for (const s of skipped) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const parts = (Object.keys(SUMMARY) as SkipKind[]).flatMap((k) => {
    const count = counts.get(k);
    return count === undefined ? [] : [`${count.toLocaleString("en-US")} ${SUMMARY[k]}`];
  });
  return parts.length === 0 ? "" : `skipped: ${parts.join(", ")}`;
}

/**
 * `scan.skipped` for `check`: each file the scan could not read, by name, so a model call cannot
 * hide in an oversized, unreadable or linked file; under `--trust base` these are warnings, and so
 * are tracked files in dependency folders (one finding per folder).
 */
export function skippedFindings(skipped: readonly SkippedSource[], trustBase: boolean): Finding[] {
  const severity = trustBase ? "warning" : "notice";
  const findings: Finding[] = skipped
    .filter((s) => NAMED_SKIPS.has(s.kind) && s.kind !== "outside")
    .map((s) => ({ severity, rule: "scan.skipped", message: `not scanned for model uses: ${s.reason}`, file: s.file }));
  if (!trustBase) return findings;
  const folders = new Map<string, number>();
  for (const s of skipped) {
    if (s.kind !== "dependency") continue;
    const folder = /\(([^)]+)\)$/.exec(s.reason)?.[1] ?? s.file;
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  for (const [folder, n] of folders) {
    findings.push({
      severity,
      rule: "scan.skipped",
      message: `${n} tracked file(s) in ${folder} folders not scanned for model uses (dependency or cache folders); exclude them in the base's scan settings to silence this`,
      file: ".",
    });
  }
  return findings;
}
