import type { IMPORTERS } from "../core/prices/import/index.js";

/** What `catalog import --from NAME` reads when no URL or FILE is given, and the key it sends. */
export const FEEDS = {
  together: { importer: "together", url: "https://api.together.xyz/v1/models", authEnv: "TOGETHER_API_KEY", needsKey: true },
  openrouter: { importer: "openrouter", url: "https://openrouter.ai/api/v1/models", authEnv: "OPENROUTER_API_KEY", needsKey: false },
  litellm: { importer: "litellm", url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json" },
  "models-dev": { importer: "models.dev", url: "https://models.dev/api.json" },
  "genai-prices": {
    importer: "genai-prices",
    url: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json",
  },
} as const satisfies Record<string, { importer: keyof typeof IMPORTERS; url: string; authEnv?: string; needsKey?: boolean }>;
export type FeedName = keyof typeof FEEDS;
export const FEED_NAMES = Object.keys(FEEDS) as FeedName[];
