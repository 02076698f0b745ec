import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { createDataSource } from "../../server/db/data-source.js";
import { freshDatabase } from "../support/database.js";

describe("quote search indexes", () => {
  it("are trigram indexes that never hold a pending list a search would read in full", async () => {
    const ds = createDataSource({ url: await freshDatabase() });
    await ds.initialize();
    try {
      const rows: { name: string; method: string; options: string[] | null }[] = await ds.query(
        `SELECT c.relname AS name, am.amname AS method, c.reloptions AS options
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
          WHERE i.indrelid = 'quote'::regclass AND c.relname LIKE '%\\_trgm' ORDER BY c.relname`,
      );
      expect(rows.map((r) => r.name)).toEqual(["quote_customer_company_trgm", "quote_customer_email_trgm", "quote_customer_name_trgm", "quote_number_trgm"]);
      for (const r of rows) {
        expect(r.method).toBe("gin");
        expect(r.options).toContain("fastupdate=off");
      }
    } finally {
      await ds.destroy();
    }
  });
});
