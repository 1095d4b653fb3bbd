import { describe, expect, it } from "vitest";
import type { Manifest } from "../src/core/manifest/types.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { findModelUses, isTestPath } from "../src/core/scan/find.js";
import { ModelIndex } from "../src/core/scan/models.js";
import { scanScope } from "../src/core/scan/settings.js";
import { looksLikeModel } from "../src/core/scan/shape.js";

const index = new ModelIndex([BUILTIN_LAYER]);
/** [line, col, as written, known] of each use. */
const uses = (file: string, text: string) => findModelUses(file, text, index).map((u) => [u.line, u.col, u.text, u.known]);

describe("notebooks", () => {
  const notebook = JSON.stringify(
    {
      cells: [
        { cell_type: "markdown", metadata: {}, source: ['Use model="gpt-4o" here\n'] },
        {
          cell_type: "code",
          metadata: {},
          outputs: [{ output_type: "stream", text: ['model="gpt-4o"\n'] }],
          source: ["import together\n", 'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])\n'],
        },
        { cell_type: "code", metadata: {}, outputs: [], source: 'MODEL = "o3"  # one string, not a list\n' },
      ],
      metadata: { kernelspec: { language: "python", name: "python3" } },
      nbformat: 4,
    },
    null,
    1,
  );
  it("reads code cells only, at the notebook file's line and column, with the cell number", () => {
    const found = findModelUses("nb.ipynb", notebook, index).map((u) => [u.line, u.col, u.text, u.cell]);
    const lines = notebook.split("\n");
    expect(found.map((f) => f[3])).toEqual([2, 3]);
    for (const [line, col, text] of found) expect(lines[(line as number) - 1]!.slice((col as number) - 1)).toMatch(new RegExp(`^${text}`));
    expect(found.map((f) => f[2])).toEqual(["gpt-4o-mini", "o3"]);
  });
});

describe("config and infrastructure", () => {
  it("JSON parameter files: the default of ${VAR=default}, under a model or deployment parameter", () => {
    const text =
      '{\n  "parameters": {\n    "openAiModelName": {\n      "value": "${AZURE_OPENAI_CHAT_MODEL=gpt-4o}"\n    },\n    "openAiModelVersion": { "value": "${V=2024-08-06}" },\n    "searchIndex": { "value": "${AZURE_SEARCH_INDEX=gptkbindex}" }\n  }\n}\n';
    expect(uses("infra/main.parameters.json", text)).toEqual([[4, 43, "gpt-4o", true]]);
  });

  it("Bicep and Terraform", () => {
    expect(
      uses(
        "main.bicep",
        "param chatModelName string = 'gpt-4o' // the default\nvar x = 'gpt-4o'\nresource d 'x' = {\n  properties: {\n    model: {\n      format: 'OpenAI'\n      name: 'gpt-4o-mini'\n    }\n  }\n}\n",
      ),
    ).toEqual([
      [1, 31, "gpt-4o", true],
      [7, 14, "gpt-4o-mini", true],
    ]);
    expect(
      uses(
        "main.tf",
        'variable "chat_model" {\n  default = "gpt-4o"\n}\nresource "azurerm_cognitive_deployment" "d" {\n  model {\n    format = "OpenAI"\n    name   = "gpt-4o-mini"\n  }\n}\n# model = "o3"\n',
      ),
    ).toEqual([
      [2, 14, "gpt-4o", true],
      [7, 15, "gpt-4o-mini", true],
    ]);
    expect(uses("prod.tfvars", 'openai_model = "gpt-4.1"\n')).toEqual([[1, 17, "gpt-4.1", true]]);
  });

  it("docker-compose env lists, Kubernetes env entries, workflow env: blocks and .env files", () => {
    const compose = "services:\n  app:\n    environment:\n      - OPENAI_MODEL=gpt-4o\n      - PORT=8080\n";
    expect(uses("docker-compose.yml", compose)).toEqual([[4, 22, "gpt-4o", true]]);
    const k8s =
      'spec:\n  containers:\n    - name: app\n      env:\n        - name: CHAT_MODEL\n          value: "gpt-4o-mini"\n        - name: LOG_LEVEL\n          value: gpt-4o\n';
    expect(uses("deploy.yaml", k8s)).toEqual([[6, 19, "gpt-4o-mini", true]]);
    expect(uses(".github/workflows/eval.yml", "jobs:\n  eval:\n    env:\n      EVAL_MODEL: claude-sonnet-4-5\n")).toEqual([
      [4, 19, "claude-sonnet-4-5", true],
    ]);
    expect(uses(".env.sample", "AZURE_OPENAI_CHAT_DEPLOYMENT=gpt-4o\nAZURE_OPENAI_EMB_DEPLOYMENT=text-embedding-3-small\n")).toEqual([
      [1, 30, "gpt-4o", true],
    ]);
  });

  it("LiteLLM: model_name is the alias clients ask for, litellm_params.model the model", () => {
    const config =
      "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o-prod\n  - model_name: claude-sonnet-4-5\n";
    // The last entry has no litellm_params: its name is the model.
    expect(uses("proxy.yaml", config).map((u) => u[2])).toEqual(["azure/gpt-4o-prod", "claude-sonnet-4-5"]);
  });
});

describe("model positions of SDKs and frameworks", () => {
  it("Python: LangChain, LlamaIndex, LiteLLM, Agno, pydantic settings, constants", () => {
    const py = [
      'llm = ChatOpenAI(model_name="gpt-4o")',
      'azure = AzureChatOpenAI(deployment_name="gpt-4o-mini", azure_deployment="chat")',
      'r = completion(model="together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")',
      'agent = Agent(model=Together(id="meta-llama/Llama-3.3-70B-Instruct-Turbo"))',
      "class Settings(BaseModel):",
      '    writer_model: str = Field(default="openai:gpt-4.1", metadata={"ui": {"default": "openai:gpt-4.1"}})',
      'LLM = "claude-opus-4-1"',
      'other = "gpt-4o"',
      "reply = client.messages.create(model=LLM, max_tokens=10)",
      'if model == "o3": pass',
      'FAST = ModelConfig(id="openai:gpt-4.1-nano", temperature=0)',
    ].join("\n");
    expect(uses("app.py", py).map((u) => `${u[0]}:${u[2]}`)).toEqual([
      "1:gpt-4o",
      "2:gpt-4o-mini",
      "3:together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "4:meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "6:openai:gpt-4.1",
      "6:openai:gpt-4.1",
      "7:claude-opus-4-1",
      "11:openai:gpt-4.1-nano",
    ]);
  });

  it("TypeScript: the Vercel AI SDK and model lists; C#: target-typed clients", () => {
    const ts =
      'export const chatModels = [\n  { id: "openai/gpt-4.1-mini", name: "GPT-4.1 Mini" },\n];\nconst m = gateway.languageModel("anthropic/claude-haiku-4.5");\nconst o = openai("gpt-4o");\n';
    expect(uses("models.ts", ts)).toEqual([
      [2, 10, "openai/gpt-4.1-mini", true],
      [4, 34, "anthropic/claude-haiku-4.5", true],
      [5, 19, "gpt-4o", true],
    ]);
    expect(uses("Chat.cs", 'ChatClient client = new("gpt-4o", key);\nAudioClient tts = new("tts-1", key);\n')).toEqual([
      [1, 26, "gpt-4o", true],
    ]);
  });

  it("unknown models in a model position are listed as unknown, with suggestions; other strings are not models", () => {
    expect(uses("a.py", 'm = init_chat_model(model="openai:gpt-9.9-ultra")\n')).toEqual([[1, 28, "openai:gpt-9.9-ultra", false]]);
    expect(index.suggest("openai:gpt-4o-minii")).toContain("gpt-4o-mini");
    // The catalog's resolver reads the spellings real code uses: dots for dashes, dated snapshots.
    expect(index.resolve("anthropic/claude-haiku-4.5")).toEqual({ provider: "anthropic", model: "claude-haiku-4-5" });
    expect(index.resolve("gpt-4o-2024-08-06")).toEqual({ provider: "openai", model: "gpt-4o" });
    // A prefix named like a property of every object is not a provider (this crashed the scan).
    for (const value of ["constructor:gpt-4o", "__proto__/gpt-4o", "tostring:o3", "hasOwnProperty/x1"])
      expect(() => index.resolve(value), value).not.toThrow();
    expect(uses("a.py", 'model = "constructor:gpt-9"\nmodel = "valueOf:claude-9"\n').map((u) => u[3])).toEqual([false, false]);
    for (const value of [
      "my-own-thing",
      "chat",
      "text-embedding-3-small",
      "whisper-1",
      "dall-e-3",
      "https://x/gpt-4",
      "BAAI/bge-large-en-v1.5",
      "gpt 4",
      "model.gguf",
    ])
      expect(looksLikeModel(value), value).toBe(false);
    for (const value of [
      "gpt-5.4",
      "claude-haiku-4.5",
      "Qwen/Qwen3-VL-32B-Instruct",
      "o3",
      "gemini-3-pro-preview",
      "anthropic.claude-3-5-sonnet-20240620-v1:0",
    ])
      expect(looksLikeModel(value), value).toBe(true);
  });
});

describe("test code and scan settings", () => {
  it("test code is recognised by its path", () => {
    for (const f of [
      "tests/test_app.py",
      "src/app_test.go",
      "web/chat.spec.ts",
      "spec/client_spec.rb",
      "src/test/java/AppTest.java",
      "lib/__mocks__/ai.ts",
      "conftest.py",
      "lib/ai/models.mock.ts",
    ])
      expect(isTestPath(f), f).toBe(true);
    for (const f of ["src/app.py", "latest/model.py", "contest/app.py", "testing_utils.py"]) expect(isTestPath(f), f).toBe(false);
    expect(findModelUses("tests/test_app.py", 'model = "gpt-4o"\n', index)[0]!.test).toBe(true);
  });

  it("include and exclude globs apply below the manifest's folder; the strictest tests setting wins", () => {
    const manifest = (file: string, scan: Manifest["scan"]) => ({ file, scan }) as Manifest;
    const scope = scanScope([
      manifest("svc/ai-workloads.yaml", { include: ["src/", "*.ipynb"], exclude: ["src/gen/"], tests: "ignore" }),
      manifest("ai-workloads.yaml", { include: [], exclude: ["vendor/"], tests: "count" }),
    ]);
    expect(scope.tests).toBe("count");
    expect(scope.excludes("svc/src/app.py")).toBeUndefined();
    expect(scope.excludes("svc/nb/explore.ipynb")).toBeUndefined();
    expect(scope.excludes("svc/src/gen/client.py")).toBe("excluded by scan.exclude in svc/ai-workloads.yaml");
    expect(scope.excludes("svc/scripts/run.py")).toBe("not in scan.include of svc/ai-workloads.yaml");
    expect(scope.excludes("vendor/lib.go")).toBe("excluded by scan.exclude in ai-workloads.yaml");
    expect(scope.excludes("other/app.py")).toBeUndefined();
    expect(scanScope([]).tests).toBe("report");
  });
});
