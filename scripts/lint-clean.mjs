// Which files of src/ pass `npm run lint` today, and how many problems each other file has.
// For the step that turns lint on for the whole tree: until then lint is made to pass file by
// file. `node scripts/lint-clean.mjs [paths...]` (default src); exit 0 always.
import { ESLint } from "eslint";
import path from "node:path";

const eslint = new ESLint();
const results = await eslint.lintFiles(process.argv.length > 2 ? process.argv.slice(2) : ["src"]);
const rel = (file) => path.relative(process.cwd(), file).split(path.sep).join("/");
const clean = results
  .filter((r) => r.errorCount + r.warningCount === 0)
  .map((r) => rel(r.filePath))
  .sort();
const dirty = results.filter((r) => r.errorCount + r.warningCount > 0).sort((a, b) => b.errorCount - a.errorCount);
console.log(`lint-clean (${clean.length} of ${results.length} files):`);
for (const file of clean) console.log(`  ${file}`);
console.log(`\nnot clean (${dirty.length} files, errors + warnings):`);
for (const r of dirty) console.log(`  ${rel(r.filePath)}: ${r.errorCount + r.warningCount}`);
