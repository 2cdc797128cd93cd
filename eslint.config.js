// One flat config for the whole monorepo. The boundary rules below keep the
// dependency direction of DESIGN.md: the pure packages never reach for files,
// renderers or the CLI, and renderers only know the document model.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const fileSystem = ["fs", "node:fs", "fs/promises", "node:fs/promises"];
const renderers = ["docx", "pdfmake", "pdfmake/*", "@clausework/render-*"];

const forbid = (names, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: names, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "packages/cli/bundle/**",
      "**/node_modules/**",
      "**/.turbo/**",
      "**/coverage/**",
      "**/*.generated.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // CommonJS scripts (a worker thread's entry point) load with require().
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["packages/model/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^[^.]", message: "The document model has no runtime dependencies." },
          ],
        },
      ],
    },
  },
  {
    files: [
      "packages/generator/src/**/*.ts",
      "packages/clauses/src/**/*.ts",
      "packages/schema/src/**/*.ts",
    ],
    ignores: ["**/*.test.ts"],
    rules: forbid(
      [...fileSystem, ...renderers, "@clausework/cli"],
      "This package is pure: no file system, no renderer, no CLI (DESIGN.md).",
    ),
  },
  {
    files: ["packages/render-*/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: forbid(
      ["@clausework/generator", "@clausework/schema", "@clausework/clauses", "@clausework/cli"],
      "Renderers know only the document model.",
    ),
  },
);
