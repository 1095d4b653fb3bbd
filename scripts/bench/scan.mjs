// The scan row of `npm run bench`: `tokenbudget scan --format json` over a generated tree of
// 2,000 source files, 40 MB in all (issue 15: "a few seconds"). Kept apart from bench.mjs so
// the two evolve without stepping on each other.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Every snippet is ordinary code full of strings and comments; one block in MODEL_EVERY chooses a
// model, so the tree has a few thousand uses, as a large real repository might.
const MODEL_EVERY = 25;
const pick = (i, model, other) => (i % MODEL_EVERY === 0 ? model : other);

const SNIPPETS = {
  py: (i) => `# module ${i}: helpers around the support assistant
def handler_${i}(client, question: str) -> str:
    """Answer a question; see model="gpt-4o" in the docs."""
    reply = client.chat.completions.create(${pick(i, 'model="gpt-4o-mini"', 'name="answers"')}, messages=[{"role": "user", "content": question}])
    label = "customer-%d" % ${i}
    return reply.choices[0].message.content + label
`,
  ts: (i) => `// handler ${i}: drafts replies with the Vercel AI SDK
export async function handler${i}(prompt: string): Promise<string> {
  const { text } = await generateText({ ${pick(i, 'model: openai("gpt-4o-mini")', 'tool: lookup("orders")')}, prompt, maxTokens: ${i % 900} });
  const note = \`draft \${prompt.length} chars\`; /* model: "o3" was too slow */
  return text + note;
}
`,
  go: (i) => `// Handler${i} calls the chat API.
func Handler${i}(ctx context.Context, c *openai.Client) (string, error) {
	resp, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{${pick(i, 'Model: "gpt-4o-mini"', 'User: "svc"')}, MaxTokens: openai.Int(${i % 900})})
	if err != nil {
		return "", fmt.Errorf("handler ${i}: %w", err)
	}
	return resp.Choices[0].Message.Content, nil
}
`,
  java: (i) => `    // handler ${i}
    String handler${i}(String question) {
        var params = ChatCompletionCreateParams.builder().${pick(i, 'model("gpt-4o-mini")', 'user("svc")')}.addUserMessage(question).build();
        return client.chat().completions().create(params).choices().get(0).message().content().orElse("none ${i}");
    }
`,
  yaml: (i) => `- name: route-${i}
  litellm_params:
    ${pick(i, "model: together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "api_base: http://gateway.internal/v1")}  # the default route
    timeout: ${i % 60}
  description: "route ${i} for the support team"
`,
  json: (
    i,
  ) => `  { "name": "agent-${i}", ${pick(i, '"model": "claude-haiku-4-5"', '"team": "support"')}, "temperature": 0.${i % 10}, "note": "generated" },
`,
};
const EXTENSIONS = Object.keys(SNIPPETS);

/** Writes `files` files of about `bytesEach` bytes below `dir`, spread over folders like a monorepo. */
export function generateSourceTree(dir, files = 2000, bytesEach = 20_000) {
  let total = 0;
  for (let f = 0; f < files; f++) {
    const ext = EXTENSIONS[f % EXTENSIONS.length];
    const folder = path.join(dir, `services/svc-${f % 40}/src`);
    mkdirSync(folder, { recursive: true });
    let text = ext === "json" ? "[\n" : "";
    for (let i = 0; text.length < bytesEach; i++) text += SNIPPETS[ext](f * 1000 + i);
    if (ext === "json") text = `${text.replace(/,\n$/, "\n")}]\n`;
    writeFileSync(path.join(folder, `file${f}.${ext}`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/**
 * Times the scan (`series` is bench.mjs's timer) and returns its table row and target. The
 * tree is written to a temporary folder and removed afterwards.
 */
export function benchScan({ series, cli, runs, keep }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-bench-scan-"));
  try {
    const bytes = generateSourceTree(dir);
    const result = series("scan --format json, 2,000 files", runs, process.execPath, [cli, "scan", "--format", "json"], dir);
    const row = { ...result, size: "2000 files", mb: (bytes / 1e6).toFixed(1), baseline: undefined };
    return { row, target: { name: "scan of 40 MB / 2,000 files <= 3 s", ok: result.median <= 3, detail: `${result.median.toFixed(3)} s` } };
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
