// Lint rules, and the architecture as import boundaries (docs/ARCHITECTURE.md):
// graph/ (the core) imports neither seed/ nor server/ nor client/; seed/ and server/ stand on it;
// client/ never imports server/ or seed/ code; a client feature reaches another only through its index.
import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Client feature folders: every folder of client/src but the generated code. */
const features = readdirSync(path.join(import.meta.dirname, "client/src"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "__generated__")
  .map((entry) => entry.name);

/** One zone per pair of features: `target` may import `from` only through its index. */
const featureZones = features.flatMap((target) =>
  features
    .filter((from) => from !== target)
    .map((from) => ({
      target: `./client/src/${target}`,
      from: `./client/src/${from}`,
      except: ["./index.ts"],
      message: `client features reach each other through their index: import from "../${from}/index.js"`,
    })),
);

/** The layers' import rules; tests (unit tests beside the code included) may use test helpers. */
function layerZones({ testsAllowed }) {
  const tests = testsAllowed ? [] : ["./tests"];
  return [
    {
      target: "./graph",
      from: ["./seed", "./server", "./client", ...tests],
      message: "the core (graph/) stands on nothing but schema/",
    },
    ...(testsAllowed ? [] : [{ target: "./client", from: "./tests", message: "the client never imports test code" }]),
    {
      target: "./server",
      from: "./seed",
      message: "server/ imports seed/ only to seed an empty database (server/main.ts)",
    },
    { target: "./server", from: ["./client/src", ...tests], message: "the server never imports client or test code" },
    { target: "./seed", from: ["./client", ...tests], message: "seed/ never imports client or test code" },
    { target: "./seed", from: "./server", message: "seed/ imports server/ only in its CLI (seed/main.ts)" },
    ...featureZones,
  ];
}

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "client/dist/**",
      "**/__generated__/**",
      "server/embedded-neo4j/**",
      ".tmp/**",
      "data/**",
      "bench-results/**",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })] },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Apollo's plugin hooks are typed async whether or not they wait for anything.
      "@typescript-eslint/require-await": "off",
      // Its fixes removed assertions that tsc needs (template-literal refs, generated enum types).
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      // react-router's loaders throw `redirect()`, a Response.
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "lib", name: "Response" }] }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones({ testsAllowed: false }) }],
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: layerZones({ testsAllowed: true }) }] },
  },
  {
    files: ["server/main.ts", "seed/main.ts"],
    rules: { "import-x/no-restricted-paths": "off" },
  },
  {
    // An uploaded deliberation is read by the seed's own council extraction (docs/ARCHITECTURE.md).
    files: ["server/sources/council-source.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: layerZones({ testsAllowed: false }).filter(
            (zone) => !(zone.target === "./server" && zone.from === "./seed"),
          ),
        },
      ],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Types may be shared (a deliverable's summary); runtime code of the server or the seed may not.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "**/seed/**"],
              allowTypeImports: true,
              message: "the client never imports server or seed runtime code",
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`.
    files: ["**/*.test.ts", "tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      // Answers read as JSON in tests are `any` until an assertion checks them.
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
);
