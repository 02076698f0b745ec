import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { DataSource, EntityManager } from "typeorm";

/** What `npm run export` writes: every table's rows, in an order that can be inserted back. */
export interface Backup {
  format: "tierwise-backup";
  version: 1;
  /** The migrations the database had: an import needs the same ones. */
  migrations: string[];
  withPasswordHashes: boolean;
  tables: { name: string; rows: Record<string, unknown>[] }[];
  /** Each sequence's last value, so new rows continue where the old database stopped. */
  sequences: Record<string, string>;
}

/**
 * Left out: who is signed in right now and the sign-in throttle (a restored system asks
 * everyone to sign in again), and the migrations table (the import migrates).
 */
const SKIPPED = new Set(["migrations", "session", "login_failure"]);
const PASSWORD = { table: "app_user", column: "password_hash" };

export class BackupRefused extends Error {}

interface Column {
  name: string;
  json: boolean;
}

type Query = Pick<EntityManager, "query">;

async function columns(db: Query, table: string): Promise<Column[]> {
  const rows: { column_name: string; data_type: string }[] = await db.query(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => ({ name: r.column_name, json: r.data_type === "json" || r.data_type === "jsonb" }));
}

/** The tables, each after those its foreign keys point to. */
async function tablesInOrder(db: Query): Promise<string[]> {
  const tables: { name: string }[] = await db.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const edges: { child: string; parent: string }[] = await db.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (s: string) => s.replace(/^"|"$/g, "");
  const names = tables.map((t) => t.name).filter((n) => !SKIPPED.has(n));
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (order.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const e of edges) if (unquote(e.child) === name && names.includes(unquote(e.parent))) visit(unquote(e.parent));
    order.push(name);
  };
  names.forEach(visit);
  return order;
}

async function primaryKey(db: Query, table: string): Promise<string[]> {
  const rows: { name: string }[] = await db.query(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [`"${table}"`],
  );
  return rows.map((r) => r.name);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every row of every table, values as PostgreSQL prints them (exact: numerics and times as text), JSON as JSON. */
export async function exportDatabase(ds: DataSource, options: { withPasswordHashes?: boolean } = {}): Promise<Backup> {
  const withPasswordHashes = options.withPasswordHashes ?? false;
  return ds.transaction("REPEATABLE READ", async (tx) => {
    const migrations: { name: string }[] = await tx.query(`SELECT name FROM migrations ORDER BY id`);
    const tables: Backup["tables"] = [];
    for (const name of await tablesInOrder(tx)) {
      const cols = (await columns(tx, name)).filter((c) => withPasswordHashes || !(name === PASSWORD.table && c.name === PASSWORD.column));
      const key = await primaryKey(tx, name);
      const select = cols.map((c) => (c.json ? quoted(c.name) : `${quoted(c.name)}::text AS ${quoted(c.name)}`)).join(", ");
      const order = (key.length > 0 ? key : cols.map((c) => c.name)).map((k) => `${quoted(k)}::text`).join(", ");
      const rows: Record<string, unknown>[] = await tx.query(`SELECT ${select} FROM ${quoted(name)} ORDER BY ${order}`);
      tables.push({ name, rows });
    }
    const sequences: Record<string, string> = {};
    for (const s of (await tx.query(`SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`)) as {
      name: string;
      value: string | null;
    }[]) {
      if (s.value !== null) sequences[s.name] = s.value;
    }
    return { format: "tierwise-backup", version: 1, migrations: migrations.map((m) => m.name), withPasswordHashes, tables, sequences };
  });
}

/**
 * Restores a backup into a database that has this version's tables and no data in them,
 * in one transaction: all of it, or (on any error) nothing.
 */
export async function importDatabase(ds: DataSource, backup: Backup): Promise<{ rows: number }> {
  if (backup.format !== "tierwise-backup" || backup.version !== 1) throw new BackupRefused("This file is not a Tierwise backup (format tierwise-backup, version 1).");
  return ds.transaction(async (tx) => {
    const migrations: string[] = ((await tx.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[]).map((m) => m.name);
    if (migrations.join() !== backup.migrations.join()) {
      throw new BackupRefused(
        `The backup was made by a version with other migrations (${backup.migrations.length}, this one has ${migrations.length}); import it with the version that exported it, then upgrade.`,
      );
    }
    const filled: string[] = [];
    for (const name of await tablesInOrder(tx)) {
      if ((await tx.query(`SELECT EXISTS (SELECT 1 FROM ${quoted(name)}) AS any`))[0].any) filled.push(name);
    }
    if (filled.length > 0) {
      throw new BackupRefused(`The database already holds data (in ${filled.join(", ")}); import only into an empty database, created new and migrated without the demo catalogs.`);
    }
    // Users restored without their hashes get one nobody knows: an admin sets their password again.
    const unknownHash = backup.withPasswordHashes ? null : await hash(randomBytes(32).toString("hex"));
    let count = 0;
    for (const { name, rows } of backup.tables) {
      if (rows.length === 0) continue;
      const cols = await columns(tx, name);
      const filledRows = unknownHash && name === PASSWORD.table ? rows.map((r) => ({ ...r, [PASSWORD.column]: unknownHash })) : rows;
      const names = cols.filter((c) => c.name in filledRows[0]).map((c) => quoted(c.name));
      await tx.query(
        `INSERT INTO ${quoted(name)} (${names.join(", ")}) OVERRIDING SYSTEM VALUE
         SELECT ${names.join(", ")} FROM json_populate_recordset(NULL::${quoted(name)}, $1::json)`,
        [JSON.stringify(filledRows)],
      );
      count += rows.length;
    }
    for (const [name, value] of Object.entries(backup.sequences)) await tx.query(`SELECT setval($1::regclass, $2::bigint)`, [quoted(name), value]);
    return { rows: count };
  });
}
