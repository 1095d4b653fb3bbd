// `npm run check`: the type check and the lint over one TypeScript program. `tsc --noEmit` and
// typescript-eslint's type-checked rules each build and check the same program (src, test and
// the octokit and vega types they pull in); run apart, that work is paid twice. Here the program
// is built once, its diagnostics printed as tsc prints them, and handed to ESLint through
// typescript-eslint's `parserOptions.programs`, so the rules ask a checker that has already done
// the work. The lint's configuration is still eslint.config.mjs alone: `npm run typecheck` and
// `npm run lint` give the same findings one at a time. Exit 1 when either finds an error.
import path from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";

const root = path.join(import.meta.dirname, "..");
const host = {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  },
};
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, host);
const program = ts.createProgram({
  rootNames: config.fileNames,
  options: config.options,
  projectReferences: config.projectReferences,
  configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
});
const diagnostics = ts.getPreEmitDiagnostics(program);
const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
process.stdout.write(format(diagnostics, formatHost));
const typeErrors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
console.log(`tsc --noEmit: ${typeErrors === 0 ? "passed" : `${typeErrors} error(s)`}`);

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ["src/**/*.ts"], languageOptions: { parserOptions: { projectService: false, programs: [program] } } }],
});
const results = await eslint.lintFiles(["."]);
const stylish = await eslint.loadFormatter("stylish");
process.stdout.write(await stylish.format(results));
const lintErrors = results.reduce((n, r) => n + r.errorCount, 0);
console.log(`eslint: ${lintErrors === 0 ? "passed" : `${lintErrors} error(s)`} (${results.length} files)`);
process.exitCode = typeErrors + lintErrors === 0 ? 0 : 1;
