/**
 * Whether a string is shaped like a model id, for a literal in a place that holds a model
 * (`model="…"`) whose name the price books do not know: such a use is still reported, as an
 * unknown model, so a model the catalog has not caught up with cannot slip past the scan.
 */

/** Words model families are named by, at the start of an id or of one of its `/`, `.`, `:` parts. */
const FAMILIES =
  /(^|[/.:@_-])(gpt|chatgpt|o[1-9]|claude|gemini|gemma|llama|codellama|mistral|mixtral|ministral|codestral|pixtral|magistral|devstral|qwen|qwq|deepseek|command|grok|sonar|phi|jamba|nova|titan|glm|kimi|moonshot|yi|ernie|falcon|nemotron|olmo|dbrx|hermes|granite|minimax|davinci|text-davinci|palm|chat-bison|text-bison|cogito|lfm|gpt-oss|r1|reka|arctic|solar|wizardlm|openchat|starling|zephyr|vicuna|dolphin)(?=$|[-_.:/\d])/i;

/** Models that are not text or vision chat models: embeddings, rerankers, speech, images, moderation. */
const NOT_TEXT =
  /embed|rerank|whisper|(^|[-_/.])tts($|[-_])|transcribe|dall-e|gpt-image|(^|[-_/.])image|imagen|flux|stable-diffusion|sdxl|moderation|(^|[-_/])bge-|(^|[-_/])e5-|-realtime|realtime-|(^|[-_/])sora|(^|[-_/])veo-|-audio-|lyria/i;

/** An id: no spaces, no template or format syntax, nothing that reads as a path, URL or version. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,119}$/;
const FILE_OR_URL = /^(https?|s3|gs|file):|\.(json|ya?ml|py|js|ts|txt|bin|gguf|safetensors|pt|onnx|pkl|csv)$|^\.{0,2}\//i;

/** A model of a family we know (`gpt-5.4`, `claude-haiku-4.5`, `meta-llama/Llama-4-Scout`): a family word and a digit. */
export function looksLikeModel(value: string): boolean {
  // The cheapest test first: most strings in code have no digit.
  if (!/\d/.test(value) || !ID.test(value) || !/[a-z]/i.test(value) || FILE_OR_URL.test(value)) return false;
  return FAMILIES.test(value) && !isNotText(value);
}

/** Embeddings, rerankers, speech, image and moderation models: priced, but not the text models a budget tracks. */
export function isNotText(value: string): boolean {
  return NOT_TEXT.test(value);
}

/** Keys that name a non-text model: `EMBEDDING_MODEL`, `reranker_model`, `tts_model`. */
export function isNotTextKey(key: string): boolean {
  return /embed|rerank|whisper|tts|speech|transcri|audio|image|moderation|vision_encoder/i.test(key);
}

/**
 * `${AZURE_OPENAI_CHAT_MODEL=gpt-5.4}` and `${VAR:-gpt-4o}`: the variable (a key in its own
 * right) and the default, at `offset` characters into the value. Undefined for anything else.
 */
export function envDefault(value: string): { name: string; offset: number; value: string } | undefined {
  if (value.charCodeAt(0) !== 36) return undefined;
  const [, name, operator, fallback] = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}]*)\}$/.exec(value) ?? [];
  if (name === undefined || operator === undefined || fallback === undefined) return undefined;
  return { name, offset: 2 + name.length + operator.length, value: fallback };
}
