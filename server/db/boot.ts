import type { DataSource } from "typeorm";
import { SettingEntity } from "./entities/setting.entity.js";
import { DEMO_CATALOGS } from "./demo-catalogs.js";
import { CatalogService } from "../services/catalog.service.js";

/** Any fixed number: the lock that lets one process at a time migrate and seed. */
const BOOT_LOCK = 7_204_311;
const SEEDED = "demo-seeded";

/**
 * Brings a database up to date: pending migrations, then (once in its life, unless told
 * not to) the demo catalogs, published. Several processes may boot at once; an advisory
 * lock makes them take turns, and a restart finds the marker and keeps existing data.
 */
export async function prepareDatabase(ds: DataSource, options: { seedDemo: boolean }): Promise<{ seeded: boolean }> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock($1)", [BOOT_LOCK]);
    await ds.runMigrations({ transaction: "each" });
    if (!options.seedDemo) return { seeded: false };
    return await ds.transaction(async (tx) => {
      if (await tx.exists(SettingEntity, { where: { key: SEEDED } })) return { seeded: false };
      const catalogs = new CatalogService(ds);
      for (const doc of DEMO_CATALOGS) {
        const { id } = await catalogs.create(doc, tx);
        await catalogs.publish(id, null, tx);
      }
      await tx.insert(SettingEntity, { key: SEEDED, value: { at: new Date().toISOString() } });
      return { seeded: true };
    });
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [BOOT_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
