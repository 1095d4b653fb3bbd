import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/progress.ts
var INTERVAL_MS = 100;
var SILENT = { update() {
}, done() {
} };
function startProgress(io) {
  if (io.stderr.isTTY !== true || io.env.CI) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(line) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\r\x1B[2K${line()}`);
    },
    done() {
      if (shown) io.stderr.write("\r\x1B[2K");
      shown = false;
    }
  };
}
function formatBytes(bytes) {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

export {
  startProgress,
  formatBytes
};
