import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { createDataSource } from "../../server/db/data-source.js";
import { freshDatabase } from "../support/database.js";

describe("migrations", () => {
  it("build exactly the schema the entities describe", async () => {
    const ds = createDataSource({ url: await freshDatabase() });
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
