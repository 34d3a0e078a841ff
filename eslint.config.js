// Lint: TypeScript (type-aware rules off for speed; `astro check` does the type checking) and Astro files.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default defineConfig(
  { ignores: ["dist/", "dist-*/", ".astro/", "node_modules/", "test-results/", "test/output/"] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "d3",
              message: "Import the d3 module you use (d3-scale, d3-shape, ...), not the bundle.",
            },
          ],
        },
      ],
    },
  },
);
