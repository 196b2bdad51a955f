import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the query library (schema/queries), the client and the tests, from the full
// API schema that server/graphql/print-schema.ts prints (`npm run codegen` runs both).
const config: CodegenConfig = {
  schema: "client/src/__generated__/schema.graphql",
  documents: ["schema/queries/**/*.graphql", "client/src/**/*.graphql", "tests/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "client/src/__generated__/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: "string" } },
    },
  },
};

export default config;
