import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { databaseUrl } from "./urls.js";

/** A new database copied from the run's migrated and seeded template. */
export async function freshDatabase(): Promise<string> {
  const { adminUrl, template, prefix } = inject("db");
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (err) {
        // Two copies of one template at the same instant can collide ("source database is being accessed").
        if (attempt >= 20 || !String(err).includes("being accessed")) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}

/** A new database with nothing in it, not even the tables (dropped with the run's others). */
export async function emptyDatabase(): Promise<string> {
  const { adminUrl, prefix } = inject("db");
  const name = `${prefix}_empty_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}
