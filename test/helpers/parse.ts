import * as yaml from "yaml";
import { parseFull, parseYaml as parseChecked, type ParseLimits, type ParsedYaml } from "../../src/core/manifest/parse.js";

/** The CLI's parse (src/adapters/manifest-parser.ts) with yaml at hand, so tests can call it synchronously. */
export function parseYaml(file: string, bytes: Uint8Array, limits?: ParseLimits, full = false): ParsedYaml {
  const parsed = parseChecked(file, bytes, limits, full);
  return "text" in parsed ? parseFull(yaml, parsed, limits) : parsed;
}
