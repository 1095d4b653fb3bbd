import type { Syntax } from "./lex.js";

/** How a file is read: as code (lexed), as one of the line-oriented config formats, or as a notebook. */
export type Language =
  "python" | "js" | "go" | "java" | "csharp" | "ruby" | "toml" | "json" | "bicep" | "hcl" | "yaml" | "env" | "notebook";
export type CodeLanguage = Exclude<Language, "yaml" | "env" | "notebook">;

const C_LIKE: Syntax = { slash: true, hash: false, triple: false, backtick: "none", multilineQuotes: false, rubyBlock: false };

export const SYNTAX: Record<CodeLanguage, Syntax> = {
  python: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  js: { ...C_LIKE, backtick: "template" },
  go: { ...C_LIKE, backtick: "raw" },
  java: { ...C_LIKE, triple: true },
  csharp: { ...C_LIKE, triple: true },
  ruby: { slash: false, hash: true, triple: false, backtick: "none", multilineQuotes: true, rubyBlock: true },
  toml: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  // JSON has no comments, but tsconfig-style JSONC does; `//` inside a string is inside the string anyway.
  json: C_LIKE,
  // Bicep: `//` and `/* */` comments, '…' strings, ''' multi-line strings.
  bicep: { ...C_LIKE, triple: true },
  // Terraform / HCL: `#`, `//` and `/* */` comments.
  hcl: { ...C_LIKE, hash: true },
};

const EXTENSIONS: Record<string, Language> = {
  py: "python",
  js: "js",
  jsx: "js",
  mjs: "js",
  cjs: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  go: "go",
  java: "java",
  kt: "java",
  kts: "java",
  scala: "java",
  cs: "csharp",
  rb: "ruby",
  toml: "toml",
  json: "json",
  jsonc: "json",
  bicep: "bicep",
  bicepparam: "bicep",
  tf: "hcl",
  tfvars: "hcl",
  hcl: "hcl",
  yaml: "yaml",
  yml: "yaml",
  env: "env",
  ipynb: "notebook",
};

/** Generated or dependency files that name models without choosing them. */
const SKIPPED_NAMES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|[^/]*\.lock|[^/]*\.min\.[cm]?js|[^/]*\.d\.[cm]?ts)$/i;

/** The language a path is scanned as, or undefined when it is not scanned (prose, binaries, lock files). */
export function languageOf(file: string): Language | undefined {
  if (SKIPPED_NAMES.test(file)) return undefined;
  const base = file.slice(file.lastIndexOf("/") + 1);
  // `.env`, `.env.example`, `.env.sample`, `prod.env`.
  if (base === ".env" || base.startsWith(".env.")) return "env";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? undefined : EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}

const TEST_DIRS =
  /(^|\/)(tests?|__tests__|specs?|testdata|test_data|fixtures|__fixtures__|mocks|__mocks__|cassettes|__snapshots__|snapshots|e2e|testing)\//i;
const TEST_FILES =
  /(^|\/)(test_[^/]*\.py|[^/]*_test\.(py|go|rb|ts|js)|[^/]*\.(test|spec|mock|mocks|stories)\.[cm]?[jt]sx?|[^/]*_spec\.rb|[^/]*Tests?\.(java|kt|cs|scala)|conftest\.py|mock_[^/]*\.py|[^/]*_mock\.(py|go))$/;

/** Test code: mocks, fixtures and recorded responses name models that are never billed. */
export function isTestPath(file: string): boolean {
  return TEST_DIRS.test(file) || TEST_FILES.test(file);
}
