/**
 * Converters from third-party price feeds to tokenbudget's catalog format. All are pure (no
 * file system, no clock) so the same input always yields the same catalog; callers read the
 * file and pass the snapshot date.
 */
import { importGenaiPrices } from "./genai-prices.js";
import { importLiteLLM } from "./litellm.js";
import { importModelsDev } from "./models-dev.js";
import type { ImportOptions, ImportResult } from "./common.js";

export { importGenaiPrices, GENAI_PRICES_SOURCE_KEY, type GenaiPricesOptions } from "./genai-prices.js";
export { importLiteLLM, LITELLM_SOURCE_KEY } from "./litellm.js";
export { importModelsDev, MODELS_DEV_SOURCE_KEY } from "./models-dev.js";
export { mapProviderId, perTokenToPerMillion, type ImportOptions, type ImportResult } from "./common.js";

/** Importers by feed name, for callers that pick the feed at run time (e.g. a CLI flag). */
export const IMPORTERS: Readonly<Record<"litellm" | "genai-prices" | "models.dev", (data: unknown, options: ImportOptions) => ImportResult>> = {
  litellm: importLiteLLM,
  "genai-prices": importGenaiPrices,
  "models.dev": importModelsDev,
};
