/**
 * Converters from third-party price feeds to tokenbudget's catalog format. All are pure (no
 * file system, no clock) so the same input always yields the same catalog; callers read the
 * file and pass the snapshot date.
 */
import { importGenaiPrices } from "./genai-prices.js";
import { importLiteLLM } from "./litellm.js";
import { importModelsDev } from "./models-dev.js";
import { importOpenRouter } from "./openrouter.js";
import { importTogether } from "./together.js";
import type { ImportOptions, ImportResult } from "./common.js";

export { importGenaiPrices, GENAI_PRICES_SOURCE_KEY, type GenaiPricesOptions } from "./genai-prices.js";
export { importLiteLLM, LITELLM_SOURCE_KEY } from "./litellm.js";
export { importModelsDev, MODELS_DEV_SOURCE_KEY } from "./models-dev.js";
export { importOpenRouter, OPENROUTER_SOURCE_KEY } from "./openrouter.js";
export { importTogether, TOGETHER_SOURCE_KEY } from "./together.js";
export {
  implausibleFields,
  mapProviderId,
  MAX_FEED_DEPTH,
  MAX_PLAUSIBLE_PER_MILLION,
  nestsDeeper,
  perTokenToPerMillion,
  screenImplausible,
  withProvenance,
  type ImportOptions,
  type ImportResult,
  type Retrieval,
} from "./common.js";

/** Importers by feed name, for callers that pick the feed at run time (e.g. a CLI flag). */
export const IMPORTERS: Readonly<
  Record<"together" | "openrouter" | "litellm" | "genai-prices" | "models.dev", (data: unknown, options: ImportOptions) => ImportResult>
> = {
  together: importTogether,
  openrouter: importOpenRouter,
  litellm: importLiteLLM,
  "genai-prices": importGenaiPrices,
  "models.dev": importModelsDev,
};
