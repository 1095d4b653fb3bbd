// Writes examples/usage-log.jsonl: two days of the support-chat pilot as the gateway logged them
// (OpenAI-compatible chat completion responses, one per line). Deterministic: a seeded PRNG, so
// re-running it gives the same file. Run: node examples/generate-usage-log.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
const START = Date.UTC(2026, 10, 16); // Monday 2026-11-16 00:00 UTC
const DAYS = 2;
/** Tokens of prompts/system.md with the status summary and plan filled in, as the model's tokenizer saw it. */
const SYSTEM_PROMPT = 412;

// mulberry32: small, seedable, good enough to shape test traffic.
let seed = 20261116;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Log-normal around `median`: chat turns are mostly short with a long tail. */
function lognormal(median, sigma) {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(median * Math.exp(sigma * normal));
}

/** Requests per hour follow the working day (UTC+1 customers): quiet at night, busy 9-17. */
const HOURLY = [2, 1, 1, 1, 1, 2, 4, 8, 14, 22, 24, 23, 20, 22, 24, 22, 18, 12, 8, 6, 5, 4, 3, 2];

const lines = [];
for (let day = 0; day < DAYS; day++) {
  for (let hour = 0; hour < 24; hour++) {
    for (let k = 0; k < HOURLY[hour]; k++) {
      const created = Math.floor((START + ((day * 24 + hour) * 3600 + random() * 3600) * 1000) / 1000);
      // History grows over a conversation: later turns carry more of it.
      const turn = 1 + Math.floor(random() * 6);
      const history = turn === 1 ? 0 : lognormal(180 * (turn - 1), 0.35);
      const message = lognormal(60, 0.6);
      const prompt = SYSTEM_PROMPT + history + message;
      const completion = Math.min(1024, lognormal(170, 0.5));
      lines.push({
        created,
        line: {
          id: `chatcmpl-${(created * 1000 + lines.length).toString(36)}`,
          object: "chat.completion",
          created,
          model: MODEL,
          choices: [{ index: 0, message: { role: "assistant", content: "" }, finish_reason: completion === 1024 ? "length" : "stop" }],
          usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
        },
      });
    }
  }
}
lines.sort((a, b) => a.created - b.created);
const out = fileURLToPath(new URL("usage-log.jsonl", import.meta.url));
writeFileSync(out, lines.map((l) => JSON.stringify(l.line)).join("\n") + "\n");
console.log(`wrote ${out}: ${lines.length} requests over ${DAYS} days`);
