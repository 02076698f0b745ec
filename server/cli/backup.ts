import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { BackupRefused, exportDatabase, importDatabase, type Backup } from "../db/backup.js";
import { prepareDatabase } from "../db/boot.js";
import { createDataSource } from "../db/data-source.js";
import { startEmbeddedPostgres } from "../db/embedded.js";

const USAGE = `usage: npm run export -- [--out backup.json] [--with-password-hashes]
       npm run import -- backup.json   (into an empty database: DATABASE_URL, or the embedded one in DATA_DIR)`;

/**
 * `export` writes every catalog (drafts and versions), quote (lines, acceptance, share-link
 * digests), request, user (password hashes only when asked), setting and outbox message to
 * a JSON file; `import` restores one into an empty database. The database is DATABASE_URL,
 * or the embedded one in DATA_DIR (joining a running server's, or starting it for the while).
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, "with-password-hashes": { type: "boolean", default: false }, help: { type: "boolean" } },
  });
  const [command, file] = positionals;
  if (values.help || (command !== "export" && command !== "import") || (command === "import" && !file)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = readConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, database: "tierwise", joinRunning: true });
  const dataSource = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 2 });
  try {
    await dataSource.initialize();
    if (command === "export") {
      const backup = await exportDatabase(dataSource, { withPasswordHashes: values["with-password-hashes"] });
      const out = values.out ?? `tierwise-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
      await writeFile(out, `${JSON.stringify(backup, null, 1)}\n`, { mode: 0o600 });
      console.log(`exported ${backup.tables.reduce((n, t) => n + t.rows.length, 0)} rows of ${backup.tables.length} tables to ${out}`);
    } else {
      let backup: Backup;
      try {
        backup = JSON.parse(await readFile(file!, "utf8")) as Backup;
      } catch (err) {
        throw new BackupRefused(`Could not read ${file} as a backup: ${err instanceof Error ? err.message : String(err)}`);
      }
      // The tables of this version, without the demo catalogs a first start would add.
      await prepareDatabase(dataSource, { seedDemo: false });
      const { rows } = await importDatabase(dataSource, backup);
      console.log(`imported ${rows} rows from ${file}`);
    }
  } catch (err) {
    console.error(err instanceof BackupRefused ? err.message : `error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

void main();
