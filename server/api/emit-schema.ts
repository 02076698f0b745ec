import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { createSchema, printSchemaFile } from "./schema.js";

/** Writes schema/schema.graphql from the code (npm run schema). */
const target = process.argv[2] ?? "schema/schema.graphql";
await writeFile(target, printSchemaFile(await createSchema()));
console.log(`wrote ${target}`);
