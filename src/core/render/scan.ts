import type { CheckedUse, DeclaredModel } from "../scan/declared.js";
import { escapeMarkdown as esc, sanitizePlain as plain } from "./escape.js";
import { columns } from "./table.js";

/** What `tokenbudget scan` found: every use, and the declared models no code uses. */
export interface ScanReport {
  uses: CheckedUse[];
  unused: DeclaredModel[];
}

export function renderScanJson(report: ScanReport): string {
  const uses = report.uses.map((u) => ({ file: u.file, line: u.line, col: u.col, text: u.text, provider: u.provider, model: u.model, declared: u.declared }));
  const unused = report.unused.map((d) => ({ file: d.file, line: d.line, workload: d.workload, provider: d.provider, model: d.model }));
  return `${JSON.stringify({ uses, unused }, null, 2)}\n`;
}

function summaryLine(report: ScanReport): string {
  const files = new Set(report.uses.map((u) => u.file)).size;
  const models = new Set(report.uses.map((u) => `${u.provider}/${u.model}`)).size;
  const undeclared = new Set(report.uses.filter((u) => !u.declared).map((u) => `${u.provider}/${u.model}`)).size;
  return `${report.uses.length} model use(s) of ${models} model(s) in ${files} file(s); ${undeclared} model(s) no manifest declares, ${report.unused.length} declared workload model(s) no code uses.`;
}

export function renderScanTable(report: ScanReport): string {
  const out: string[] = [];
  if (report.uses.length > 0) {
    const rows = [["LOCATION", "AS WRITTEN", "PROVIDER", "MODEL", "DECLARED"]];
    for (const u of report.uses) rows.push([`${plain(u.file)}:${u.line}:${u.col}`, plain(u.text), u.provider, plain(u.model), u.declared ? "yes" : "no"]);
    out.push(...columns(rows), "");
  }
  if (report.unused.length > 0) {
    out.push("Declared in a manifest, used nowhere in the code scanned:");
    out.push(...columns(report.unused.map((d) => [`  ${plain(d.file)}:${d.line}`, plain(d.workload), d.provider, plain(d.model)])), "");
  }
  out.push(summaryLine(report));
  return `${out.join("\n")}\n`;
}

export function renderScanMarkdown(report: ScanReport): string {
  const out = ["## tokenbudget scan: models used in code", "", summaryLine(report), ""];
  if (report.uses.length > 0) {
    out.push("| Location | As written | Provider | Model | Declared |", "|---|---|---|---|---|");
    for (const u of report.uses) out.push(`| ${esc(u.file)}:${u.line}:${u.col} | \`${esc(u.text)}\` | ${esc(u.provider)} | \`${esc(u.model)}\` | ${u.declared ? "✅" : "❌ no"} |`);
    out.push("");
  }
  if (report.unused.length > 0) {
    out.push("### Declared but not used in code", "", "| Manifest | Workload | Provider | Model |", "|---|---|---|---|");
    for (const d of report.unused) out.push(`| ${esc(d.file)}:${d.line} | ${esc(d.workload)} | ${esc(d.provider)} | \`${esc(d.model)}\` |`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * SARIF 2.1.0 for code scanning: an undeclared use is a warning at its line, a declared one a
 * note. Kept to what scan needs; a general findings renderer can absorb it.
 */
export function renderScanSarif(report: ScanReport, toolVersion: string): string {
  const rules = [
    { id: "model.undeclared", shortDescription: { text: "The code uses a model that no tokenbudget manifest declares" }, defaultConfiguration: { level: "warning" } },
    { id: "model.use", shortDescription: { text: "The code uses a model that a tokenbudget manifest declares" }, defaultConfiguration: { level: "note" } },
  ];
  const seen = new Map<string, number>();
  const results = report.uses.map((u) => {
    // Stable across line moves: the n-th use of a model in a file is the same alert.
    const id = `${u.file}:${u.provider}/${u.model}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return {
    ruleId: u.declared ? "model.use" : "model.undeclared",
    ruleIndex: u.declared ? 1 : 0,
    level: u.declared ? "note" : "warning",
    message: { text: `${u.provider} model ${u.model}${u.declared ? "" : " is used here and no manifest declares it"}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: u.file, uriBaseId: "%SRCROOT%" }, region: { startLine: u.line, startColumn: u.col, endColumn: u.col + u.text.length } } }],
    partialFingerprints: { "tokenbudget/model/v1": `${id}:${n}` },
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "tokenbudget", version: toolVersion, informationUri: "https://github.com/tokenbudget/tokenbudget", rules } }, columnKind: "utf16CodeUnits", results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
