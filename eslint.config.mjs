import { readdirSync } from "node:fs";
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

/**
 * Features, lowest first. Each may import the features before it and never one after it, so no
 * two features import each other. Shared code (src/lib, src/server, src/components, src/trpc)
 * imports no feature; src/server/root.ts and src/server/worker.ts, which assemble the routers and
 * the job queue's tasks, are the exceptions.
 * The README's architecture section gives the same order with what each feature is.
 */
const FEATURE_ORDER = [
  "account",
  "audit",
  "learn",
  "templates",
  "feedback",
  "safety",
  "assignments",
  "clients",
  "invitations",
  "worksheets",
  "ladder",
  "progress",
  "export",
  "portal",
  "notifications",
];

const unordered = readdirSync(new URL("src/features", import.meta.url)).filter(
  (name) => !FEATURE_ORDER.includes(name),
);
if (unordered.length > 0) {
  throw new Error(
    `eslint.config.mjs: add ${unordered.join(", ")} to FEATURE_ORDER, above what it imports.`,
  );
}

const FEATURE_ZONES = FEATURE_ORDER.slice(0, -1).map((feature, index) => ({
  target: `./src/features/${feature}`,
  from: FEATURE_ORDER.slice(index + 1).map((above) => `./src/features/${above}`),
  message: `"${feature}" comes before this feature in FEATURE_ORDER (eslint.config.mjs): move what both need down, into "${feature}" or shared code.`,
}));

const SHARED_ZONE = {
  target: ["./src/lib", "./src/server", "./src/components", "./src/trpc", "./src/env.ts"],
  from: "./src/features",
  message: "Shared code imports no feature: move the piece it needs down into shared code.",
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
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/root.ts", "src/server/worker.ts"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...FEATURE_ZONES, SHARED_ZONE] }] },
  },
  {
    files: ["scripts/**", "e2e/**", "tests/**", "prisma/**", "bench/**", "src/server/logger.ts"],
    rules: { "no-console": "off" },
  },
  {
    // Playwright fixtures hand over their value with a callback named `use`, not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
