import type { Io } from "./args.js";

/** A one-line status on stderr that rewrites itself, for long work (large logs, downloads, big trees). */
export interface Progress {
  /** Called often; the line is built and drawn at most every INTERVAL_MS. */
  update(line: () => string): void;
  /** Clears the line, so the output that follows starts clean. */
  done(): void;
}

const INTERVAL_MS = 100;
const SILENT: Progress = { update() {}, done() {} };

/**
 * Progress only for a person watching: stderr is a terminal and no CI is set. Logs, pipes and
 * machine-readable output never see it.
 */
export function startProgress(io: Io): Progress {
  if (io.stderr.isTTY !== true || io.env.CI) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(line) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\r\x1b[2K${line()}`);
    },
    done() {
      if (shown) io.stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}
