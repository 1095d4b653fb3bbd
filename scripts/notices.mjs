// dist/THIRD_PARTY_NOTICES: for every package esbuild bundled, its name, version, license id and
// the text of its license file, in name order (the same inputs give the same bytes).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** `node_modules/a/node_modules/@s/b/lib/x.js` -> `node_modules/a/node_modules/@s/b` (the innermost package). */
function packageDir(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at === -1) return undefined;
  return parts.slice(0, at + (parts[at + 1]?.startsWith("@") ? 3 : 2)).join("/");
}

function licenseText(dir) {
  const file = readdirSync(dir)
    .sort()
    .find((name) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(name));
  return file ? readFileSync(path.join(dir, file), "utf8").trim() : undefined;
}

/** The notices file for the bundle inputs (esbuild metafile paths, relative to the repository). */
export function thirdPartyNotices(inputs) {
  const dirs = [...new Set(inputs.map(packageDir).filter((dir) => dir && existsSync(path.join(dir, "package.json"))))];
  const packages = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const license = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "UNKNOWN");
    const text = licenseText(dir) ?? `No license file in the package; package.json says ${license}.`;
    packages.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license, text });
  }
  const sorted = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const header =
    "tokenbudget bundles the following third-party packages into dist/ (the CLI and the GitHub Action).\n" +
    "Their license comments are removed from the bundles; their licenses are reproduced here.\n";
  return `${header}${sorted.map((p) => `\n${"=".repeat(72)}\n${p.name} ${p.version} (${p.license})\n${"=".repeat(72)}\n\n${p.text}\n`).join("")}`;
}
