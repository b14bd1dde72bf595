import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const DATABASE_IMPORTS = {
  patterns: [
    {
      group: [
        "~/server/db",
        "**/server/db",
        "**/db/generated/**",
        "@prisma/client",
        "@prisma/client/*",
      ],
      message: "Only a feature's data.ts / mutations.ts (and src/server/) talk to the database.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "src/server/db/generated/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/server/**",
      "src/features/*/data.ts",
      "src/features/*/mutations.ts",
      "src/features/*/data/**",
      "src/features/*/mutations/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-imports": ["error", DATABASE_IMPORTS] },
  },
  {
    files: ["scripts/**", "e2e/**", "tests/**", "prisma/**", "bench/**", "src/server/logger.ts"],
    rules: { "no-console": "off" },
  },
]);
