import { calibrateCommand } from "./calibrate.js";
import { catalogDiffCommand, catalogImportCommand, catalogListCommand, catalogShowCommand, catalogVerifyCommand } from "./catalog.js";
import type { Command } from "./command.js";
import { commentCommand } from "./comment.js";
import { compareCommand } from "./compare.js";
import { checkCommand, diffCommand, estimateCommand, validateCommand } from "./review.js";
import { scanCommand } from "./scan.js";

/**
 * Every command, in the order `tokenbudget --help` lists them. A command named "group sub"
 * (e.g. "catalog list") is reached as `tokenbudget group sub` and listed by `tokenbudget group`.
 */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  estimateCommand,
  checkCommand,
  diffCommand,
  compareCommand,
  calibrateCommand,
  catalogListCommand,
  catalogShowCommand,
  catalogDiffCommand,
  catalogImportCommand,
  catalogVerifyCommand,
  scanCommand,
  commentCommand,
];
