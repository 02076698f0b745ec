import type { MigrationInterface, QueryRunner } from "typeorm";

const INDEXES = ["quote_number_trgm", "quote_customer_company_trgm", "quote_customer_name_trgm", "quote_customer_email_trgm"];

/**
 * GIN indexes collect new rows in a "pending list" (fastupdate) that every search reads in
 * full until a vacuum merges it. After a burst of inserts (an import, a busy week before
 * autovacuum runs) each quote search scanned up to 4 MB of pending entries per index:
 * 6-18 ms at 100,000 quotes against 0.05-0.1 ms with the list merged (EXPLAIN ANALYZE).
 * Quotes are written one at a time by people, so the cheaper insert fastupdate buys is
 * worth nothing here: turn it off and merge what is pending. The search query is unchanged.
 */
export class QuoteSearchNoPendingList1796096841996 implements MigrationInterface {
  name = "QuoteSearchNoPendingList1796096841996";

  async up(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await db.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
      await db.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) await db.query(`ALTER INDEX "${index}" RESET (fastupdate)`);
  }
}
