import { parseFull, parseYaml, type ParseLimits, type ParsedYaml, type YamlLibrary } from "../core/manifest/parse.js";

let yaml: Promise<YamlLibrary> | undefined;

/**
 * A manifest's bytes parsed: the fast path, or eemeli/yaml for a file it cannot read. yaml
 * (a quarter of a MB of code) is imported on the first such file, so a run over clean
 * manifests never compiles it.
 */
export async function parseManifest(file: string, bytes: Uint8Array, limits: ParseLimits): Promise<ParsedYaml> {
  const parsed = parseYaml(file, bytes, limits);
  // yaml is CommonJS: its exports object is the default export, in Node and in the bundle alike.
  return "text" in parsed ? parseFull(await (yaml ??= import("yaml").then((m) => m.default)), parsed, limits) : parsed;
}
