/** The words of an identifier in any naming style: `chatGptModelName` -> chat, gpt, model, name. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const MAX_KEY_CHARS = 64;

/**
 * A name that holds a model: `model`, `Model`, `model_name`, `modelId`, `OPENAI_MODEL`,
 * `default_model`, `setModel`, `withModel`, `GenerativeModel`, `languageModel`; and what Azure
 * and older SDKs call it: `deployment_name`, `azure_deployment`, `engine`.
 */
export function isModelKey(name: string): boolean {
  if (name.length > MAX_KEY_CHARS || !/model|deployment|engine/i.test(name)) return false;
  const w = words(name);
  const last = w[w.length - 1];
  const before = w[w.length - 2];
  if (last === "model" || ((last === "name" || last === "id") && before === "model")) return true;
  if (last === "deployment" || ((last === "name" || last === "id") && before === "deployment")) return true;
  return last === "engine" && w.length === 1;
}

/** A name that holds a list of models: `models`, `chat_models`, `reference_models`, `MODEL_LIST`, `modelIds`. */
export function isModelListKey(name: string): boolean {
  if (name.length > MAX_KEY_CHARS || !/model/i.test(name)) return false;
  const w = words(name);
  const last = w[w.length - 1];
  return (
    last === "models" ||
    (w[w.length - 2] === "model" && (last === "list" || last === "ids" || last === "names" || last === "options" || last === "choices"))
  );
}

/** Keys whose value names the model inside an object that describes one: `{ id: "…" }`, Bicep's `model: { name: … }`. */
export function isIdKey(name: string): boolean {
  return name === "id" || name === "name" || name === "default" || name === "value" || name === "model_id" || name === "modelId";
}
