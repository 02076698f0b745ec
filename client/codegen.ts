import { existsSync, readdirSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

const src = "client/src";
const modules = readdirSync(`${src}/modules`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/**
 * Typed documents from the committed schema and the documents under each `graphql/` folder
 * (`npm run codegen`; test/build/client-codegen.test.ts fails when the committed output is stale).
 *
 * One output per feature module (`src/__generated__/<feature>/`) and one for `shared/`: a
 * bundler never splits a module between chunks, so a single generated file would make every
 * face download every face's documents. Each module's output also reads the shared fragments
 * it spreads.
 *
 * A module's `graphql/lazy/` folder holds the documents only its chunks loaded on demand read
 * (the compare page's finder, forms and lower sections): they get an output of their own
 * (`src/__generated__/<feature>/lazy/`), so they stay out of the page's first chunk, which
 * holds the module's output: the sections below the comparison ask for their fields with a
 * query of their own.
 *
 * Kept small for the public bundle:
 * - components import the generated `XDocument` constants (re-exported by their `graphql/`
 *   file), never the preset's `graphql()` lookup function, whose table holds every document of
 *   every face and would put the sales and admin documents into the public route's chunk;
 * - `enumsAsTypes`: enums are string unions, so no enum objects ship at run time;
 * - `fragmentMasking: false`: Apollo Client 4 masks data itself (`dataMasking`); the preset's
 *   own `useFragment` helper is not used. Components are typed by the fragment they declare.
 */
const output = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    onlyOperationTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false },
    skipTypeNameForRoot: true,
    defaultScalarType: "unknown",
    scalars: { Decimal: "string", DateTime: "string", Date: "string", JSON: "unknown" },
  },
} as const;

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  generates: {
    [`${src}/__generated__/shared/`]: { ...output, documents: [`${src}/shared/graphql/*.ts`] },
    ...Object.fromEntries(
      modules.map((m) => [`${src}/__generated__/${m}/`, { ...output, documents: [`${src}/modules/${m}/graphql/*.ts`, `${src}/shared/graphql/*.ts`] }]),
    ),
    ...Object.fromEntries(
      modules
        .filter((m) => existsSync(`${src}/modules/${m}/graphql/lazy`))
        .map((m) => [`${src}/__generated__/${m}/lazy/`, { ...output, documents: [`${src}/modules/${m}/graphql/lazy/*.ts`] }]),
    ),
  },
  // The project type-checks with NodeNext resolution: relative imports carry their extension.
  importExtension: ".js",
};

export default config;
