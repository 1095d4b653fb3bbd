import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const made = new Set<string>();

/**
 * A new folder under the system's temporary folder, removed when the test file that made it
 * ends (test/helpers/cleanup.ts), so that runs do not leave hundreds of folders behind.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tokenbudget-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Also removed when the test file ends: a file or folder a test made outside tempDir. */
export function removeLater(file: string): string {
  made.add(file);
  return file;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
