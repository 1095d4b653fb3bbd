// typescript-eslint's strict, type-checked rules over src/ (the shipped code). Generated
// validators and the tokenizer's generated table are left out: they are written by scripts.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "reports/", "node_modules/", "**/generated/", ".stryker-tmp/"] },
  {
    files: ["src/**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals print numbers and exact Decimals (money.ts's own toString) on purpose.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true, allow: [{ from: "file", name: "Decimal", path: "src/core/money.ts" }] },
      ],
      // `return sink.reject(e)` and `(e) => sink.reject(e)` where a void is expected are the sinks' idiom; void used as a value is still caught.
      // `const { field: _dropped, ...rest } = x` is how an object without one field is made.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreVoidReturningFunctions: true }],
    },
  },
);
