import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CatalogFiles } from "../../src/app/load.js";
import { BUILTIN_LAYER } from "../../src/core/prices/catalog-load.js";

const dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-books-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const book = (version: string) => JSON.stringify({ ...BUILTIN_LAYER.catalog, version });
const refused = () => [];

test("a price book named many times is read once per real path, and all books together stay within the byte budget", async () => {
  writeFileSync(path.join(dir, "a.json"), book("2026.1.0"));
  writeFileSync(path.join(dir, "b.json"), book("2026.1.1"));
  const size = book("2026.1.0").length;
  const files = new CatalogFiles(dir, dir, Math.floor(size * 1.5));
  const first = await files.load("a.json", ".", refused);
  const again = await files.load("./sub/../a.json", ".", refused);
  expect("layer" in first && "layer" in again && first.layer.catalog === again.layer.catalog).toBe(true);
  // The second distinct book would pass the budget: refused with a finding, not read.
  expect(await files.load("b.json", ".", refused)).toEqual({
    findings: [
      {
        severity: "error",
        rule: "catalog.too-large",
        message: `price catalog b.json would take the price books of this run past ${Math.floor(size * 1.5)} bytes together; it was not read`,
        file: "b.json",
      },
    ],
  });
});
