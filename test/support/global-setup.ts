import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../server/db/boot.js";
import { createDataSource } from "../../server/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../server/db/embedded.js";
import { databaseUrl } from "./urls.js";

declare module "vitest" {
  export interface ProvidedContext {
    db: { adminUrl: string; template: string; prefix: string };
  }
}

/**
 * One PostgreSQL for the run: the embedded one in a throw-away directory, or the server
 * DATABASE_URL names. A template database is migrated and seeded once; each test file
 * copies it (CREATE DATABASE ... TEMPLATE) and so starts from a clean schema of its own.
 */
export default async function setup(project: TestProject) {
  const prefix = `tw_${Date.now().toString(36)}_${process.pid}`;
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(tmpdir(), "tierwise-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: dir, database: "postgres", ephemeral: true });
    adminUrl = embedded.adminUrl;
  }
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const ds = createDataSource({ url: databaseUrl(adminUrl, template) });
  await ds.initialize();
  try {
    await prepareDatabase(ds, { seedDemo: true });
  } finally {
    await ds.destroy();
  }
  project.provide("db", { adminUrl, template, prefix });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
