// ESLint flat config. `npm run lint` runs `eslint .` with this file.
// Only typescript-eslint's non-type-checked "recommended" set: it needs no
// tsconfig program, so lint stays fast and independent of `npm run typecheck`,
// which already catches what the type-aware rules would.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "node_modules/", "coverage/", ".bench/"]),
  {
    files: [
      "src/**/*.{ts,mts,cts}",
      "__tests__/**/*.{ts,mts,cts}",
      "scripts/**/*.{ts,mts,js,mjs}",
      "bin/**/*.{js,mjs}",
      "*.{ts,mts,js,mjs}",
    ],
    extends: [tseslint.configs.recommended],
    linterOptions: {
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      // Adapters parse foreign JSON (GitHub API, tool output); an `any` there
      // should be visible in review, not block the build.
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          args: "after-used",
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
