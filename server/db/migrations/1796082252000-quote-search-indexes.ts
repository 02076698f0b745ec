import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The quote search matches a fragment anywhere in the number, company, contact or email
 * (ILIKE '%x%'), which no B-tree serves: at 100,000 quotes each search read them all.
 * Trigram indexes (pg_trgm, a trusted extension shipped with PostgreSQL) serve it.
 */
export class QuoteSearchIndexes1796082252000 implements MigrationInterface {
  name = "QuoteSearchIndexes1796082252000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const column of ["number", "customer_company", "customer_name", "customer_email"]) {
      await db.query(`CREATE INDEX "quote_${column}_trgm" ON "quote" USING gin ("${column}" gin_trgm_ops)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const column of ["number", "customer_company", "customer_name", "customer_email"]) {
      await db.query(`DROP INDEX "quote_${column}_trgm"`);
    }
  }
}
